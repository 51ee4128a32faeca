import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { pickText, type UiLocale } from '../../lib/localized';
import type { PermitWatch } from '../../state/permit-watch';
import { permitCountdown, uncertaintyNote } from '../../tools/permit-watch';
import { nextReportDues, reportDueCaveat } from '../../tools/report-due-dates';
import type { ManagementCategory } from '../../tools/report-obligations';

export interface PermitWatchActions {
  forget(): Promise<void>;
  /** Turns the reminders on (asking for the optional permissions) or off; the message to show, if any. */
  setReminders(on: boolean): Promise<string | undefined>;
  setCategory(category: ManagementCategory | undefined): Promise<void>;
  /** Saves the .ics file; the message to show. */
  exportCalendar(): string;
}

export interface PermitWatchSectionProps {
  locale: UiLocale;
  today: string;
  watch: PermitWatch;
  unreadable: boolean;
  actions: PermitWatchActions;
}

/** The popup's countdown to the renewal deadline of the permit the user chose to remember. */
export function PermitWatchSection({ locale, today, watch, unreadable, actions }: PermitWatchSectionProps) {
  const [status, setStatus] = useState<string>();
  const { permit } = watch;
  const run = (task: () => Promise<string | undefined> | string | undefined) =>
    void Promise.resolve()
      .then(task)
      .then(setStatus, (error: unknown) => setStatus(error instanceof Error ? error.message : String(error)));
  if (!permit) {
    return (
      <section class="pp-watch" data-testid="permit-watch" aria-labelledby="pp-watch-title">
        <h2 id="pp-watch-title" class="pp-watch-title">
          {i18n.t('watch.title')}
        </h2>
        <p class="pp-muted">{unreadable ? i18n.t('watch.unreadable') : (status ?? i18n.t('watch.none'))}</p>
        {unreadable && (
          <button type="button" class="pp-link" data-testid="permit-forget" onClick={() => run(async () => (await actions.forget(), i18n.t('watch.forgotten')))}>
            {i18n.t('watch.forget')}
          </button>
        )}
      </section>
    );
  }
  const countdown = permitCountdown(permit.expiry, today);
  const dues = permit.category ? nextReportDues(permit.category, today) : [];
  return (
    <section class="pp-watch" data-testid="permit-watch" aria-labelledby="pp-watch-title">
      <h2 id="pp-watch-title" class="pp-watch-title">
        {i18n.t('watch.title')}
      </h2>
      {'error' in countdown ? (
        <p class="pp-warning">{pickText(countdown.error, locale)}</p>
      ) : (
        <>
          <p
            class={`pp-countdown pp-stage-${countdown.stage}`}
            data-testid="permit-countdown"
            data-workdays-left={countdown.workdaysLeft}
            data-deadline={countdown.renewalDeadline}
            data-certain={String(countdown.certain)}
          >
            {pickText(countdown.summary, locale)}
          </p>
          {!countdown.certain && (
            <p class="pp-warning" data-testid="permit-uncertain">
              {pickText(uncertaintyNote(countdown.unpublishedYears), locale)}
            </p>
          )}
        </>
      )}
      <p class="pp-muted">
        {permit.permitNumber && <>{i18n.t('watch.permit', [permit.permitNumber])} · </>}
        {i18n.t('watch.validTo', [permit.expiry])}
        <br />
        {i18n.t('watch.rememberedOn', [permit.rememberedOn])}
      </p>
      <label class="pp-field">
        {i18n.t('watch.category')}
        <select
          data-testid="permit-category"
          value={permit.category ?? ''}
          onChange={(event) => {
            const value = (event.currentTarget as HTMLSelectElement).value;
            run(async () => void (await actions.setCategory(value === '' ? undefined : (value as ManagementCategory))));
          }}
        >
          <option value="">{i18n.t('watch.categoryUnknown')}</option>
          <option value="重点管理">{pickText({ zh: '重点管理', en: 'Key (重点管理)' }, locale)}</option>
          <option value="简化管理">{pickText({ zh: '简化管理', en: 'Simplified (简化管理)' }, locale)}</option>
        </select>
      </label>
      {!('error' in dues) && dues.length > 0 && (
        <div data-testid="report-dues">
          <h3 class="pp-watch-subtitle">{i18n.t('watch.reportsTitle')}</h3>
          <ul class="pp-dues">
            {dues.map((report) => (
              <li key={report.period} data-due={report.due} data-kind={report.kind}>
                {i18n.t('watch.reportDue', [pickText(report.label, locale), report.due])}
              </li>
            ))}
          </ul>
          <p class="pp-muted pp-small">{pickText(reportDueCaveat, locale)}</p>
        </div>
      )}
      <label class="pp-check">
        <input
          type="checkbox"
          data-testid="permit-reminders"
          checked={watch.reminders}
          onChange={(event) => {
            const box = event.currentTarget as HTMLInputElement;
            const on = box.checked;
            // The box shows what is stored: it changes when the storage does (after any permission prompt).
            box.checked = watch.reminders;
            run(() => actions.setReminders(on));
          }}
        />
        {i18n.t('watch.reminders')}
      </label>
      {!watch.reminders && <p class="pp-muted pp-small">{i18n.t('watch.remindersNeedPermission')}</p>}
      <div class="pp-watch-actions">
        <button type="button" class="pp-link" data-testid="permit-ics" onClick={() => run(() => actions.exportCalendar())}>
          {i18n.t('watch.export')}
        </button>
        <button type="button" class="pp-link" data-testid="permit-forget" onClick={() => run(async () => (await actions.forget(), i18n.t('watch.forgotten')))}>
          {i18n.t('watch.forget')}
        </button>
      </div>
      {status && (
        <p class="pp-muted" role="status" data-testid="permit-watch-status">
          {status}
        </p>
      )}
    </section>
  );
}
