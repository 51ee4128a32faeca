/** Medians and ratios of the page-load samples, per page and condition. */
import type { Condition } from './browsers';
import type { BenchPage, LoadResults, LoadSample } from './page-load';
import { median } from './stats';

export interface ConditionSummary {
  loads: number;
  taskMs: number;
  scriptMs: number;
  heapBytes: number;
  loadMs: number;
  dclMs: number;
}

export interface PageSummary {
  page: BenchPage;
  /** The conditions the page loaded in (the curve's extra pages: no-op and ours only). */
  conditions: Partial<Record<Condition, ConditionSummary>>;
  /** ours ÷ no-op of the medians. */
  taskRatio: number;
  /** The yardsticks' task time ÷ the no-op's: a tab alone, a tab and one runtime message per frame. */
  tabTaskRatio: number;
  tabMessagingTaskRatio: number;
  scriptRatio: number;
  heapRatio: number;
  loadRatio: number;
  /** Our extra main-thread time: the median over rounds of ours − no-op of the same round (loads alternate). */
  extraTaskMs: number;
  /** Median ms from DOMContentLoaded to the first panel render, and to the panel naming a page kind (ours). */
  panelMountedMs: number;
  panelReadyMs: number;
  /** Loads (ours) in which the panel showed a page kind within the probe's window. */
  readyLoads: number;
  /** Page kinds the panel showed at the end of the loads (ours), with counts. */
  kinds: Record<string, number>;
  oopifs: number;
}

const since = (at: number, dcl: number): number => (at >= 0 && dcl >= 0 ? at - dcl : Number.POSITIVE_INFINITY);

function summarizeCondition(samples: readonly LoadSample[]): ConditionSummary {
  return {
    loads: samples.length,
    taskMs: median(samples.map((s) => s.taskMs)),
    scriptMs: median(samples.map((s) => s.scriptMs)),
    heapBytes: median(samples.map((s) => s.heapBytes)),
    loadMs: median(samples.map((s) => s.loadMs)),
    dclMs: median(samples.map((s) => s.dclMs)),
  };
}

export function summarizeLoads(pages: readonly BenchPage[], results: LoadResults): PageSummary[] {
  return pages.map((page) => {
    const byCondition = results[page.id]!;
    const conditions: Partial<Record<Condition, ConditionSummary>> = {};
    for (const [condition, samples] of Object.entries(byCondition) as [Condition, LoadSample[]][]) {
      if (samples.length > 0) conditions[condition] = summarizeCondition(samples);
    }
    const ours = byCondition.ours ?? [];
    const noop = byCondition.noop ?? [];
    const ratio = (pick: (c: ConditionSummary) => number, condition: Condition = 'ours') => {
      const top = conditions[condition];
      const bottom = conditions.noop;
      return top && bottom ? pick(top) / pick(bottom) : Number.NaN;
    };
    const kinds: Record<string, number> = {};
    for (const sample of ours) kinds[sample.panel.kind || '(no panel)'] = (kinds[sample.panel.kind || '(no panel)'] ?? 0) + 1;
    return {
      page,
      conditions,
      taskRatio: ratio((c) => c.taskMs),
      tabTaskRatio: ratio((c) => c.taskMs, 'tab'),
      tabMessagingTaskRatio: ratio((c) => c.taskMs, 'tabmsg'),
      scriptRatio: ratio((c) => c.scriptMs),
      heapRatio: ratio((c) => c.heapBytes),
      loadRatio: ratio((c) => c.loadMs),
      extraTaskMs: median(ours.slice(0, noop.length).map((sample, round) => sample.taskMs - noop[round]!.taskMs)),
      panelMountedMs: median(ours.map((s) => since(s.panel.mountedAt, s.panel.dcl))),
      panelReadyMs: median(ours.map((s) => since(s.panel.readyAt, s.panel.dcl))),
      readyLoads: ours.filter((s) => s.panel.readyAt >= 0).length,
      kinds,
      oopifs: Math.max(0, ...Object.values(byCondition).flat().map((s) => s.oopifs)),
    };
  });
}
