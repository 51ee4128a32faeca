import { heading } from '../dom-facts';
import { defineKind } from './kind';

/**
 * 自主验收 (the enterprise's own completion acceptance of a construction project), in the menu's
 * 环境影响评价 group. Nobody has recorded its URL, so only its heading names it (weakly, and only
 * where the URL names nothing). The FAQ has nothing on it.
 */
const kind = defineKind({
  id: 'self-acceptance',
  label: { zh: '自主验收', en: 'Self-conducted completion acceptance' },
  specificity: 2,
  precedence: 230,
  side: 'enterprise',
  noPlatformFaq: true,
  urlUnrecorded: true,
  urls: [],
  dom: [
    {
      strength: 'weak',
      test: (f) => heading(f, /^(?:建设项目)?(?:竣工环境保护)?自主验收|竣工环境保护验收/),
      fixtures: ['<h3>自主验收</h3>', '<title>建设项目竣工环境保护验收</title>'],
    },
  ],
});
export default kind;

declare module './kind' {
  interface PageKindModules {
    'self-acceptance': typeof kind;
  }
}
