import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, noChromium, openPage, sharedBrowser, waitForGraph } from './support/browser.ts';
import { canvasNodeIds, markCanvas, sameCanvas } from './support/open-file.ts';

/**
 * Failures are made the honest way, from outside the app, with nothing in the bundle to help: the
 * test breaks the live Cytoscape core the page drew, or the network drops the canvas code or the
 * parse worker. Each time the explorer says what failed where it failed, the rest keeps working,
 * and the graph and view the user had stay (the link, the details, Back).
 */
function canvasFailure(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'The graph drawing could not be shown' });
}

function detailsHeading(page: Page, name: string): Promise<void> {
  return page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2, name }).waitFor();
}

function chooseInList(page: Page, label: string): Promise<void> {
  return page.getByRole('region', { name: 'Entities' }).getByRole('button', { name: label, exact: true }).click();
}

describe.skipIf(noChromium)('errors never lose work', () => {
  const browser = sharedBrowser();

  it('a canvas that breaks while following the view: its boundary says so, the view goes on, Try again redraws it', async () => {
    const { page, context } = await openPage(browser(), '#v=1&node=wang-bin&graph=xiaomi-ai');
    await page.evaluate(() => {
      const cy = window.cy;
      if (!cy) throw new Error('no window.cy');
      cy.batch = () => {
        throw new Error('the drawing broke');
      };
    });
    await chooseInList(page, 'Luan Jian');
    await canvasFailure(page).waitFor();
    expect(await canvasFailure(page).textContent()).toContain('the drawing broke');
    // The step was taken: the details and the link follow it, and the other panels still work.
    await detailsHeading(page, 'Luan Jian');
    expect(page.url()).toContain('node=luan-jian');
    await chooseInList(page, 'Lei Jun');
    await detailsHeading(page, 'Lei Jun');
    await page.getByRole('combobox', { name: 'Search' }).fill('Xiaomi');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
    await page.getByRole('combobox', { name: 'Search' }).fill('');

    await canvasFailure(page).getByRole('button', { name: 'Try again' }).click();
    await waitForGraph(page);
    expect(await page.evaluate(() => window.cy?.$(':selected').map((node) => node.id()))).toEqual(['lei-jun']);
    // Back still walks the steps taken while the canvas was down.
    await page.goBack();
    await detailsHeading(page, 'Luan Jian');
    await page.waitForFunction(() => window.cy?.$(':selected').id() === 'luan-jian');
    await context.close();
  });

  it('Reset view in a failed canvas returns to the default view of the same graph', async () => {
    const { page, context } = await openPage(browser(), '#v=1&node=wang-bin&focus=1&graph=xiaomi-ai');
    await page.evaluate(() => {
      const cy = window.cy;
      if (cy)
        cy.batch = () => {
          throw new Error('the drawing broke');
        };
    });
    await chooseInList(page, 'Luan Jian');
    await canvasFailure(page).getByRole('button', { name: 'Reset view' }).click();
    await waitForGraph(page);
    expect(page.url()).not.toContain('node=');
    expect(await page.evaluate(() => window.cy?.nodes(':visible').length)).toBe(
      await page.evaluate(() => window.cy?.nodes().length),
    );
    // One step: Back returns to the view the failure happened in.
    await page.goBack();
    await detailsHeading(page, 'Luan Jian');
    await context.close();
  });

  it('canvas code that fails to load: the panels work without it, and Try again loads it', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/assets/canvas-controller-*.js', (route) => route.abort('connectionreset'));
    const page = await context.newPage();
    await page.goto(baseUrl);
    await canvasFailure(page).waitFor();
    await chooseInList(page, 'Luan Jian');
    await detailsHeading(page, 'Luan Jian');
    expect(page.url()).toContain('node=luan-jian');
    await context.unroute('**/assets/canvas-controller-*.js');
    await canvasFailure(page).getByRole('button', { name: 'Try again' }).click();
    await waitForGraph(page);
    expect(await page.evaluate(() => window.cy?.$(':selected').map((node) => node.id()))).toEqual(['luan-jian']);
    await context.close();
  });

  it('a parse worker that fails to load: the file is not opened, the graph and view stay', async () => {
    const { page, context } = await openPage(browser(), '#v=1&node=wang-bin&graph=xiaomi-ai');
    await context.route('**/parse.worker-*.js', (route) => route.abort('connectionreset'));
    const before = { ids: await canvasNodeIds(page), url: page.url() };
    await markCanvas(page);
    await page
      .getByLabel('Open graph file')
      .setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from('Source,Target\nAnn,Bob\n') });
    await page.getByRole('status').filter({ hasText: 'Opening "people.csv" failed' }).waitFor();
    expect(await sameCanvas(page)).toBe(true);
    expect(await canvasNodeIds(page)).toEqual(before.ids);
    expect(page.url()).toBe(before.url);
    await detailsHeading(page, 'Wang Bin');
    await context.close();
  });
});
