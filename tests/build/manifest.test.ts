import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { platformHosts, platformMatchPatterns } from '../../platform/hosts';

/**
 * Least privilege, checked on the built extensions (build first: `npx wxt build`,
 * `npx wxt build -b firefox` and `npm run build:legacy`): exactly the permissions and hosts docs/permissions.md lists,
 * a strict CSP, and no remote code or eval in anything we ship.
 */
const root = resolve(import.meta.dirname, '../..');
// WXT_OUT_DIR chooses the build directory, as in wxt.config.ts and the E2E harness.
const outDir = join(root, process.env.WXT_OUT_DIR ?? '.output');
const chromeDir = join(outDir, 'chrome-mv3');
const firefoxDir = join(outDir, 'firefox-mv2');
const legacyDir = join(outDir, 'chrome-mv2-legacy');

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: ({ matches: string[] } | string)[];
  content_security_policy?: string | { extension_pages?: string };
};

function readManifest(dir: string): Manifest {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: build the extension first`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => join(dir, name));
}

/** The first-column `code` values of the table rows in docs/permissions.md, by kind (second column). */
function documented(kind: 'permission' | 'host' | 'optional'): string[] {
  const text = readFileSync(join(root, 'docs/permissions.md'), 'utf8');
  const rows = text.split('\n').filter((line) => line.startsWith('| `'));
  return rows
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter((cells) => cells[2] === kind)
    .map((cells) => cells[1]!.replace(/`/g, ''));
}

const sorted = (values: readonly string[]) => [...values].sort();

/** URLs that may appear in shipped code: the platform's own hosts, XML namespaces, and links inside library error messages. */
const allowedUrlPrefixes = [
  ...platformHosts.flatMap((host) => [`https://${host}/`, `http://${host}/`]),
  'http://www.w3.org/',
  'https://wxt.dev/guide/',
  'https://github.com/wxt-dev/wxt/issues/',
  'https://developer.mozilla.org/en-US/docs/',
];

function remoteUrls(code: string): string[] {
  const found = code.match(/https?:\/\/[^\s"'`<>)\\]+/g) ?? [];
  // Scheme and host are case-insensitive (the page detector's tables spell some platform URLs in capitals).
  return found.filter((url) => !allowedUrlPrefixes.some((prefix) => `${url}/`.toLowerCase().startsWith(prefix)));
}

describe('the permissions are exactly the documented ones', () => {
  const chrome = readManifest(chromeDir);
  const firefox = readManifest(firefoxDir);
  const legacy = readManifest(legacyDir);

  it('docs/permissions.md lists storage, the four platform hosts, and alarms and notifications as optional', () => {
    expect(sorted(documented('permission'))).toEqual(['storage']);
    expect(sorted(documented('host'))).toEqual(sorted(platformMatchPatterns));
    expect(sorted(documented('optional'))).toEqual(['alarms', 'notifications']);
  });

  it('Chromium (MV3): permissions and host permissions are the documented ones; optional only the reminders’ two', () => {
    expect(sorted(chrome.permissions ?? [])).toEqual(sorted(documented('permission')));
    expect(sorted(chrome.host_permissions ?? [])).toEqual(sorted(documented('host')));
    expect(sorted(chrome.optional_permissions ?? [])).toEqual(sorted(documented('optional')));
    expect(chrome.optional_host_permissions).toBeUndefined();
  });

  it('Firefox (MV2): the same permissions and hosts in one list, the same optional ones but alarms (which Firefox grants without asking), and no data collection', () => {
    expect(sorted(firefox.permissions ?? [])).toEqual(sorted([...documented('permission'), 'alarms', ...documented('host')]));
    expect(sorted(firefox.optional_permissions ?? [])).toEqual(sorted(documented('optional').filter((name) => name !== 'alarms')));
    const gecko = (firefox.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined)?.gecko;
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('legacy Chromium (MV2): the same permissions and hosts in one list', () => {
    expect(sorted(legacy.permissions ?? [])).toEqual(sorted([...documented('permission'), ...documented('host')]));
    expect(sorted(legacy.optional_permissions ?? [])).toEqual(sorted(documented('optional')));
  });

  it('only the MV3 build has a web-accessible file, for the platform hosts; MV2 (which cannot limit by host) exposes none', () => {
    expect(chrome.web_accessible_resources).toEqual([{ resources: expect.arrayContaining(['content-scripts/panel-ui.js']), matches: platformMatchPatterns }]);
    expect(legacy.web_accessible_resources).toBeUndefined();
    expect(firefox.web_accessible_resources).toBeUndefined();
  });

  it.each([
    ['chrome-mv3', chrome],
    ['firefox-mv2', firefox],
    ['chrome-mv2-legacy', legacy],
  ] as const)('%s: content scripts and web-accessible resources only match the platform hosts', (_name, manifest) => {
    expect(manifest.content_scripts?.length).toBeGreaterThan(0);
    for (const script of manifest.content_scripts ?? []) expect(sorted(script.matches)).toEqual(sorted(platformMatchPatterns));
    for (const resource of manifest.web_accessible_resources ?? []) {
      if (typeof resource !== 'string') expect(sorted(resource.matches)).toEqual(sorted(platformMatchPatterns));
    }
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('<all_urls>');
    expect(text).not.toMatch(/"\*:\/\/\*\/\*"|"https?:\/\/\*\/\*"|"file:\/\//);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
  });

  it.each([
    ['chrome-mv3', chrome],
    ['firefox-mv2', firefox],
    ['chrome-mv2-legacy', legacy],
  ] as const)('%s: a strict CSP for extension pages (own scripts only, no eval, no plugins; WebAssembly may compile)', (_name, manifest) => {
    const csp = manifest.content_security_policy;
    const policy = typeof csp === 'string' ? csp : csp?.extension_pages;
    expect(policy).toBeDefined();
    const directives = new Map(
      policy!
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name, ...values]) => [name!, values]),
    );
    // 'wasm-unsafe-eval' lets WebAssembly compile (the HEIC decoder of the upload repair) and nothing else.
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(policy!.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});

describe('no remote code and no eval in what we ship', () => {
  it.each([chromeDir, firefoxDir, legacyDir])('%s: every URL in the JavaScript is a platform host or a documentation string', (dir) => {
    const files = filesUnder(dir, '.js');
    expect(files.length).toBeGreaterThan(3);
    const offending = files.flatMap((file) => remoteUrls(readFileSync(file, 'utf8')).map((url) => `${file}: ${url}`));
    expect(offending).toEqual([]);
  });

  it.each([chromeDir, firefoxDir, legacyDir])('%s: no eval, new Function, string timers or remote script loading', (dir) => {
    const offending = filesUnder(dir, '.js').flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      const patterns: [string, RegExp][] = [
        ['eval(', /(?<![\w$.])eval\s*\(/],
        ['new Function(', /new\s+Function\s*\(/],
        ['Function("…")', /(?<![\w$.])Function\s*\(\s*["'`]/],
        ['setTimeout("…")', /set(?:Timeout|Interval)\s*\(\s*["'`]/],
        ['importScripts(', /importScripts\s*\(/],
        ['import(http…)', /import\s*\(\s*["'`]https?:/],
      ];
      return patterns.filter(([, pattern]) => pattern.test(code)).map(([name]) => `${file}: ${name}`);
    });
    expect(offending).toEqual([]);
  });

  it.each([chromeDir, firefoxDir, legacyDir])('%s: extension pages load only their own scripts and styles', (dir) => {
    const pages = filesUnder(dir, '.html');
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const sources = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
      for (const source of sources) expect(source, `${page}`).toMatch(/^(\/|\.\/|\.\.\/|[\w-]+\/)/);
      expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
    }
  });
});
