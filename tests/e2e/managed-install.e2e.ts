/**
 * The extension installed and updated as a bureau would deploy it (docs/enterprise-deployment.md):
 * the guide's release commands build a signed CRX and its updates.xml, a local server serves them, the
 * guide's Linux policy file force-installs the extension into a Chromium started without
 * --load-extension, its panel appears on a platform page, the policy's settings reach managed storage,
 * and a higher version served later is picked up.
 *
 * The policy folder is never written for real: Chromium runs in a private mount namespace in which a
 * temporary folder stands in for /etc/chromium. That needs root and `unshare`; elsewhere the test is
 * skipped and says why.
 */
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, createPublicKey } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionIdOf, extensionPublicKey } from '../../build/extension-identity';
import { platformHosts } from '../../platform/hosts';
import { chromiumPath } from '../../scripts/ensure-browsers';
import { startMockPlatform, type MockPlatform } from '../mock-platform/server';
import { deploymentBlock, guideBaseUrl, guideExtensionId } from './support/deployment-guide';

const root = resolve(import.meta.dirname, '../..');
const policyFolder = '/etc/chromium';
const platformPage = 'https://permit.mee.gov.cn/cas/login?service=https%3A%2F%2Fpermit.mee.gov.cn%2FpermitExt%2Foutside%2FLicenseRedirect';

function whyNotHere(): string | undefined {
  if (process.platform !== 'linux') return 'Chromium policy folders are tested on Linux only';
  if (process.getuid?.() !== 0) return 'writing Chromium’s managed-policy folder needs root';
  if (!existsSync(policyFolder)) return `${policyFolder} does not exist (Debian’s chromium package makes it)`;
  try {
    execFileSync('unshare', ['--mount', 'true'], { stdio: 'ignore' });
  } catch {
    return 'unshare --mount is not allowed here, so the policy folder cannot be replaced for Chromium alone';
  }
  return undefined;
}

const skipReason = whyNotHere();

/** Every file git would put in a clone, copied, with the installed node_modules linked in. */
function copyOfProject(target: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && existsSync(join(root, file)));
  for (const file of files) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(join(root, file), join(target, file));
  }
  symlinkSync(join(root, 'node_modules'), join(target, 'node_modules'));
}

function serveFolder(folder: string, prefix: string): Promise<Server> {
  const server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = name.startsWith(prefix) ? join(folder, name.slice(prefix.length)) : '';
    if (!file || !existsSync(file) || file.includes('..')) {
      response.writeHead(404).end();
      return;
    }
    const type = file.endsWith('.crx') ? 'application/x-chrome-extension' : 'text/xml; charset=utf-8';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

describe.skipIf(skipReason)(`installed by policy from a self-hosted update server${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  const work = mkdtempSync(join(tmpdir(), 'permit-helper-deploy-'));
  const project = join(work, 'project');
  const served = join(work, 'served');
  const etc = join(work, 'etc-chromium');
  const keyFile = join(work, 'trial-key.pem');
  let updateServer: Server;
  let mock: MockPlatform;
  let context: BrowserContext | undefined;
  let baseUrl: string;
  let testId: string;

  const currentVersion = () => (JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { version: string }).version;

  /** The guide's release commands, run in the copy with the trial key, the local server and a given version. */
  function release(version?: string): void {
    const lines = deploymentBlock('release')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(lines[0]).toBe('npm ci'); // the copy shares the installed node_modules instead
    for (const line of lines.slice(1)) {
      if (line.startsWith('npm run bump') && !version) continue;
      const command = line
        .replace(/npm run bump -- \S+/, `npm run bump -- ${version}`)
        .replace(/CRX_PRIVATE_KEY_FILE=\S+/, `CRX_PRIVATE_KEY_FILE=${keyFile}`)
        .replaceAll(guideBaseUrl, baseUrl);
      execFileSync('bash', ['-c', command], {
        cwd: project,
        stdio: 'pipe',
        env: { ...process.env, CRX_ALLOW_OTHER_KEY: '1', CRX_OUT_DIR: served },
      });
    }
  }

  /** Waits until Chromium lists the extension at this version (as chrome://extensions shows it). */
  async function waitForInstalled(version: string): Promise<void> {
    const page = await context!.newPage();
    await page.goto('chrome://extensions');
    try {
      await expect
        .poll(
          () =>
            page.evaluate(async (id) => {
              const all = (await (globalThis as any).chrome.developerPrivate.getExtensionsInfo()) as { id: string; version: string }[];
              return all.find((extension) => extension.id === id)?.version;
            }, testId),
          { timeout: 90_000, interval: 1_000 },
        )
        .toBe(version);
    } finally {
      await page.close();
    }
  }

  /** The extension's service worker, woken by a platform page whose content script asks it for the panel's settings. */
  async function wakeExtension(): Promise<{ worker: Worker; page: Page }> {
    const page = await context!.newPage();
    await page.goto(platformPage);
    const ours = (worker: Worker) => new URL(worker.url()).host === testId;
    const worker = context!.serviceWorkers().find(ours) ?? (await context!.waitForEvent('serviceworker', { predicate: ours, timeout: 30_000 }));
    return { worker, page };
  }

  beforeAll(async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    testId = extensionIdOf(createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64'));

    updateServer = await serveFolder(served, '/permit-helper/');
    baseUrl = `http://127.0.0.1:${(updateServer.address() as AddressInfo).port}/permit-helper`;
    mock = await startMockPlatform({ port: 0 });
    copyOfProject(project);
    release();

    mkdirSync(join(etc, 'policies/managed'), { recursive: true });
    for (const file of ['master_preferences', 'initial_preferences']) {
      if (existsSync(join(policyFolder, file))) cpSync(join(policyFolder, file), join(etc, file));
    }
    const policy = deploymentBlock('linux-policy').replaceAll(guideExtensionId, testId).replaceAll(guideBaseUrl, baseUrl);
    writeFileSync(join(etc, 'policies/managed/permit-helper.json'), policy);
    // For the test only: by default Chromium keeps DevTools (and so the test driver) away from force-installed extensions.
    writeFileSync(join(etc, 'policies/managed/test-driver.json'), JSON.stringify({ DeveloperToolsAvailability: 1 }));

    // Chromium under policy: the temporary folder mounted over /etc/chromium for this process tree only.
    const launcher = join(work, 'chromium-with-policy');
    writeFileSync(launcher, `#!/bin/sh\nexec unshare --mount /bin/sh -c 'mount --bind "${etc}" ${policyFolder} && exec "${chromiumPath}" "$@"' chromium "$@"\n`);
    chmodSync(launcher, 0o755);
    const hostRules = [...platformHosts.map((host) => `MAP ${host} 127.0.0.1:${mock.port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'];
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: launcher,
      headless: true,
      // Playwright's defaults turn off extensions and the background networking that installs and updates them.
      ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking', '--disable-component-update'],
      args: [
        `--host-resolver-rules=${hostRules.join(', ')}`,
        '--ignore-certificate-errors',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--disable-dev-shm-usage',
      ],
    });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((done) => updateServer?.close(done));
    await mock?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('installs by itself, as an administrator’s extension with the ID of its key, and shows its panel on a platform page', async () => {
    await waitForInstalled(currentVersion());
    const { worker, page } = await wakeExtension();
    await expect.poll(() => page.locator('[data-testid=panel]').count(), { timeout: 15_000 }).toBe(1);
    const self = await worker.evaluate(() => chrome.management.getSelf());
    expect(self).toMatchObject({ id: testId, installType: 'admin', version: currentVersion() });
    await page.close();
  }, 150_000);

  it('hands the policy’s settings to managed storage', async () => {
    const { worker, page } = await wakeExtension();
    const policy = JSON.parse(deploymentBlock('linux-policy')) as { '3rdparty': { extensions: Record<string, { contact: { name: string } }> } };
    // Chromium loads an extension's policy once the installed extension has registered its schema.
    await expect
      .poll(() => worker.evaluate(async () => ((await chrome.storage.managed.get()) as { contact?: { name?: string } }).contact?.name), {
        timeout: 30_000,
      })
      .toBe(policy['3rdparty'].extensions[guideExtensionId]!.contact.name);
    await page.close();
  });

  it('picks up a higher version from the same update server', async () => {
    const next = currentVersion().replace(/\d+$/, (patch) => String(Number(patch) + 1));
    release(next);
    expect(currentVersion()).toBe(next);
    const { worker, page } = await wakeExtension();
    // The documented way for an extension to take an update at once: ask, wait until it is downloaded, restart.
    const offered = await worker.evaluate(
      () =>
        new Promise<{ check: unknown; downloaded: string }>((resolve) => {
          let check: unknown;
          chrome.runtime.onUpdateAvailable.addListener((details) => resolve({ check, downloaded: details.version }));
          void chrome.runtime.requestUpdateCheck().then((result) => (check = result));
        }),
    );
    expect(offered).toEqual({ check: { status: 'update_available', version: next }, downloaded: next });
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await page.close();
    await waitForInstalled(next);
  }, 180_000);
});

it('the ID Chromium gives the unpacked build is the one the guide names', async () => {
  expect(guideExtensionId).toBe(extensionIdOf(extensionPublicKey));
  const profile = mkdtempSync(join(tmpdir(), 'permit-helper-id-'));
  const extension = join(root, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    expect(new URL(worker.url()).host).toBe(guideExtensionId);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
