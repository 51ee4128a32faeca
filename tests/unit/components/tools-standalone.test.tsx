// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { useZhMessages } from '../support/zh-messages';
import { CreditCodeChecker } from '../../../components/tools/CreditCodeChecker';
import { CoordinateConverter } from '../../../components/tools/CoordinateConverter';
import { FileChecker } from '../../../components/tools/FileChecker';
import { DeadlineTools } from '../../../components/tools/DeadlineTools';
import { RenewalDeadline } from '../../../components/tools/RenewalDeadline';
import { ReportObligationsTool } from '../../../components/tools/ReportObligationsTool';
import { PanelToolsSection } from '../../../components/tools/PanelToolsSection';
import { readCoordinates } from '../../../components/tools/coordinate-reading';
import { inspectFile, worstLevel } from '../../../components/tools/inspect-file';
import { jpegHeader } from '../../fixtures/image-bytes';
import { todayIso } from '../../../components/tools/today';
import { defaultUploadThresholds } from '../../../tools/file-check';
import { renewalDeadline, reportSyncDate, monitoringSyncDate } from '../../../tools/deadlines';
import type { PageKindId } from '../../../platform/page-kinds';

useZhMessages();

const VALID = '91110108MA01C3XK2X';

function byTestId(id: string): HTMLElement {
  return screen.getByTestId(id);
}

describe('CreditCodeChecker', () => {
  it('says ✓ and what the code encodes for a valid code', () => {
    render(<CreditCodeChecker locale="zh" initialValue={VALID} />);
    const message = byTestId('credit-code-message');
    expect(message.textContent).toContain('校验通过');
    expect(byTestId('credit-code-checker').querySelector('[data-valid]')?.getAttribute('data-valid')).toBe('true');
    expect(byTestId('credit-code-checker').textContent).toContain('工商（市场监管）');
    expect(byTestId('credit-code-checker').textContent).toContain('110108');
  });

  it.each([
    ['91110108MA01C3XK2A', 'X'],
    ['91110108MA01C3XK3X', undefined],
  ])('names the expected check character for %s', (code, expected) => {
    render(<CreditCodeChecker locale="zh" initialValue={code} />);
    const text = byTestId('credit-code-message').textContent ?? '';
    expect(text).toContain('校验位');
    if (expected) expect(text).toContain(`应为 ${expected}`);
  });

  it('tells the length and the letter O that should be a zero', () => {
    render(<CreditCodeChecker locale="zh" initialValue="9111O108MA01C3XK2X" />);
    expect(byTestId('credit-code-message').textContent).toContain('字母 O');
    cleanup();
    render(<CreditCodeChecker locale="zh" initialValue="91110108MA01C3XK2" />);
    expect(byTestId('credit-code-message').textContent).toContain('少了 1 位');
  });

  it('only suggests the tidy form, and applies it on click', () => {
    render(<CreditCodeChecker locale="zh" initialValue={' 91110108ma01c3xk2x '} />);
    const apply = byTestId('credit-code-apply');
    expect(apply.textContent).toBe(`改为 ${VALID}`);
    fireEvent.click(apply);
    expect((screen.getByLabelText('统一社会信用代码') as HTMLInputElement).value).toBe(VALID);
    expect(screen.queryByTestId('credit-code-apply')).toBeNull();
  });

  it('shows FAQ 17’s way to correct the code for the chosen stage', () => {
    render(<CreditCodeChecker locale="zh" faqHref={(n) => `/faq.html#faq-${n}`} />);
    const fix = byTestId('credit-code-fix');
    expect(byTestId('credit-code-fix-path').textContent).toContain('请先选择');
    fireEvent.click(within(fix).getByLabelText('许可证已经核发'));
    expect(byTestId('credit-code-fix-path').textContent).toContain('变更');
    fireEvent.click(within(fix).getByLabelText('还没有提交许可证申请'));
    expect(byTestId('credit-code-fix-path').textContent).toContain('排污单位基本信息');
    expect(within(fix).getByRole('link').getAttribute('href')).toBe('/faq.html#faq-17');
  });
});

describe('readCoordinates', () => {
  it.each([
    ['', 'empty'],
    ['东经116°23′50″ 北纬39°54′27″', 'pair'],
    ['116.397428, 39.90923', 'pair'],
    ['北纬39°54′27″', 'single'],
    ['116.3', 'single'],
    ['39.9', 'single'],
    ['abc', 'error'],
  ])('%j reads as %s', (text, kind) => {
    expect(readCoordinates(text).kind).toBe(kind);
  });

  it('knows the axis of a marked or a large single value', () => {
    expect(readCoordinates('北纬39°54′27″')).toMatchObject({ kind: 'single', axis: 'lat' });
    expect(readCoordinates('116.3')).toMatchObject({ kind: 'single', axis: 'lon' });
    expect(readCoordinates('39.9')).not.toHaveProperty('axis');
  });

  it('keeps the swap suggestion of an impossible pair', () => {
    expect(readCoordinates('39.9, 116.4')).toMatchObject({ kind: 'error', suggestion: { lon: 116.4, lat: 39.9 } });
    const reading = readCoordinates('39.9, 80');
    expect(reading.kind === 'pair' ? reading.warnings.map((w) => w.id) : reading.kind).toEqual(['swapped']);
  });
});

describe('CoordinateConverter', () => {
  it('turns DMS into decimal values with copy buttons', () => {
    render(<CoordinateConverter locale="zh" />);
    fireEvent.input(byTestId('converter-input'), { target: { value: '东经116°23′50″ 北纬39°54′27″' } });
    expect(byTestId('coordinate-lon').textContent).toBe('116.397222');
    expect(byTestId('coordinate-lat').textContent).toBe('39.907500');
    expect(screen.getByRole('button', { name: '复制经纬度' })).toBeTruthy();
  });

  it('explains an unreadable value', () => {
    render(<CoordinateConverter locale="zh" />);
    fireEvent.input(byTestId('converter-input'), { target: { value: '116°75′' } });
    expect(byTestId('coordinate-error').textContent).toContain('60');
  });
});

function heicBytes(): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(200);
  bytes.set([0, 0, 0, 0x18]);
  bytes.set(Array.from('ftypheic').map((c) => c.charCodeAt(0)), 4);
  bytes.set(Array.from('mif1heic').map((c) => c.charCodeAt(0)), 16);
  return bytes;
}

function jpegBytes(complete: boolean): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(300);
  bytes.set(jpegHeader(1200, 900));
  if (complete) bytes.set([0xff, 0xd9], 298);
  return bytes;
}

describe('inspectFile', () => {
  it('warns about a HEIC photo named .jpg and offers to remake it', async () => {
    const result = await inspectFile(new File([heicBytes()], 'photo.jpg', { type: 'image/jpeg' }), defaultUploadThresholds);
    expect(result.findings.map((f) => f.id)).toContain('heic-renamed');
    expect(worstLevel(result.findings)).toBe('warn');
    expect(result.repair).toEqual(['heic']);
  });

  it('passes a complete JPEG, reading its ends and its header only', async () => {
    const file = new File([jpegBytes(true)], '营业执照.jpg', { type: 'image/jpeg' });
    const slice = vi.spyOn(file, 'slice');
    const result = await inspectFile(file, defaultUploadThresholds);
    expect(worstLevel(result.findings)).toBe('ok');
    expect(result.repair).toEqual([]);
    expect(slice.mock.calls).toEqual([[0, 64], [file.size - 16], [0, file.size]]);
  });

  it('reads the size of a 48-megapixel photo from its header, with its EXIF rotation', async () => {
    const file = new File([jpegHeader(8000, 6000, { orientation: 6 }), new Uint8Array(100_000), Uint8Array.of(0xff, 0xd9)], 'IMG_0001.jpg');
    const result = await inspectFile(file, { ...defaultUploadThresholds, maxPixelsSide: 7000 });
    expect(result.findings.find((f) => f.id === 'image-too-big')?.message.zh).toContain('6000×8000');
    expect(result.repair).toEqual(['too-many-pixels', 'exif-rotation']);
  });

  it.each([
    ['a truncated JPEG', jpegBytes(false), 'truncated'],
    ['an image whose header is damaged', Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0, 2, ...new Array<number>(60).fill(0), 0xff, 0xd9]), 'image-undecodable'],
    ['a huge image', Uint8Array.from([...jpegHeader(12000, 9000), 0xff, 0xd9]), 'image-too-big'],
  ] as const)('warns about %s', async (_name, bytes, id) => {
    const result = await inspectFile(new File([bytes], 'scan.jpg'), defaultUploadThresholds);
    expect(result.findings.find((f) => f.id === id)?.level).toBe('warn');
  });

  it('offers a safer name where the platform may refuse this one', async () => {
    const result = await inspectFile(new File([jpegBytes(true)], '营业执照#1.jpg'), defaultUploadThresholds);
    expect(result.saferName).toBe('营业执照_1.jpg');
  });

  it('warns about an empty file', async () => {
    const result = await inspectFile(new File([], 'empty.pdf'), defaultUploadThresholds);
    expect(result.findings[0]?.id).toBe('empty');
  });
});

describe('FileChecker', () => {
  it('shows the findings of the picked file', async () => {
    render(<FileChecker locale="zh" />);
    const input = screen.getByLabelText('选择要检查的文件') as HTMLInputElement;
    const file = new File([heicBytes()], 'IMG_0001.jpg', { type: 'image/jpeg' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(byTestId('file-checker-result').querySelector('[data-level=warn]')).not.toBeNull());
    expect(byTestId('file-checker-result').textContent).toContain('HEIC');
  });
});

describe('RenewalDeadline', () => {
  it('shows the last day to apply and the working days left', () => {
    render(<RenewalDeadline expiryDate="2026-06-30" today="2026-05-11" locale="zh" />);
    const result = byTestId('renewal-deadline-result');
    const expected = renewalDeadline('2026-06-30');
    if ('error' in expected) throw new Error('unexpected error');
    expect(result.getAttribute('data-date')).toBe(expected.date);
    expect(result.textContent).toContain('还剩');
    expect(result.textContent).not.toContain('已经过了');
  });

  it('warns when the last day has passed', () => {
    render(<RenewalDeadline expiryDate="2026-06-30" today="2026-06-01" locale="zh" />);
    expect(byTestId('renewal-deadline-result').textContent).toContain('这个日期已经过了');
  });

  it('warns when the year has no holiday data', () => {
    render(<RenewalDeadline expiryDate="2027-03-15" today="2026-11-28" locale="zh" />);
    const result = byTestId('renewal-deadline-result');
    expect(result.getAttribute('data-certain')).toBe('false');
    expect(result.textContent).toContain('还没有收录');
  });
});

describe('DeadlineTools', () => {
  it('computes the sync dates and the reissue window from typed dates', () => {
    render(<DeadlineTools locale="zh" today="2026-03-02" />);
    fireEvent.input(byTestId('deadline-issued'), { target: { value: '2026-03-02' } });
    const report = reportSyncDate('2026-03-02');
    const monitoring = monitoringSyncDate('2026-03-02');
    if ('error' in report || 'error' in monitoring) throw new Error('unexpected error');
    expect(byTestId('report-sync-result').getAttribute('data-date')).toBe(report.date);
    expect(byTestId('monitoring-sync-result').getAttribute('data-date')).toBe(monitoring.date);
    fireEvent.input(byTestId('deadline-lost'), { target: { value: '2026-03-02' } });
    expect(byTestId('reissue-result').textContent).toContain('遗失声明');
  });

  it('prefills the expiry it is given', () => {
    render(<DeadlineTools locale="zh" expiryDate="2026-06-30" today="2026-05-11" />);
    expect(byTestId('renewal-deadline-result').getAttribute('data-date')).toBe('2026-05-18');
  });

  it('explains a date it cannot read', () => {
    render(<RenewalDeadline expiryDate="2026-02-30" locale="zh" />);
    expect(document.body.textContent).toContain('不是有效的日期');
  });
});

describe('ReportObligationsTool', () => {
  it.each([
    ['重点管理', 'annual quarterly monthly'],
    ['简化', 'annual quarterly'],
  ])('prefilled with %s lists %s', (category, reports) => {
    render(<ReportObligationsTool locale="zh" category={category} issueDate="2019-06-30" />);
    expect(byTestId('report-obligations-result').getAttribute('data-reports')).toBe(reports);
    expect(byTestId('report-obligations').textContent).toContain('变更');
  });

  it('asks for the category first, then answers', () => {
    render(<ReportObligationsTool locale="zh" />);
    expect(byTestId('report-obligations').textContent).toContain('请先选择管理类别');
    fireEvent.click(screen.getByLabelText('重点管理'));
    expect(byTestId('report-obligations-result').textContent).toContain('月报');
  });

  it('says a registration is not a permit', () => {
    render(<ReportObligationsTool locale="zh" category="登记管理" />);
    expect(byTestId('report-obligations').textContent).toContain('排污登记');
  });
});

describe('PanelToolsSection', () => {
  const tools = () => Array.from(byTestId('panel-tools').querySelectorAll('[data-tool]')).map((el) => el.getAttribute('data-tool'));

  it.each<[PageKindId, string[]]>([
    ['renewal', ['renewal', 'deadlines']],
    ['report-monthly', ['report-obligations', 'deadlines']],
    ['register', ['credit-code', 'deadlines']],
    ['apply-basic-info', ['credit-code', 'coordinates', 'dms-triple', 'deadlines']],
    ['public-info', ['coordinates', 'dms-triple', 'deadlines']],
    ['enterprise-info', ['credit-code', 'deadlines']],
    ['apply-coordinates', ['coordinates', 'deadlines']],
    ['apply-attachments', ['file-check', 'deadlines']],
    ['dashboard', ['deadlines']],
  ])('on %s shows %j', (kind, expected) => {
    render(<PanelToolsSection kind={kind} locale="zh" pageFacts={{}} />);
    expect(tools()).toEqual(expected);
  });

  it('shows the renewal deadline from the page’s expiry without typing', () => {
    render(<PanelToolsSection kind="renewal" locale="zh" pageFacts={{ expiryDate: '2026-06-30' }} today="2026-05-11" />);
    const shown = byTestId('panel-tools').querySelector('[data-tool=renewal] [data-testid=renewal-deadline-result]');
    expect(shown?.getAttribute('data-date')).toBe('2026-05-18');
    expect(shown?.textContent).toContain('还剩');
  });

  it('prefills the report obligations from the page', () => {
    render(<PanelToolsSection kind="report-annual" locale="zh" pageFacts={{ category: '重点管理', issueDate: '2017-05-01' }} />);
    expect(byTestId('report-obligations-result').getAttribute('data-reports')).toBe('annual quarterly monthly');
    expect(byTestId('report-obligations').textContent).toContain('在线客服');
  });
});

describe('todayIso', () => {
  it('formats the local calendar date', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
