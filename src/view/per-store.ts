import type { ExplorerStore } from './explorer-store.ts';

/**
 * One memoised selector per store, made on first use: every component of an explorer shares one
 * computation (the visible set, the paths, the overview's scene), and two explorers on a page never share one.
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
