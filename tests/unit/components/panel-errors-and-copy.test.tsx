// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelErrorBoundary } from '../../../components/panel/PanelErrorBoundary';
import { HelperErrorBox } from '../../../components/panel/HelperErrorBox';
import type { PanelAppModel, PanelStore } from '../../../components/panel/PanelApp';
import { copyToClipboard } from '../../../components/faq/copy-to-clipboard';
import { withoutExtensionId } from '../../../lib/extension-url';

// '#i18n' reads browser.i18n.getMessage, which fakeBrowser leaves unimplemented: answer it from the real zh_CN messages.
const messages = generateChromeMessages(await parseMessagesFile('locales/zh_CN.yml'));
beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => messages[key]?.message ?? '');
});
afterEach(cleanup);

/** A document where the Clipboard API is missing (plain http) and execCommand('copy') fires a copy event as browsers do. */
function insecureDocument() {
  const copied: string[] = [];
  Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
  const execCommand = vi.fn((command: string) => {
    if (command !== 'copy') return false;
    const data = new Map<string, string>();
    const event = new Event('copy', { bubbles: true, cancelable: true }) as ClipboardEvent;
    Object.defineProperty(event, 'clipboardData', { value: { setData: (type: string, value: string) => data.set(type, value) } });
    document.body.dispatchEvent(event);
    if (event.defaultPrevented && data.has('text/plain')) copied.push(data.get('text/plain')!);
    return true;
  });
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  return { copied, execCommand };
}

describe('copyToClipboard without the Clipboard API', () => {
  it('copies through the copy event: nothing enters the page’s DOM, the page’s copy listeners see nothing', async () => {
    const { copied } = insecureDocument();
    const added: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((record) => added.push(...record.addedNodes)));
    observer.observe(document, { childList: true, subtree: true });
    const pageHeard = vi.fn();
    document.addEventListener('copy', pageHeard);
    await copyToClipboard('报告全文');
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    document.removeEventListener('copy', pageHeard);
    expect(copied).toEqual(['报告全文']);
    expect(added).toEqual([]);
    expect(pageHeard).not.toHaveBeenCalled();
  });

  it('rejects when the browser refuses the copy command', async () => {
    const { execCommand } = insecureDocument();
    execCommand.mockReturnValue(false);
    await expect(copyToClipboard('x')).rejects.toThrow();
  });
});

describe('「复制详情」', () => {
  it('names where the error happened, never the extension’s id', () => {
    const stack = 'TypeError: x is undefined\n    at render (chrome-extension://abcdefghijklmnopabcdefghijklmnop/content-scripts/panel-ui.js:1:200)';
    render(<HelperErrorBox errors={[{ where: 'render', message: 'x', stack, at: '2026-12-05T00:00:00.000Z' }]} />);
    const detail = screen.getByTestId('helper-error').querySelector('pre')!.textContent!;
    expect(detail).toContain('extension:///content-scripts/panel-ui.js:1:200');
    expect(detail).not.toContain('abcdefghijklmnop');
    expect(withoutExtensionId('moz-extension://0f1e2d3c-aaaa-bbbb-cccc-123456789abc/x.js')).toBe('extension:///x.js');
  });
});

describe('the panel’s error boundary', () => {
  it('shows 「助手出错」 with the detail when the panel UI throws, instead of an empty panel', () => {
    const model = { open: true } as PanelAppModel;
    const store: PanelStore = { get: () => model, subscribe: () => () => undefined };
    const Broken = () => {
      throw new Error('panel exploded');
    };
    render(
      <PanelErrorBoundary store={store}>
        <Broken />
      </PanelErrorBoundary>,
    );
    const box = screen.getByTestId('helper-error');
    expect(box.textContent).toContain('助手出错');
    expect(box.querySelector('pre')!.textContent).toContain('panel exploded');
  });
});
