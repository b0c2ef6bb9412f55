import type { Scene } from '../../view/overview/overview-scene.ts';
import { createSceneSelector } from '../../view/overview/scene-selector.ts';
import { perStore } from '../per-store.ts';
import { useExplorer, useExplorerStore } from '../store-context.ts';
import { useVisibleSet } from '../use-visible-set.ts';

const selectorOf = perStore(createSceneSelector);

/** What the canvas draws (the overview's scene), memoised per store like the visible set. */
export function useScene(): Scene | null {
  const selector = selectorOf(useExplorerStore());
  const visible = useVisibleSet();
  return useExplorer((state) => (state.graph ? selector(state.graph, visible, state.view) : null));
}
