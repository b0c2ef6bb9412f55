import type { ExplorerStore } from '../../view/explorer-store.ts';
import type { Scene } from '../../view/overview/overview-scene.ts';
import { createSceneSelector } from '../../view/overview/scene-selector.ts';
import { useExplorer, useExplorerStore } from '../store-context.ts';
import { useVisibleSet } from '../use-visible-set.ts';

const selectors = new WeakMap<ExplorerStore, ReturnType<typeof createSceneSelector>>();

/** What the canvas draws (the overview's scene), memoised per store like the visible set. */
export function useScene(): Scene | null {
  const store = useExplorerStore();
  let select = selectors.get(store);
  if (!select) {
    select = createSceneSelector();
    selectors.set(store, select);
  }
  const selector = select;
  const visible = useVisibleSet();
  return useExplorer((state) => (state.graph ? selector(state.graph, visible, state.view) : null));
}
