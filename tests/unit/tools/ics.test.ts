import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine } from '../../../tools/ics';
import { permitCalendar, permitCalendarEvents } from '../../../tools/permit-calendar';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('iCalendar text (RFC 5545)', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds lines at 75 octets without splitting a Chinese character', () => {
    const line = `SUMMARY:${'排污许可证延续申请最晚提交日'.repeat(6)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('all-day events on civil dates, whatever the machine’s time zone', () => {
    const text = buildCalendar({
      name: '测试',
      now: new Date(Date.UTC(2026, 11, 5, 8, 30)),
      events: [{ uid: 'x@y', date: '2026-12-31', summary: '年底', alarm: true }],
    });
    expect(text).toContain('DTSTART;VALUE=DATE:20261231\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20270101\r\n');
    expect(text).toContain('DTSTAMP:20261205T083000Z\r\n');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

describe('the permit calendar', () => {
  // Expiry 2026-03-20: apply by 2026-02-02, counted back over the Spring Festival (02-15..02-23 off) and
  // its make-up Saturdays 02-14 and 02-28.
  const permit = { permitNumber: '91110108MA01C3XK2X001P', expiry: '2026-03-20', category: '重点管理' as const };
  const text = permitCalendar(permit, '2025-10-01', new Date(Date.UTC(2025, 9, 1)));

  it('parses with ical.js, one VEVENT per deadline, all-day, in Asia/Shanghai', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Shanghai');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const byTitle = new Map(events.map((event) => [event.summary, event]));
    const deadline = byTitle.get('排污许可证延续申请最晚提交日（许可证 91110108MA01C3XK2X001P）');
    expect(deadline?.startDate.isDate).toBe(true);
    expect(deadline?.startDate.toString()).toBe('2026-02-02');
    expect(deadline?.endDate.toString()).toBe('2026-02-03');
    expect(byTitle.get('排污许可证到期（许可证 91110108MA01C3XK2X001P）')?.startDate.toString()).toBe('2026-03-20');
    expect(byTitle.get('排污许可证延续：还剩 10 个工作日（许可证 91110108MA01C3XK2X001P）')?.startDate.toString()).toBe('2026-01-19');
    for (const event of events) {
      expect(event.uid).toMatch(/@permit-self-check-helper$/);
      expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-10-01T00:00:00Z');
    }
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });

  it('adds the execution reports due in the next 12 months for the category', () => {
    const reports = permitCalendarEvents(permit, '2025-10-01').filter((event) => event.summary.startsWith('提交'));
    expect(reports.map((event) => event.date)).toEqual([
      '2025-10-15',
      '2025-11-15',
      '2025-12-15',
      '2026-01-15',
      '2026-02-15',
      '2026-03-15',
      '2026-04-15',
      '2026-05-15',
      '2026-06-15',
      '2026-07-15',
      '2026-08-15',
      '2026-09-15',
      '2026-10-15',
    ]);
    expect(reports[0]?.summary).toContain('2025 年第3季度执行报告');
    expect(reports[3]?.summary).toContain('2025 年年度执行报告');
  });

  it('says when a year’s holidays are not published', () => {
    const later = permitCalendar({ expiry: '2027-06-30' }, '2026-12-01', new Date(Date.UTC(2026, 11, 1)));
    expect(later.replace(/\r\n /g, '')).toContain('2027 年的放假安排国务院还没有公布');
  });
});
