import type { Locator, Page } from 'playwright-core';

/** Node and edge counts of what the canvas holds (every element, shown or not). */
export function canvasCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.evaluate(() => ({ nodes: window.cy?.nodes().length ?? 0, edges: window.cy?.edges().length ?? 0 }));
}

/** The ids of the nodes on the canvas, sorted. */
export function canvasNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.cy?.nodes().map((node) => node.id()) ?? []).sort());
}

/** Waits until the canvas holds exactly these counts (a new graph drawn after an open). */
export async function waitForCounts(page: Page, nodes: number, edges: number): Promise<void> {
  await page.waitForFunction(
    ([n, e]) =>
      window.cy?.nodes().length === n &&
      window.cy.edges().length === e &&
      document.querySelector('[data-ready="true"]') !== null,
    [nodes, edges] as const,
  );
}

export function importReport(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Import report' });
}

/** Closes the import report if it is open. */
export async function closeReport(page: Page): Promise<void> {
  const report = importReport(page);
  if (await report.isVisible()) await report.getByRole('button', { name: 'Close' }).click();
}

/** Drops a file onto the page as a person would: a real `drop` event carrying a DataTransfer with the file. */
export async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName));
      const target = document.querySelector('.graph-canvas') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    [name, text] as const,
  );
}

/** Remembers the Cytoscape core on screen, so a test can tell a newly drawn graph from the old one. */
export async function markCanvas(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { markedCy?: unknown }).markedCy = window.cy;
  });
}

/** Waits for a graph other than the marked one to be drawn. */
export async function waitForNewCanvas(page: Page): Promise<void> {
  await page.waitForFunction(
    () => window.cy !== undefined && window.cy !== (window as unknown as { markedCy?: unknown }).markedCy,
  );
}

/** True when the marked graph is still the one drawn. */
export function sameCanvas(page: Page): Promise<boolean> {
  return page.evaluate(() => window.cy === (window as unknown as { markedCy?: unknown }).markedCy);
}
