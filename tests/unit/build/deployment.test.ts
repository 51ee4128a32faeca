import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionIdOf, extensionPublicKey } from '../../../build/extension-identity';
import { bumpVersion, compareVersions, isManifestVersion, releaseChangelog } from '../../../scripts/bump-version';
import { updateManifestXml } from '../../../scripts/update-manifest';

const root = resolve(import.meta.dirname, '../../..');
const guide = readFileSync(resolve(root, 'docs/enterprise-deployment.md'), 'utf8');

// That Chromium gives the built extension this ID is checked in a browser: tests/e2e/managed-install.e2e.ts.
describe('the extension ID', () => {
  const id = extensionIdOf(extensionPublicKey);

  it('comes from a 2048-bit RSA public key', () => {
    const key = createPublicKey({ key: Buffer.from(extensionPublicKey, 'base64'), format: 'der', type: 'spki' });
    expect(key.asymmetricKeyType).toBe('rsa');
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(2048);
  });

  it('is the one the deployment guide names, everywhere it names one', () => {
    const named = guide.match(/```\n([a-p]{32})\n```/);
    expect(named?.[1]).toBe(id);
    const mentioned = new Set(guide.match(/\b[a-p]{32}\b/g));
    expect([...mentioned]).toEqual([id]);
  });
});

describe('updates.xml', () => {
  it('is a gupdate response naming the app, its version and where to fetch it', () => {
    const xml = updateManifestXml({ id: 'a'.repeat(32), version: '0.2.0', codebase: 'https://ext.example.gov.cn/x/a.crx?v=1&b=2' });
    expect(xml).toContain("<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>");
    expect(xml).toContain(`<app appid='${'a'.repeat(32)}'>`);
    expect(xml).toContain("<updatecheck codebase='https://ext.example.gov.cn/x/a.crx?v=1&amp;b=2' version='0.2.0' />");
  });
});

describe('npm run bump', () => {
  it.each([
    ['0.2.0', true],
    ['1', true],
    ['1.2.3.4', true],
    ['1.2.3.4.5', false],
    ['01.2.0', false],
    ['0.2.0-beta', false],
    ['70000.0.0', false],
    ['', false],
  ])('%s is a manifest version: %s', (version, expected) => expect(isManifestVersion(version)).toBe(expected));

  it('orders versions by number, not by text', () => {
    expect(compareVersions('0.10.0', '0.9.9')).toBe(1);
    expect(compareVersions('0.2', '0.2.0')).toBe(0);
    expect(compareVersions('0.1.9', '0.2.0')).toBe(-1);
  });

  it('releases the Unreleased section under the new version and date, leaving an empty Unreleased above', () => {
    const before = '# Changelog\n\n## [Unreleased]\n\n### Added\n\n- A thing.\n\n## [0.1.0] - 2026-11-28\n\nFirst.\n';
    expect(releaseChangelog(before, '0.2.0', '2026-12-05')).toBe(
      '# Changelog\n\n## [Unreleased]\n\n## [0.2.0] - 2026-12-05\n\n### Added\n\n- A thing.\n\n## [0.1.0] - 2026-11-28\n\nFirst.\n',
    );
    expect(() => releaseChangelog(before, '0.1.0', '2026-12-05')).toThrow(/already/);
    expect(() => releaseChangelog('# Changelog\n', '0.2.0', '2026-12-05')).toThrow(/Unreleased/);
  });

  it('changes package.json, package-lock.json and CHANGELOG.md together, and nothing when refused', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'permit-helper-bump-'));
    const files = {
      'package.json': '{\n  "name": "x",\n  "version": "0.1.0"\n}\n',
      'package-lock.json': '{\n  "name": "x",\n  "version": "0.1.0",\n  "packages": {\n    "": {\n      "name": "x",\n      "version": "0.1.0"\n    }\n  }\n}\n',
      'CHANGELOG.md': '## [Unreleased]\n\n- B.\n',
    };
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);

    await expect(bumpVersion(dir, '0.0.9', '2026-12-05')).rejects.toThrow(/not above/);
    expect(await readFile(join(dir, 'package.json'), 'utf8')).toBe(files['package.json']);

    await bumpVersion(dir, '0.2.0', '2026-12-05');
    expect(JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')).version).toBe('0.2.0');
    const lock = JSON.parse(await readFile(join(dir, 'package-lock.json'), 'utf8'));
    expect([lock.version, lock.packages[''].version]).toEqual(['0.2.0', '0.2.0']);
    expect(await readFile(join(dir, 'CHANGELOG.md'), 'utf8')).toBe('## [Unreleased]\n\n## [0.2.0] - 2026-12-05\n\n- B.\n');
  });
});
