/**
 * The lazily loaded part of the content script (built apart as an ES module: build/lazy-chunk.ts).
 * Everything heavy lives here: Preact, the panel's body, the FAQ reader and search, the field
 * tools' tips and the upload file inspection. The content script keeps the stores and wraps every
 * call in its error boundary; nothing here holds state of its own.
 */
import { render } from 'preact';
import { PanelApp, type PanelActions, type PanelStore } from '../../../components/panel/PanelApp';
import { PanelErrorBoundary } from '../../../components/panel/PanelErrorBoundary';
import { sendMessage } from '../../../messaging/protocol';
import type { PermitSighting } from '../../../tools/permit-watch';
import { pageCollectors } from './page-collectors';
import { mountFieldToolsLayer, type FieldToolsLayerHandle } from '../../../components/field-tools/FieldToolsLayer';
import faqCss from '../../../components/faq/faq.css?inline';
import diagnosisCss from '../../../components/diagnosis/diagnosis.css?inline';
import toolsCss from '../../../components/tools/tools.css?inline';

/** The lazily loaded components' styles, added once to the shadow root they render into. */
function addStyles(into: Node, name: string, css: string): void {
  const root = into.getRootNode();
  if (!(root instanceof ShadowRoot) || root.querySelector(`style[data-styles="${name}"]`)) return;
  const style = root.ownerDocument.createElement('style');
  style.setAttribute('data-styles', name);
  style.textContent = css;
  root.append(style);
}

export { matchEntriesForPage } from '../../../faq/match';
export { builtInEntries } from '../../../faq/entries';
export { inspectFile } from '../../../components/tools/inspect-file';
export { loadPackEntries, watchPacks } from '../../../state/packs';

/** Renders the panel's body into the shell's host; returns the function that unmounts it. */
export function mountPanelBody(host: HTMLElement, store: PanelStore, actions: PanelActions): () => void {
  addStyles(host, 'panel-body', faqCss + diagnosisCss + toolsCss);
  const diagnosis = {
    collectors: pageCollectors,
    onDone: (results: { status: string }[]) =>
      void sendMessage('diagnosis:finished', { failed: results.filter((result) => result.status === 'fail').length }).catch(
        () => undefined,
      ),
  };
  const permits = {
    remembered: () => sendMessage('permit:remembered'),
    remember: (sighting: PermitSighting) => sendMessage('permit:remember', sighting),
  };
  render(
    <PanelErrorBoundary store={store}>
      <PanelApp store={store} actions={actions} diagnosis={diagnosis} permits={permits} />
    </PanelErrorBoundary>,
    host,
  );
  return () => render(null, host);
}

/** Renders the field tools of one frame (the registry's tips) into our shadow root; the content script tells it when to look again. */
export function mountFieldTools(container: HTMLElement, options: Parameters<typeof mountFieldToolsLayer>[1]): FieldToolsLayerHandle {
  addStyles(container, 'field-tools', toolsCss);
  return mountFieldToolsLayer(container, options);
}
