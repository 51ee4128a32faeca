import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { saveTextFile } from '../../components/diagnosis/save-file';
import type { PermitWatchActions } from '../../components/popup/PermitWatchSection';
import { todayIso } from '../../components/tools/today';
import { permitWatchItem, type PermitWatch } from '../../state/permit-watch';
import { permitCalendar } from '../../tools/permit-calendar';
import { reminderPermissions } from '../../tools/permit-watch';

export interface PermitWatchView {
  watch: PermitWatch;
  unreadable: boolean;
}

/** Reads the remembered permit now and whenever it changes. */
export function readPermitWatch(onValue: (view: PermitWatchView) => void): void {
  const read = () =>
    void permitWatchItem.get().then(
      ({ value, unreadable }) => onValue({ watch: value, unreadable }),
      () => onValue({ watch: { permit: null, reminders: false, shown: [] }, unreadable: true }),
    );
  read();
  permitWatchItem.watch(read);
}

/** What the popup's buttons do: all local, the permissions asked for only when reminders are turned on. */
export function permitWatchActions(watch: PermitWatch): PermitWatchActions {
  return {
    async forget() {
      await permitWatchItem.remove();
      await browser.permissions.remove({ permissions: [...reminderPermissions] }).catch(() => false);
    },
    async setReminders(on) {
      if (on) {
        if (!browser.permissions?.request) return i18n.t('watch.remindersUnavailable');
        const granted = await browser.permissions.request({ permissions: [...reminderPermissions] });
        if (!granted) return i18n.t('watch.remindersDenied');
      }
      await permitWatchItem.set({ ...watch, reminders: on });
      return undefined;
    },
    async setCategory(category) {
      if (!watch.permit) return;
      const { category: _old, ...rest } = watch.permit;
      await permitWatchItem.set({ ...watch, permit: category ? { ...rest, category } : rest });
    },
    exportCalendar() {
      if (!watch.permit) return '';
      const name = `permit-deadlines-${watch.permit.permitNumber ?? watch.permit.expiry}.ics`;
      saveTextFile(name, permitCalendar(watch.permit, todayIso(), new Date()), 'text/calendar');
      return i18n.t('watch.exported', [name]);
    },
  };
}
