import { pickText, type LocalizedText, type UiLocale } from '../../lib/localized';
import { faqLinkUrl } from '../../faq/links';
import type { FaqBlock, FaqEntry } from '../../faq/schema';

/**
 * An FAQ entry as plain text for the clipboard, to paste into a chat or an e-mail to a
 * colleague: the question, then the answer with steps numbered, bullets marked 「·」 and
 * checklist items 「✓」, then the links with their addresses. Pure; never throws.
 */

const copyLabels = {
  figureMissing: {
    zh: '（原文此处有一张配图，助手没有收录。图的说明：',
    en: '(The original has a picture here that this helper does not include. Its caption: ',
  },
  figureMissingEnd: { zh: '）', en: ')' },
  links: { zh: '相关链接：', en: 'Links:' },
  linkSeparator: { zh: '：', en: ': ' },
  helper: { zh: '（助手补充说明，非平台常见问题）', en: "(Helper's note, not from the platform's FAQ)" },
} as const satisfies Record<string, LocalizedText>;

function blockLines(block: FaqBlock, locale: UiLocale): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.text];
    case 'bullets':
      return block.items.map((item) => `· ${item}`);
    case 'steps':
      return [...(block.title ? [block.title] : []), ...block.items.map((item, i) => `${i + 1}. ${item}`)];
    case 'checklist':
      return [...(block.title ? [block.title] : []), ...block.items.map((item) => `✓ ${item}`)];
    case 'figure-missing':
      return [
        pickText(copyLabels.figureMissing, locale) + block.caption + pickText(copyLabels.figureMissingEnd, locale),
      ];
  }
}

export function faqEntryToText(entry: FaqEntry, locale: UiLocale = 'zh'): string {
  try {
    const lines = [entry.source === 'helper' ? `${entry.question}${pickText(copyLabels.helper, locale)}` : `${entry.number}. ${entry.question}`];
    for (const block of entry.answer) lines.push(...blockLines(block, locale));
    if (entry.links.length > 0) {
      lines.push(pickText(copyLabels.links, locale));
      for (const link of entry.links) lines.push(
          `· ${pickText(link.label, locale)}${pickText(copyLabels.linkSeparator, locale)}${faqLinkUrl(link.target)}`,
        );
    }
    return lines.join('\n');
  } catch {
    return typeof entry?.question === 'string' ? entry.question : '';
  }
}
