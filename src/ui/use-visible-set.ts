import { createVisibleSetSelector, type VisibleSet } from '../view/visible-set.ts';
import type { ExplorerStore } from '../view/explorer-store.ts';
import { useExplorer, useExplorerStore } from './store-context.ts';

const selectors = new WeakMap<ExplorerStore, ReturnType<typeof createVisibleSetSelector>>();

const EMPTY: VisibleSet = { nodes: new Set(), edges: new Set() };

/** The visible set of the open graph, memoised per store so every component shares one computation. */
export function useVisibleSet(): VisibleSet {
  const store = useExplorerStore();
  let select = selectors.get(store);
  if (!select) {
    select = createVisibleSetSelector();
    selectors.set(store, select);
  }
  const selector = select;
  return useExplorer((state) => (state.graph ? selector(state.graph, state.view) : EMPTY));
}
