import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { startMockPlatform, type MockPlatform } from '../../mock-platform/server';
import { launchWithExtension, type ExtensionBrowser } from './chromium';

export interface MockSession {
  mock: MockPlatform;
  browser: ExtensionBrowser;
  /** One tab, open for the whole file. */
  page: Page;
}

/**
 * For one test file: the mock platform and Chromium with the built extension, started before the
 * tests and closed after them. Read the fields inside tests (they are set in `beforeAll`).
 */
export function useMockSession(options: Omit<Parameters<typeof launchWithExtension>[0], 'port'> = {}): MockSession {
  const session = {} as MockSession;
  beforeAll(async () => {
    session.mock = await startMockPlatform();
    session.browser = await launchWithExtension({ ...options, port: session.mock.port });
    session.page = await session.browser.context.newPage();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.mock?.close();
  });
  return session;
}
