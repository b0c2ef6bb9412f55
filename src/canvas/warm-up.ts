import type { Core, SingularElementArgument } from 'cytoscape';

/** Elements prepared per task: a few milliseconds each, even on a slow phone. */
const PER_TASK = 8;
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

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function inTasks(
  cy: Core,
  elements: readonly SingularElementArgument[],
  each: (element: SingularElementArgument) => void,
): Promise<void> {
  for (let start = 0; start < elements.length; start += PER_TASK) {
    await nextTask();
    if (cy.destroyed()) return;
    elements.slice(start, start + PER_TASK).forEach(each);
  }
}

function textureDrawing(cy: Core): TextureDrawing | undefined {
  const renderer = (cy as unknown as { renderer?: () => Partial<TextureDrawing> | undefined }).renderer?.();
  return typeof renderer?.drawCachedElement === 'function' && typeof renderer.getPixelRatio === 'function'
    ? (renderer as TextureDrawing)
    : undefined;
}

/**
 * Prepares the first picture in short tasks, then lets Cytoscape draw it. Done at once, by the fit
 * and the first frame, it is two long tasks of cold code (about half a second for the bundled graph
 * here): the elements' rendered style (label sizes, edge routes) and their textures. So: the rendered
 * style a few elements per task, then `drawFirst` (the first view, fitted), then each visible
 * element's texture at the level the first frame will use, a few per task. No frame is drawn
 * meanwhile (an unfitted one would be thrown away). Without the renderer calls it needs (another
 * Cytoscape), the textures are left to the first frame.
 */
export async function prepareFirstPicture(cy: Core, drawFirst: () => void): Promise<void> {
  cy.startBatch();
  try {
    await inTasks(cy, [...cy.nodes(), ...cy.edges()], (element) => element.boundingBox({}));
    if (cy.destroyed()) return;
    await nextTask();
    drawFirst();
    const drawing = textureDrawing(cy);
    if (!drawing) return;
    const level = Math.max(LEAST_LEVEL, Math.ceil(Math.log2(cy.zoom() * drawing.getPixelRatio())));
    const context = document.createElement('canvas').getContext('2d');
    if (!context || level > MOST_LEVEL) return;
    const shown = cy.elements().filter((element) => element.visible());
    await inTasks(cy, [...shown], (element) => drawing.drawCachedElement(context, element, null, null, level, true));
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
}
