import type { ExplorerStore } from '../view/explorer-store.ts';

/**
 * One memoised selector per store, made on first use: every component of one explorer then shares
 * one computation (the visible set, the paths), and a test's fresh store gets a fresh one.
 */
export function perStore<T>(create: () => T): (store: ExplorerStore) => T {
  const made = new WeakMap<ExplorerStore, T>();
  return (store) => {
    let value = made.get(store);
    if (value === undefined) {
      value = create();
      made.set(store, value);
    }
    return value;
  };
}
