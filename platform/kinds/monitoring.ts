import { heading } from '../dom-facts';
import { defineKind } from './kind';
import { onMonitoringHost, permitPath } from './url-rules';

/** 监测记录: the permit platform's jump page and the monitoring platform it signs the user into (FAQ 22, 23). */
const kind = defineKind({
  id: 'monitoring',
  label: { zh: '监测记录（监测平台）', en: 'Monitoring records' },
  specificity: 2,
  precedence: 260,
  side: 'monitoring',
  offers: { checks: ['reach-monitoring', 'popups', 'cookies'] },
  urls: [
    {
      // Answers with a form that submits itself to wryjc.cnemc.cn/eap/SingleSignOnXKZ.
      test: permitPath(/^\/permitext\/jcjl\/jcjl!jcjl\.action$/),
      fixtures: [
        'https://permit.mee.gov.cn/permitExt/jcjl/jcjl!jcjl.action?enterid=4028e4a1',
        'http://permit.mep.gov.cn/permitExt/jcjl/jcjl!jcjl.action?enterid=4028e4a1',
      ],
      markers: ['input[name="tokenId"]'],
    },
    {
      test: onMonitoringHost,
      fixtures: [
        'https://wryjc.cnemc.cn/eap/SingleSignOnXKZ',
        'http://wryjc.cnemc.cn/eap/SingleSignOnXKZ?tokenId=abc123',
        'https://wryjc.mee.gov.cn/gkpt/',
        'http://wryjc.mee.gov.cn/gkpt/mainJcxx?xkzh=91440300123456789X001P',
      ],
    },
  ],
  dom: [{ strength: 'weak', test: (f) => heading(f, /污染源监测|监测信息管理/), fixtures: ['<title>全国污染源监测信息管理与共享平台</title>'] }],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    monitoring: typeof kind;
  }
}
