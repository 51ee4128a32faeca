import { Window } from 'happy-dom';
import { findMockRoute, type MockSite } from '../../../tests/mock-platform/routes';

export interface RunningPage {
  window: Window;
  document: Document;
  /** Uncaught script errors and console.error output (except the expected iframe notice). */
  errors: string[];
  /** alert/confirm messages, in order. */
  dialogs: string[];
  close(): Promise<void>;
}

const origin = { permit: 'https://permit.mee.gov.cn', monitoring: 'https://wryjc.cnemc.cn' } as const;

/**
 * Loads a mock page into a happy-dom window with its inline scripts running, as a browser
 * would, but with navigation and iframe loading off (nothing leaves the process).
 * `confirm()` answers `confirmAnswer`.
 */
export async function runPage(path: string, opts: { site?: MockSite; confirmAnswer?: boolean } = {}): Promise<RunningPage> {
  const site = opts.site ?? 'permit';
  const url = new URL(path, origin[site]);
  const route = findMockRoute(site, url);
  if (!route) throw new Error(`no mock route for ${path}`);
  const html = route.render({ url, method: 'GET', body: '' }).html;
  const errors: string[] = [];
  const dialogs: string[] = [];
  const record = (...args: unknown[]) => {
    const message = args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' ');
    if (!message.includes('Iframe page loading is disabled')) errors.push(message);
  };
  const window = new Window({
    url: url.href,
    console: { ...console, error: record, warn: () => undefined, log: () => undefined },
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
    },
  });
  const dialogHost = window as unknown as { alert(message?: unknown): void; confirm(message?: string): boolean };
  dialogHost.alert = (message?: unknown) => void dialogs.push(String(message));
  dialogHost.confirm = (message?: string) => {
    dialogs.push(String(message));
    return opts.confirmAnswer ?? true;
  };
  window.addEventListener('error', (event) => record((event as unknown as { error?: unknown }).error ?? 'script error'));
  window.document.write(html);
  await window.happyDOM.waitUntilComplete();
  return {
    window,
    document: window.document as unknown as Document,
    errors,
    dialogs,
    close: () => window.happyDOM.close(),
  };
}
