import cytoscape, { type Core } from 'cytoscape';
import type { Graph, Position } from '../graph/graph-model.ts';
import type { ExplorerStore } from '../view/explorer-store.ts';
import { createPathSelector } from '../view/path-finding.ts';
import { createVisibleSetSelector, type VisibleSet } from '../view/visible-set.ts';
import {
  roundCamera,
  sameCamera,
  ZOOM_MAX,
  ZOOM_MIN,
  type Camera,
  type LayoutName,
  type ViewState,
} from '../view/view-state.ts';
import { createAsOfLines } from './as-of-lines.ts';
import { fitVisible, moveCamera, readCamera } from './camera.ts';
import { currentCanvasPalette, followTheme } from './canvas-theme.ts';
import { cyElements } from './cy-elements.ts';
import { markCytoscapeStylesheet } from './cytoscape-stylesheet.ts';
import { installGestures } from './gestures.ts';
import { installHoverHighlight } from './hover.ts';
import { createLabelLanguage } from './label-language.ts';
import { createFailureGuard } from './canvas-failure.ts';
import { installCanvasKeyboard } from './canvas-keyboard.ts';
import { installReadableLabels } from './readable-labels.ts';
import { computeLayout, defaultLayout } from './layouts.ts';
import { createPathHighlighter } from './path-highlight.ts';
import { installSelectionSync } from './selection.ts';
import { buildStylesheet, LEAN_THRESHOLD } from './stylesheet.ts';
import { typeStyles } from './type-styles.ts';
import { applyVisibility } from './visibility.ts';

declare global {
  interface Window {
    /** The Cytoscape core of the open graph, for automation and the console (as Cytoscape's demos do). */
    cy?: Core;
  }
}

export interface CanvasController {
  destroy(): void;
  /** Called once if applying a view change fails; the canvas then stops following the store. */
  onError(listener: (error: unknown) => void): void;
}

/**
 * Draws one graph in `container` and keeps it in step with the store: created once per graph,
 * then every view change is applied as a difference (visibility, selection, positions, camera).
 */
export function mountCanvas(container: HTMLElement, graph: Graph, store: ExplorerStore): CanvasController {
  const layouts = new Map<LayoutName, Map<string, Position>>();
  const layoutPositions = (name: LayoutName): Map<string, Position> => {
    let positions = layouts.get(name);
    if (!positions) {
      positions = computeLayout(graph, name);
      layouts.set(name, positions);
    }
    return positions;
  };
  const layoutOf = (view: ViewState): LayoutName => view.layout ?? defaultLayout(graph);
  const initial = store.getState().view;
  const positionOf = (view: ViewState, id: string): Position | undefined =>
    view.pos.get(id) ?? layoutPositions(layoutOf(view)).get(id);
  const startPositions = new Map(
    [...graph.nodes.keys()].flatMap((id) => {
      const position = positionOf(initial, id);
      return position ? [[id, position] as const] : [];
    }),
  );

  const lean = graph.nodes.size + graph.edges.size > LEAN_THRESHOLD;
  markCytoscapeStylesheet(document);
  const cy = cytoscape({
    container,
    elements: cyElements(graph, startPositions),
    style: buildStylesheet(typeStyles(graph), lean, currentCanvasPalette()),
    layout: { name: 'preset', fit: false },
    minZoom: ZOOM_MIN,
    maxZoom: ZOOM_MAX,
    // Cytoscape's selection is the app's: one entity at a time, never a box of them.
    boxSelectionEnabled: false,
    selectionType: 'single',
    hideEdgesOnViewport: lean,
    textureOnViewport: lean,
  });
  window.cy = cy;

  const selection = installSelectionSync(cy, {
    choose: (node) => store.getState().dispatch({ type: 'select', node }),
    current: () => store.getState().view.node,
  });
  const visibleSet = createVisibleSetSelector();
  const pathsOf = createPathSelector();
  const highlightPaths = createPathHighlighter(cy);
  const drawAsOf = createAsOfLines(cy, graph);
  const showLabelsIn = createLabelLanguage(cy, graph);
  let shown: VisibleSet | null = null;
  let known: Camera | null = null;

  const applyPositions = (previous: ViewState, next: ViewState): void => {
    const layoutChanged = layoutOf(previous) !== layoutOf(next);
    if (!layoutChanged && previous.pos === next.pos) return;
    const changed = layoutChanged
      ? [...graph.nodes.keys()]
      : [...new Set([...previous.pos.keys(), ...next.pos.keys()])];
    cy.batch(() => {
      for (const id of changed) {
        const position = positionOf(next, id);
        if (position) cy.getElementById(id).position({ x: position.x, y: position.y });
      }
    });
  };

  const applyCamera = (previous: ViewState | null, next: ViewState): void => {
    if (next.camera === null) {
      const refit = previous === null || previous.camera !== null || layoutOf(previous) !== layoutOf(next);
      if (refit) {
        fitVisible(cy);
        known = readCamera(cy);
      }
      return;
    }
    if (sameCamera(next.camera, known)) return;
    known = next.camera;
    moveCamera(cy, next.camera, previous !== null);
  };

  const apply = (previous: ViewState | null, next: ViewState): void => {
    if (previous) applyPositions(previous, next);
    const visible = visibleSet(graph, next);
    if (visible !== shown) {
      applyVisibility(cy, shown, visible);
      shown = visible;
    }
    drawAsOf(next.asof);
    showLabelsIn(next.lang);
    highlightPaths(pathsOf(graph, visible, next));
    if (previous?.node !== next.node) selection.apply(next.node);
    applyCamera(previous, next);
  };

  apply(null, initial);
  installHoverHighlight(cy);
  const stopKeyboard = installCanvasKeyboard(cy, container, graph, store);
  const stopLabels = lean ? () => undefined : installReadableLabels(cy);
  const stopTheme = followTheme(cy, (palette) => buildStylesheet(typeStyles(graph), lean, palette));
  const stopGestures = installGestures(cy, {
    dispatch: (action) => store.getState().dispatch(action),
    knownCamera: () => known,
    setKnownCamera: (camera) => (known = camera),
  });

  const failure = createFailureGuard();
  const unsubscribe = store.subscribe(
    failure.guard((state, previous) => {
      if (state.view !== previous.view) apply(previous.view, state.view);
      const request = state.centreRequest;
      if (request && request !== previous.centreRequest) {
        const node = cy.getElementById(request.node);
        if (node.nonempty()) {
          // Centre at no less than natural size, so the chosen entity is readable.
          const target = roundCamera({ zoom: Math.max(cy.zoom(), 1), ...node.position() });
          known = target;
          moveCamera(cy, target, true);
          state.dispatch({ type: 'setCamera', camera: target });
        }
      }
    }),
  );

  // Keep the same point centred (or the graph fitted) when the window changes size.
  const resizeObserver = new ResizeObserver(() => {
    cy.resize();
    const camera = store.getState().view.camera;
    if (camera === null) {
      fitVisible(cy);
      known = readCamera(cy);
    } else {
      moveCamera(cy, camera, false);
    }
  });
  resizeObserver.observe(container);

  return {
    onError: (listener) => failure.onError(listener),
    destroy() {
      resizeObserver.disconnect();
      unsubscribe();
      stopGestures();
      stopTheme();
      stopLabels();
      stopKeyboard();
      selection.stop();
      if (window.cy === cy) delete window.cy;
      cy.destroy();
    },
  };
}
