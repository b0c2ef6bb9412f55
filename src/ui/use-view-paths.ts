import type { PathsResult } from '../graph/shortest-paths.ts';
import type { ExplorerStore } from '../view/explorer-store.ts';
import { createPathSelector } from '../view/path-finding.ts';
import { useExplorer, useExplorerStore } from './store-context.ts';
import { useVisibleSet } from './use-visible-set.ts';

const selectors = new WeakMap<ExplorerStore, ReturnType<typeof createPathSelector>>();

/** The view's shortest paths through what is visible (null: no path asked), shared per store like the visible set. */
export function useViewPaths(): PathsResult | null {
  const store = useExplorerStore();
  let select = selectors.get(store);
  if (!select) {
    select = createPathSelector();
    selectors.set(store, select);
  }
  const selector = select;
  const visible = useVisibleSet();
  return useExplorer((state) => (state.graph ? selector(state.graph, visible, state.view) : null));
}
