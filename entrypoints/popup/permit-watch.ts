import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { saveTextFile } from '../../components/diagnosis/save-file';
import type { PermitWatchActions } from '../../components/popup/PermitWatchSection';
import { todayIso } from '../../components/tools/today';
import { sendMessage } from '../../messaging/protocol';
import type { PermitWatch } from '../../state/permit-watch';
import { permitCalendar } from '../../tools/permit-calendar';
import { reminderPermissions } from '../../tools/permit-watch';

export interface PermitWatchView {
  watch: PermitWatch;
  unreadable: boolean;
}

/**
 * The remembered permit, read by the background (which validates it; the popup loads no schemas or
 * storage layer), now and after each of the popup's own changes.
 */
export function readPermitWatch(onValue: (view: PermitWatchView) => void): () => void {
  const read = () =>
    void sendMessage('permit:state').then(onValue, () => onValue({ watch: { permit: null, reminders: false, shown: [] }, unreadable: true }));
  read();
  return read;
}

/** The reminders' permissions this browser lets us ask for later (Firefox grants `alarms` at install). */
function askablePermissions(): (typeof reminderPermissions)[number][] {
  const optional = browser.runtime.getManifest().optional_permissions ?? [];
  return reminderPermissions.filter((permission) => (optional as readonly string[]).includes(permission));
}

/** What the popup's buttons do: all local, the permissions asked for only when reminders are turned on. */
export function permitWatchActions(watch: PermitWatch, reread: () => void): PermitWatchActions {
  const then = <T>(promise: Promise<T>) => promise.finally(reread);
  return {
    async forget() {
      await then(sendMessage('permit:forget'));
      await browser.permissions.remove({ permissions: askablePermissions() }).catch(() => false);
    },
    async setReminders(on) {
      if (on) {
        if (!browser.permissions?.request) return i18n.t('watch.remindersUnavailable');
        const granted = await browser.permissions.request({ permissions: askablePermissions() });
        if (!granted) return i18n.t('watch.remindersDenied');
      }
      await then(sendMessage('permit:update', { reminders: on }));
      return undefined;
    },
    async setCategory(category) {
      await then(sendMessage('permit:update', { category: category ?? null }));
    },
    exportCalendar() {
      if (!watch.permit) return '';
      const name = `permit-deadlines-${watch.permit.permitNumber ?? watch.permit.expiry}.ics`;
      saveTextFile(name, permitCalendar(watch.permit, todayIso(), new Date()), 'text/calendar');
      return i18n.t('watch.exported', [name]);
    },
  };
}
