import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { decodeCaseCode } from '../../diagnosis/case-code';
import { statusLabels } from '../../diagnosis/check-result';
import { diagnosisChecks } from '../../diagnosis/checks';
import { pickText, type UiLocale } from '../../lib/localized';

const reasons = {
  empty: 'diagnosis.reader.empty',
  characters: 'diagnosis.reader.characters',
  length: 'diagnosis.reader.length',
  checksum: 'diagnosis.reader.checksum',
  version: 'diagnosis.reader.version',
  value: 'diagnosis.reader.checksum',
} as const;

/** For the helpdesk: paste or type a case code and read each check's status back. */
export function CaseCodeReader({ locale }: { locale: UiLocale }) {
  const [code, setCode] = useState('');
  const reading = code.trim() === '' ? undefined : decodeCaseCode(code);
  const titles = new Map(diagnosisChecks.map((check) => [check.id as string, check.title]));
  return (
    <div class="dx-reader">
      <label>
        {i18n.t('diagnosis.reader.label')}
        <input
          type="text"
          data-testid="case-code-input"
          value={code}
          autocomplete="off"
          spellcheck={false}
          onInput={(event) => setCode((event.target as HTMLInputElement).value)}
        />
      </label>
      {reading && !reading.ok && (
        <p role="status" data-testid="case-code-error">
          {i18n.t(reasons[reading.reason])}
        </p>
      )}
      {reading?.ok && (
        <ul class="dx-checks" data-testid="case-code-reading">
          {reading.statuses.map(({ id, status }) => (
            <li key={id} class={`dx-check dx-${status}`} data-check={id} data-status={status}>
              <span class="dx-badge">{pickText(statusLabels[status], locale)}</span> {pickText(titles.get(id)!, locale)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
