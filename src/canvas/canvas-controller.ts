import type { Core } from 'cytoscape';
import type { Graph, Position } from '../graph/graph-model.ts';
import { defaultLayout } from '../view/default-layout.ts';
import type { ExplorerStore } from '../view/explorer-store.ts';
import { OVERVIEW_FROM } from '../view/overview/overview-size.ts';
import { storeScene, storeVisibleSet } from '../view/store-selectors.ts';
import { roundCamera, sameCamera, type Camera, type ViewState } from '../view/view-state.ts';
import { fitVisible, moveCamera, readCamera } from './camera.ts';
import { createFailureGuard } from './canvas-failure.ts';
import { createCore } from './create-core.ts';
import { currentCanvasPalette } from './canvas-theme.ts';
import { cyElements } from './cy-elements.ts';
import { markCytoscapeStylesheet } from './cytoscape-stylesheet.ts';
import { installGestures } from './gestures.ts';
import { installGroupGestures } from './group-gestures.ts';
import { installHoverHighlight } from './hover.ts';
import { cacheLayout } from './layout-cache.ts';
import type { ComputedLayout } from './layout-input.ts';
import { createLayoutRunner } from './layout-runner.ts';
import { createPlacement, type LayoutStatus } from './placement.ts';
import { installReaderAids } from './reader-aids.ts';
import { createSceneCanvas } from './scene-canvas.ts';
import { installSelectionSync } from './selection.ts';
import { buildStylesheet, CLASSES, LEAN_THRESHOLD } from './stylesheet.ts';
import { typeStyles } from './type-styles.ts';
import { createViewOverlays } from './view-overlays.ts';
import { prepareFirstPicture } from './warm-up.ts';

declare global {
  interface Window {
    /** The Cytoscape core of the open graph, for automation and the console (as Cytoscape's demos do). */
    cy?: Core;
  }
}

export interface CanvasController {
  /** The layout being computed in the worker, for the progress indicator. */
  layoutStatus(): LayoutStatus;
  onLayoutStatus(listener: () => void): () => void;
  /** Stops the layout being computed; the view returns to the layout drawn. */
  cancelLayout(): void;
  destroy(): void;
  /** Called once if applying a view change fails; the canvas then stops following the store. */
  onError(listener: (error: unknown) => void): void;
}

/** Layout positions computed before the page loaded (at build time), by layout name. */
export type PrecomputedLayouts = ReadonlyMap<string, ReadonlyMap<string, Position>>;

const COMPUTED: readonly ComputedLayout[] = ['fcose', 'concentric', 'hierarchy'];

/**
 * Draws one graph in `container` and keeps it in step with the store: created once per graph, then
 * every view change is applied as a difference (what is drawn, selection, positions, camera).
 * Large graphs are drawn as the overview's scene; layouts other than the grouped one and saved
 * positions come from the layout worker, never blocking the first picture. Resolves once the first
 * picture is prepared: the drawing's cold work is spread over short tasks (canvas/warm-up.ts).
 */
export async function mountCanvas(
  container: HTMLElement,
  graph: Graph,
  store: ExplorerStore,
  precomputed: PrecomputedLayouts = new Map(),
): Promise<CanvasController> {
  for (const name of COMPUTED) {
    const positions = precomputed.get(name);
    if (positions) cacheLayout(graph, name, positions);
  }
  const statusListeners = new Set<() => void>();
  const runner = createLayoutRunner();
  let onLayoutReady = (): void => undefined;
  const placement = createPlacement(graph, runner, {
    onReady: () => onLayoutReady(),
    onStatus: () => statusListeners.forEach((listener) => listener()),
  });
  const layoutOf = (view: ViewState) => view.layout ?? defaultLayout(graph);
  let view = store.getState().view;
  placement.want(layoutOf(view));
  const positionOf = (id: string): Position | undefined => view.pos.get(id) ?? placement.entity(id);

  // The panels' own: one computation of each per view change.
  const visibleSet = storeVisibleSet(store);
  const sceneOf = storeScene(store);
  const lean = graph.nodes.size + graph.edges.size > LEAN_THRESHOLD;
  const styles = typeStyles(graph);
  const stylesheet = (palette = currentCanvasPalette()) =>
    buildStylesheet(styles, lean, palette, graph.nodes.size > OVERVIEW_FROM);
  markCytoscapeStylesheet(document);
  const cy = await createCore(container, {
    style: () => stylesheet(),
    // A graph small enough to draw whole holds every element from the start (filters then only hide);
    // a larger one receives elements as the overview draws them.
    elements: graph.nodes.size <= OVERVIEW_FROM ? () => cyElements(graph, positionOf) : undefined,
    lean,
  });
  window.cy = cy;

  const scene = createSceneCanvas(cy, graph, positionOf, {
    position: (key) => placement.group(key),
    framesShown: () => placement.drawn() === 'grouped',
    color: (type) => styles.find((style) => style.type === type)?.color ?? '#999999',
  });
  const overlays = createViewOverlays(cy, graph);
  const reader = installReaderAids(cy, container, graph, store, { lean, stylesheet });
  const selection = installSelectionSync(cy, {
    choose: (node) => store.getState().dispatch({ type: 'select', node }),
    current: () => store.getState().view.node,
  });
  let known: Camera | null = null;

  const fit = (): void => {
    fitVisible(cy);
    known = readCamera(cy);
  };
  const applyCamera = (previous: ViewState | null, next: ViewState, relaid: boolean): void => {
    if (next.camera === null) {
      if (previous === null || previous.camera !== null || relaid) fit();
      return;
    }
    if (sameCamera(next.camera, known)) return;
    known = next.camera;
    moveCamera(cy, next.camera, previous !== null);
  };

  const apply = (previous: ViewState | null, next: ViewState): void => {
    view = next;
    let relaid = false;
    if (previous && layoutOf(previous) !== layoutOf(next)) relaid = placement.want(layoutOf(next));
    if (relaid) scene.reposition();
    else if (previous && previous.pos !== next.pos) {
      cy.batch(() => {
        for (const id of new Set([...previous.pos.keys(), ...next.pos.keys()])) {
          const position = positionOf(id);
          if (position) cy.getElementById(id).position({ x: position.x, y: position.y });
        }
      });
    }
    const visible = visibleSet(graph, next);
    const added = scene.apply(sceneOf(graph, visible, next, overlays.reveal(visible, next)));
    overlays.apply(visible, next, added);
    reader.showLabelsIn(next.lang, added);
    if (previous?.node !== next.node) selection.apply(next.node);
    applyCamera(previous, next, relaid);
  };

  onLayoutReady = () => {
    scene.reposition();
    if (store.getState().view.camera === null) fit();
  };
  // The view is read when drawn, and again after: it may change while the picture is prepared.
  await prepareFirstPicture(cy, () => apply(null, store.getState().view));
  if (store.getState().view !== view) apply(view, store.getState().view);
  // For automation and tests: `running` while the worker computes the layout asked for, then `idle`.
  const markStatus = (): void => {
    container.dataset.layout = placement.status().state;
  };
  statusListeners.add(markStatus);
  markStatus();
  installHoverHighlight(cy, lean);
  const stopGestures = installGestures(cy, {
    dispatch: (action) => store.getState().dispatch(action),
    knownCamera: () => known,
    setKnownCamera: (camera) => (known = camera),
  });
  const stopGroupGestures = installGroupGestures(
    cy,
    (action) => store.getState().dispatch(action),
    (camera) => (known = camera),
  );

  const failure = createFailureGuard();
  const unsubscribe = store.subscribe(
    failure.guard((state, previous) => {
      if (state.view !== previous.view) apply(previous.view, state.view);
      const request = state.centreRequest;
      if (request && request !== previous.centreRequest) {
        const node = cy.getElementById(request.node);
        if (node.nonempty() && !node.hasClass(CLASSES.hidden)) {
          // Centre at no less than natural size, so the chosen entity is readable.
          const target = roundCamera({ zoom: Math.max(cy.zoom(), 1), ...node.position() });
          known = target;
          moveCamera(cy, target, true);
          state.dispatch({ type: 'setCamera', camera: target });
        }
      }
    }),
  );

  // Keep the same point centred (or the graph fitted) when the window changes size. The observer also
  // reports the size it starts with, which the first picture already fits: only a change refits.
  let size = { width: container.clientWidth, height: container.clientHeight };
  const resizeObserver = new ResizeObserver(() => {
    if (container.clientWidth === size.width && container.clientHeight === size.height) return;
    size = { width: container.clientWidth, height: container.clientHeight };
    cy.resize();
    const camera = store.getState().view.camera;
    if (camera === null) fit();
    else moveCamera(cy, camera, false);
  });
  resizeObserver.observe(container);

  return {
    onError: (listener) => failure.onError(listener),
    layoutStatus: () => placement.status(),
    onLayoutStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    cancelLayout() {
      placement.cancel();
      // The view says what is drawn: back to the layout the canvas shows, one step Back can undo.
      const drawn = placement.drawn();
      store.getState().dispatch({ type: 'setLayout', layout: drawn === defaultLayout(graph) ? null : drawn });
    },
    destroy() {
      resizeObserver.disconnect();
      unsubscribe();
      stopGestures();
      stopGroupGestures();
      reader.stop();
      selection.stop();
      runner.destroy();
      if (window.cy === cy) delete window.cy;
      cy.destroy();
    },
  };
}
