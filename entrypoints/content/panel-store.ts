/** A minimal observable store for the panel: the content script writes, the Preact panel reads. */
export function createStore<T extends object>(initial: T) {
  let state = initial;
  const listeners = new Set<(state: T) => void>();
  return {
    get: () => state,
    update(patch: Partial<T>) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener(state);
    },
    subscribe(listener: (state: T) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
