import type { Graph } from '../../graph/graph-model.ts';
import type { VisibleSet } from '../visible-set.ts';
import { NO_REVEAL, overviewScene, type Scene, type SceneInput } from './overview-scene.ts';

/**
 * The scene, memoised on what decides it (the graph, the visible set, the opened groups, the
 * selection, `all`), so camera moves and re-renders cost nothing. Transitions keep a field's value
 * when they do not change it, so identity is the cache key.
 */
export function createSceneSelector(): (
  graph: Graph,
  visible: VisibleSet,
  view: SceneInput,
  reveal?: ReadonlySet<string>,
) => Scene {
  let last:
    { graph: Graph; visible: VisibleSet; view: SceneInput; reveal?: ReadonlySet<string>; scene: Scene } | undefined;
  return (graph, visible, view, reveal = NO_REVEAL) => {
    if (
      last?.graph !== graph ||
      last.reveal !== reveal ||
      last.visible !== visible ||
      last.view.open !== view.open ||
      last.view.node !== view.node ||
      last.view.all !== view.all
    ) {
      last = { graph, visible, view, reveal, scene: overviewScene(graph, visible, view, reveal) };
    }
    return last.scene;
  };
}
