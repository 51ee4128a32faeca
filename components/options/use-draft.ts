import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * What a text box shows while the user types. It follows the saved value when that changes from
 * elsewhere (restore defaults, a policy, another tab), but never while the box has the focus,
 * so a late storage echo cannot overwrite what is being typed.
 */
export function useDraft<E extends HTMLElement>(shown: string): [string, (draft: string) => void, RefObject<E | null>] {
  const [draft, setDraft] = useState(shown);
  const ref = useRef<E>(null);
  useEffect(() => {
    if (ref.current && ref.current.ownerDocument.activeElement === ref.current) return;
    setDraft(shown);
  }, [shown]);
  return [draft, setDraft, ref];
}
