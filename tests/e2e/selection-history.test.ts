import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { noChromium, openPage, sharedBrowser } from './support/browser.ts';
import { canvasSnapshot, clickBackground, clickNode, nodeOnScreen, waitForCameraToRest } from './support/canvas.ts';
import { arrowTo } from './support/canvas-keyboard.ts';

/**
 * Every way of choosing an entity makes exactly one history step, leaves exactly that node
 * Cytoscape's `:selected`, and Back returns to the view before it, firing `unselect`.
 */

type Way = (page: Page, id: string, label: string) => Promise<void>;

const ways: Record<string, Way> = {
  'canvas click': (page, id) => clickNode(page, id),
  'search + Enter': async (page, _id, label) => {
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('');
    await search.blur();
    await page.keyboard.press('/');
    await page.keyboard.type(label);
    await page
      .getByRole('option', { name: new RegExp(label) })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
  },
  'entity list': (page, _id, label) =>
    page.getByRole('region', { name: 'Entities' }).getByRole('button', { name: label, exact: true }).click(),
  'keyboard (search, arrow keys, Enter)': async (page, _id, label) => {
    await page.getByRole('combobox', { name: 'Search' }).focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(label);
    await page
      .getByRole('option', { name: new RegExp(label) })
      .first()
      .waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  },
  'keyboard (entity list button, Enter)': async (page, _id, label) => {
    await page.getByRole('region', { name: 'Entities' }).getByRole('button', { name: label, exact: true }).focus();
    await page.keyboard.press('Enter');
  },
  'keyboard on the canvas (arrow keys, Enter)': async (page, id) => {
    await page.getByRole('application', { name: /^Graph drawing/ }).focus();
    await arrowTo(page, id);
    await page.keyboard.press('Enter');
  },
  'cy.$id(x).select() from the console': (page, id) =>
    page.evaluate((nodeId) => void window.cy?.$id(nodeId).select(), id),
};

/** Records Cytoscape's select/unselect events on the page, as a script or extension would see them. */
async function recordSelectionEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const events: string[] = [];
    Object.assign(window, { kgSelectionEvents: events });
    window.cy?.on('select unselect', (event) => {
      const target = event.target as { id(): string };
      events.push(`${event.type}:${target.id()}`);
    });
  });
}

function selectionEvents(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { kgSelectionEvents: string[] }).kgSelectionEvents.splice(0));
}

async function historyLength(page: Page): Promise<number> {
  // Camera writes after a centring replace the entry; wait them out so a stray push would show.
  await waitForCameraToRest(page);
  await page.waitForTimeout(400);
  return page.evaluate(() => history.length);
}

/** The explorer numbers the history entries it writes (history.state.kgIndex). */
async function entryIndex(page: Page): Promise<number> {
  await historyLength(page);
  return page.evaluate(() => (history.state as { kgIndex: number }).kgIndex);
}

async function selected(page: Page): Promise<string[]> {
  return (await canvasSnapshot(page)).selected;
}

async function detailsHeading(page: Page, label: string): Promise<void> {
  await page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2, name: label }).waitFor();
}

/** With nothing selected the panel shows the graph's overview, headed by the graph's title. */
async function noDetailsHeading(page: Page): Promise<void> {
  await detailsHeading(page, "Xiaomi's large-model team (April 2023)");
}

/** Chooses `id` one way and checks: one more entry, the link names it, exactly it is `:selected`. */
async function chooseOneStep(page: Page, way: Way, id: string, label: string): Promise<void> {
  const before = await historyLength(page);
  await way(page, id, label);
  await detailsHeading(page, label);
  await page.waitForFunction((nodeId) => location.hash.includes(`node=${nodeId}&`), id);
  expect(await historyLength(page)).toBe(before + 1);
  expect(await selected(page)).toEqual([id]);
}

async function back(page: Page): Promise<void> {
  const hash = await page.evaluate(() => location.hash);
  await page.goBack();
  await page.waitForFunction((previous) => location.hash !== previous, hash);
}

describe.skipIf(noChromium)('selection: every way of choosing is one step, and Cytoscape’s own', () => {
  const browser = sharedBrowser();

  for (const [name, way] of Object.entries(ways)) {
    it(`${name}: one step per choice; Back returns to the previous selection, then to none`, async () => {
      const { page, context, errors } = await openPage(browser());
      await recordSelectionEvents(page);
      expect(await selected(page)).toEqual([]);
      await chooseOneStep(page, way, 'wang-bin', 'Wang Bin');
      await chooseOneStep(page, way, 'luan-jian', 'Luan Jian');
      // A script's select() adds to the selection; the app then unselects the old node (the order differs).
      expect((await selectionEvents(page)).sort()).toEqual([
        'select:luan-jian',
        'select:wang-bin',
        'unselect:wang-bin',
      ]);

      await back(page);
      await detailsHeading(page, 'Wang Bin');
      expect(await selected(page)).toEqual(['wang-bin']);
      expect((await selectionEvents(page)).sort()).toEqual(['select:wang-bin', 'unselect:luan-jian']);

      await back(page);
      await noDetailsHeading(page);
      expect(page.url()).not.toContain('node=');
      expect(await selected(page)).toEqual([]);
      expect(await selectionEvents(page)).toEqual(['unselect:wang-bin']);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('a name in the details panel: one step; Back returns to the entity it was read from', async () => {
    const { page, context } = await openPage(browser());
    await recordSelectionEvents(page);
    await chooseOneStep(page, ways['canvas click'] as Way, 'luan-jian', 'Luan Jian');
    const panelName: Way = (p, _id, label) =>
      p.getByRole('region', { name: 'Details' }).getByRole('button', { name: label, exact: true }).first().click();
    await chooseOneStep(page, panelName, 'wang-bin', 'Wang Bin');
    await selectionEvents(page);
    await back(page);
    await detailsHeading(page, 'Luan Jian');
    expect(await selected(page)).toEqual(['luan-jian']);
    expect(await selectionEvents(page)).toEqual(['unselect:wang-bin', 'select:luan-jian']);
    await context.close();
  });

  it('a tap on a touch screen: one step; Back returns to none', async () => {
    const { page, context } = await openPage(browser(), '', { width: 412, height: 860 }, 'graph', {
      hasTouch: true,
      isMobile: true,
    });
    await recordSelectionEvents(page);
    const tap: Way = async (p, id) => {
      await waitForCameraToRest(p);
      const { x, y } = await nodeOnScreen(p, id);
      await p.touchscreen.tap(x, y);
    };
    await chooseOneStep(page, tap, 'lei-jun', 'Lei Jun');
    await back(page);
    await noDetailsHeading(page);
    expect(await selected(page)).toEqual([]);
    expect(await selectionEvents(page)).toEqual(['select:lei-jun', 'unselect:lei-jun']);
    await context.close();
  });

  it('clearing (Escape, the empty canvas, unselect() from the console) is one step; Back restores the selection', async () => {
    const { page, context } = await openPage(browser(), '#v=1&node=wang-bin&graph=xiaomi-ai');
    expect(await selected(page)).toEqual(['wang-bin']);
    const clears: Array<(p: Page) => Promise<unknown>> = [
      (p) => p.keyboard.press('Escape'),
      (p) => clickBackground(p),
      (p) => p.evaluate(() => void window.cy?.$id('wang-bin').unselect()),
    ];
    for (const clear of clears) {
      // After a Back the entry ahead is replaced, so count the explorer's own entry index, not history.length.
      const before = await entryIndex(page);
      await clear(page);
      await noDetailsHeading(page);
      expect(await entryIndex(page)).toBe(before + 1);
      expect(await selected(page)).toEqual([]);
      await back(page);
      await detailsHeading(page, 'Wang Bin');
      expect(await selected(page)).toEqual(['wang-bin']);
    }
    await context.close();
  });

  it('a script selecting several nodes, or an edge, still leaves exactly one entity selected', async () => {
    const { page, context } = await openPage(browser());
    await page.evaluate(() => void window.cy?.nodes().select());
    await page.waitForFunction(() => location.hash.includes('node='));
    const chosen = await selected(page);
    expect(chosen).toHaveLength(1);
    await page.evaluate(() => void window.cy?.edges().select());
    expect(await page.evaluate(() => window.cy?.$(':selected').map((element) => element.id()))).toEqual(chosen);
    await context.close();
  });
});
