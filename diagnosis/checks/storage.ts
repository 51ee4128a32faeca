import { conclude, defineCheck, skipped, type Verdict } from '../check';
import { isUnmeasured, type EnvironmentSnapshot, type StorageProbe, type Unmeasured } from '../snapshot';
import { text } from '../text';

const faq: number[] = [];

function describe(name: { zh: string; en: string }, probe: StorageProbe | Unmeasured) {
  if (isUnmeasured(probe)) return text(`${name.zh}：未检测（${probe.reason.zh}）`, `${name.en}: not checked (${probe.reason.en})`);
  if (probe.ok) return text(`${name.zh}：可用`, `${name.en}: works`);
  const error = probe.error ? `（${probe.error}）` : '';
  return text(`${name.zh}：不可用${error}`, `${name.en}: unavailable${probe.error ? ` (${probe.error})` : ''}`);
}

export function checkStorage(snapshot: EnvironmentSnapshot): Verdict {
  const { storage } = snapshot;
  if (!storage) return skipped(text('没有检测网页存储。', 'Web storage was not probed.'), faq);
  const { local, session } = storage;
  const evidence = text(
    `${describe({ zh: '本地存储', en: 'Local storage' }, local).zh}；${describe({ zh: '会话存储', en: 'Session storage' }, session).zh}。`,
    `${describe({ zh: '本地存储', en: 'Local storage' }, local).en}; ${describe({ zh: '会话存储', en: 'Session storage' }, session).en}.`,
  );
  if (isUnmeasured(local) && isUnmeasured(session)) return skipped(evidence, faq);
  const failed = [local, session].some((p) => !isUnmeasured(p) && !p.ok);
  if (!failed) return conclude('pass', evidence, text('', ''), faq);
  return conclude('warn', evidence, text(
    '浏览器不让网站在本机保存数据，部分页面可能记不住填写进度或设置。常见原因：无痕窗口、隐私设置禁止了网站数据、磁盘空间已满。请用普通窗口打开平台，并在浏览器「网站设置」里允许 permit.mee.gov.cn 保存数据。',
    'The browser does not let sites keep data on this computer, so some pages may lose progress or settings. Common causes: a private window, privacy settings that block site data, a full disk. Use a normal window and allow permit.mee.gov.cn to store data in the browser\'s site settings.',
  ), faq);
}

export const storageCheck = defineCheck({
  id: 'storage',
  order: 50,
  title: text('网页存储', 'Web storage'),
  needs: ['local'],
  run: checkStorage,
});
export default storageCheck;

declare module '../check' {
  interface CheckModules {
    storage: typeof storageCheck;
  }
}
