import type { Core, SingularElementArgument } from 'cytoscape';
import { inSlices, nextTask } from './time-slices.ts';

/**
 * Up to this many elements the first picture is prepared ahead; a larger drawing (lean, or the
 * overview's) is left to the first frame, where preparing every element would cost more than it saves.
 */
export const PREPARED_UP_TO = 1000;
/** Cytoscape's texture levels: below the least it does not scale further, above the most it draws directly. */
const LEAST_LEVEL = -4;
const MOST_LEVEL = 3;

/** The part of Cytoscape's canvas renderer the warm-up calls (not in its typings; checked before use). */
interface TextureDrawing {
  getPixelRatio(): number;
  drawCachedElement(
    context: CanvasRenderingContext2D,
    element: SingularElementArgument,
    pixelRatio: null,
    extent: null,
    level: number,
    highQuality: boolean,
  ): void;
}

function textureDrawing(cy: Core): TextureDrawing | undefined {
  const renderer = (cy as unknown as { renderer?: () => Partial<TextureDrawing> | undefined }).renderer?.();
  return typeof renderer?.drawCachedElement === 'function' && typeof renderer.getPixelRatio === 'function'
    ? (renderer as TextureDrawing)
    : undefined;
}

/** Draws each element's texture ahead, at the level the first frame will use, in short tasks. */
async function prepareTextures(cy: Core): Promise<void> {
  const drawing = textureDrawing(cy);
  const shown = cy.elements().filter((element) => element.visible());
  if (!drawing || shown.length > PREPARED_UP_TO) return;
  const level = Math.max(LEAST_LEVEL, Math.ceil(Math.log2(cy.zoom() * drawing.getPixelRatio())));
  const context = document.createElement('canvas').getContext('2d');
  if (!context || level > MOST_LEVEL) return;
  await inSlices(
    [...shown],
    (element) => drawing.drawCachedElement(context, element, null, null, level, true),
    () => cy.destroyed(),
  );
  layersLater(cy);
}

/**
 * Cytoscape's layered texture cache (the whole drawing in a few big textures, for smooth panning)
 * draws every layer inside the first frame, the first time it is asked for them. Past that first
 * time, it queues the layers and draws them a batch per frame, and meanwhile draws each element from
 * its own texture, which `prepareTextures` has just drawn: the same picture, in shorter tasks. Left
 * alone when the cache is not where this Cytoscape keeps it.
 */
function layersLater(cy: Core): void {
  const renderer = (
    cy as unknown as { renderer?: () => { data?: { lyrTxrCache?: { firstGet?: unknown } } } | undefined }
  ).renderer?.();
  const cache = renderer?.data?.lyrTxrCache;
  if (cache && typeof cache.firstGet === 'boolean') cache.firstGet = false;
}

/**
 * Prepares the first picture in short tasks, then lets Cytoscape draw it. Done at once, by the fit
 * and the first frame, it is two long tasks of cold code (about half a second for the bundled graph
 * here): the elements' rendered style (label sizes, edge routes) and their textures. So: the rendered
 * style in slices, then `drawFirst` (the first view, fitted), then each visible element's texture at
 * the level the first frame will use, in slices. Frames are held back meanwhile (`startBatch`: an
 * unfitted frame would be thrown away), except while `drawFirst` runs: Cytoscape applies no style
 * inside a batch, and the fit must measure what the first view adds and restyles. No frame can come
 * between (it is one task). Drawings of more than PREPARED_UP_TO elements, and a Cytoscape without
 * the renderer calls this needs, are drawn as before: all in the first frame.
 */
export async function prepareFirstPicture(cy: Core, drawFirst: () => void): Promise<void> {
  const elements = [...cy.nodes(), ...cy.edges()];
  if (elements.length <= PREPARED_UP_TO) {
    await holdingFrames(cy, async () => {
      await inSlices(
        elements,
        (element) => element.boundingBox({}),
        () => cy.destroyed(),
      );
      await nextTask();
    });
  }
  if (cy.destroyed()) return;
  drawFirst();
  await holdingFrames(cy, () => prepareTextures(cy));
}

/** Runs `work` with Cytoscape drawing no frame (nor applying style), and lets it draw again after. */
async function holdingFrames(cy: Core, work: () => Promise<void>): Promise<void> {
  cy.startBatch();
  try {
    await work();
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
}
