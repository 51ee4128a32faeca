/**
 * Full-text search over FAQ entries (the platform's own and imported packs).
 * BM25 via minisearch, OR-combined, over a Chinese tokenizer and query-time synonyms.
 */
import MiniSearch from 'minisearch';
import { faqEntries } from './entries';
import type { FaqEntry } from './schema';
import { tokenizeChinese } from './segment';
import { expandQuery, SYNONYM_WEIGHT } from './synonyms';

export interface FaqSearchHit {
  number: number;
  entry: FaqEntry;
  score: number;
}

export interface FaqSearchOptions {
  /** Most hits to return; 5 unless given. */
  limit?: number;
  /** Entries to search; the platform FAQ unless given (pass it plus pack entries to search both). */
  entries?: readonly FaqEntry[];
}

interface IndexedEntry {
  id: number;
  question: string;
  keywords: string;
  answer: string;
}

const DEFAULT_LIMIT = 5;
/** Longer input is cut: nobody types a paragraph into the search box, and latency stays bounded. */
const MAX_QUERY_LENGTH = 120;

/** Words that carry no meaning on their own in a question; dropped from index and queries. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  '的', '了', '吗', '呢', '啊', '吧', '么', '嘛', '呀', '哦', '着', '过', '得', '地',
  '我', '我们', '你', '你们', '他', '她', '它', '这', '那', '这个', '那个', '个', '些',
  '怎么', '怎样', '怎么办', '如何', '什么', '为什么', '为啥', '是否', '是不是', '能不能',
  '可不可以', '要不要', '哪里', '哪儿', '哪些', '请问', '请', '一下', '还', '也', '都',
  '就', '在', '是', '和', '与', '及', '或', '跟', '把', '被', '让', '给', '对', '从', '到',
  '有', '没', '要', '会', '能', '可以', '应该', '需要', '已经', '时', '时候', '后', '以后',
  '之后', '前', '等', '如', '将', '可', '该', '其', '即', '办', '做', '弄', '搞', '咋', '咋办',
]);

const FIELDS = ['question', 'keywords', 'answer'] as const;
const FIELD_BOOST = { question: 3, keywords: 2, answer: 1 };

function keepTerm(term: string): string | null {
  return STOP_WORDS.has(term) ? null : term;
}

function collectText(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectText(item, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) if (key !== 'type') collectText(inner, out);
  }
}

/** Every text of an entry's answer (paragraphs, list items, titles, captions), one per line. */
export function answerPlainText(entry: FaqEntry): string {
  const out: string[] = [];
  collectText(entry.answer, out);
  return out.join('\n');
}

/** The question and the whole answer of an entry as plain text, one piece per line. */
export function entryPlainText(entry: FaqEntry): string {
  return [entry.question, answerPlainText(entry)].join('\n');
}

interface FaqIndex {
  search: MiniSearch<IndexedEntry>;
  entries: readonly FaqEntry[];
}

const indexCache = new WeakMap<readonly FaqEntry[], FaqIndex>();

function buildIndex(entries: readonly FaqEntry[]): FaqIndex {
  const search = new MiniSearch<IndexedEntry>({
    fields: [...FIELDS],
    tokenize: tokenizeChinese,
    processTerm: keepTerm,
  });
  search.addAll(
    entries.map((entry, id) => ({
      id,
      question: entry.question,
      keywords: entry.keywords.join('\n'),
      answer: answerPlainText(entry),
    })),
  );
  return { search, entries };
}

/** The index of an entries array, built on first use and kept while the array lives. */
export function faqIndexFor(entries: readonly FaqEntry[]): FaqIndex {
  let index = indexCache.get(entries);
  if (!index) {
    index = buildIndex(entries);
    indexCache.set(entries, index);
  }
  return index;
}

function queryTerms(query: string): { terms: string[]; weights: Map<string, number> } {
  const own = [...new Set(tokenizeChinese(query))].filter((term) => !STOP_WORDS.has(term));
  const weights = new Map<string, number>(own.map((term) => [term, 1]));
  if (own.length > 0) {
    for (const term of expandQuery(query, own)) {
      if (!STOP_WORDS.has(term)) weights.set(term, SYNONYM_WEIGHT);
    }
  }
  return { terms: [...weights.keys()], weights };
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || Number.isNaN(limit)) return DEFAULT_LIMIT;
  return Math.max(0, Math.floor(Math.min(limit, Number.MAX_SAFE_INTEGER)));
}

/**
 * Entries matching a user's question, best first. Empty, blank or meaningless queries give [].
 * Never throws.
 */
export function searchFaq(query: string, opts: FaqSearchOptions = {}): FaqSearchHit[] {
  try {
    const limit = clampLimit(opts.limit);
    if (typeof query !== 'string' || limit === 0) return [];
    const text = query.slice(0, MAX_QUERY_LENGTH);
    const { terms, weights } = queryTerms(text);
    if (terms.length === 0) return [];
    const index = faqIndexFor(opts.entries ?? faqEntries);
    const results = index.search.search(text, {
      tokenize: () => terms,
      processTerm: (term) => term,
      boostTerm: (term) => weights.get(term) ?? 1,
      boost: FIELD_BOOST,
      combineWith: 'OR',
      // Only Latin/digit words benefit from prefix matching ('d46' → 'd462'); a Han prefix would
      // match every bigram that starts with the same character.
      prefix: (term) => /^[a-z0-9]{3,}$/.test(term),
    });
    const hits: FaqSearchHit[] = [];
    for (const result of results) {
      const entry = index.entries[result.id as number];
      if (entry) hits.push({ number: entry.number, entry, score: result.score });
      if (hits.length >= limit) break;
    }
    return hits;
  } catch {
    return [];
  }
}
