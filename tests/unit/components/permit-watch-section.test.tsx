// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { useZhMessages } from '../support/zh-messages';
import { PermitWatchSection, type PermitWatchActions } from '../../../components/popup/PermitWatchSection';
import type { PermitWatch } from '../../../state/permit-watch';

useZhMessages();

const actions = (): PermitWatchActions => ({
  forget: vi.fn(async () => undefined),
  setReminders: vi.fn(async () => '没有得到显示通知的许可，提醒没有打开。'),
  setCategory: vi.fn(async () => undefined),
  exportCalendar: vi.fn(() => '已保存'),
});

const watch = (permit: PermitWatch['permit'], reminders = false): PermitWatch => ({ permit, reminders, shown: [] });

describe('the popup’s permit countdown', () => {
  it('without a remembered permit, says where to remember one', () => {
    render(<PermitWatchSection locale="zh" today="2026-01-05" watch={watch(null)} unreadable={false} actions={actions()} />);
    expect(screen.getByTestId('permit-watch').textContent).toContain('记住这张许可证的有效期');
    expect(screen.queryByTestId('permit-countdown')).toBeNull();
  });

  it('shows the working days left, the next reports for the category, and flags unpublished years', () => {
    const permit = { permitNumber: '91110108MA01C3XK2X001P', expiry: '2027-03-15', source: 'renewal-list' as const, category: '简化管理' as const, rememberedOn: '2026-12-01' };
    render(<PermitWatchSection locale="zh" today="2026-12-05" watch={watch(permit)} unreadable={false} actions={actions()} />);
    const countdown = screen.getByTestId('permit-countdown');
    expect(countdown.getAttribute('data-certain')).toBe('false');
    expect(countdown.getAttribute('data-deadline')).toBe('2027-02-01');
    expect(screen.getByTestId('permit-uncertain').textContent).toContain('2027 年的放假安排国务院还没有公布');
    const dues = Array.from(screen.getByTestId('report-dues').querySelectorAll('li')).map((item) => item.getAttribute('data-due'));
    expect(dues).toEqual(['2027-01-15', '2027-04-15']);
  });

  it('a refused permission leaves the reminders off and says so', async () => {
    const permit = { expiry: '2026-06-29', source: 'public-detail' as const, rememberedOn: '2026-01-05' };
    const a = actions();
    render(<PermitWatchSection locale="zh" today="2026-01-05" watch={watch(permit)} unreadable={false} actions={a} />);
    const box = screen.getByTestId('permit-reminders') as HTMLInputElement;
    fireEvent.click(box);
    await waitFor(() => expect(screen.getByTestId('permit-watch-status').textContent).toContain('没有得到显示通知的许可'));
    expect(a.setReminders).toHaveBeenCalledWith(true);
    expect(box.checked).toBe(false);
  });

  it('an unreadable stored value is reported, not shown as empty, and can be forgotten', async () => {
    const a = actions();
    render(<PermitWatchSection locale="zh" today="2026-01-05" watch={watch(null)} unreadable actions={a} />);
    expect(screen.getByTestId('permit-watch').textContent).toContain('读不出来');
    fireEvent.click(screen.getByTestId('permit-forget'));
    await waitFor(() => expect(a.forget).toHaveBeenCalled());
  });
});
