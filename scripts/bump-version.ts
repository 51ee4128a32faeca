/**
 * `npm run bump -- 0.2.0`: one version everywhere. package.json holds it (WXT writes it into every
 * browser's manifest), package-lock.json repeats it, and CHANGELOG.md's 「Unreleased」 section becomes
 * the release's, with today's date and a fresh empty 「Unreleased」 above it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Chromium's rule for manifest versions: one to four dot-separated integers, each 0–65535, no leading zeros. */
export function isManifestVersion(version: string): boolean {
  const parts = version.split('.');
  return parts.length >= 1 && parts.length <= 4 && parts.every((part) => /^(0|[1-9]\d{0,4})$/.test(part) && Number(part) <= 65535);
}

export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** The changelog with its Unreleased section released as `version` on `date` (YYYY-MM-DD). */
export function releaseChangelog(changelog: string, version: string, date: string): string {
  const heading = /^## \[Unreleased\][^\n]*\n/m;
  if (!heading.test(changelog)) throw new Error('CHANGELOG.md has no "## [Unreleased]" section.');
  if (new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm').test(changelog)) {
    throw new Error(`CHANGELOG.md already has a section for ${version}.`);
  }
  return changelog.replace(heading, `## [Unreleased]\n\n## [${version}] - ${date}\n`);
}

export async function bumpVersion(root: string, version: string, date: string): Promise<void> {
  const packagePath = join(root, 'package.json');
  const lockPath = join(root, 'package-lock.json');
  const changelogPath = join(root, 'CHANGELOG.md');
  const pkg = JSON.parse(await readFile(packagePath, 'utf8')) as { version: string };
  if (!isManifestVersion(version)) throw new Error(`"${version}" is not a version browsers accept (e.g. 0.2.0).`);
  if (compareVersions(version, pkg.version) <= 0) throw new Error(`${version} is not above the current version ${pkg.version}.`);

  const lock = JSON.parse(await readFile(lockPath, 'utf8')) as { version?: string; packages?: Record<string, { version?: string }> };
  const changelog = releaseChangelog(await readFile(changelogPath, 'utf8'), version, date);
  pkg.version = version;
  lock.version = version;
  const rootPackage = lock.packages?.[''];
  if (rootPackage) rootPackage.version = version;
  // Everything is computed before the first write, so a refused bump changes nothing.
  await writeFile(packagePath, `${JSON.stringify(pkg, null, 2)}\n`);
  await writeFile(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  await writeFile(changelogPath, changelog);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const version = process.argv[2] ?? '';
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  bumpVersion(resolve(import.meta.dirname, '..'), version, today).then(
    () => console.log(`Version ${version}: package.json, package-lock.json, CHANGELOG.md (${today}).`),
    (error: unknown) => {
      console.error(`npm run bump: ${error instanceof Error ? error.message : String(error)}\nUsage: npm run bump -- 0.2.0`);
      process.exit(1);
    },
  );
}
