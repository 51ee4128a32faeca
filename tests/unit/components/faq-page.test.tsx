// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/preact';
import { parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocationHash } from '../../../entrypoints/faq/use-location-hash';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/faq.html');
});

describe('useLocationHash (FAQ page deep links)', () => {
  let api: [string, (hash: string) => void] = ['', () => {}];
  function Probe() {
    api = useLocationHash();
    return <output>{api[0]}</output>;
  }

  it('starts from the page hash, pushes history entries and follows Back', async () => {
    history.replaceState(null, '', '/faq.html#faq-14');
    const { container } = render(<Probe />);
    expect(container.textContent).toBe('#faq-14');

    act(() => api[1]('#faq-20'));
    expect(location.hash).toBe('#faq-20');
    expect(container.textContent).toBe('#faq-20');

    act(() => api[1](''));
    expect(location.hash).toBe('');
    expect(location.pathname).toBe('/faq.html');

    await act(async () => {
      history.back();
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(container.textContent).toBe('#faq-20');
  });
});

function faqKeys(messages: ParsedMessage[]): Map<string, string[]> {
  return new Map(
    messages
      .filter((message) => message.key[0] === 'faq')
      .map((message) => [message.key.join('.'), [...message.namedSubstitutions].sort()]),
  );
}

describe('faq locale block', () => {
  it('has every key in both languages with the same placeholders', async () => {
    const zh = faqKeys(await parseMessagesFile('locales/zh_CN.yml'));
    const en = faqKeys(await parseMessagesFile('locales/en.yml'));
    expect(zh.size).toBeGreaterThan(30);
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, names] of zh) expect(en.get(key), key).toEqual(names);
  });
});
