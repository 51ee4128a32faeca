import { Component, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { toHelperError, type HelperError } from '../../lib/helper-error';
import { HelperErrorBox } from './HelperErrorBox';
import type { PanelStore } from './PanelApp';

/** The panel's place while its UI is broken: 「助手出错」 with the detail, shown while the panel is open. */
function BrokenPanel({ store, error }: { store: PanelStore; error: HelperError }) {
  const [open, setOpen] = useState(store.get().open);
  useEffect(() => store.subscribe((model) => setOpen(model.open)), [store]);
  if (!open) return null;
  return (
    <aside id="ph-panel" class="ph-panel" role="complementary" aria-label={i18n.t('panel.errorTitle')}>
      <div class="ph-body">
        <HelperErrorBox errors={[error]} />
      </div>
    </aside>
  );
}

/**
 * Catches what the panel's UI throws while rendering, so an error there shows as 「助手出错」 (with
 * its detail to copy) instead of an empty panel, and never reaches the page.
 */
export class PanelErrorBoundary extends Component<{ store: PanelStore; children?: ComponentChildren }, { error?: HelperError }> {
  static override getDerivedStateFromError(error: unknown) {
    return { error: toHelperError('panel-ui', error) };
  }

  override render() {
    return this.state.error ? <BrokenPanel store={this.props.store} error={this.state.error} /> : this.props.children;
  }
}
