import type { Core } from 'cytoscape';
import { roundCamera, ZOOM_MAX, ZOOM_MIN, type Camera } from '../view/view-state.ts';
import { CLASSES } from './stylesheet.ts';

/**
 * The link stores a camera as zoom plus the model point at the centre of the canvas, not
 * Cytoscape's pan: the same link then centres the same point in a window of any size.
 */
export function readCamera(cy: Core): Camera {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return roundCamera({ zoom, x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom });
}

export function viewportFor(cy: Core, camera: Camera): { zoom: number; pan: { x: number; y: number } } {
  return {
    zoom: camera.zoom,
    pan: { x: cy.width() / 2 - camera.x * camera.zoom, y: cy.height() / 2 - camera.y * camera.zoom },
  };
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Moves the camera, animated unless the user asked for reduced motion. */
export function moveCamera(cy: Core, camera: Camera, animate: boolean): void {
  cy.stop(true, true);
  const target = viewportFor(cy, camera);
  if (animate && !prefersReducedMotion()) cy.animate({ ...target, duration: 300, easing: 'ease-in-out-cubic' });
  else cy.viewport(target);
}

/** Fits the visible elements, never closer than 1.6× (a small graph should not fill a big screen). */
export function fitVisible(cy: Core): void {
  cy.stop(true, true);
  // The hidden class, not ':visible', which would compute every element's style first.
  const visible = cy.elements().not(`.${CLASSES.hidden}`);
  if (visible.length === 0) {
    cy.viewport({ zoom: 1, pan: { x: cy.width() / 2, y: cy.height() / 2 } });
    return;
  }
  cy.fit(visible, 40);
  if (cy.zoom() > 1.6) cy.zoom({ level: 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  cy.zoom(Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, cy.zoom())));
}
