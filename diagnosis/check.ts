import type { LocalizedText } from '../lib/localized';
import type { PageEnv } from './env';
import type { EnvironmentSnapshot, Unmeasured } from './snapshot';
import type { TargetId } from './targets';
import { emptyText } from './text';

export const checkStatuses = ['fail', 'warn', 'info', 'pass', 'skip'] as const;
export type CheckStatus = (typeof checkStatuses)[number];

export const statusLabels: Record<CheckStatus, LocalizedText> = {
  fail: { zh: '问题', en: 'Problem' },
  warn: { zh: '提醒', en: 'Warning' },
  info: { zh: '说明', en: 'Note' },
  pass: { zh: '正常', en: 'OK' },
  skip: { zh: '未检测', en: 'Not checked' },
};

/** What a check concludes. The runner adds the check's id and title. */
export interface Verdict {
  status: CheckStatus;
  /** What the check saw, with concrete values. */
  evidence: LocalizedText;
  /** What to do, in plain words; empty when there is nothing to do. */
  advice: LocalizedText;
  /** Numbers of related entries in the platform FAQ. */
  faq: number[];
}

/** What a check waits for: local facts, extension facts, or the probes of some targets. */
export type FactSource = 'local' | 'extension' | `probe:${TargetId}`;

/**
 * One environment check: everything about it is here; the registry (checks/index.ts) collects the
 * modules of diagnosis/checks/ and puts them in their `order`. `Own` is the type of the fact only
 * this check reads.
 */
export interface CheckDefinition<Id extends string = string, Own = undefined> {
  id: Id;
  /** Where the check stands in the report, the popup and the case code: ascending, unique among the registered checks. */
  order?: number;
  title: LocalizedText;
  /** The check runs once all of these have settled. */
  needs: readonly FactSource[];
  /**
   * 'all': a failed source makes the check skip. 'any': it skips only when every source failed
   * (the clock can use either server's time).
   */
  needsMode?: 'all' | 'any';
  /**
   * Reads the fact only this check needs, with the shared local facts (on the platform page or in
   * the popup), from what the caller passes in. A throw or a timeout becomes `Unmeasured`; the
   * popup's and the page's collectors run every check's `collect` without knowing it.
   */
  collect?(env: PageEnv): Own | Promise<Own>;
  /** Pure: the same facts give the same verdict. `own` is undefined when it was not collected. */
  run(snapshot: EnvironmentSnapshot, own: Own | Unmeasured | undefined): Verdict;
  /**
   * Facts and what the check must make of them, run by tests/unit/diagnosis/registry.test.ts, so
   * a check carries its own cases. Required for checks that collect a fact of their own.
   */
  examples?: readonly CheckExample<Own>[];
}

export interface CheckExample<Own> {
  facts?: EnvironmentSnapshot;
  own?: Own | Unmeasured;
  status: CheckStatus;
  /** Words the evidence or the advice (Chinese) must contain. */
  says: string;
}

/** A check as the runner and the collectors see it, whatever its own fact. */
export type AnyCheck = CheckDefinition<string, any>;

/**
 * Every check module files itself here under its id, beside its `defineCheck`
 * (`declare module '../check' { interface CheckModules { 'my-check': typeof myCheck } }`), so
 * `CheckId` is the literal union of the checks that exist, with no list written anywhere.
 */
export interface CheckModules {}

/** Keeps the id's literal type, for `CheckModules`. */
export function defineCheck<const Id extends string, Own = undefined>(check: CheckDefinition<Id, Own>): CheckDefinition<Id, Own> {
  return check;
}

export function conclude(status: CheckStatus, evidence: LocalizedText, advice: LocalizedText = emptyText, faq: number[] = []): Verdict {
  return { status, evidence, advice, faq };
}

/** A check that could not measure what it needs: says why, never guesses. */
export function skipped(reason: LocalizedText, faq: number[] = []): Verdict {
  return conclude('skip', reason, emptyText, faq);
}
