import * as z from 'zod/mini';
import { checkIds } from '../diagnosis/check-ids';
import { pageKindIds } from '../platform/page-kinds';
import { faqBlockTypes, faqSectionIds, faqSourceIds } from './entries/vocabulary';
import { faqContactIds, faqLinkTargetIds } from './links';

/**
 * Schema of FAQ entries: the platform's own FAQ (faq/entries/, checked in tests only) and
 * packs a user imports. Every message is Chinese so an import can tell the user what is wrong.
 */

export { faqBlockTypes, faqSectionIds, faqSourceIds };

const expectedNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  array: '列表',
  object: '对象',
};

function zhMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '缺少此项';
      return `应为${expectedNames[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return '不能为空';
      if (issue.origin === 'array') return `至少需要 ${String(issue.minimum)} 项`;
      return issue.inclusive ? `不能小于 ${String(issue.minimum)}` : `必须大于 ${String(issue.minimum)}`;
    case 'invalid_value':
      if (issue.input === undefined) return '缺少此项';
      if (issue.values.length > 8) return `「${String(issue.input)}」不是可用的取值`;
      return issue.values.length === 1
        ? `必须是 ${JSON.stringify(issue.values[0])}`
        : `必须是以下之一：${issue.values.map(String).join('、')}`;
    case 'unrecognized_keys':
      return `多了不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_union':
      return `必须是以下之一：${faqBlockTypes.join('、')}`;
    default:
      return issue.message ?? '内容不符合要求';
  }
}

const zh = { error: zhMessage };

function uniqueItems<T>(): z.core.$ZodCheck<readonly T[]> {
  return z.superRefine((items: readonly T[], ctx) => {
    const seen = new Set<T>();
    items.forEach((item, index) => {
      if (seen.has(item)) {
        ctx.addIssue({ code: 'custom', message: `重复了：${String(item)}`, path: [index], input: item });
      }
      seen.add(item);
    });
  });
}

const textSchema = z.string(zh).check(z.refine((value) => value.trim().length > 0, '不能为空'));
const itemsSchema = z.array(textSchema, zh).check(z.minLength(1, zh));

export const localizedTextSchema = z.strictObject({ zh: textSchema, en: textSchema }, zh);

export const faqBlockSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('paragraph', zh), text: textSchema }, zh),
    z.strictObject({ type: z.literal('bullets', zh), items: itemsSchema }, zh),
    z.strictObject({ type: z.literal('steps', zh), title: z.optional(textSchema), items: itemsSchema }, zh),
    z.strictObject({ type: z.literal('checklist', zh), title: z.optional(textSchema), items: itemsSchema }, zh),
    z.strictObject({ type: z.literal('figure-missing', zh), caption: textSchema }, zh),
  ],
  zh,
);

export const faqLinkSchema = z.strictObject(
  { target: z.enum(faqLinkTargetIds, zh), label: localizedTextSchema },
  zh,
);

function entryShape<S extends z.ZodMiniType<(typeof faqSourceIds)[number]>>(source: S) {
  return {
    number: z.int(zh).check(z.positive(zh)),
    source,
    section: z.enum(faqSectionIds, zh),
    question: textSchema,
    answer: z.array(faqBlockSchema, zh).check(z.minLength(1, zh)),
    pageKinds: z.array(z.enum(pageKindIds, zh), zh).check(z.minLength(1, zh), uniqueItems()),
    checks: z.array(z.enum(checkIds, zh), zh).check(uniqueItems()),
    keywords: z.array(textSchema, zh).check(uniqueItems()),
    links: z.array(faqLinkSchema, zh),
    contacts: z.array(z.enum(faqContactIds, zh), zh).check(uniqueItems()),
    related: z.array(z.int(zh).check(z.positive(zh)), zh).check(uniqueItems()),
  };
}

export const faqEntrySchema = z.strictObject(entryShape(z.enum(faqSourceIds, zh)), zh);

export type FaqEntry = z.infer<typeof faqEntrySchema>;
export type FaqBlock = z.infer<typeof faqBlockSchema>;
export type FaqBlockType = FaqBlock['type'];
export type FaqLink = z.infer<typeof faqLinkSchema>;
export type FaqSection = FaqEntry['section'];
export type FaqSource = FaqEntry['source'];
export type { FaqContact, FaqLinkTarget } from './links';

interface NumberedEntry {
  number: number;
  related: readonly number[];
}

function checkNumbersUnique(entries: readonly NumberedEntry[], ctx: z.core.$RefinementCtx<NumberedEntry[]>): void {
  const firstIndex = new Map<number, number>();
  entries.forEach((entry, index) => {
    const first = firstIndex.get(entry.number);
    if (first === undefined) firstIndex.set(entry.number, index);
    else
      ctx.addIssue({
        code: 'custom',
        message: `编号 ${entry.number} 与第 ${first + 1} 条重复`,
        path: [index, 'number'],
        input: entry.number,
      });
  });
}

function checkRelated(
  entries: readonly NumberedEntry[],
  ctx: z.core.$RefinementCtx<NumberedEntry[]>,
  mustExist: boolean,
): void {
  const numbers = new Set(entries.map((entry) => entry.number));
  entries.forEach((entry, index) => {
    entry.related.forEach((number, relatedIndex) => {
      const path = [index, 'related', relatedIndex];
      if (number === entry.number)
        ctx.addIssue({ code: 'custom', message: '不能指向本条自己', path, input: number });
      else if (mustExist && !numbers.has(number))
        ctx.addIssue({ code: 'custom', message: `没有编号为 ${number} 的条目`, path, input: number });
    });
  });
}

/** The platform's FAQ as a whole: numbers unique, `related` points at entries of the list. */
export const faqListSchema = z.array(faqEntrySchema, zh).check(
  z.superRefine((entries, ctx) => {
    checkNumbersUnique(entries, ctx);
    checkRelated(entries, ctx, true);
  }),
);

export const faqPackEntrySchema = z.strictObject(entryShape(z.literal('local', zh)), zh);

/**
 * A pack the user imports. Its entries are `source: 'local'`; their `related` may point at the
 * platform's entries, so only self-references are rejected here.
 */
export const faqPackSchema = z.strictObject(
  {
    format: z.literal('permit-helper-faq-pack', zh),
    version: z.literal(1, zh),
    name: textSchema,
    entries: z.array(faqPackEntrySchema, zh).check(
      z.minLength(1, zh),
      z.superRefine((entries, ctx) => {
        checkNumbersUnique(entries, ctx);
        checkRelated(entries, ctx, false);
      }),
    ),
  },
  zh,
);

export type FaqPack = z.infer<typeof faqPackSchema>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  path.forEach((segment, index) => {
    if (typeof segment === 'number') {
      const unit = path[index - 1] === 'answer' ? '块' : '项';
      parts.push(`第 ${segment + 1} ${unit}`);
    } else parts.push(String(segment));
  });
  return parts.join(' ');
}

/**
 * Turns a failed parse of `faqListSchema` or `faqPackSchema` into Chinese lines such as
 * 「第 2 条（编号 7）的 question：不能为空」. Pass the parsed input to name entry numbers.
 */
export function describeFaqIssues(
  error: { readonly issues: readonly z.core.$ZodIssue[] },
  input?: unknown,
): string[] {
  const entries: unknown[] | undefined = Array.isArray(input)
    ? input
    : isRecord(input) && Array.isArray(input.entries)
      ? input.entries
      : undefined;
  const listAtRoot = Array.isArray(input);
  return error.issues.map((issue) => {
    const path = issue.path;
    const entryAt = listAtRoot ? 0 : path[0] === 'entries' ? 1 : -1;
    const entryIndex = entryAt >= 0 ? path[entryAt] : undefined;
    if (typeof entryIndex !== 'number') {
      const where = path.length === 0 ? (listAtRoot ? '整个列表' : '整个文件') : describePath(path);
      return `${where}：${issue.message}`;
    }
    const entry = entries?.[entryIndex];
    const number = isRecord(entry) && Number.isInteger(entry.number) ? `（编号 ${String(entry.number)}）` : '';
    const rest = path.slice(entryAt + 1);
    const field = rest.length === 0 ? '' : `的 ${describePath(rest)}`;
    return `第 ${entryIndex + 1} 条${number}${field}：${issue.message}`;
  });
}
