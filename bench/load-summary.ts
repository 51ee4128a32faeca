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
  conditions: Record<Condition, ConditionSummary>;
  /** ours ÷ no-op of the medians. */
  taskRatio: number;
  /** The tab-only yardstick's task time ÷ the no-op's: what drawing any tab at all costs. */
  tabTaskRatio: number;
  scriptRatio: number;
  heapRatio: number;
  loadRatio: number;
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
    const conditions = {
      none: summarizeCondition(byCondition.none),
      noop: summarizeCondition(byCondition.noop),
      tab: summarizeCondition(byCondition.tab),
      ours: summarizeCondition(byCondition.ours),
    };
    const ours = byCondition.ours;
    const kinds: Record<string, number> = {};
    for (const sample of ours) kinds[sample.panel.kind || '(no panel)'] = (kinds[sample.panel.kind || '(no panel)'] ?? 0) + 1;
    return {
      page,
      conditions,
      taskRatio: conditions.ours.taskMs / conditions.noop.taskMs,
      tabTaskRatio: conditions.tab.taskMs / conditions.noop.taskMs,
      scriptRatio: conditions.ours.scriptMs / conditions.noop.scriptMs,
      heapRatio: conditions.ours.heapBytes / conditions.noop.heapBytes,
      loadRatio: conditions.ours.loadMs / conditions.noop.loadMs,
      panelMountedMs: median(ours.map((s) => since(s.panel.mountedAt, s.panel.dcl))),
      panelReadyMs: median(ours.map((s) => since(s.panel.readyAt, s.panel.dcl))),
      readyLoads: ours.filter((s) => s.panel.readyAt >= 0).length,
      kinds,
      oopifs: Math.max(0, ...Object.values(byCondition).flat().map((s) => s.oopifs)),
    };
  });
}
