import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { noChromium, openPage, sharedBrowser } from './support/browser.ts';
import { waitForCameraToRest } from './support/canvas.ts';
import { arrowTo } from './support/canvas-keyboard.ts';

interface Focused {
  readonly text: string;
  readonly tag: string;
  readonly role: string | null;
  readonly inDetails: boolean;
  /** The focus indicator drawn: outline width in px (WCAG 2.4.7). */
  readonly outline: number;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement)) return { text: '', tag: '', role: null, inDetails: false, outline: 0 };
    const style = getComputedStyle(element);
    return {
      text: element.textContent.trim(),
      tag: element.tagName,
      role: element.getAttribute('role'),
      inDetails: element.closest('[aria-label="Details"]') !== null,
      outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
    };
  });
}

/** Presses `key` (Tab or Shift+Tab) until the focused element is what `wanted` says; fails after 200. */
async function tabUntil(page: Page, key: 'Tab' | 'Shift+Tab', wanted: (element: Focused) => boolean): Promise<Focused> {
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press(key);
    const element = await focused(page);
    if (wanted(element)) return element;
  }
  throw new Error(`${key} never reached the element wanted`);
}

function detailsHeading(page: Page, name: string): Promise<void> {
  return page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2, name }).waitFor();
}

/**
 * A keyboard user, no mouse: search finds a person, the details panel leads to their organisation, and
 * the Undo button (reached with the Tab key) goes back, step by step. Every focus on the way is visible.
 */
describe.skipIf(noChromium)('keyboard only', () => {
  const browser = sharedBrowser();

  it('search → person → organisation → back, each step in the link, the focus always visible', async () => {
    const { page, context, errors } = await openPage(browser());
    await page.keyboard.press('/');
    await page.keyboard.type('Luan');
    await page
      .getByRole('option', { name: /Luan Jian/ })
      .first()
      .waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await detailsHeading(page, 'Luan Jian');
    await page.waitForFunction(() => location.hash.includes('node=luan-jian'));

    const organisation = await tabUntil(
      page,
      'Tab',
      (element) => element.inDetails && element.tag === 'BUTTON' && element.text === 'Large-Scale Model Team',
    );
    expect(organisation.outline, 'focus indicator on the organisation').toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await detailsHeading(page, 'Large-Scale Model Team');
    await page.waitForFunction(() => location.hash.includes('node=large-model-team'));

    // Back with the explorer's Undo button, reached from the details panel with Shift+Tab. (Alt+Left is the
    // browser's own key, handled by its window, which a headless browser does not have.)
    const undo = await tabUntil(page, 'Shift+Tab', (element) => element.tag === 'BUTTON' && element.text === 'Undo');
    expect(undo.outline, 'focus indicator on Undo').toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await detailsHeading(page, 'Luan Jian');
    await page.waitForFunction(() => location.hash.includes('node=luan-jian'));
    // Enter again on the same button: back to the start.
    await page.keyboard.press('Enter');
    await detailsHeading(page, "Xiaomi's large-model team (April 2023)");
    expect(page.url()).not.toContain('node=');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reaches the canvas with Tab: arrows move an announced focus ring, Enter selects, + and − zoom', async () => {
    const { page, context, errors } = await openPage(browser());
    const canvas = await tabUntil(page, 'Tab', (element) => element.role === 'application');
    expect(canvas.outline, 'focus indicator on the canvas').toBeGreaterThanOrEqual(2);
    const announcer = page.locator('.canvas-announcer');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => announcer.textContent()).toMatch(/^.+, [A-Z][a-z]+, \d+ relations?$/);
    await arrowTo(page, 'wang-bin');
    expect(await announcer.textContent()).toMatch(/^Wang Bin, Person, \d+ relations?$/);
    await page.keyboard.press('Enter');
    await detailsHeading(page, 'Wang Bin');
    await expect.poll(() => announcer.textContent()).toMatch(/, selected$/);
    const zoom = (): Promise<number> => page.evaluate(() => window.cy?.zoom() ?? NaN);
    await waitForCameraToRest(page);
    const before = await zoom();
    await page.keyboard.press('+');
    await expect.poll(zoom).toBeGreaterThan(before);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(zoom).toBeLessThan(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});
