import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { noChromium, openPage, sharedBrowser } from './support/browser.ts';
import { nodeOnScreen, waitForCameraToRest } from './support/canvas.ts';
import { openGuardedPage } from './support/guarded-page.ts';

const PHONE = { width: 360, height: 740 };
const TOUCH = { hasTouch: true, isMobile: true };

/** Counts viewport changes made while Cytoscape animates the camera, from now on. */
async function countAnimatedFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const cy = window.cy;
    if (!cy) throw new Error('no window.cy');
    Object.assign(window, { animatedFrames: 0 });
    cy.on('viewport', () => {
      if (cy.animated()) (window as unknown as { animatedFrames: number }).animatedFrames++;
    });
  });
}

function animatedFrames(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { animatedFrames: number }).animatedFrames);
}

/** Chooses an entity with search, which centres the camera on it. */
async function searchAndChoose(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Search' }).fill(label);
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
  await page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2, name: label }).waitFor();
  await waitForCameraToRest(page);
}

/** Two fingers at the canvas centre moving apart. */
async function pinchOut(page: Page): Promise<void> {
  const box = await page.locator('.graph-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cdp = await page.context().newCDPSession(page);
  const fingers = (apart: number) => [
    { x: x - apart, y, id: 0 },
    { x: x + apart, y, id: 1 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
  for (let step = 1; step <= 10; step++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(20 + step * 8) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

describe.skipIf(noChromium)('phones: 360 × 740, touch', () => {
  const browser = sharedBrowser();

  it('gives the canvas at least 320 × 320 px, never scrolls sideways, keeps labels readable; a tap selects, a pinch zooms', async () => {
    const { page, context, errors } = await openPage(browser(), '', PHONE, 'graph', TOUCH);
    const box = await page.locator('.graph-canvas').boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(320);
    expect(box?.height).toBeGreaterThanOrEqual(320);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    // The whole graph fitted to a phone is small; its labels are still drawn at 11 px or more on screen.
    const smallestLabel = await page.evaluate(() => {
      const cy = window.cy;
      if (!cy) throw new Error('no window.cy');
      const sizes = cy.nodes(':visible').map((node) => parseFloat(String(node.style('font-size'))) * cy.zoom());
      return Math.min(...sizes);
    });
    expect(smallestLabel).toBeGreaterThanOrEqual(11);

    await waitForCameraToRest(page);
    const { x, y } = await nodeOnScreen(page, 'lei-jun');
    await page.touchscreen.tap(x, y);
    await page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2, name: 'Lei Jun' }).waitFor();
    expect(await page.evaluate(() => window.cy?.$(':selected').map((node) => node.id()))).toEqual(['lei-jun']);
    expect(page.url()).toContain('node=lei-jun');
    // Two fingers spread apart zoom in (touch events as the phone sends them, through the DevTools protocol).
    await waitForCameraToRest(page);
    const before = await page.evaluate(() => window.cy?.zoom() ?? NaN);
    await pinchOut(page);
    await expect.poll(() => page.evaluate(() => window.cy?.zoom() ?? NaN)).toBeGreaterThan(before * 1.5);
    await page.waitForFunction(() => /[#&]view=/.test(location.hash));
    // With a person's details shown, still nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(widths.client);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('honours prefers-reduced-motion: the camera jumps where it would glide', async () => {
    // Without the preference the camera glides to a chosen entity (so the check below can fail) ...
    const moving = await openPage(browser(), '', PHONE, 'graph', TOUCH);
    await countAnimatedFrames(moving.page);
    await searchAndChoose(moving.page, 'Wang Bin');
    expect(await animatedFrames(moving.page)).toBeGreaterThan(0);
    await moving.context.close();

    // ... and with it, the same step moves the camera in one jump.
    const { page, context, errors } = await openGuardedPage(browser(), '', {
      viewport: PHONE,
      ...TOUCH,
      reducedMotion: 'reduce',
    });
    await countAnimatedFrames(page);
    const before = await page.evaluate(() => window.cy?.pan());
    await searchAndChoose(page, 'Wang Bin');
    expect(await page.evaluate(() => window.cy?.pan())).not.toEqual(before);
    expect(await animatedFrames(page)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
