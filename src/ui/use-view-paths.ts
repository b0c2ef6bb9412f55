import type { PathsResult } from '../graph/shortest-paths.ts';
import { createPathSelector } from '../view/path-finding.ts';
import { perStore } from '../view/per-store.ts';
import { useExplorer, useExplorerStore } from './store-context.ts';
import { useVisibleSet } from './use-visible-set.ts';

const selectorOf = perStore(createPathSelector);

/** The view's shortest paths through what is visible (null: no path asked), shared per store like the visible set. */
export function useViewPaths(): PathsResult | null {
  const selector = selectorOf(useExplorerStore());
  const visible = useVisibleSet();
  return useExplorer((state) => (state.graph ? selector(state.graph, visible, state.view) : null));
}
