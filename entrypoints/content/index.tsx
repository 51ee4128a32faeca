import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { render } from 'preact';
import { platformMatchPatterns } from '../../platform/hosts';
import { Panel } from '../../components/panel/Panel';
import './panel.css';

export default defineContentScript({
  matches: platformMatchPatterns,
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    if (window.top !== window) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'permit-helper-panel',
      position: 'overlay',
      anchor: 'body',
      onMount(container) {
        render(<Panel pageKind="unknown" />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
