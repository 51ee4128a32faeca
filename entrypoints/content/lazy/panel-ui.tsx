/**
 * The lazily loaded part of the content script (built apart as an ES module: build/lazy-chunk.ts).
 * Everything heavy lives here: Preact, the panel's body, the FAQ reader and search, the field
 * tools' tips and the upload file inspection. The content script keeps the stores and wraps every
 * call in its error boundary; nothing here holds state of its own.
 */
import { render } from 'preact';
import { PanelApp, type PanelActions, type PanelStore } from '../../../components/panel/PanelApp';
import { sendMessage } from '../../../messaging/protocol';
import { pageCollectors } from './page-collectors';
import { FieldToolsLayer } from '../field-tools/FieldToolsLayer';
import type { FieldToolsActions, FieldToolsModel } from '../field-tools/model';

export { matchEntriesForPage } from '../../../faq/match';
export { inspectFile } from '../../../components/tools/inspect-file';
export { loadPackEntries, watchPacks } from '../../../state/packs';

/** Renders the panel's body into the shell's host; returns the function that unmounts it. */
export function mountPanelBody(host: HTMLElement, store: PanelStore, actions: PanelActions): () => void {
  const diagnosis = {
    collectors: pageCollectors,
    onDone: (results: { status: string }[]) =>
      void sendMessage('diagnosis:finished', { failed: results.filter((result) => result.status === 'fail').length }).catch(
        () => undefined,
      ),
  };
  render(<PanelApp store={store} actions={actions} diagnosis={diagnosis} />, host);
  return () => render(null, host);
}

interface FieldToolsStore {
  get(): FieldToolsModel;
  subscribe(listener: (model: FieldToolsModel) => void): () => void;
}

/** Renders the field tips of one frame and follows its store; returns the function that unmounts them. */
export function mountFieldTools(container: HTMLElement, store: FieldToolsStore, actions: FieldToolsActions): () => void {
  const draw = () => render(<FieldToolsLayer model={store.get()} actions={actions} />, container);
  const unsubscribe = store.subscribe(draw);
  draw();
  return () => {
    unsubscribe();
    render(null, container);
  };
}
