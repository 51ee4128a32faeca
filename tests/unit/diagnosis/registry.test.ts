import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStatuses } from '../../../diagnosis/check';
import { checkIds, isCheckId } from '../../../diagnosis/check-ids';
import { diagnosisChecks } from '../../../diagnosis/checks';
import { runCheck } from '../../../diagnosis/run';
import { isUnmeasured, unmeasured } from '../../../diagnosis/snapshot';
import { diagnosisTargets } from '../../../diagnosis/targets';

const root = resolve(import.meta.dirname, '../../..');

/** What every check in the registry must have (the refined-github way: checked like data). */
describe('the check registry', () => {
  const sources = new Set(['local', 'extension', ...diagnosisTargets.map((target) => `probe:${target.id}`)]);

  it('gives each check a unique id, the ids in registry order, and titles in both languages', () => {
    expect(new Set(checkIds).size).toBe(diagnosisChecks.length);
    expect(checkIds).toEqual(diagnosisChecks.map((check) => check.id));
    expect(checkIds.every(isCheckId)).toBe(true);
    expect(isCheckId('no-such-check')).toBe(false);
    expect(diagnosisChecks.filter((check) => !/\p{Script=Han}/u.test(check.title.zh) || !/^[A-Z]/.test(check.title.en))).toEqual([]);
  });

  it('has one module per check in diagnosis/checks, named and filed by its id, each with its own unique order', () => {
    const dir = join(root, 'diagnosis/checks');
    const files = readdirSync(dir).filter((name) => /defineCheck\(/.test(readFileSync(join(dir, name), 'utf8')));
    expect(files.map((name) => name.replace(/\.ts$/, '')).sort()).toEqual([...checkIds].sort());
    const misfiled = files.filter((name) => {
      const code = readFileSync(join(dir, name), 'utf8');
      const filed = [...code.matchAll(/interface CheckModules \{\s*'?([\w-]+)'?: typeof \w+;\s*\}/g)].map((match) => match[1]);
      return filed.join() !== name.replace(/\.ts$/, '');
    });
    expect(misfiled).toEqual([]);
    const index = readFileSync(join(dir, 'index.ts'), 'utf8');
    const excluded = [...index.matchAll(/'!\.\/([\w.-]+)'/g)].map((match) => match[1]).sort();
    expect(excluded, 'the glob leaves out exactly the files that are no check').toEqual(readdirSync(dir).filter((name) => !files.includes(name)).sort());
    const orders = diagnosisChecks.map((check) => check.order);
    expect(orders.filter((order) => order === undefined)).toEqual([]);
    expect(new Set(orders).size).toBe(orders.length);
    expect(orders).toEqual([...orders].sort((a, b) => a! - b!));
  });

  it('reports which browser this is first (what the other checks’ advice depends on)', () => {
    expect(checkIds[0]).toBe('browser');
  });

  it('has every check wait for known sources only', () => {
    for (const check of diagnosisChecks) {
      expect(check.needs.length, check.id).toBeGreaterThan(0);
      expect(check.needs.filter((need) => !sources.has(need)), check.id).toEqual([]);
    }
  });

  it('lists local checks before network checks', () => {
    const firstNetwork = diagnosisChecks.findIndex((c) => c.needs.some((n) => n.startsWith('probe:')));
    const lastLocalOnly = diagnosisChecks.map((c) => c.needs.every((n) => n === 'local')).lastIndexOf(true);
    expect(lastLocalOnly).toBeLessThan(firstNetwork);
  });

  it('makes every check skip, in words, when it has no facts', () => {
    for (const check of diagnosisChecks) {
      const result = runCheck(check, {});
      expect([result.id, result.status]).toEqual([check.id, 'skip']);
      expect(result.evidence.zh, check.id).not.toBe('');
      expect(result.evidence.zh, check.id).not.toContain('检测程序出错');
    }
  });

  it('makes a check with a fact of its own skip with the reason when that fact could not be read', () => {
    const reason = { zh: '浏览器不让读取。', en: 'The browser would not tell.' };
    for (const check of diagnosisChecks.filter((candidate) => candidate.collect !== undefined)) {
      const result = runCheck(check, { own: { [check.id]: unmeasured(reason) } });
      expect([result.id, result.status]).toEqual([check.id, 'skip']);
      expect(result.evidence.zh).toContain(reason.zh);
    }
  });

  it('runs every check’s own examples; a check with a fact of its own must bring some, of more than one status', () => {
    for (const check of diagnosisChecks) {
      const examples = check.examples ?? [];
      if (check.collect) expect(new Set(examples.map((example) => example.status)).size, check.id).toBeGreaterThan(1);
      for (const example of examples) {
        const result = runCheck(check, { ...example.facts, ...(example.own === undefined ? {} : { own: { [check.id]: example.own } }) });
        expect([check.id, result.status], JSON.stringify(example)).toEqual([check.id, example.status]);
        expect(`${result.evidence.zh}\n${result.advice.zh}`, JSON.stringify(example)).toContain(example.says);
      }
    }
  });

  it('has every collector report what it cannot read as unmeasured, and read this realm without throwing', async () => {
    for (const check of diagnosisChecks.filter((candidate) => candidate.collect !== undefined)) {
      expect(isUnmeasured(await check.collect!({ context: 'extension-popup' })), check.id).toBe(true);
      const real = await check.collect!({ context: 'page', window: globalThis, navigator: globalThis.navigator });
      expect(real, check.id).toBeDefined();
      expect(runCheck(check, { own: { [check.id]: real } }).evidence.zh, check.id).not.toContain('检测程序出错');
    }
  });

  it('knows the five statuses, worst first', () => {
    expect(checkStatuses).toEqual(['fail', 'warn', 'info', 'pass', 'skip']);
  });
});
