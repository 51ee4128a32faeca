import { useState } from 'preact/hooks';
import type { UiLocale } from '../../lib/localized';
import { RenewalDeadline } from '../tools/RenewalDeadline';
import { AnchoredTip } from './AnchoredTip';
import type { RenewalAnchor } from '../../platform/fields';

/** On the renewal page: the last day to apply, next to the cell that shows the expiry date. */
export function RenewalTip({ renewal, locale }: { renewal: RenewalAnchor; locale: UiLocale }) {
  const [closed, setClosed] = useState(false);
  if (closed) return null;
  return (
    <AnchoredTip anchor={renewal.anchor} width={380} testId="renewal-deadline" data={{ expiry: renewal.expiryDate }} onClose={() => setClosed(true)}>
      <RenewalDeadline expiryDate={renewal.expiryDate} locale={locale} compact />
    </AnchoredTip>
  );
}
