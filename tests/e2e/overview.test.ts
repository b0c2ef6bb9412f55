import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/synthetic-graph.ts';
import { encodeLinkId } from '../../src/view/link/link-encoding.ts';
import { baseUrl, generatedUrl, noChromium, openPage, sharedBrowser, waitForGraph } from './support/browser.ts';
import { canvasSnapshot, clickNode, waitForCameraToRest } from './support/canvas.ts';
import { dropFile } from './support/open-file.ts';

const LARGE = 20000;
const file = syntheticGraph({ id: `synthetic-${LARGE}`, nodes: LARGE, seed: LARGE });
const labelOf = (id: string): string => file.nodes.find((node) => node.id === id)?.label ?? id;
const link = (nodes: number, extra = ''): string =>
  `#v=1${extra}&graph=${encodeLinkId(`${generatedUrl}synthetic-${nodes}.json`)}`;

/** The canvas ids of the group bubbles drawn, with the group each stands for. */
function bubbles(page: Page): Promise<Array<{ id: string; group: string; label: string }>> {
  return page.evaluate(() =>
    (window.cy?.nodes('.kg-group:visible') ?? []).map((node) => ({
      id: node.id(),
      group: String(node.data('group')),
      label: String(node.data('label')),
    })),
  );
}

async function openBubble(page: Page, group: string): Promise<void> {
  const bubble = (await bubbles(page)).find((candidate) => candidate.group === group);
  if (!bubble) throw new Error(`no bubble for ${group}`);
  await clickNode(page, bubble.id);
  await page.waitForFunction(
    (key) => new URLSearchParams(location.hash.slice(1)).get('open')?.split(',').includes(key),
    group,
  );
  await waitForCameraToRest(page);
}

function selected(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cy?.$(':selected').map((node) => node.id()) ?? []);
}

describe.skipIf(noChromium)(`overview first: ${LARGE} entities`, () => {
  const browser = sharedBrowser();

  it('opens a large file chosen in the file input or dropped on the page the same way: built on the page while checked', async () => {
    const text = JSON.stringify(file);
    for (const how of ['input', 'drop'] as const) {
      const { page, context, errors } = await openPage(browser());
      try {
        const builder: string[] = [];
        page.on('request', (request) => {
          if (/graph-in-page-[^/]*\.js$/.test(request.url())) builder.push(request.url());
        });
        if (how === 'input')
          await page
            .getByLabel('Open graph file')
            .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(text) });
        else await dropFile(page, 'big.json', text);
        await expect
          .poll(() => page.getByRole('region', { name: 'Overview' }).textContent(), { timeout: 30_000 })
          .toMatch(/stand for 20,000 entities/);
        // The picture first, then the panels: the filters and the entity list follow it, however it was opened.
        const panel = page.getByRole('navigation', { name: 'Filters and entities' });
        await expect.poll(() => panel.getAttribute('aria-busy')).toBe('false');
        await panel.getByRole('group', { name: 'Organisations' }).waitFor();
        expect(builder).toHaveLength(1);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it("still opens when the page's own graph builder cannot be loaded: the worker's graph is used", async () => {
    // A large file is built on the page while the worker checks it; a failed chunk must not lose the graph.
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const refused: string[] = [];
      await page.route(/graph-in-page-[^/]*\.js$/, (route) => {
        refused.push(route.request().url());
        return route.abort();
      });
      await page.goto(`${baseUrl}${link(LARGE)}`);
      await waitForGraph(page);
      expect(refused).toHaveLength(1);
      await expect
        .poll(() => page.getByRole('region', { name: 'Overview' }).textContent())
        .toMatch(/stand for 20,000 entities/);
      expect(await page.evaluate(() => window.cy?.nodes('.kg-group:visible').length)).toBe(9);
    } finally {
      await context.close();
    }
  });

  it('opens on its groups with counts, and a member is reached by opening groups on the canvas', async () => {
    const { page, context, errors } = await openPage(browser(), link(LARGE));
    const overview = page.getByRole('region', { name: 'Overview' });
    await expect.poll(() => overview.textContent()).toMatch(/9 groups and 0 entities stand for 20,000 entities/);
    const companies = await bubbles(page);
    expect(companies.map((bubble) => bubble.group)).toEqual(
      file.nodes.filter((node) => /^org-\d+$/.test(node.id)).map((node) => node.id),
    );
    // Group ids never collide with the file's: they start with a prefix no file id starts with.
    for (const bubble of companies) expect(file.nodes.some((node) => node.id === bubble.id)).toBe(false);
    expect(companies[0]?.label).toMatch(/^Northwind\n[\d,]+$/);
    // The first picture is fitted on the bubbles as drawn (their real sizes): every one is on the canvas.
    const fits = await page.evaluate(() => {
      const cy = window.cy;
      if (!cy) return false;
      const box = cy.nodes('.kg-group:visible').renderedBoundingBox({ includeLabels: false });
      return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
    });
    expect(fits).toBe(true);

    await openBubble(page, 'org-0');
    await openBubble(page, 'org-0-0');
    await openBubble(page, 'org-0-0-0');
    const team = file.edges.filter((edge) => edge.target === 'org-0-0-0' && edge.type === 'holds_role');
    const member = team[0]?.source ?? '';
    expect(await page.evaluate((id) => window.cy?.getElementById(id).visible(), member)).toBe(true);
    await clickNode(page, member);
    await page
      .getByRole('region', { name: 'Details' })
      .getByRole('heading', { level: 2, name: labelOf(member) })
      .waitFor();
    expect(await selected(page)).toEqual([member]);
    expect(page.url()).toContain(`node=${member}`);
    expect(page.url()).toContain('open=org-0,org-0-0,org-0-0-0');

    // Back: the member is no longer selected; again: the team closes.
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('node='));
    expect(await selected(page)).toEqual([]);
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('org-0-0-0'));
    expect((await bubbles(page)).some((bubble) => bubble.group === 'org-0-0-0')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('search reaches any member at once: selected, drawn inside its opened groups, centred', async () => {
    const { page, context, errors } = await openPage(browser(), link(LARGE));
    const target = 'person-12345';
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill(labelOf(target));
    await search.press('Enter');
    await page
      .getByRole('region', { name: 'Details' })
      .getByRole('heading', { level: 2, name: labelOf(target) })
      .waitFor();
    expect(await selected(page)).toEqual([target]);
    const snapshot = await canvasSnapshot(page);
    expect(snapshot.visible).toContain(target);
    const at = snapshot.positions[target];
    expect(Math.abs((at?.x ?? Infinity) - snapshot.centre.x)).toBeLessThan(2);
    expect(Math.abs((at?.y ?? Infinity) - snapshot.centre.y)).toBeLessThan(2);
    // The same link in a fresh window draws the same: the member inside its opened groups.
    const again = await openPage(browser(), `#${new URL(page.url()).hash.slice(1)}`);
    expect(await selected(again.page)).toEqual([target]);
    expect((await canvasSnapshot(again.page)).visible).toEqual(snapshot.visible);
    await again.context.close();
    // The entity list reaches it too: a scrolling list that shows the selected entity.
    await expect
      .poll(() =>
        page
          .getByRole('navigation', { name: 'Filters and entities' })
          .getByRole('button', { name: labelOf(target), exact: true })
          .getAttribute('aria-current'),
      )
      .toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });
  it('a path link draws the path inside its opened groups, highlighted, the rest closed', async () => {
    // Three relations apart in this seeded graph (a breadth-first walk of the file says so), in different groups.
    const [from, to] = ['person-0', 'person-875'];
    const { page, context, errors } = await openPage(browser(), link(LARGE, `&path=${from}~${to}`));
    const region = page.getByRole('region', { name: 'Path' });
    await region
      .getByRole('button', { name: labelOf(to) })
      .first()
      .waitFor();
    // Every entity the Path region names is drawn on the canvas and highlighted, wherever its group is.
    const named = new Set(await region.getByRole('button').allTextContents());
    const onPath = await page.evaluate(() =>
      (window.cy?.nodes('.kg-on-path') ?? []).map((node) => ({ id: node.id(), visible: node.visible() })),
    );
    expect(onPath.map((node) => node.id)).toEqual(expect.arrayContaining([from, to]));
    expect(onPath.length).toBeGreaterThanOrEqual(4);
    for (const node of onPath) {
      expect(node.visible).toBe(true);
      expect(named.has(labelOf(node.id))).toBe(true);
    }
    // The other companies stay bubbles, faded off the path.
    const others = (await bubbles(page)).filter((bubble) => bubble.group !== 'org-0');
    expect(others.length).toBeGreaterThan(0);
    const faded = await page.evaluate(
      (ids) => ids.every((id) => window.cy?.getElementById(id).hasClass('kg-off-path')),
      others.map((bubble) => bubble.id),
    );
    expect(faded).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.skipIf(noChromium)('overview: zoom, the whole graph, a layout in the worker', () => {
  const browser = sharedBrowser();

  it('zooming into a group opens it; the whole graph is one click away and the overview one click back', async () => {
    const { page, context, errors } = await openPage(browser(), link(2500));
    page.setDefaultTimeout(120_000);
    const [first] = await bubbles(page);
    if (!first) throw new Error('no group drawn');
    // Bring the group to the centre of the canvas (a pan), then zoom in on it (a pinch: Cytoscape's own zoom).
    await page.evaluate((id) => window.cy?.center(window.cy.getElementById(id)), first.id);
    await waitForCameraToRest(page);
    await page.evaluate(() => {
      const cy = window.cy;
      if (cy) cy.zoom({ level: cy.zoom() * 3, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await page.waitForFunction((key) => location.hash.includes(`open=${key}`), first.group);

    await page.getByRole('button', { name: 'Show whole graph' }).click();
    await page.waitForFunction(() => location.hash.includes('all=1'));
    const whole = syntheticGraph({ id: 'synthetic-2500', nodes: 2500, seed: 2500 }).nodes.length;
    await expect.poll(() => page.evaluate(() => window.cy?.nodes(':visible').length)).toBe(whole);
    expect(await bubbles(page)).toEqual([]);
    await page.getByRole('button', { name: 'Back to overview' }).click();
    await page.waitForFunction(() => !location.hash.includes('all=1'));
    expect((await bubbles(page)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
    // Drawing 2,500 entities whole takes Cytoscape seconds on a busy machine.
  }, 180_000);

  it('a graph without positions draws at once, lays out in the worker with progress, and Cancel keeps the picture', async () => {
    const { page, context, errors } = await openPage(browser(), link(1000));
    // fcose on 1,000 nodes takes seconds, more on a busy machine.
    page.setDefaultTimeout(180_000);
    const progress = page.getByRole('region', { name: 'Layout' });
    await progress.getByText(/Force-directed layout of 1,000 entities/).waitFor();
    expect(await page.evaluate(() => window.cy?.nodes().length)).toBe(1000);
    await progress.getByRole('button', { name: 'Cancel layout' }).click();
    await page.waitForFunction(() => location.hash.includes('layout=grouped'));
    expect(await progress.count()).toBe(0);
    // Choosing the force layout again runs it to the end; the same link then draws the same positions.
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('fcose');
    const force = await canvasSnapshot(page);
    expect(page.url()).not.toContain('layout=');
    const again = await openPage(browser(), link(1000));
    again.page.setDefaultTimeout(180_000);
    expect((await canvasSnapshot(again.page)).positions).toEqual(force.positions);
    await again.context.close();
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
