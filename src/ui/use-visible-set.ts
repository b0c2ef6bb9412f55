import { createVisibleSetSelector, type VisibleSet } from '../view/visible-set.ts';
import { perStore } from './per-store.ts';
import { useExplorer, useExplorerStore } from './store-context.ts';

const selectorOf = perStore(createVisibleSetSelector);

const EMPTY: VisibleSet = { nodes: new Set(), edges: new Set() };

/** The visible set of the open graph, memoised per store so every component shares one computation. */
export function useVisibleSet(): VisibleSet {
  const selector = selectorOf(useExplorerStore());
  return useExplorer((state) => (state.graph ? selector(state.graph, state.view) : EMPTY));
}
