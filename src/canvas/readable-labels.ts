import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { Graph } from '../graph/graph-model.ts';

/** The stylesheet's label size, in model units: what a label measures on screen at zoom 1. */
export const LABEL_FONT_SIZE = 12;
/** Labels are drawn no smaller than this on screen while the zoom allows it (phones fit graphs small). */
export const MIN_SCREEN_FONT_SIZE = 11;
/**
 * Below this zoom labels shrink again: growing them further would only pile them on each other. Low
 * enough for the bundled graph fitted to a 360 px phone (zoom about 0.3).
 */
export const LOWEST_COMPENSATED_ZOOM = 0.25;
/** The stylesheet's wrapping width at LABEL_FONT_SIZE; it grows with the label, so lines keep their words. */
const LABEL_MAX_WIDTH = 130;

/**
 * The label size (model units) that keeps labels readable at `zoom`: the stylesheet's size when zoomed
 * in, larger when zoomed out, so a graph fitted to a 360 px phone still has labels of 11 px. Whole
 * units, so a pinch changes the style only now and then.
 * @example labelFontSize(1) // 12
 * @example labelFontSize(0.5) // 22
 * @example labelFontSize(0.1) // 44
 */
export function labelFontSize(zoom: number): number {
  const compensated = MIN_SCREEN_FONT_SIZE / Math.max(zoom, LOWEST_COMPENSATED_ZOOM);
  return Math.max(LABEL_FONT_SIZE, Math.ceil(compensated));
}

/**
 * Keeps node labels readable as the zoom changes (not in lean mode, where labels appear only zoomed
 * in by design). One style change per whole unit of size, applied to the nodes as a bypass so a
 * theme's new stylesheet keeps it. Returns a function that stops.
 */
const labelStyle = (size: number) => ({
  'font-size': size,
  'text-max-width': `${String(Math.round((LABEL_MAX_WIDTH * size) / LABEL_FONT_SIZE))}px`,
});

export function installReadableLabels(cy: Core, graph: Graph): () => void {
  // Entities only: the overview's group bubbles size their names themselves.
  const entities = () => cy.nodes().filter((node) => graph.nodes.has(node.id()));
  let applied = LABEL_FONT_SIZE;
  const apply = (): void => {
    const size = labelFontSize(cy.zoom());
    if (size === applied || cy.destroyed()) return;
    applied = size;
    cy.batch(() => {
      entities().style(labelStyle(size));
    });
  };
  // An entity the overview adds later gets the size in force.
  const onAdd = (event: EventObject): void => {
    const added = event.target as NodeSingular;
    if (applied !== LABEL_FONT_SIZE && graph.nodes.has(added.id())) added.style(labelStyle(applied));
  };
  apply();
  cy.on('zoom', apply);
  cy.on('add', 'node', onAdd);
  return () => {
    cy.off('zoom', apply);
    cy.off('add', 'node', onAdd);
  };
}
