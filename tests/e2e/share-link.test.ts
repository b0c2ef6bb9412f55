import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { noChromium, sharedBrowser, openPage } from './support/browser.ts';
import {
  canvasSnapshot,
  clickNode,
  dragNode,
  isNodeVisible,
  wheelZoom,
  type CanvasSnapshot,
} from './support/canvas.ts';

function organisations(page: Page) {
  return page.getByRole('group', { name: 'Organisations' });
}

async function checkedOrganisations(page: Page): Promise<string[]> {
  const boxes = organisations(page).getByRole('checkbox');
  const names: string[] = [];
  for (const box of await boxes.all()) {
    if (await box.isChecked())
      names.push((await box.getAttribute('aria-label')) ?? (await box.evaluate((el) => el.id)));
  }
  return names;
}

async function detailsHeading(page: Page): Promise<string | null> {
  const heading = page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 });
  return (await heading.count()) > 0 ? heading.first().textContent() : null;
}

function expectSamePicture(a: CanvasSnapshot, b: CanvasSnapshot): void {
  expect(b.selected).toEqual(a.selected);
  expect(b.visible).toEqual(a.visible);
  for (const [id, position] of Object.entries(a.positions)) {
    expect(Math.abs((b.positions[id]?.x ?? NaN) - position.x), `${id}.x`).toBeLessThanOrEqual(1);
    expect(Math.abs((b.positions[id]?.y ?? NaN) - position.y), `${id}.y`).toBeLessThanOrEqual(1);
  }
  expect(b.zoom).toBeCloseTo(a.zoom, 2);
  expect(Math.abs(b.centre.x - a.centre.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(b.centre.y - a.centre.y)).toBeLessThanOrEqual(1);
}

describe.skipIf(noChromium)('share: the link reproduces the view', () => {
  const browser = sharedBrowser();

  it('a view built through the UI opens identically in another window size; Back and Forward walk it', async () => {
    const { page, context, errors } = await openPage(browser(), '', { width: 1280, height: 800 });
    await clickNode(page, 'luan-jian');
    await page.waitForFunction(() => location.hash.includes('node=luan-jian'));
    await organisations(page).getByRole('checkbox', { name: 'Microsoft', exact: true }).check();
    await organisations(page).getByRole('checkbox', { name: 'Xiaomi', exact: true }).check();
    const beforeDrag = (await canvasSnapshot(page)).positions['wang-bin'];
    await dragNode(page, 'wang-bin', 60, 40);
    await wheelZoom(page, -300);
    await page.waitForFunction(() => location.hash.includes('pos=') && location.hash.includes('view='));
    const link = page.url();
    expect(link).toMatch(/node=luan-jian&orgs=microsoft,xiaomi&view=[^&]+&pos=wang-bin:-?\d+:-?\d+&graph=xiaomi-ai$/);
    const original = await canvasSnapshot(page);
    expect(original.positions['wang-bin']).not.toEqual(beforeDrag);

    const other = await openPage(browser(), new URL(link).hash, { width: 1000, height: 700 });
    const reopened = await canvasSnapshot(other.page);
    expectSamePicture(original, reopened);
    expect(await checkedOrganisations(other.page)).toEqual(await checkedOrganisations(page));
    expect(await detailsHeading(other.page)).toBe('Luan Jian');
    expect(other.errors).toEqual([]);
    await other.context.close();

    // Entries: default, +Luan Jian, +Microsoft, +Xiaomi (drag and zoom replaced the last one).
    await page.goBack();
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('orgs='));
    expect(page.url()).toContain('node=luan-jian');
    await page.waitForFunction(() => window.cy?.getElementById('lei-jun').visible() === true, undefined, {
      timeout: 5000,
    });
    expect(await checkedOrganisations(page)).toEqual([]);
    await page.goForward();
    await page.waitForFunction(() => location.hash.includes('orgs=microsoft&'));
    // The canvas follows the address within a frame or two; wait for it rather than race it.
    await page.waitForFunction(() => window.cy?.getElementById('lei-jun').visible() === false, undefined, {
      timeout: 5000,
    });
    expect(await isNodeVisible(page, 'luan-jian')).toBe(true);
    expect((await canvasSnapshot(page)).positions['wang-bin']).toEqual(beforeDrag);
    expect(await detailsHeading(page)).toBe('Luan Jian');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resizing the window keeps the linked point centred at the same zoom', async () => {
    const { page, context } = await openPage(browser(), '#v=1&view=1.5,300,200&graph=xiaomi-ai', {
      width: 1280,
      height: 800,
    });
    const before = await canvasSnapshot(page);
    expect(before.zoom).toBeCloseTo(1.5, 3);
    await page.setViewportSize({ width: 1000, height: 640 });
    await page.waitForFunction(() => (window.cy?.width() ?? 0) < 500);
    const after = await canvasSnapshot(page);
    expect(after.zoom).toBeCloseTo(1.5, 3);
    expect(Math.abs(after.centre.x - 300)).toBeLessThanOrEqual(1);
    expect(Math.abs(after.centre.y - 200)).toBeLessThanOrEqual(1);
    await context.close();
  });

  it('Undo and Redo buttons walk the same history', async () => {
    const { page, context } = await openPage(browser());
    const undo = page.getByRole('button', { name: 'Undo' });
    const redo = page.getByRole('button', { name: 'Redo' });
    expect(await undo.isDisabled()).toBe(true);
    await clickNode(page, 'wang-bin');
    await page.waitForFunction(() => location.hash.includes('node=wang-bin'));
    await undo.click();
    await page.waitForFunction(() => !location.hash.includes('node=') && window.cy?.nodes(':selected').length === 0);
    expect((await canvasSnapshot(page)).selected).toEqual([]);
    await redo.click();
    await page.waitForFunction(
      () => location.hash.includes('node=wang-bin') && window.cy?.nodes(':selected').length === 1,
    );
    expect((await canvasSnapshot(page)).selected).toEqual(['wang-bin']);
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => !location.hash.includes('node='));
    await context.close();
  });

  it('a link with junk parameters opens with a notice and no console error', async () => {
    const { page, context, errors } = await openPage(
      browser(),
      '#v=1&node=wang-bn&orgs=microsoft,nope&focus=abc&zoom=3&graph=xiaomi-ai',
    );
    const status = page.getByRole('status').filter({ hasText: 'wang-bn' });
    await status.waitFor();
    expect(await status.textContent()).toContain('The link mentions "wang-bn", which is not in this graph');
    expect(await checkedOrganisations(page)).toHaveLength(1);
    expect((await canvasSnapshot(page)).selected).toEqual([]);
    expect(page.url()).toMatch(/#v=1&orgs=microsoft&graph=xiaomi-ai$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Copy link puts the address on the clipboard and says so', async () => {
    const { page, context } = await openPage(browser(), '#v=1&node=lei-jun&graph=xiaomi-ai');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    await context.close();
  });
});
