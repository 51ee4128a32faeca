/**
 * Runs Mozilla's add-on linter (web-ext lint) on the Firefox build and fails on any error,
 * warning or notice, printing each one. Build first: `npx wxt build -b firefox`.
 * Usage: tsx scripts/lint-firefox.ts [buildDir]   (default $WXT_OUT_DIR/firefox-mv2, WXT_OUT_DIR defaulting to .output)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

interface WebExtApi {
  cmd: { lint(options: Record<string, unknown>, runtime: { shouldExitProgram: boolean }): Promise<unknown> };
}

export async function lintFirefoxBuild(sourceDir: string): Promise<LintReport> {
  // web-ext ships no type declarations: its node API is described by WebExtApi above.
  const moduleName = 'web-ext';
  const { default: webExt } = (await import(moduleName)) as { default: WebExtApi };
  const report = (await webExt.cmd.lint(
    { sourceDir, output: 'none', boring: true, selfHosted: false, warningsAsErrors: false, pretty: false, metadata: false },
    { shouldExitProgram: false },
  )) as LintReport;
  return { errors: report.errors ?? [], warnings: report.warnings ?? [], notices: report.notices ?? [] };
}

function describe(kind: string, message: LintMessage): string {
  const where = message.file ? ` (${message.file}${message.line ? `:${message.line}:${message.column ?? 0}` : ''})` : '';
  return `${kind} ${message.code}${where}: ${message.message}${message.description ? `\n    ${message.description}` : ''}`;
}

async function main(): Promise<number> {
  const dir = resolve(process.argv[2] ?? `${process.env.WXT_OUT_DIR ?? '.output'}/firefox-mv2`);
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    console.error(`No Firefox build at ${dir}: run \`npx wxt build -b firefox\` first.`);
    return 1;
  }
  const report = await lintFirefoxBuild(dir);
  const problems = [
    ...report.errors.map((message) => describe('ERROR', message)),
    ...report.warnings.map((message) => describe('WARNING', message)),
    ...report.notices.map((message) => describe('NOTICE', message)),
  ];
  for (const line of problems) console.error(line);
  console.log(
    `web-ext lint ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`,
  );
  return problems.length === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('lint-firefox.ts')) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
