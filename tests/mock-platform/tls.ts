import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { monitoringHosts, permitHosts } from '../../platform/hosts';

const run = promisify(execFile);

/** Bump when the certificate's content changes, so a stale cached one is not reused. */
const CACHE_DIR = join(tmpdir(), 'permit-mock-platform-tls-v1');

export interface TlsMaterial {
  key: Buffer;
  cert: Buffer;
}

async function readCached(dir: string): Promise<TlsMaterial | undefined> {
  try {
    return { key: await readFile(join(dir, 'key.pem')), cert: await readFile(join(dir, 'cert.pem')) };
  } catch {
    return undefined;
  }
}

/**
 * A self-signed certificate for the platform hostnames, made once with the `openssl` CLI and
 * cached in the OS temp dir. Resolves undefined (HTTPS off) when openssl is missing or fails.
 */
export async function platformCertificate(): Promise<TlsMaterial | undefined> {
  const cached = await readCached(CACHE_DIR);
  if (cached) return cached;
  const work = await mkdtemp(join(tmpdir(), 'permit-mock-tls-'));
  try {
    const names = [...permitHosts, ...monitoringHosts, 'localhost'].map((h) => `DNS:${h}`);
    await run(
      'openssl',
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '3650',
        '-keyout', join(work, 'key.pem'), '-out', join(work, 'cert.pem'),
        '-subj', `/C=CN/O=Mock Permit Platform/CN=${permitHosts[0]}`,
        '-addext', `subjectAltName=${[...names, 'IP:127.0.0.1'].join(',')}`,
      ],
      { timeout: 30_000 },
    );
    // Another process may have won the race; its certificate is as good as ours.
    await rename(work, CACHE_DIR).catch(() => undefined);
    return (await readCached(CACHE_DIR)) ?? (await readCached(work));
  } catch (error) {
    console.log(`[mock-platform] openssl unavailable (${(error as Error).message.split('\n')[0]}); serving HTTP only`);
    return undefined;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
