import { useRef, useState } from 'preact/hooks';
import type { CheckResult } from '../../diagnosis/check-result';
import { checkOrder } from '../../diagnosis/check-ids';
import { runDiagnosis, type DiagnosisCollectors } from '../../diagnosis/run';

/** Runs the diagnosis on demand; results appear as they finish, kept in check order. */
export function useDiagnosis(collectors: () => DiagnosisCollectors, onDone?: (results: CheckResult[]) => void) {
  const [results, setResults] = useState<CheckResult[]>([]);
  const [running, setRunning] = useState(false);
  const [startedAt, setStartedAt] = useState<string | null>(null);
  const generation = useRef(0);

  const start = async () => {
    const run = ++generation.current;
    setRunning(true);
    setStartedAt(new Date().toISOString());
    setResults([]);
    const all = await runDiagnosis(collectors(), {
      onResult: (result) => {
        if (run !== generation.current) return;
        setResults((previous) => [...previous.filter((item) => item.id !== result.id), result].sort((a, b) => checkOrder(a.id) - checkOrder(b.id)));
      },
    });
    if (run !== generation.current) return;
    setResults(all);
    setRunning(false);
    onDone?.(all);
  };
  return { results, running, startedAt, start };
}
