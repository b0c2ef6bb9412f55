import type { Core, NodeSingular } from 'cytoscape';
import { sameCamera, type Camera } from '../view/view-state.ts';
import type { ViewAction } from '../view/view-actions.ts';
import { readCamera } from './camera.ts';

export interface GestureHooks {
  dispatch(action: ViewAction): void;
  /** The camera the canvas last synced with the store; user moves that end elsewhere are reported. */
  knownCamera(): Camera | null;
  setKnownCamera(camera: Camera): void;
}

/** How long the camera must rest before a pan or zoom is written to the link (at most ~4 writes/s). */
export const CAMERA_SETTLE_MS = 250;

/**
 * Turns drags, pans and zooms into store actions (taps select through Cytoscape's own selection,
 * see selection.ts). Returns a function that stops listening.
 */
export function installGestures(cy: Core, hooks: GestureHooks): () => void {
  cy.on('dragfree', 'node', (event) => {
    const node = event.target as NodeSingular;
    hooks.dispatch({ type: 'moveNode', node: node.id(), position: node.position() });
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  cy.on('viewport', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (cy.destroyed() || cy.animated()) return;
      const camera = readCamera(cy);
      if (sameCamera(hooks.knownCamera(), camera)) return;
      hooks.setKnownCamera(camera);
      hooks.dispatch({ type: 'setCamera', camera });
    }, CAMERA_SETTLE_MS);
  });
  return () => clearTimeout(timer);
}
