import type { LocalizedText } from '../lib/localized';
import { skipped, type AnyCheck, type FactSource, type Verdict } from './check';
import type { CheckId } from './check-ids';
import type { CheckResult } from './check-result';
import { diagnosisChecks } from './checks';
import type { EnvironmentSnapshot, ExtensionFacts, LocalFacts, ProbeResult } from './snapshot';
import { diagnosisTargets, type DiagnosisTarget, type TargetId } from './targets';
import { errorMessage, text } from './text';

/** What the entrypoint passes in: this module reads no globals. */
export interface DiagnosisCollectors {
  collectLocal: () => LocalFacts | Promise<LocalFacts>;
  probe: (target: DiagnosisTarget) => Promise<ProbeResult>;
  extensionInfo?: () => ExtensionFacts | Promise<ExtensionFacts>;
}

export interface RunOptions {
  /** Called once per check, as soon as it is known (local checks first). */
  onResult?: (result: CheckResult) => void;
  checks?: readonly AnyCheck[];
  targets?: readonly DiagnosisTarget[];
  localTimeoutMs?: number;
  networkTimeoutMs?: number;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: LocalizedText };

const sourceNames: Record<string, LocalizedText> = {
  local: text('收集本机浏览器信息', 'collecting browser facts'),
  extension: text('读取扩展信息', 'reading extension details'),
};

function sourceName(source: FactSource, targets: readonly DiagnosisTarget[]): LocalizedText {
  const known = sourceNames[source];
  if (known) return known;
  const target = targets.find((t) => `probe:${t.id}` === source);
  return target ? text(`检测与${target.name.zh}的连接`, `testing the connection to the ${target.name.en}`) : text(source, source);
}

/** Runs `fn` and settles within `ms`, whatever it does (throws, rejects, never answers). */
function settleWithin<T>(fn: () => T | Promise<T>, ms: number, name: LocalizedText): Promise<Settled<T>> {
  return new Promise((resolve) => {
    const timer = setTimeout(
      () => resolve({ ok: false, error: text(`${name.zh}超过 ${ms} 毫秒没有结果。`, `${name.en} gave no result within ${ms} ms.`) }),
      ms,
    );
    const fail = (error: unknown) => {
      const message = errorMessage(error);
      resolve({ ok: false, error: text(`${name.zh}时出错：${message}`, `Error while ${name.en}: ${message}`) });
    };
    try {
      Promise.resolve(fn()).then((value) => resolve({ ok: true, value }), fail).finally(() => clearTimeout(timer));
    } catch (error) {
      clearTimeout(timer);
      fail(error);
    }
  });
}

function resultOf(check: AnyCheck, verdict: Verdict): CheckResult {
  return { id: check.id as CheckId, title: check.title, ...verdict };
}

const statuses = new Set(['fail', 'warn', 'info', 'pass', 'skip']);

/** Runs one check on a snapshot; a throw or a malformed verdict becomes `skip` with the error. */
export function runCheck(check: AnyCheck, snapshot: EnvironmentSnapshot): CheckResult {
  try {
    const verdict = check.run(snapshot, snapshot.own?.[check.id]);
    if (!verdict || !statuses.has(verdict.status)) throw new Error('the check returned no verdict');
    return resultOf(check, { status: verdict.status, evidence: verdict.evidence, advice: verdict.advice, faq: verdict.faq ?? [] });
  } catch (error) {
    const message = errorMessage(error);
    return resultOf(check, skipped(text(`检测程序出错，没有结果：${message}`, `The check failed with an error: ${message}`)));
  }
}

/**
 * Runs every check and reports each as soon as it is known; resolves with all results in check
 * order. Collectors are bounded (local 100 ms, each probe 3.5 s, probes in parallel); a collector
 * or check that throws or times out turns into `skip` with the error as evidence.
 */
export async function runDiagnosis(collect: DiagnosisCollectors, opts: RunOptions = {}): Promise<CheckResult[]> {
  const checks = opts.checks ?? diagnosisChecks;
  const targets = opts.targets ?? diagnosisTargets;
  const localMs = opts.localTimeoutMs ?? 100;
  const networkMs = opts.networkTimeoutMs ?? 3500;
  const snapshot: EnvironmentSnapshot = {};
  const network: Partial<Record<TargetId, ProbeResult>> = {};
  snapshot.network = network;

  const sources = new Map<FactSource, Promise<Settled<unknown>>>();
  // Probes start first so they overlap the local work.
  for (const target of targets) {
    const source: FactSource = `probe:${target.id}`;
    sources.set(
      source,
      settleWithin(() => collect.probe(target), networkMs, sourceName(source, targets)).then((settled) => {
        if (settled.ok) network[target.id] = settled.value;
        return settled;
      }),
    );
  }
  const local = settleWithin(() => collect.collectLocal(), localMs, sourceName('local', targets)).then((settled) => {
    if (settled.ok) Object.assign(snapshot, settled.value, { network });
    return settled;
  });
  sources.set('local', local);
  const extensionInfo = collect.extensionInfo;
  sources.set(
    'extension',
    extensionInfo
      ? settleWithin(() => extensionInfo(), localMs, sourceName('extension', targets)).then((settled) => {
          if (settled.ok) snapshot.extension = settled.value;
          return settled;
        })
      : Promise.resolve({ ok: true, value: undefined }),
  );

  const emit = (result: CheckResult) => {
    try {
      opts.onResult?.(result);
    } catch {
      // A failing listener must not stop the other results.
    }
  };

  const settle = async (check: AnyCheck): Promise<CheckResult> => {
    const settled = await Promise.all(check.needs.map((need) => sources.get(need) ?? Promise.resolve(unknownSource(need))));
    const failures = settled.filter((s): s is Extract<Settled<unknown>, { ok: false }> => !s.ok);
    const mode = check.needsMode ?? 'all';
    const blocked = mode === 'all' ? failures.length > 0 : failures.length === settled.length && settled.length > 0;
    if (!blocked) return runCheck(check, snapshot);
    return resultOf(check, skipped({ zh: failures.map((f) => f.error.zh).join(''), en: failures.map((f) => f.error.en).join(' ') }));
  };

  // Checks of local facts only are reported first, together and in order.
  const isLocalOnly = (check: AnyCheck) => check.needs.every((need) => need === 'local');
  const byId = new Map<AnyCheck, CheckResult>();
  await local;
  for (const check of checks.filter(isLocalOnly)) {
    const result = await settle(check);
    byId.set(check, result);
    emit(result);
  }
  await Promise.all(
    checks
      .filter((check) => !isLocalOnly(check))
      .map(async (check) => {
        const result = await settle(check);
        byId.set(check, result);
        emit(result);
      }),
  );
  return checks.map((check) => byId.get(check) ?? runCheck(check, snapshot));
}

function unknownSource(need: string): Settled<unknown> {
  return { ok: false, error: text(`未知的信息来源：${need}。`, `Unknown source: ${need}.`) };
}
