import { mockRoutes } from './routes';
import { startMockPlatform } from './server';

/** `npm run mock`: serves the mock platform on 127.0.0.1:$MOCK_PORT (default 8080). */
async function main(): Promise<void> {
  const raw = process.env.MOCK_PORT ?? '8080';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`MOCK_PORT must be a port number (0-65535), got "${raw}"`);
    process.exitCode = 1;
    return;
  }
  const platform = await startMockPlatform({ port });
  console.log(`Mock permit platform on ${platform.origin} (HTTP and HTTPS on the same port)`);
  console.log(
    `Browse with: --host-resolver-rules="MAP permit.mee.gov.cn 127.0.0.1:${platform.port}, MAP wryjc.cnemc.cn 127.0.0.1:${platform.port}" --ignore-certificate-errors`,
  );
  console.log('Main pages:');
  for (const route of mockRoutes.filter((r) => r.main)) {
    console.log(`  ${route.kind.padEnd(18)} ${platform.origin}${route.path}`);
  }
  console.log(`Scenarios: ${platform.origin}/__mock__/scenario?target=permit&mode=skew&minutes=15 · ${platform.origin}/__mock__/reset`);
  console.log(`All routes: ${platform.origin}/__mock__/routes`);
  const stop = (signal: string) => {
    console.log(`\n${signal}: stopping the mock platform`);
    void platform.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

void main().catch((error: unknown) => {
  console.error('[mock-platform] could not start:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
