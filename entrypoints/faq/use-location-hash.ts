import { useCallback, useEffect, useState } from 'preact/hooks';

/**
 * The page's `location.hash` as state, and a setter that pushes a history entry, so the
 * browser's Back button returns from an opened entry to the list. '' removes the hash.
 */
export function useLocationHash(win: Window = window): [string, (hash: string) => void] {
  const [hash, setHash] = useState(win.location.hash);

  useEffect(() => {
    const update = () => setHash(win.location.hash);
    win.addEventListener('hashchange', update);
    win.addEventListener('popstate', update);
    return () => {
      win.removeEventListener('hashchange', update);
      win.removeEventListener('popstate', update);
    };
  }, [win]);

  const navigate = useCallback(
    (next: string) => {
      if (next === win.location.hash) return;
      win.history.pushState(null, '', next === '' ? win.location.pathname + win.location.search : next);
      setHash(win.location.hash);
    },
    [win],
  );

  return [hash, navigate];
}
