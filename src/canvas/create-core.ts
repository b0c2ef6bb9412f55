import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { ZOOM_MAX, ZOOM_MIN } from '../view/view-state.ts';
import { nextTask } from './time-slices.ts';

export interface CoreOptions {
  /** The stylesheet, built when it is applied. */
  readonly style: () => StylesheetJson;
  /** The elements of a graph drawn whole, each with its position; undefined for the overview's empty start. */
  readonly elements: (() => ElementDefinition[]) | undefined;
  /** Large drawings: edges hidden and a texture shown while the camera moves. */
  readonly lean: boolean;
}

/**
 * The Cytoscape core the canvas draws in. For a graph drawn whole, creating the core, styling it and
 * adding the graph are three tasks, not one: cold code the first time, together about 100 ms at 4×
 * CPU on the bundled graph (a long task on a phone). The overview's core starts empty, styled as it
 * is created: its elements come with the first view.
 */
export async function createCore(container: HTMLElement, options: CoreOptions): Promise<Core> {
  const cy = cytoscape({
    container,
    ...(options.elements === undefined && { style: options.style() }),
    minZoom: ZOOM_MIN,
    maxZoom: ZOOM_MAX,
    // Cytoscape's selection is the app's: one entity at a time, never a box of them.
    boxSelectionEnabled: false,
    selectionType: 'single',
    hideEdgesOnViewport: options.lean,
    textureOnViewport: options.lean,
  });
  if (options.elements === undefined) return cy;
  await nextTask();
  cy.style(options.style());
  await nextTask();
  cy.add(options.elements());
  return cy;
}
