// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { generateChromeMessages, parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { readNumber } from '../../../components/options/NumberSetting';
import { listPacks, maxPackFileBytes } from '../../../state/packs';
import { defaultSettings, readSettings, replaceSettings, withSetting } from '../../../state/settings';

// '#i18n' reads browser.i18n.getMessage, which fakeBrowser leaves unimplemented: answer it from the real zh_CN messages.
const messages = generateChromeMessages(await parseMessagesFile('locales/zh_CN.yml'));
const sampleText = await readFile('docs/sample-faq-pack.json', 'utf8');

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => messages[key]?.message ?? '');
});
afterEach(cleanup);

async function renderOptions(): Promise<HTMLElement> {
  render(<OptionsApp />);
  const main = screen.getByTestId('options');
  await waitFor(() => expect(main.getAttribute('data-ready')).toBe('true'));
  return main;
}

function field(path: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-setting="${path}"]`);
  if (!element) throw new Error(`no field for ${path}`);
  return element;
}

const inputOf = (path: string) => field(path).querySelector('input') as HTMLInputElement;
const savedStatus = () => screen.getByTestId('save-status').textContent ?? '';

describe('options page', () => {
  it('shows the sections as named landmarks with labelled fields', async () => {
    await renderOptions();
    const names = screen.getAllByRole('region').map((region) => within(region).getByRole('heading').textContent);
    expect(names).toEqual(['当地环保局联系方式', '助手面板', '字体大小', '上传前检查', '本地内容包', '恢复默认设置']);
    expect(screen.getByLabelText('电话')).toBe(inputOf('contact.phone'));
    expect(within(screen.getByRole('group', { name: '面板显示在' })).getAllByRole('radio')).toHaveLength(2);
    expect(screen.getByRole('region', { name: '本地内容包' })).toBeTruthy();
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
  });

  it('saves the contact as it is typed and says so', async () => {
    await renderOptions();
    fireEvent.input(inputOf('contact.phone'), { target: { value: '0319-5550123' } });
    await waitFor(() => expect(savedStatus()).toMatch(/^已保存（\d\d:\d\d:\d\d）$/));
    expect((await readSettings()).value.contact.phone).toBe('0319-5550123');
  });

  it('does not save an address that is not a web address, and says why', async () => {
    await renderOptions();
    fireEvent.input(inputOf('contact.url'), { target: { value: 'sthjj.gov.cn' } });
    expect(field('contact.url').querySelector('.opt-error')?.textContent).toContain('http://');
    expect(inputOf('contact.url').getAttribute('aria-invalid')).toBe('true');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await readSettings()).value.contact.url).toBe('');
    fireEvent.input(inputOf('contact.url'), { target: { value: 'https://sthjj.qinghe.example/' } });
    await waitFor(async () => expect((await readSettings()).value.contact.url).toBe('https://sthjj.qinghe.example/'));
    expect(field('contact.url').querySelector('.opt-error')).toBeNull();
  });

  it.each([
    ['panel.width', '480', 480, 'panel'],
    ['panel.width', '４２０', 420, 'panel'],
    ['upload.maxBytes', '2.5', Math.round(2.5 * 1024 * 1024), 'upload'],
    ['upload.maxPixelsSide', '6000', 6000, 'upload'],
  ] as const)('saves %s typed as %j', async (path, typed, stored, group) => {
    await renderOptions();
    fireEvent.input(inputOf(path), { target: { value: typed } });
    const key = path.split('.')[1] as string;
    await waitFor(async () => expect(((await readSettings()).value[group] as unknown as Record<string, number>)[key]).toBe(stored));
  });

  it('refuses a width out of range without saving it', async () => {
    await renderOptions();
    fireEvent.input(inputOf('panel.width'), { target: { value: '900' } });
    expect(field('panel.width').querySelector('.opt-error')?.textContent).toBe('请填写 300 到 560 之间的数字，改正后才会保存。');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await readSettings()).value.panel.width).toBe(defaultSettings.panel.width);
  });

  it('switches to large text at once', async () => {
    const main = await renderOptions();
    fireEvent.click(within(field('fontSize')).getByLabelText('大字（适合看小字吃力的同事）'));
    await waitFor(() => expect(main.classList.contains('opt-root--large')).toBe(true));
    expect((await readSettings()).value.fontSize).toBe('large');
  });

  it('names a stored setting and a stored pack it cannot read, keeps the good ones, and removes each only when asked', async () => {
    const good = JSON.parse(sampleText) as { name: string };
    const stored = { settings: withSetting(withSetting(defaultSettings, 'contact.name', '清河市生态环境局'), 'panel.side', 'top'), faqPacks: [good, { name: '坏包' }] };
    await fakeBrowser.storage.local.set(stored);
    await renderOptions();
    const aside = screen.getByTestId('set-aside');
    expect(aside.getAttribute('role')).toBe('alert');
    expect(aside.textContent).toContain('设置“面板显示在”：必须是以下之一：right、left（已存的值："top"）');
    expect(aside.textContent).toContain('内容包「坏包」');
    expect(inputOf('contact.name').value).toBe('清河市生态环境局');
    expect(document.querySelector('[data-pack]')?.getAttribute('data-pack')).toBe(good.name);
    expect(await fakeBrowser.storage.local.get(['settings', 'faqPacks'])).toEqual(stored);

    fireEvent.click(within(aside).getByRole('button', { name: '删除内容包「坏包」' }));
    await waitFor(() => expect(screen.getByTestId('set-aside').textContent).not.toContain('坏包'));
    expect((await fakeBrowser.storage.local.get('faqPacks')).faqPacks).toEqual([good]);
    fireEvent.click(within(screen.getByTestId('set-aside')).getByRole('button', { name: '删除设置“面板显示在”的已存值' }));
    await waitFor(() => expect(screen.queryByTestId('set-aside')).toBeNull());
    expect((await readSettings()).value).toEqual(withSetting(defaultSettings, 'contact.name', '清河市生态环境局'));
  });
});

describe('values set by the administrator', () => {
  it('shows them disabled and labelled 「由管理员设置」, the rest stays editable', async () => {
    await replaceSettings(withSetting(defaultSettings, 'contact.name', '我自己填的'));
    await fakeBrowser.storage.managed.set({ contact: { phone: '12369' }, panel: { side: 'left' }, packs: [JSON.parse(sampleText)] });
    await renderOptions();

    const phone = field('contact.phone');
    expect(phone.dataset.managed).toBe('true');
    expect(inputOf('contact.phone').value).toBe('12369');
    expect(inputOf('contact.phone').disabled).toBe(true);
    expect(within(phone).getByText('由管理员设置')).toBeTruthy();
    expect(inputOf('contact.phone').getAttribute('aria-describedby')).toContain('managed');

    expect(field('contact.name').dataset.managed).toBeUndefined();
    expect(inputOf('contact.name').value).toBe('我自己填的');
    expect(inputOf('contact.name').disabled).toBe(false);

    const side = field('panel.side');
    expect(side.dataset.managed).toBe('true');
    expect(within(side).getAllByRole('radio').every((radio) => (radio as HTMLInputElement).disabled)).toBe(true);
    expect((within(side).getByLabelText('页面左边') as HTMLInputElement).checked).toBe(true);

    const pack = document.querySelector<HTMLElement>('[data-pack]');
    expect(pack?.dataset.managed).toBe('true');
    expect(within(pack!).queryByRole('button')).toBeNull();
    expect(screen.getByTestId('managed-notice').textContent).toContain('由管理员设置');
  });

  it('keeps the user value underneath: editing another field does not store the policy value', async () => {
    await fakeBrowser.storage.managed.set({ contact: { phone: '12369' } });
    await renderOptions();
    fireEvent.input(inputOf('contact.name'), { target: { value: '清河市生态环境局' } });
    await waitFor(async () => expect((await readSettings()).value.contact.name).toBe('清河市生态环境局'));
    expect((await readSettings()).value.contact.phone).toBe('');
  });

  it('follows a policy that changes while the page is open', async () => {
    await renderOptions();
    await fakeBrowser.storage.managed.set({ fontSize: 'large' });
    await waitFor(() => expect(field('fontSize').dataset.managed).toBe('true'));
  });

  it('lists invalid policy values for the administrator', async () => {
    await fakeBrowser.storage.managed.set({ panel: { width: 5000 } });
    await renderOptions();
    expect(screen.getByTestId('managed-issues').textContent).toContain('panel.width');
  });
});

describe('content packs', () => {
  it('imports pasted text, lists the pack, and removes it', async () => {
    await renderOptions();
    fireEvent.input(screen.getByLabelText('或者把内容包的文字粘贴在这里'), { target: { value: sampleText } });
    fireEvent.click(screen.getByRole('button', { name: '导入粘贴的内容' }));
    await waitFor(() => expect(screen.getByTestId('pack-outcome').textContent).toBe('已导入内容包“清河市生态环境局 本地补充”，共 2 条。'));
    const list = screen.getByRole('list', { name: '已有的内容包' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(list.textContent).toContain('101、102');

    fireEvent.click(screen.getByRole('button', { name: '删除内容包“清河市生态环境局 本地补充”' }));
    await waitFor(() => expect(screen.getByText('还没有导入内容包。')).toBeTruthy());
    expect((await listPacks()).packs).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('选择内容包文件（.json）')));
  });

  it('lists every error of a broken pack and imports nothing', async () => {
    await renderOptions();
    const broken = JSON.parse(sampleText) as { entries: Record<string, unknown>[] };
    broken.entries[0]!.number = 5;
    broken.entries[1]!.section = 'other';
    fireEvent.input(screen.getByLabelText('或者把内容包的文字粘贴在这里'), { target: { value: JSON.stringify(broken) } });
    fireEvent.click(screen.getByRole('button', { name: '导入粘贴的内容' }));
    await waitFor(() => expect(screen.getByTestId('pack-errors').textContent).toContain('没有导入任何内容'));
    expect(screen.getByTestId('pack-errors').getAttribute('role')).toBe('alert');
    expect(within(screen.getByTestId('pack-errors')).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '第 2 条（编号 102）的 section：必须是以下之一：login、application、registration、helper、local',
    ]);
    expect((await listPacks()).packs).toEqual([]);
  });

  it('refuses a file larger than a pack can be before reading it', async () => {
    await renderOptions();
    const input = screen.getByLabelText('选择内容包文件（.json）') as HTMLInputElement;
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: maxPackFileBytes + 1 });
    const read = vi.spyOn(file, 'text');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByTestId('pack-errors').textContent).toContain('文件太大'));
    expect(read).not.toHaveBeenCalled();
  });

  it('imports a chosen file', async () => {
    await renderOptions();
    const input = screen.getByLabelText('选择内容包文件（.json）') as HTMLInputElement;
    const file = new File([sampleText], 'qinghe.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(async () => expect((await listPacks()).packs.map(({ pack }) => pack.name)).toEqual(['清河市生态环境局 本地补充']));
  });
});

describe('restore defaults', () => {
  it('asks first; cancelling keeps everything and returns the focus', async () => {
    await replaceSettings(withSetting(defaultSettings, 'contact.name', '清河市生态环境局'));
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: '恢复默认设置' }));
    const confirm = screen.getByRole('button', { name: '确定恢复' });
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: '恢复默认设置' })));
    expect((await readSettings()).value.contact.name).toBe('清河市生态环境局');
  });

  it('restores every setting after confirming', async () => {
    await replaceSettings(withSetting(withSetting(defaultSettings, 'contact.name', '清河市生态环境局'), 'fontSize', 'large'));
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: '恢复默认设置' }));
    fireEvent.click(screen.getByRole('button', { name: '确定恢复' }));
    await waitFor(() => expect(savedStatus()).toBe('已恢复默认设置。'));
    expect((await readSettings()).value).toEqual(defaultSettings);
    expect(inputOf('contact.name').value).toBe('');
  });
});

describe('options locale block', () => {
  const optionKeys = (parsed: ParsedMessage[]) =>
    new Map(parsed.filter((message) => message.key[0] === 'options').map((message) => [message.key.join('.'), [...message.namedSubstitutions].sort()]));

  it('has every key in both languages with the same placeholders', async () => {
    const zh = optionKeys(await parseMessagesFile('locales/zh_CN.yml'));
    const en = optionKeys(await parseMessagesFile('locales/en.yml'));
    expect(zh.size).toBeGreaterThan(50);
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, names] of zh) expect(en.get(key), key).toEqual(names);
  });
});

describe('readNumber', () => {
  it.each([
    ['480', 480],
    ['４８０', 480],
    ['2.5', 2.5],
    ['２．５', 2.5],
    [' 12 ', 12],
    ['', undefined],
    ['-5', undefined],
    ['1e3', undefined],
    ['12px', undefined],
  ])('reads %j as %s', (text, expected) => {
    expect(readNumber(text)).toBe(expected);
  });
});
