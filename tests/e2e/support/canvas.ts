import type { Page } from 'playwright-core';

/** Where a node is drawn, in page pixels: its rendered position plus the canvas's offset. */
export async function nodeOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((nodeId) => {
    const cy = window.cy;
    if (!cy) throw new Error('no window.cy');
    const node = cy.getElementById(nodeId);
    if (node.empty()) throw new Error(`no node ${nodeId} on the canvas`);
    const rendered = node.renderedPosition();
    const box = cy.container()?.getBoundingClientRect();
    return { x: rendered.x + (box?.left ?? 0), y: rendered.y + (box?.top ?? 0) };
  }, id);
  return point;
}

/** Clicks a node where it is drawn, as a person would. */
export async function clickNode(page: Page, id: string): Promise<void> {
  await waitForCameraToRest(page);
  const { x, y } = await nodeOnScreen(page, id);
  await page.mouse.click(x, y);
}

/** Drags a node by (dx, dy) screen pixels in small steps. */
export async function dragNode(page: Page, id: string, dx: number, dy: number): Promise<void> {
  await waitForCameraToRest(page);
  const { x, y } = await nodeOnScreen(page, id);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
  await page.mouse.move(x + dx, y + dy, { steps: 5 });
  await page.mouse.up();
}

/** Clicks an empty spot of the canvas (its top-left corner area). */
export async function clickBackground(page: Page): Promise<void> {
  const box = await page.locator('.graph-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.click(box.x + 8, box.y + 8);
}

/** Zooms with the mouse wheel at the canvas centre. */
export async function wheelZoom(page: Page, deltaY: number): Promise<void> {
  const box = await page.locator('.graph-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, deltaY);
}

/** Waits until nothing moves: no layout being computed in the worker (it would move every node) and no camera animation. */
export async function waitForCameraToRest(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      window.cy !== undefined &&
      !window.cy.animated() &&
      document.querySelector('.graph-canvas')?.getAttribute('data-layout') !== 'running',
  );
}

export interface CanvasSnapshot {
  readonly visible: string[];
  readonly selected: string[];
  readonly positions: Record<string, { x: number; y: number }>;
  readonly zoom: number;
  /** The model point at the centre of the canvas. */
  readonly centre: { x: number; y: number };
}

/** What the canvas shows, read through window.cy. */
export async function canvasSnapshot(page: Page): Promise<CanvasSnapshot> {
  await waitForCameraToRest(page);
  return page.evaluate(() => {
    const cy = window.cy;
    if (!cy) throw new Error('no window.cy');
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((node) => {
      positions[node.id()] = { ...node.position() };
    });
    const zoom = cy.zoom();
    const pan = cy.pan();
    return {
      visible: cy
        .nodes(':visible')
        .map((node) => node.id())
        .sort(),
      selected: cy.nodes(':selected').map((node) => node.id()),
      positions,
      zoom,
      centre: { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom },
    };
  });
}

/** Whether a node is visible on the canvas. */
export function isNodeVisible(page: Page, id: string): Promise<boolean> {
  return page.evaluate((nodeId) => window.cy?.getElementById(nodeId).visible() ?? false, id);
}
