import type { FieldToolsActions, FieldToolsModel } from './model';
import { CreditCodeTip } from './CreditCodeTip';
import { UploadTip } from './UploadTip';
import { CoordinateCard } from './CoordinateCard';
import { RenewalTip } from './RenewalTip';

/** Everything the field tools show in one frame: a zero-size layer whose children sit at page positions. */
export function FieldToolsLayer({ model, actions }: { model: FieldToolsModel; actions: FieldToolsActions }) {
  return (
    <div class="pt-root pt-layer" data-layout={model.layout}>
      {model.credit.map((field) => (
        <CreditCodeTip key={`credit-${field.key}`} field={field} locale={model.locale} actions={actions} />
      ))}
      {model.uploads.map((field) => (
        <UploadTip key={`upload-${field.key}`} field={field} locale={model.locale} actions={actions} />
      ))}
      {model.coordinates && <CoordinateCard targets={model.coordinates} locale={model.locale} />}
      {model.renewal && <RenewalTip renewal={model.renewal} locale={model.locale} />}
    </div>
  );
}
