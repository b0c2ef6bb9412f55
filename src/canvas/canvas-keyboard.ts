import type { Core, NodeSingular } from 'cytoscape';
import type { Graph } from '../graph/graph-model.ts';
import { labelIn } from '../graph/node-labels.ts';
import { nodeTypeDefinition } from '../graph/type-labels.ts';
import type { ExplorerStore } from '../view/explorer-store.ts';
import { prefersReducedMotion } from './camera.ts';
import { arrowDirection, spatialStep } from './spatial-step.ts';
import { CLASSES } from './stylesheet.ts';

/** How much one + or − press zooms, around the centre of the canvas. */
const ZOOM_STEP = 1.25;

/**
 * The canvas for keyboard users (WCAG 2.1.1): the container takes focus; the arrow keys move a focus
 * ring to the nearest shown node in that direction on screen (what a sighted keyboard user expects:
 * Right goes to the node drawn to the right); Enter or Space selects it — through the store, so it is
 * one history step like every other way of selecting; + and − zoom. Each move is announced in a
 * polite live region ("Luan Jian, Person, 9 relations"), since a canvas has no text to read.
 * Returns a function that stops.
 */
export function installCanvasKeyboard(
  cy: Core,
  container: HTMLElement,
  graph: Graph,
  store: ExplorerStore,
): () => void {
  const live = container.ownerDocument.createElement('div');
  live.className = 'canvas-announcer visually-hidden';
  live.setAttribute('aria-live', 'polite');
  container.append(live);
  let focused: NodeSingular | null = null;

  const announce = (node: NodeSingular): void => {
    const entity = graph.nodes.get(node.id());
    if (!entity) return;
    const relations = node.connectedEdges().filter((edge) => edge.visible()).length;
    const type = nodeTypeDefinition(graph, entity.type).label;
    const state = node.selected() ? ', selected' : '';
    live.textContent = `${labelIn(entity, store.getState().view.lang)}, ${type}, ${relations} ${relations === 1 ? 'relation' : 'relations'}${state}`;
  };

  const focus = (node: NodeSingular): void => {
    focused?.removeClass(CLASSES.keyboardFocus);
    focused = node;
    node.addClass(CLASSES.keyboardFocus);
    // Bring it into view if it is off screen, so the ring is always seen.
    const box = node.renderedBoundingBox();
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) {
      if (prefersReducedMotion()) cy.center(node);
      else cy.animate({ center: { eles: node }, duration: 200 });
    }
    announce(node);
  };

  // Entities only: the overview's group bubbles are opened by clicking them, not selected.
  const shown = (): NodeSingular[] =>
    cy
      .nodes(':visible')
      .toArray()
      .filter((node) => graph.nodes.has(node.id()));

  /** Where keyboard travel starts: the focused node, else the selection, else the node nearest the centre. */
  const start = (): NodeSingular | undefined => {
    if (focused?.visible()) return focused;
    const nodes = shown();
    const selected = nodes.find((node) => node.selected());
    if (selected) return selected;
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    const distance = (node: NodeSingular): number =>
      Math.hypot(node.renderedPosition().x - centre.x, node.renderedPosition().y - centre.y);
    return nodes.sort((a, b) => distance(a) - distance(b))[0];
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.target !== container || event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = arrowDirection(event.key);
    if (direction) {
      event.preventDefault();
      const from = start();
      if (!from) return;
      if (from !== focused) return focus(from);
      const place = (node: NodeSingular) => ({ id: node.id(), ...node.renderedPosition() });
      const next = spatialStep(place(from), shown().map(place), direction);
      if (next !== undefined) focus(cy.getElementById(next));
    } else if ((event.key === 'Enter' || event.key === ' ') && focused) {
      event.preventDefault();
      store.getState().dispatch({ type: 'select', node: focused.id() });
      announce(focused);
    } else if (event.key === '+' || event.key === '=' || event.key === '-') {
      event.preventDefault();
      const factor = event.key === '-' ? 1 / ZOOM_STEP : ZOOM_STEP;
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    }
  };
  const onFocus = (): void => {
    const from = start();
    if (from) focus(from);
  };
  const onBlur = (): void => {
    focused?.removeClass(CLASSES.keyboardFocus);
    focused = null;
  };
  container.addEventListener('keydown', onKeyDown);
  container.addEventListener('focus', onFocus);
  container.addEventListener('blur', onBlur);
  return () => {
    container.removeEventListener('keydown', onKeyDown);
    container.removeEventListener('focus', onFocus);
    container.removeEventListener('blur', onBlur);
    live.remove();
  };
}
