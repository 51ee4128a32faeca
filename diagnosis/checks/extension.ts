import { conclude, defineCheck, skipped, type Verdict } from '../check';
import { isUnmeasured, type EnvironmentSnapshot } from '../snapshot';
import { text } from '../text';

export function checkExtension(snapshot: EnvironmentSnapshot): Verdict {
  const { extension } = snapshot;
  if (extension === undefined) return skipped(text('没有取得扩展的信息。', 'Extension details were not collected.'));
  if (isUnmeasured(extension)) return skipped(extension.reason);
  const version = text(`自检助手版本 ${extension.version}`, `Helper version ${extension.version}`);
  if (extension.activeOnTab === true) {
    return conclude('pass', text(`${version.zh}，已在当前页面运行。`, `${version.en}, running on the current page.`));
  }
  if (extension.activeOnTab === false) {
    return conclude('warn', text(`${version.zh}，当前页面上没有运行。`, `${version.en}, not running on the current page.`), text(
      '如果当前页面是排污许可平台，请按 F5 刷新页面（安装或更新扩展之前打开的页面需要刷新）。如果不是平台页面，这是正常的。',
      'If this is a permit platform page, press F5 to reload it (pages opened before the helper was installed or updated need a reload). On other sites this is expected.',
    ));
  }
  return conclude('info', text(
    `${version.zh}；无法判断它是否在当前页面运行。`,
    `${version.en}; whether it runs on the current page could not be told.`,
  ));
}

export const extensionCheck = defineCheck({
  id: 'extension',
  order: 120,
  title: text('自检助手扩展', 'Self-check helper extension'),
  needs: ['extension'],
  run: checkExtension,
});
export default extensionCheck;

declare module '../check' {
  interface CheckModules {
    extension: typeof extensionCheck;
  }
}
