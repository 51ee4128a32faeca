/**
 * `npm run crx`: the self-hosted package for bureaus and managed PCs — a CRX3 signed with the
 * extension's private key, and the `updates.xml` (gupdate) that points to it.
 *
 *   CRX_PRIVATE_KEY_FILE=… CRX_BASE_URL=https://…/permit-helper npm run crx
 *
 * CRX_PRIVATE_KEY_FILE  the private key (PEM). It never lives in the repository.
 * CRX_BASE_URL          where updates.xml and the .crx will be served from (one folder).
 * CRX_OUT_DIR           where to write them (default .output/crx).
 * CRX_ALLOW_OTHER_KEY=1 sign with a key other than the one the manifest pins (tests, trial
 *                       servers): the package then has another extension ID, which it prints.
 */
import { execFileSync } from 'node:child_process';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import crx3 from 'crx3';
import { extensionIdOf, extensionPublicKey } from '../build/extension-identity';
import { updateManifestXml } from './update-manifest';

const root = resolve(import.meta.dirname, '..');

class UsageError extends Error {}

function required(name: string, hint: string): string {
  const value = process.env[name]?.trim();
  if (!value) throw new UsageError(`${name} is not set: ${hint}`);
  return value;
}

function publicKeyOf(privateKeyPem: string): string {
  try {
    return createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'der' }).toString('base64');
  } catch {
    throw new UsageError('CRX_PRIVATE_KEY_FILE is not a PEM private key.');
  }
}

function baseUrlOf(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.endsWith('/') ? raw : `${raw}/`);
  } catch {
    throw new UsageError(`CRX_BASE_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError('CRX_BASE_URL must start with https:// (or http://).');
  return url;
}

export async function buildCrx(): Promise<{ crxPath: string; xmlPath: string; id: string; version: string }> {
  const keyPath = resolve(required('CRX_PRIVATE_KEY_FILE', 'the PEM file of the private key that signs the package'));
  const baseUrl = baseUrlOf(required('CRX_BASE_URL', 'the https folder that will serve updates.xml and the .crx'));
  const outDir = resolve(root, process.env.CRX_OUT_DIR ?? '.output/crx');
  const publicKey = publicKeyOf(await readFile(keyPath, 'utf8'));
  if (publicKey !== extensionPublicKey && process.env.CRX_ALLOW_OTHER_KEY !== '1') {
    throw new UsageError(
      `This key is not the one the manifest pins (extension ID ${extensionIdOf(extensionPublicKey)}). ` +
        'Use the project signing key, or set CRX_ALLOW_OTHER_KEY=1 to make a package with another ID.',
    );
  }
  const id = extensionIdOf(publicKey);
  const updateUrl = new URL('updates.xml', baseUrl).href;

  const buildRoot = await mkdtemp(join(tmpdir(), 'permit-helper-crx-'));
  try {
    execFileSync('npx', ['wxt', 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, WXT_OUT_DIR: buildRoot, PERMIT_HELPER_UPDATE_URL: updateUrl, PERMIT_HELPER_MANIFEST_KEY: publicKey },
    });
    const extensionDir = join(buildRoot, 'chrome-mv3');
    const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as { version: string };
    const crxName = `permit-self-check-helper-${manifest.version}.crx`;
    await mkdir(outDir, { recursive: true });
    const crxPath = join(outDir, crxName);
    const xmlPath = join(outDir, 'updates.xml');
    // Given only manifest.json, crx3 packs the whole folder it is in.
    await crx3([join(extensionDir, 'manifest.json')], { keyPath, crxPath });
    await writeFile(xmlPath, updateManifestXml({ id, version: manifest.version, codebase: new URL(crxName, baseUrl).href }));
    return { crxPath, xmlPath, id, version: manifest.version };
  } finally {
    await rm(buildRoot, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildCrx().then(
    ({ crxPath, xmlPath, id, version }) => console.log(`\nCRX ${version}, extension ID ${id}:\n  ${crxPath}\n  ${xmlPath}`),
    (error: unknown) => {
      console.error(error instanceof UsageError ? `npm run crx: ${error.message}` : error);
      process.exit(1);
    },
  );
}
