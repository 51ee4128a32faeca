import type { LocalizedText } from '../lib/localized';
import type { PageDetection } from './detect';
import { pageKindLabels } from './page-kind-labels';

/** What the helper knew and did not find on a page it recognised by its URL (`PageDetection.unfamiliar`). */
export interface PageMismatch {
  kind: PageDetection['kind'];
  via: PageDetection['via'];
  /** The page's path, without query or fragment. */
  path: string;
  /** The markers it looked for and found none of. */
  missing: string[];
}

export function pageMismatchOf(detection: PageDetection): PageMismatch | undefined {
  const { unfamiliar } = detection;
  if (!unfamiliar) return undefined;
  return { kind: detection.kind, via: detection.via, path: unfamiliar.path, missing: [...unfamiliar.missing] };
}

const viaWords: Record<PageDetection['via'], LocalizedText> = {
  url: { zh: '网址', en: 'its address' },
  dom: { zh: '页面内容', en: 'its content' },
  'url+dom': { zh: '网址和页面内容', en: 'its address and content' },
  'url+card': { zh: '网址和打开的卡片', en: 'its address and the card opened' },
  none: { zh: '无', en: 'nothing' },
};

/** One line for the diagnosis report: which kind, how recognised, which markers were missing, the path. */
export function describeMismatch(mismatch: PageMismatch): LocalizedText {
  const label = pageKindLabels[mismatch.kind];
  const missing = mismatch.missing.join(' ');
  return {
    zh: `按${viaWords[mismatch.via].zh}认作「${label.zh}」，但页面上没有它应有的标记（${missing}）；页面路径 ${mismatch.path}`,
    en: `Taken for “${label.en}” by ${viaWords[mismatch.via].en}, but none of its markers (${missing}) is on the page; path ${mismatch.path}`,
  };
}

/** The 「页面不对？」 note a user copies for the helpdesk. No query, no form contents. */
export function helpdeskNote(mismatch: PageMismatch, extensionVersion: string): LocalizedText {
  const line = describeMismatch(mismatch);
  return {
    zh: `页面不对？排污许可平台自检助手 ${extensionVersion}：这一页和助手所知的样子不同。${line.zh}。平台可能改版了，请转告助手的维护人员。`,
    en: `Wrong page? Permit platform self-check helper ${extensionVersion}: this page does not look like what the helper knows. ${line.en}. The platform may have changed; please pass this on to the helper's maintainers.`,
  };
}
