import { formatIsoDate, fromEpochDay, parseIsoDate, toEpochDay } from './iso-date';

/**
 * An iCalendar file (RFC 5545) of all-day events, for the office calendar (Outlook, WPS, DingTalk,
 * phones). Hand-written because the format needed is small and exact: all-day dates are civil dates
 * (no time zone may shift them), DTSTAMP is UTC, lines are folded at 75 octets of UTF-8 (Chinese text
 * is 3 octets a character). The calendar names Asia/Shanghai as its zone with a VTIMEZONE, for the
 * alarms' local times.
 */
export interface CalendarEvent {
  /** Stable across exports, so importing again updates rather than duplicates. */
  uid: string;
  /** The day, 'YYYY-MM-DD'. */
  date: string;
  summary: string;
  description?: string;
  /** A reminder at 09:00 on the day itself. */
  alarm?: boolean;
}

const CRLF = '\r\n';

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function dateValue(iso: string): string {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new Error(`not a date: ${iso}`);
  return formatIsoDate(parsed).replace(/-/g, '');
}

function nextDay(iso: string): string {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new Error(`not a date: ${iso}`);
  return formatIsoDate(fromEpochDay(toEpochDay(parsed) + 1));
}

function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The whole .ics text. `now` is the DTSTAMP; events with an invalid date are left out. */
export function buildCalendar(options: { name: string; events: readonly CalendarEvent[]; now: Date }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//permit-self-check-helper//deadlines//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Shanghai',
    'BEGIN:STANDARD',
    'DTSTART:19910915T000000',
    'TZOFFSETFROM:+0900',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  const stamp = utcStamp(options.now);
  for (const event of options.events) {
    if (!parseIsoDate(event.date)) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
      `DTEND;VALUE=DATE:${dateValue(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      'TRANSP:TRANSPARENT',
    );
    if (event.alarm) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.summary)}`, 'TRIGGER:PT9H', 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
