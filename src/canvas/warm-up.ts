import type { Core } from 'cytoscape';

/** Elements whose rendered style is computed per task: a few milliseconds each, even on a slow phone. */
const PER_TASK = 8;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Computes the elements' rendered style (label sizes, edge routes), a few elements per task, before
 * the first fit and frame. Done all at once, by the fit, it is one long task of cold code (about a
 * quarter of a second for the bundled graph here); no frame is drawn meanwhile, since an unfitted
 * frame would be thrown away.
 */
export async function warmRenderedStyle(cy: Core): Promise<void> {
  cy.startBatch();
  try {
    for (const group of [cy.nodes(), cy.edges()]) {
      for (let start = 0; start < group.length; start += PER_TASK) {
        await nextTask();
        if (cy.destroyed()) return;
        group.slice(start, start + PER_TASK).boundingBox({});
      }
    }
    await nextTask();
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
}
