import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PageKindId } from '../../platform/page-kinds';

export function Panel({ pageKind }: { pageKind: PageKindId }) {
  const [open, setOpen] = useState(false);
  return (
    <div data-testid="panel" data-page-kind={pageKind} data-state={open ? 'open' : 'closed'}>
      <button type="button" data-testid="panel-toggle" onClick={() => setOpen(!open)}>
        {i18n.t('panel.toggle')}
      </button>
    </div>
  );
}
