import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { noChromium, openPage, sharedBrowser, sparqlEndpoint } from './support/browser.ts';
import { canvasSnapshot, clickNode } from './support/canvas.ts';

const EX = 'http://kg.example/id/';
const enc = (text: string): string => encodeURIComponent(text);
const link = (params: string): string => `#v=1&${params}&graph=${enc(`sparql:${sparqlEndpoint}`)}`;

async function nodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cy?.nodes().map((node) => node.id()) ?? []);
}

function waitForNode(page: Page, id: string): Promise<unknown> {
  return page.waitForFunction((nodeId) => window.cy?.getElementById(nodeId).nonempty() === true, id);
}

function details(page: Page) {
  return page.getByRole('region', { name: 'Details' });
}

/** Console errors other than the browser's own line for a refused connection (the test makes that happen). */
const pageErrors = (errors: readonly string[]): string[] =>
  errors.filter((text) => !text.startsWith('Failed to load resource'));

describe.skipIf(noChromium || sparqlEndpoint === '')(
  'a live SPARQL endpoint (Virtuoso), a neighbourhood at a time',
  () => {
    const browser = sharedBrowser();

    it('opens node= with its neighbourhood both ways, roles dated, the organisations in the filter', async () => {
      const { page, context, errors } = await openPage(browser(), link(`node=${enc(`${EX}luan-jian`)}`));
      const ids = await nodeIds(page);
      // Out (reports to), in (memberships point at him), through memberships (the organisations).
      expect(ids).toEqual(
        expect.arrayContaining([`${EX}luan-jian`, `${EX}wang-bin`, `${EX}large-model-team`, `${EX}microsoft-xiaoice`]),
      );
      expect(ids).not.toContain(`${EX}xiaomi`);
      await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Luan Jian');
      await expect.poll(() => details(page).textContent()).toContain('since 14 April 2023');
      const organisations = page.getByRole('group', { name: 'Organisations' });
      for (const name of ['Large-Scale Model Team', 'Microsoft Xiaoice', 'Toshiba Research Institute'])
        await expect.poll(() => organisations.getByRole('checkbox', { name, exact: true }).count()).toBe(1);
      // The link records what is loaded, so it reloads the same subgraph.
      expect(decodeURIComponent(page.url())).toContain(`expand=${EX}luan-jian`);
      expect(pageErrors(errors)).toEqual([]);
      await context.close();
    });

    it('Expand loads another neighbourhood as one history step; nothing drawn moves; the link reloads it', async () => {
      const { page, context, errors } = await openPage(browser(), link(`node=${enc(`${EX}luan-jian`)}`));
      const before = await canvasSnapshot(page);
      await clickNode(page, `${EX}wang-bin`);
      await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Wang Bin');
      await details(page).getByRole('button', { name: 'Expand' }).click();
      await waitForNode(page, `${EX}ai-lab`);
      await expect.poll(() => details(page).getByRole('button', { name: 'Expanded' }).isDisabled()).toBe(true);
      await page.waitForFunction(() => location.hash.includes('expand='));
      const expanded = await canvasSnapshot(page);
      for (const [id, position] of Object.entries(before.positions))
        expect(expanded.positions[id], id).toEqual(position);
      expect(Object.keys(expanded.positions).length).toBeGreaterThan(Object.keys(before.positions).length);
      const url = page.url();
      expect(url).toContain(`expand=${enc(`${EX}luan-jian`)},${enc(`${EX}wang-bin`)}`);

      // A fresh browser context opens the same subgraph, with the same positions.
      const other = await openPage(browser(), url.slice(url.indexOf('#')), { width: 1000, height: 700 });
      await waitForNode(other.page, `${EX}ai-lab`);
      const reopened = await canvasSnapshot(other.page);
      expect(Object.keys(reopened.positions).sort()).toEqual(Object.keys(expanded.positions).sort());
      for (const [id, position] of Object.entries(expanded.positions))
        expect(reopened.positions[id], id).toEqual(position);
      expect(reopened.selected).toEqual([`${EX}wang-bin`]);
      await other.context.close();

      // Back undoes the expansion: its entities leave, the rest stays where it was.
      await page.goBack();
      await page.waitForFunction((id) => window.cy?.getElementById(id).empty() === true, `${EX}ai-lab`);
      expect((await canvasSnapshot(page)).positions[`${EX}luan-jian`]).toEqual(before.positions[`${EX}luan-jian`]);
      expect(pageErrors(errors)).toEqual([]);
      await context.close();
    });

    it('search asks the endpoint and reaches an entity not loaded yet, which opens with its neighbourhood', async () => {
      const { page, context, errors } = await openPage(browser(), link(`node=${enc(`${EX}luan-jian`)}`));
      const search = page.getByRole('combobox', { name: 'Search' });
      await search.fill('nadel');
      const option = page.getByRole('option', { name: /Satya Nadella.*not loaded yet/ });
      await option.click();
      await waitForNode(page, `${EX}satya-nadella`);
      await waitForNode(page, `${EX}microsoft`);
      await expect.poll(() => details(page).getByRole('heading', { level: 2 }).textContent()).toBe('Satya Nadella');
      await expect
        .poll(() => page.evaluate(() => window.cy?.$(':selected').map((n) => n.id())))
        .toEqual([`${EX}satya-nadella`]);
      expect(decodeURIComponent(page.url())).toContain(`expand=${EX}luan-jian,${EX}satya-nadella`);
      expect(pageErrors(errors)).toEqual([]);
      await context.close();
    });

    it('a link without node= opens the endpoint empty, and search is the way in', async () => {
      const { page, context } = await openPage(browser(), link('v=1'), undefined, 'nothing');
      await expect
        .poll(() => page.getByRole('status').allTextContents())
        .toContainEqual(expect.stringContaining('Search for a name to start exploring'));
      await page.getByRole('combobox', { name: 'Search' }).fill('Harry');
      await page.getByRole('option', { name: /Harry Shum/ }).click();
      await waitForNode(page, `${EX}microsoft`);
      await expect.poll(() => details(page).textContent()).toContain('Executive Vice President');
      await context.close();
    });

    it('Open endpoint… beside the file input opens it at a start entity, as one history step', async () => {
      const { page, context, errors } = await openPage(browser(), '#v=1&graph=xiaomi-ai');
      await page.getByRole('button', { name: 'Open endpoint…' }).click();
      await page.getByRole('textbox', { name: 'SPARQL endpoint' }).fill(sparqlEndpoint);
      await page.getByRole('textbox', { name: 'Start from (IRI, optional)' }).fill(`${EX}xiaomi`);
      await page.getByRole('button', { name: 'Open', exact: true }).click();
      await waitForNode(page, `${EX}lei-jun`);
      expect(decodeURIComponent(page.url())).toContain(`expand=${EX}xiaomi&graph=sparql:${sparqlEndpoint}`);
      await page.goBack();
      await waitForNode(page, 'luan-jian');
      expect(pageErrors(errors)).toEqual([]);
      await context.close();
    });

    it('a dead endpoint gives a message naming it and what to try, and no page error', async () => {
      const dead = 'http://127.0.0.1:9/sparql';
      const { page, context, errors } = await openPage(
        browser(),
        `#v=1&node=${enc(`${EX}luan-jian`)}&graph=${enc(`sparql:${dead}`)}`,
        undefined,
        'nothing',
      );
      const alert = page.getByText(/127\.0\.0\.1:9\/sparql could not be reached/);
      await alert.first().waitFor();
      expect(await page.locator('body').textContent()).toMatch(/CORS/);
      expect(pageErrors(errors)).toEqual([]);
      await context.close();
    });
  },
);
