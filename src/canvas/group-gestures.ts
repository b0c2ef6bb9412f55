import type { Core, NodeSingular } from 'cytoscape';
import type { ViewAction } from '../view/view-actions.ts';
import { roundCamera, ZOOM_MAX, ZOOM_MIN, type Camera } from '../view/view-state.ts';
import { moveCamera } from './camera.ts';
import { CAMERA_SETTLE_MS } from './gestures.ts';
import { GROUP_CLASSES } from './group-elements.ts';
import { CLASSES } from './stylesheet.ts';

/** A closed group this much of the canvas across, under its centre, has been zoomed into: it opens. */
const OPEN_AT_SHARE = 0.6;

/** The camera that shows a bubble filling most of the canvas, centred. */
function cameraOnto(cy: Core, node: NodeSingular): Camera {
  const size = Math.max(node.width(), node.height(), 1);
  const zoom = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, (0.9 * Math.min(cy.width(), cy.height())) / size));
  return roundCamera({ zoom, ...node.position() });
}

/**
 * The overview's gestures: a tap on a group's bubble opens it and brings it into view (the camera
 * moves onto it, as a drill-down does); zooming in until a bubble under the centre of the canvas
 * fills most of it opens it too. Opening is one step (`openGroup`), so the link records it and Back
 * closes it; the camera move updates that step. Returns a function that stops listening.
 */
export function installGroupGestures(
  cy: Core,
  dispatch: (action: ViewAction) => void,
  setKnownCamera: (camera: Camera) => void,
): () => void {
  const open = (node: NodeSingular): void => {
    const group: unknown = node.data('group');
    if (typeof group === 'string') dispatch({ type: 'openGroup', group });
  };
  cy.on('tap', `node.${GROUP_CLASSES.bubble}`, (event) => {
    const node = event.target as NodeSingular;
    const camera = cameraOnto(cy, node);
    open(node);
    setKnownCamera(camera);
    moveCamera(cy, camera, true);
    dispatch({ type: 'setCamera', camera });
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  cy.on('viewport', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (cy.destroyed() || cy.animated()) return;
      const centre = { x: cy.width() / 2, y: cy.height() / 2 };
      const needed = OPEN_AT_SHARE * Math.min(cy.width(), cy.height());
      const zoomedInto = cy.nodes(`.${GROUP_CLASSES.bubble}`).filter((node) => {
        if (node.hasClass(CLASSES.hidden)) return false;
        const box = node.renderedBoundingBox({ includeLabels: false });
        const inside = centre.x >= box.x1 && centre.x <= box.x2 && centre.y >= box.y1 && centre.y <= box.y2;
        return inside && box.w >= needed;
      });
      zoomedInto.forEach(open);
    }, CAMERA_SETTLE_MS);
  });
  return () => clearTimeout(timer);
}
