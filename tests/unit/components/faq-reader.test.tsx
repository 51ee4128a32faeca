// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { useZhMessages } from '../support/zh-messages';
import { faqEntries } from '../../../faq/entries';
import type { FaqEntry } from '../../../faq/schema';
import { faqEntryToText } from '../../../components/faq/entry-text';
import { faqHash, parseFaqHash } from '../../../components/faq/faq-hash';
import { FaqEntryView } from '../../../components/faq/FaqEntryView';
import { FaqList } from '../../../components/faq/FaqList';
import { FaqReader } from '../../../components/faq/FaqReader';
import { relevantHits } from '../../../components/faq/FaqSearchBox';
import { searchFaq } from '../../../faq/search';

useZhMessages();

function entry(number: number): FaqEntry {
  const found = faqEntries.find((candidate) => candidate.number === number);
  if (!found) throw new Error(`FAQ entry ${number} is missing from faq/entries`);
  return found;
}

function article(number: number): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-faq="${number}"]`);
  if (!element) throw new Error(`no element with data-faq="${number}"`);
  return element;
}

function listItemTexts(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('faq hash', () => {
  it.each([
    ['#faq-14', 14],
    ['faq-20', 20],
    [' #faq-3 ', 3],
    ['#faq-0', null],
    ['#faq-', null],
    ['#faq-1x', null],
    ['#top', null],
    ['', null],
    [undefined, null],
  ])('parseFaqHash(%j) is %j', (hash, expected) => {
    expect(parseFaqHash(hash)).toBe(expected);
  });

  it('round-trips through faqHash', () => {
    expect(parseFaqHash(faqHash(27))).toBe(27);
  });
});

describe('faqEntryToText', () => {
  it('numbers steps under their titles and marks bullets with 「·」', () => {
    const text = faqEntryToText(entry(20));
    expect(text.split('\n')).toEqual([
      '20. 无法选择经纬度信息',
      '· 使用 IE9/10/11 版本浏览器',
      '拾取：',
      '1. 点击拾取',
      '2. 在地图上选择合适点位',
      '3. 确定',
      '定位：',
      '1. 在文本框中输入小数点格式经纬度',
      '2. 点击定位',
      '3. 点击拾取',
      '4. 在地图定位点处点击',
      '5. 确认',
      '· 定位功能需要手动输入“小数点”格式经纬度，并再次“拾取”坐标',
    ]);
  });

  it('marks checklist items with ✓, says where a picture is missing, and lists links with addresses', () => {
    expect(faqEntryToText(entry(12))).toContain('✓ 水污染物申请排放信息');
    expect(faqEntryToText(entry(14))).toContain('助手没有收录。图的说明：原文此处为发布遗失声明和提交补办申请的操作截图');
    const withLink = faqEntries.find((candidate) => candidate.links.length > 0);
    expect(withLink, 'the FAQ has at least one entry with a link').toBeDefined();
    const link = withLink!.links[0]!;
    expect(faqEntryToText(withLink!)).toMatch(new RegExp(`${link.label.zh}：https?://`));
    expect(faqEntryToText(withLink!, 'en')).toContain(`${link.label.en}: http`);
  });

  it('never throws on a malformed entry', () => {
    expect(faqEntryToText({ question: '只有问题' } as unknown as FaqEntry)).toBe('只有问题');
  });
});

describe('FaqEntryView', () => {
  it('renders entry 20 with its two titled step lists as ordered lists', () => {
    render(<FaqEntryView entry={entry(20)} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('无法选择经纬度信息');
    const ordered = article(20).querySelectorAll('ol');
    expect(ordered).toHaveLength(2);
    const pick = screen.getByRole('list', { name: '拾取：' });
    const locate = screen.getByRole('list', { name: '定位：' });
    expect(pick.tagName).toBe('OL');
    expect(locate.tagName).toBe('OL');
    expect(listItemTexts(pick)).toEqual(['点击拾取', '在地图上选择合适点位', '确定']);
    expect(listItemTexts(locate)).toHaveLength(5);
    expect(screen.getByRole('heading', { level: 3, name: '拾取：' })).toBeTruthy();
  });

  it('renders entry 12’s ✓ list as a visual checklist, not as form checkboxes', () => {
    render(<FaqEntryView entry={entry(12)} />);
    const checklist = article(12).querySelector<HTMLElement>('ul[role="list"]');
    expect(checklist).not.toBeNull();
    expect(listItemTexts(checklist!).map((text) => text.replace(/^✓/, ''))).toEqual([
      '大气有组织、无组织排放及总许可量信息',
      '水污染物申请排放信息',
      '上传相关附件',
    ]);
    const marks = checklist!.querySelectorAll('[aria-hidden="true"]');
    expect(Array.from(marks, (mark) => mark.textContent)).toEqual(['✓', '✓', '✓']);
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });

  it('shows a missing figure as a note with its caption', () => {
    render(<FaqEntryView entry={entry(14)} />);
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('原文此处有一张配图，助手没有收录');
    expect(note.textContent).toContain('原文此处为发布遗失声明和提交补办申请的操作截图');
    expect(note.tagName).not.toBe('IMG');
    expect(document.querySelector('img')).toBeNull();
  });

  it('carries data-faq with the entry number on its root', () => {
    const { container } = render(<FaqEntryView entry={entry(7)} />);
    expect((container.firstElementChild as HTMLElement).dataset.faq).toBe('7');
  });

  it('links to the platform in a new tab without opener', () => {
    const withLink = faqEntries.find((candidate) => candidate.links.length > 0)!;
    render(<FaqEntryView entry={withLink} />);
    const link = screen.getByRole('link', { name: new RegExp(withLink.links[0]!.label.zh) });
    expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('asks to set the local bureau’s contact in the options page when none is configured', () => {
    render(<FaqEntryView entry={entry(2)} optionsUrl="chrome-extension://id/options.html" />);
    const box = screen.getByRole('region', { name: '联系当地环保局' });
    expect(box.textContent).toContain('还没有填写当地环保局的联系方式');
    const options = within(box).getByRole('link', { name: '在设置页填写' });
    expect(options.getAttribute('href')).toBe('chrome-extension://id/options.html');
  });

  it('shows the configured contact of the local bureau', () => {
    render(
      <FaqEntryView
        entry={entry(2)}
        contact={{ name: '某某市生态环境局', phone: '0571-1234 5678', address: '', url: 'javascript:alert(1)' }}
      />,
    );
    const box = screen.getByRole('region', { name: '联系当地环保局' });
    expect(box.textContent).toContain('某某市生态环境局');
    expect(within(box).getByRole('link', { name: '0571-1234 5678' }).getAttribute('href')).toBe('tel:057112345678');
    expect(box.textContent).not.toContain('地址');
    // A configured address that is not a web address is shown as text, never as a link.
    expect(within(box).queryByRole('link', { name: 'javascript:alert(1)' })).toBeNull();
    expect(box.textContent).not.toContain('还没有填写');
  });

  it('names other contacts without asking for settings', () => {
    render(<FaqEntryView entry={entry(12)} />);
    const box = screen.getByRole('region', { name: '联系许可证核发部门' });
    expect(box.textContent).not.toContain('设置页');
  });

  it('opens related entries through onOpenEntry and names them by question', () => {
    const onOpenEntry = vi.fn();
    render(<FaqEntryView entry={entry(20)} entries={faqEntries} onOpenEntry={onOpenEntry} />);
    const related = screen.getByRole('navigation', { name: '相关问题' });
    const link = within(related).getByRole('link', { name: /第 6 条/ });
    expect(link.textContent).toContain(entry(6).question);
    fireEvent.click(link);
    expect(onOpenEntry).toHaveBeenCalledWith(6);
  });

  it('copies the entry as plain text and says so politely', async () => {
    const copyText = vi.fn(async (_text: string) => {});
    render(<FaqEntryView entry={entry(20)} copyText={copyText} />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: '复制答案' }));
    await waitFor(() => expect(status.textContent).toBe('已复制'));
    expect(copyText).toHaveBeenCalledWith(faqEntryToText(entry(20), 'zh'));
  });

  it('says when copying failed', async () => {
    render(<FaqEntryView entry={entry(1)} copyText={() => Promise.reject(new Error('denied'))} />);
    fireEvent.click(screen.getByRole('button', { name: '复制答案' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('复制失败'));
  });
});

describe('FaqList', () => {
  it('groups questions under section headings and marks the open one', () => {
    const onOpen = vi.fn();
    render(<FaqList entries={faqEntries} onOpen={onOpen} selected={14} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      '登录问题',
      '许可证申请',
      '排污登记',
    ]);
    const current = screen.getByRole('button', { current: true });
    expect(current.textContent).toContain('许可证遗失如何补办');
    fireEvent.click(screen.getByRole('button', { name: /遗忘用户名、密码/ }));
    expect(onOpen).toHaveBeenCalledWith(1);
  });

  it('filters by section', () => {
    render(<FaqList entries={faqEntries} onOpen={() => {}} sectionFilter="registration" />);
    const numbers = screen.getAllByRole('button').map((b) => Number(b.dataset.faqItem));
    expect(numbers).toEqual(faqEntries.filter((e) => e.section === 'registration').map((e) => e.number));
  });

  it('moves focus with the arrow keys, Home and End', () => {
    render(<FaqList entries={faqEntries.slice(0, 3)} onOpen={() => {}} layout="flat" />);
    const [first, second, third] = screen.getAllByRole('button');
    first!.focus();
    fireEvent.keyDown(first!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second!, { key: 'End' });
    expect(document.activeElement).toBe(third);
    fireEvent.keyDown(third!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(third);
    fireEvent.keyDown(third!, { key: 'Home' });
    expect(document.activeElement).toBe(first);
  });
});

async function search(query: string): Promise<HTMLElement[]> {
  const input = screen.getByRole('searchbox', { name: '搜索常见问题' });
  fireEvent.input(input, { target: { value: query } });
  const results = await screen.findByRole('list', { name: '搜索结果' });
  return within(results).getAllByRole('button');
}

describe('FaqReader', () => {
  it('finds entry 14 first for 「许可证丢了」 and opens it with its steps', async () => {
    render(<FaqReader entries={faqEntries} searchDebounceMs={0} />);
    const hits = await search('许可证丢了');
    expect(hits[0]?.dataset.faqItem).toBe('14');
    expect(screen.getByRole('status').textContent).toMatch(/找到 \d+ 条相关问题/);
    fireEvent.click(hits[0]!);
    const opened = article(14);
    const steps = opened.querySelector('ol');
    expect(steps).not.toBeNull();
    expect(listItemTexts(steps!)).toEqual(['发布遗失声明：', '提交补办申请：']);
    expect(document.activeElement).toBe(within(opened).getByRole('heading', { level: 2 }));
  });

  it('leaves out hits far weaker than the best one', async () => {
    const all = searchFaq('许可证丢了', { limit: 10 });
    const kept = relevantHits(all, 0.1);
    expect(kept[0]?.number).toBe(14);
    expect(kept.length).toBeLessThan(all.length);
    expect(relevantHits(all, 0)).toEqual(all);
    expect(relevantHits([], 0.1)).toEqual([]);
    render(<FaqReader entries={faqEntries} searchDebounceMs={0} />);
    const shown = (await search('许可证丢了')).map((hit) => Number(hit.dataset.faqItem));
    expect(shown).toEqual(kept.map((hit) => hit.number));
  });

  it('says when nothing matches and clears the search with Escape', async () => {
    render(<FaqReader entries={faqEntries} searchDebounceMs={0} />);
    const input = screen.getByRole<HTMLInputElement>('searchbox');
    fireEvent.input(input, { target: { value: 'zzzzqqq' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('没有找到相关问题'));
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
    expect(document.querySelectorAll('[data-faq-item]')).toHaveLength(faqEntries.length);
  });

  it('opens the entry the hash names and reports openings as hashes', () => {
    const onHashChange = vi.fn();
    const { rerender } = render(<FaqReader entries={faqEntries} hash="#faq-14" onHashChange={onHashChange} />);
    expect(article(14)).toBeTruthy();
    fireEvent.click(within(article(14)).getByRole('link', { name: /第 23 条/ }));
    expect(onHashChange).toHaveBeenLastCalledWith('#faq-23');
    expect(article(23)).toBeTruthy();

    rerender(<FaqReader entries={faqEntries} hash="#faq-20" onHashChange={onHashChange} />);
    expect(article(20)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '返回问题列表' }));
    expect(onHashChange).toHaveBeenLastCalledWith('');
    expect(document.querySelector('[data-faq]')).toBeNull();
    expect(document.activeElement?.getAttribute('data-faq-item')).toBe('20');
  });

  it('goes back to the list with Escape from an open entry', () => {
    const onSelect = vi.fn();
    render(<FaqReader entries={faqEntries} onSelect={onSelect} initialSelected={5} />);
    fireEvent.keyDown(within(article(5)).getByRole('button', { name: '复制答案' }), { key: 'Escape' });
    expect(onSelect).toHaveBeenLastCalledWith(null);
    expect(document.querySelector('[data-faq]')).toBeNull();
  });

  it('says so when the hash names an entry that does not exist', () => {
    render(<FaqReader entries={faqEntries} hash="#faq-99" />);
    expect(screen.getByRole('alert').textContent).toContain('没有编号为 99 的问题');
  });

  it('narrows the list and the search to the chosen section', async () => {
    render(<FaqReader entries={faqEntries} searchDebounceMs={0} />);
    fireEvent.click(screen.getByRole('button', { name: '排污登记' }));
    expect(screen.getByRole('button', { name: '排污登记' }).getAttribute('aria-pressed')).toBe('true');
    const shown = Array.from(document.querySelectorAll<HTMLElement>('[data-faq-item]'), (b) => Number(b.dataset.faqItem));
    expect(shown).toEqual([27, 28, 29, 30, 31]);
    const hits = await search('许可证丢了');
    for (const hit of hits) expect(entry(Number(hit.dataset.faqItem)).section).toBe('registration');
  });

  it('moves from the search box to the first question with ArrowDown', () => {
    render(<FaqReader entries={faqEntries} />);
    fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-faq-item')).toBe('1');
  });
});
