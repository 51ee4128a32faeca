import { conclude, defineCheck, skipped, type Verdict } from '../check';
import { isUnmeasured, type EnvironmentSnapshot } from '../snapshot';
import { joinText, text } from '../text';

/** The platform's application forms need about this many CSS pixels of width. */
export const neededWidth = 1280;
// Smaller than 75 % makes the forms' text too small to read comfortably.
const zoomSteps = [1, 0.9, 0.8, 0.75];

const percent = (factor: number) => `${Math.round(factor * 100)}%`;

/** The largest usual zoom step at which `width` CSS px (seen at `zoom`) would reach the needed width. */
export function fittingZoom(width: number, zoom: number): number | undefined {
  const deviceWidth = width * zoom;
  return zoomSteps.find((step) => step <= zoom && deviceWidth / step >= neededWidth);
}

function measuredWidth(snapshot: EnvironmentSnapshot): { width: number; estimated: boolean } | undefined {
  const { innerWidth, screen, zoom } = snapshot;
  if (typeof innerWidth === 'number' && innerWidth > 0) return { width: Math.round(innerWidth), estimated: false };
  if (screen && screen.availWidth > 0) return { width: Math.round(screen.availWidth / (zoom && zoom > 0 ? zoom : 1)), estimated: true };
  return undefined;
}

export function checkScreen(snapshot: EnvironmentSnapshot): Verdict {
  const seen = measuredWidth(snapshot);
  if (!seen) {
    const reason = isUnmeasured(snapshot.innerWidth) ? snapshot.innerWidth.reason : text('没有取得窗口和屏幕宽度。', 'Window and screen width were not collected.');
    return skipped(reason);
  }
  const zoom = snapshot.zoom && snapshot.zoom > 0 ? snapshot.zoom : undefined;
  const { screen, devicePixelRatio: dpr } = snapshot;
  const osScale = dpr && dpr > 0 ? dpr / (zoom ?? 1) : undefined;
  const facts = joinText(
    [
      seen.estimated
        ? text(`按屏幕估算，网页可用宽度约 ${seen.width} 像素（没有量到平台页面本身）`, `Estimated from the screen, pages get about ${seen.width} px of width (the platform page itself was not measured)`)
        : text(`平台页面可用宽度 ${seen.width} 像素`, `The platform page has ${seen.width} px of width`),
      text(`（建议至少 ${neededWidth}）`, ` (${neededWidth} advised)`),
      screen ? text(`；屏幕 ${screen.width}×${screen.height}`, `; screen ${screen.width}×${screen.height}`) : text('', ''),
      zoom ? text(`，浏览器缩放 ${percent(zoom)}`, `, browser zoom ${percent(zoom)}`) : text('', ''),
      osScale && Math.abs(osScale - 1) > 0.01 ? text(`，Windows 显示缩放约 ${percent(osScale)}`, `, display scaling about ${percent(osScale)}`) : text('', ''),
      text('。', '.'),
    ],
    text('', ''),
  );
  if (seen.width >= neededWidth) return conclude('pass', facts);

  const current = zoom ?? 1;
  const fit = fittingZoom(seen.width, current);
  const zoomAdvice =
    fit === undefined
      ? text(
          '这块屏幕比较窄，缩小页面也放不下整张表格：可以左右拖动滚动条查看，或在「设置 → 系统 → 屏幕」里把「缩放」调小、换用更大的显示器。',
          'This screen is narrow even with the page zoomed out: scroll sideways, or lower "Scale" in Windows "Settings → System → Display", or use a larger monitor.',
        )
      : fit === 1
        ? text('按 Ctrl+0 把页面缩放恢复到 100%，表格就能完整显示。', 'Press Ctrl+0 to reset the page zoom to 100 % and the forms will fit.')
        : text(
            `按住 Ctrl 键再按减号键，把页面缩小到 ${percent(fit)}（按 Ctrl+0 可恢复）。`,
            `Hold Ctrl and press minus to zoom the page out to ${percent(fit)} (Ctrl+0 resets it).`,
          );
  const layoutAdvice = text(
    '把浏览器窗口最大化，并关闭浏览器侧边栏（例如 Edge 右侧的侧边栏），给表格留出宽度。',
    'Maximise the browser window and close any sidebar (such as the one on the right of Edge) to give the forms room.',
  );
  return conclude('warn', facts, joinText([zoomAdvice, layoutAdvice], text('', ' ')));
}

export const screenCheck = defineCheck({
  id: 'screen',
  order: 70,
  title: text('屏幕与窗口宽度', 'Screen and window width'),
  needs: ['local'],
  run: checkScreen,
});
export default screenCheck;

declare module '../check' {
  interface CheckModules {
    screen: typeof screenCheck;
  }
}
