import { browser } from 'wxt/browser';
import { todayIso } from '../../components/tools/today';
import { pickText, uiLocaleFromTag } from '../../lib/localized';
import { onMessage } from '../../messaging/protocol';
import { permitWatchItem, reminderKey, type WatchedPermit } from '../../state/permit-watch';
import {
  pendingReminders,
  permitBadge,
  permitCountdown,
  reminderDates,
  reminderMessage,
  reminderThresholds,
  type ReminderThreshold,
} from '../../tools/permit-watch';

const reminderPrefix = 'permit-reminder:';
const dailyAlarm = 'permit-daily';
/** The diagnosis' red 「!」 on the toolbar wins over the countdown until a diagnosis passes. */
const diagnosisMark = '!';

type Badge = { text: string; color: string };
type SetBadge = (badge: Badge) => void;

/** `alarms` and `notifications` exist only once the user granted them. */
const alarmsApi = () => (browser as { alarms?: typeof browser.alarms }).alarms;
const notificationsApi = () => (browser as { notifications?: typeof browser.notifications }).notifications;
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** 09:00 on a civil date in the machine's own time zone (the office's). */
function morningOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year!, month! - 1, day!, 9, 0, 0).getTime();
}

function nextMidnight(now: Date): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 1, 0).getTime();
}

/**
 * The background's side of the permit deadline watch: the toolbar badge (working days left to the
 * renewal deadline), the reminder alarms and their notifications. Everything stays in local storage.
 */
export function startPermitWatch(setBadge: SetBadge) {
  const refreshBadge = async (permit: WatchedPermit | null, diagnosisPassed: boolean) => {
    const current = diagnosisPassed ? '' : await toolbarAction().getBadgeText({}).catch(() => '');
    if (current === diagnosisMark) return;
    if (!permit) return setBadge({ text: '', color: '#1f6fb2' });
    const countdown = permitCountdown(permit.expiry, todayIso(new Date()));
    if ('error' in countdown) return setBadge({ text: '', color: '#1f6fb2' });
    setBadge(permitBadge(countdown));
  };

  const schedule = async (permit: WatchedPermit | null, reminders: boolean, shown: readonly string[]) => {
    const alarms = alarmsApi();
    if (!alarms) return;
    const existing = await alarms.getAll();
    const stale = existing.filter((alarm) => alarm.name.startsWith(reminderPrefix) || (!permit && alarm.name === dailyAlarm));
    await Promise.all(stale.map((alarm) => alarms.clear(alarm.name)));
    if (!permit) return;
    const now = new Date();
    // The badge's count changes at midnight; the alarm wakes the background to redraw it (created once).
    if (!existing.some((alarm) => alarm.name === dailyAlarm)) {
      await alarms.create(dailyAlarm, { when: nextMidnight(now), periodInMinutes: 24 * 60 });
    }
    if (!reminders) return;
    const countdown = permitCountdown(permit.expiry, todayIso(now));
    if ('error' in countdown) return;
    const done = reminderThresholds.filter((threshold) => shown.includes(reminderKey(countdown.renewalDeadline, threshold)));
    for (const reminder of pendingReminders(countdown.renewalDeadline, todayIso(now), done)) {
      // A reminder due today that is past 09:00 fires now.
      const when = Math.max(morningOf(reminder.date), Date.now() + 1000);
      await alarms.create(`${reminderPrefix}${countdown.renewalDeadline}:${reminder.threshold}`, { when });
    }
  };

  /** `diagnosisPassed`: a diagnosis just passed, so its 「!」 gives way. */
  const refresh = async (diagnosisPassed = false) => {
    const { value } = await permitWatchItem.get();
    await refreshBadge(value.permit, diagnosisPassed);
    await schedule(value.permit, value.reminders, value.shown);
  };

  const remind = async (deadline: string, threshold: ReminderThreshold) => {
    const read = await permitWatchItem.get();
    const { permit, reminders, shown } = read.value;
    if (read.unreadable || !permit || !reminders) return;
    const today = todayIso(new Date());
    const countdown = permitCountdown(permit.expiry, today);
    if ('error' in countdown || countdown.renewalDeadline !== deadline) return;
    const key = reminderKey(deadline, threshold);
    // An alarm may arrive late (the computer was off): show it only if it is due and no later one is.
    const due = reminderDates(deadline).filter((reminder) => reminder.date <= today);
    if (shown.includes(key) || due[due.length - 1]?.threshold !== threshold) return;
    const notifications = notificationsApi();
    if (!notifications) return;
    const locale = uiLocaleFromTag(browser.i18n.getUILanguage());
    const text = reminderMessage(countdown, permit.permitNumber);
    await notifications.create(key.replace(':', '-'), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: pickText(text.title, locale),
      message: pickText(text.message, locale),
      priority: 2,
    });
    await permitWatchItem.set({ ...read.value, shown: [...shown, key].slice(-20) });
  };

  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === dailyAlarm) return void refresh().catch(() => undefined);
    if (!alarm.name.startsWith(reminderPrefix)) return;
    const [deadline, threshold] = alarm.name.slice(reminderPrefix.length).split(':');
    const known = reminderThresholds.find((value) => String(value) === threshold);
    if (deadline && known) void remind(deadline, known).catch(() => undefined);
  };
  // Listeners are added at start-up so an alarm wakes the background; a grant later adds them then.
  let listening = false;
  const listen = () => {
    const alarms = alarmsApi();
    if (listening || !alarms) return;
    listening = true;
    alarms.onAlarm.addListener(onAlarm);
  };
  listen();
  browser.permissions?.onAdded?.addListener(() => {
    listen();
    void refresh().catch(() => undefined);
  });

  onMessage('permit:remembered', async () => (await permitWatchItem.get()).value.permit);
  onMessage('permit:state', async () => {
    const { value, unreadable } = await permitWatchItem.get();
    return { watch: value, unreadable };
  });
  onMessage('permit:forget', () => permitWatchItem.remove());
  onMessage('permit:update', async ({ data }) => {
    const read = await permitWatchItem.get();
    if (read.unreadable) throw new Error('the stored permit deadline cannot be read; forget it first');
    const next = { ...read.value };
    if (data.reminders !== undefined) next.reminders = data.reminders;
    if (data.category !== undefined && next.permit) {
      const { category: _old, ...rest } = next.permit;
      next.permit = data.category ? { ...rest, category: data.category } : rest;
    }
    await permitWatchItem.set(next);
  });
  onMessage('permit:remember', async ({ data }) => {
    const { value } = await permitWatchItem.get();
    const samePermit = value.permit && value.permit.permitNumber === data.permitNumber;
    const permit: WatchedPermit = {
      ...(data.permitNumber ? { permitNumber: data.permitNumber } : {}),
      ...(data.validFrom ? { validFrom: data.validFrom } : {}),
      expiry: data.expiry,
      source: data.source,
      ...(data.category ? { category: data.category } : samePermit && value.permit?.category ? { category: value.permit.category } : {}),
      rememberedOn: todayIso(new Date()),
    };
    await permitWatchItem.set({ ...value, permit });
    return permit;
  });

  permitWatchItem.watch(() => void refresh().catch(() => undefined));
  void refresh().catch(() => undefined);
  return { refresh };
}
