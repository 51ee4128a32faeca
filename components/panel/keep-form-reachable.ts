/**
 * The open panel lies over the page's right (or left) edge; the page's controls under it must stay
 * reachable without restyling the page. Two things do it:
 *
 * - Scroll room: an invisible, absolutely positioned element as wide as the page plus the panel
 *   lets the page scroll sideways by the panel's width, so anything under the panel can be brought out
 *   from under it. Nothing of the page moves or changes style; the page gains a horizontal scroll.
 * - Stepping aside for the keyboard: when the user tabs to a control that lies under the panel, the
 *   page is scrolled so the control is beside the panel (right side), or the panel closes (left side,
 *   where a page cannot scroll further left). The focus stays where the user put it.
 *
 * Works in every core (no side-panel API needed). Layout is read only while the panel is open, on the
 * user's own actions (opening, resizing, tabbing) and on window resizes.
 */
export interface ReachableOptions {
  /** The panel's element (inside our shadow root). */
  panel: HTMLElement;
  /** The shadow host: events from inside it are ours, not the page's. */
  host: Element;
  side: 'right' | 'left';
  /** Called when the panel must step aside because the page cannot be scrolled to the control. */
  stepAside(): void;
}

const roomTag = 'permit-helper-room';
/** The tab beside the open panel, and a margin. */
const besidePanel = 48;

function coveredEdge(options: ReachableOptions): number {
  const rect = options.panel.getBoundingClientRect();
  return options.side === 'right' ? rect.left - besidePanel : rect.right + besidePanel;
}

export function keepFormReachable(options: ReachableOptions): () => void {
  const doc = options.panel.ownerDocument;
  const view = doc.defaultView;
  if (!view) return () => undefined;
  const room = doc.createElement(roomTag);
  room.setAttribute('aria-hidden', 'true');
  for (const [name, value] of Object.entries({
    position: 'absolute',
    top: '0',
    left: '0',
    height: '1px',
    margin: '0',
    padding: '0',
    border: '0',
    visibility: 'hidden',
    'pointer-events': 'none',
    display: 'block',
  })) {
    room.style.setProperty(name, value, 'important');
  }

  const size = () => {
    if (options.side !== 'right') {
      room.remove();
      return;
    }
    room.style.setProperty('width', '0', 'important');
    const content = Math.max(doc.documentElement.scrollWidth, view.innerWidth);
    const panelWidth = options.panel.getBoundingClientRect().width;
    room.style.setProperty('width', `${Math.ceil(content + panelWidth + besidePanel)}px`, 'important');
    if (!room.isConnected) doc.documentElement.append(room);
  };

  const onFocus = (event: FocusEvent) => {
    const target = event.target as Element | null;
    if (!target || typeof target.getBoundingClientRect !== 'function' || target === options.host) return;
    const rect = target.getBoundingClientRect();
    const edge = coveredEdge(options);
    if (options.side === 'right' && rect.right > edge) {
      view.scrollBy({ left: Math.ceil(rect.right - edge), behavior: 'instant' as ScrollBehavior });
      if (target.getBoundingClientRect().right > coveredEdge(options)) options.stepAside();
    } else if (options.side === 'left' && rect.left < edge) {
      options.stepAside();
    }
  };

  size();
  view.addEventListener('resize', size, { passive: true });
  doc.addEventListener('focusin', onFocus, { capture: true, passive: true } as AddEventListenerOptions);
  return () => {
    view.removeEventListener('resize', size);
    doc.removeEventListener('focusin', onFocus, { capture: true } as EventListenerOptions);
    room.remove();
  };
}
