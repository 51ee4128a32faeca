import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { UiLocale } from '../../lib/localized';
import { CoordinateReadout } from './CoordinateReadout';
import { CopyButton } from './CopyButton';
import { decimalText, readCoordinates } from './coordinate-reading';
import { FaqRef, type FaqHref } from './FaqRef';
import { TextField } from './TextField';

/** The standalone converter (tools page and panel): any notation in, decimal degrees out, ready to copy. */
export function CoordinateConverter({ locale, faqHref }: { locale: UiLocale; faqHref?: FaqHref }) {
  const [text, setText] = useState('');
  const reading = readCoordinates(text);
  return (
    <div class="pt-root pt-tool" data-testid="coordinate-converter">
      <TextField
        label={i18n.t('tools.coord.inputLabel')}
        value={text}
        onInput={setText}
        placeholder={i18n.t('tools.coord.placeholder')}
        testId="converter-input"
      />
      <CoordinateReadout reading={reading} locale={locale}>
        <div class="pt-actions">
          {reading.kind === 'pair' && (
            <>
              <CopyButton text={`${decimalText(reading.lon)}, ${decimalText(reading.lat)}`} label={i18n.t('tools.coord.copyPair')} />
              <CopyButton text={decimalText(reading.lon)} label={i18n.t('tools.coord.copyLon')} />
              <CopyButton text={decimalText(reading.lat)} label={i18n.t('tools.coord.copyLat')} />
            </>
          )}
          {reading.kind === 'single' && <CopyButton text={decimalText(reading.value)} label={i18n.t('tools.coord.copyValue')} />}
        </div>
      </CoordinateReadout>
      <p class="pt-muted">
        {i18n.t('tools.coord.platformNeedsDecimal')} <FaqRef numbers={[20]} faqHref={faqHref} />
      </p>
    </div>
  );
}
