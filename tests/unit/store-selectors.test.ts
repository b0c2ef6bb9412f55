import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../src/view/explorer-store.ts';
import { NO_REVEAL } from '../../src/view/overview/overview-scene.ts';
import { storeScene, storeVisibleSet } from '../../src/view/store-selectors.ts';
import { defaultView } from '../../src/view/view-state.ts';
import { synthetic } from './support/synthetic.ts';

describe("one explorer's visible set and scene, shared by its panels and its canvas", () => {
  it('works each out once for a view, whoever asks, and again for another explorer', () => {
    const graph = synthetic(3000);
    const view = defaultView(graph.id);
    const store = createExplorerStore();
    const visible = storeVisibleSet(store)(graph, view);
    expect(storeVisibleSet(store)(graph, { ...view })).toBe(visible);
    // The panels ask without entities to reveal, the canvas with its empty set: the same scene.
    const scene = storeScene(store)(graph, visible, view);
    expect(scene.overview).toBe(true);
    expect(storeScene(store)(graph, visible, view, NO_REVEAL)).toBe(scene);
    const other = createExplorerStore();
    expect(storeScene(other)(graph, storeVisibleSet(other)(graph, view), view)).not.toBe(scene);
  });
});
