import type { Scene } from '../../view/overview/overview-scene.ts';
import { storeScene } from '../../view/store-selectors.ts';
import { useExplorer, useExplorerStore } from '../store-context.ts';
import { useVisibleSet } from '../use-visible-set.ts';

/** What the canvas draws (the overview's scene), memoised per store like the visible set. */
export function useScene(): Scene | null {
  const selector = storeScene(useExplorerStore());
  const visible = useVisibleSet();
  return useExplorer((state) => (state.graph ? selector(state.graph, visible, state.view) : null));
}
