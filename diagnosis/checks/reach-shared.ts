import { conclude, skipped, type CheckStatus, type Verdict } from '../check';
import type { LocalizedText } from '../../lib/localized';
import { isUnmeasured, type EnvironmentSnapshot, type ProbeResult } from '../snapshot';
import { targetById, type TargetId } from '../targets';
import { joinText, text } from '../text';

const faqByTarget: Record<TargetId, number[]> = { platform: [5], monitoring: [] };

const otherSites = text(
  '先打开其他网站（如 www.baidu.com）试试：也打不开就是本机网络问题，请找单位网管；其他网站正常，可能是单位防火墙、代理或安全软件拦截了平台网址。',
  'Try another site (such as www.baidu.com) first: if it also fails, the local network is down, ask your IT staff; if it works, a firewall, proxy or security software may be blocking the platform.',
);

function verdict(probe: ProbeResult, name: LocalizedText): { status: CheckStatus; evidence: LocalizedText; advice: LocalizedText } {
  const ms = `${probe.ms} ms`;
  switch (probe.outcome) {
    case 'ok':
      return { status: 'pass', evidence: text(`${name.zh}可以连上，${ms} 内有回应。`, `The ${name.en} answered in ${ms}.`), advice: text('', '') };
    case 'slow':
      return {
        status: 'warn',
        evidence: text(`${name.zh}可以连上，但回应较慢（${ms}，超过 2 秒）。`, `The ${name.en} answered, but slowly (${ms}, over 2 s).`),
        advice: text(
          '网络较慢或平台繁忙（申报截止前后常见）。填表时及时暂存；可以换个时间（如早上或午休时）再办理。',
          'The network is slow or the platform is busy (common near deadlines). Save forms often, or try at a quieter time such as early morning or lunchtime.',
        ),
      };
    case 'challenge':
      return {
        status: 'info',
        evidence: text(
          `${name.zh}可以连上，但先返回了网站防护的验证页（HTTP ${probe.status ?? 412}），检测程序不会执行这一步。`,
          `The ${name.en} answered with its anti-bot check first (HTTP ${probe.status ?? 412}); the probe does not run that step.`,
        ),
        advice: text(
          '这通常不影响在浏览器里正常打开。如果平台页面一直空白或显示 412：关闭广告拦截、脚本拦截类扩展，删除这个网站的 Cookie 后刷新页面。',
          'This usually does not affect opening the site in the browser. If pages stay blank or show 412: turn off ad or script blocking extensions, delete this site\'s cookies and reload.',
        ),
      };
    case 'http-error': {
      const status = probe.status ?? 0;
      if (status >= 500) {
        return {
          status: 'fail',
          evidence: text(`${name.zh}的服务器返回错误 ${status}。`, `The ${name.en} server returned error ${status}.`),
          advice: text(
            '这是平台一侧的问题，本机无法解决。平台维护会在公开端提前发布公告；请稍后再试，长时间不恢复可联系当地环保局。',
            'The problem is on the platform side. Maintenance is announced on the public site in advance; try again later, and contact the local environment bureau if it lasts.',
          ),
        };
      }
      return {
        status: 'warn',
        evidence: text(`${name.zh}可以连上，但检测用的网址返回 ${status}。`, `The ${name.en} answered, but the probed address returned ${status}.`),
        advice: text(
          '服务器是通的，可能是平台调整了网址。请从公开端首页重新进入，不要用旧的收藏夹链接。',
          'The server is reachable; the platform may have moved the page. Start again from the public home page rather than an old bookmark.',
        ),
      };
    }
    case 'timeout':
      return {
        status: 'fail',
        evidence: text(`${name.zh}在 ${ms} 内没有回应（超时）。`, `The ${name.en} did not answer within ${ms} (timed out).`),
        advice: joinText([text('网络很慢、平台繁忙或连接被拦截。', 'The network is very slow, the platform is busy, or the connection is blocked.'), otherSites]),
      };
    case 'dns':
      return {
        status: 'fail',
        evidence: text(`找不到${name.zh}的服务器地址（域名解析失败）。`, `The ${name.en} address could not be resolved (DNS failure).`),
        advice: text(
          '电脑的 DNS（把网址翻译成地址的服务）出了问题。请检查网线或 Wi-Fi，重启路由器；仍不行请找单位网管检查 DNS 设置。',
          'The computer\'s DNS (which turns names into addresses) failed. Check the cable or Wi-Fi and restart the router; if it persists, ask your IT staff to check the DNS settings.',
        ),
      };
    case 'network':
      return {
        status: 'fail',
        evidence: text(`连接${name.zh}失败${probe.detail ? `（${probe.detail}）` : ''}。`, `Could not connect to the ${name.en}${probe.detail ? ` (${probe.detail})` : ''}.`),
        advice: otherSites,
      };
  }
}

export function checkReach(targetId: TargetId, snapshot: EnvironmentSnapshot): Verdict {
  const target = targetById(targetId);
  const faq = faqByTarget[targetId];
  const probe = snapshot.network?.[targetId];
  if (probe === undefined) return skipped(text(`没有检测与${target.name.zh}的连接。`, `The connection to the ${target.name.en} was not tested.`), faq);
  if (isUnmeasured(probe)) return skipped(probe.reason, faq);
  const { status, evidence, advice } = verdict(probe, target.name);
  const note =
    targetId === 'monitoring' && status !== 'pass'
      ? text('监测平台只在「监测记录」里用到，其他功能不受影响。', 'The monitoring platform is only used for monitoring records; other functions are unaffected.')
      : undefined;
  return conclude(status, evidence, note ? joinText([advice, note]) : advice, faq);
}
