import { storeVisibleSet } from '../view/store-selectors.ts';
import type { VisibleSet } from '../view/visible-set.ts';
import { useExplorer, useExplorerStore } from './store-context.ts';

const EMPTY: VisibleSet = { nodes: new Set(), edges: new Set() };

/** The visible set of the open graph, memoised per store so every component (and the canvas) shares one computation. */
export function useVisibleSet(): VisibleSet {
  const selector = storeVisibleSet(useExplorerStore());
  return useExplorer((state) => (state.graph ? selector(state.graph, state.view) : EMPTY));
}
