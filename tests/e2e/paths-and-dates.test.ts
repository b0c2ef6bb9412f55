import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { noChromium, openPage, sharedBrowser } from './support/browser.ts';
import { canvasSnapshot, clickNode } from './support/canvas.ts';

/** Paths and the graph as of a date, through each entry point: the link, the UI, a copied link, Back/Forward. */

const APPOINTMENT = 'luan-jian-heads-large-model-team';

function pathRegion(page: Page) {
  return page.getByRole('region', { name: 'Path' });
}

/** Which elements the canvas draws on the path, and whether everything else is faded. */
async function canvasPath(page: Page): Promise<{ on: string[]; offFaded: boolean }> {
  return page.evaluate(() => {
    const cy = window.cy;
    if (!cy) throw new Error('no window.cy');
    const on = cy
      .elements('.kg-on-path')
      .map((element) => element.id())
      .sort();
    const rest = cy.elements().not('.kg-on-path');
    return { on, offFaded: rest.length > 0 && rest.not('.kg-off-path').empty() };
  });
}

async function waitForPathOnCanvas(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => window.cy?.elements('.kg-on-path').length === n, count);
}

const LUAN_LEI = ['lei-jun', 'lei-jun-founded-xiaomi', 'luan-jian', 'luan-jian-nlp-senior-director-xiaomi', 'xiaomi'];
const LUAN_ZENG = [
  'luan-jian',
  'luan-jian-nlp-senior-director-xiaomi',
  'xiaomi',
  'zeng-xuezhong',
  'zeng-xuezhong-president-xiaomi',
];

describe.skipIf(noChromium)('paths and dates', () => {
  const browser = sharedBrowser();

  it('the path link Luan Jian → Lei Jun reads the path through Xiaomi with quotes and highlights it', async () => {
    const { page, context, errors } = await openPage(browser(), '#v=1&path=luan-jian~lei-jun&graph=xiaomi-ai');
    const steps = pathRegion(page).getByRole('list', {
      name: 'Luan Jian holds role at Xiaomi · Lei Jun founded Xiaomi',
    });
    await steps.waitFor();
    const read = (await steps.textContent()) ?? '';
    expect(read).toContain('Xiaomi founder Lei Jun');
    expect(read).toContain('Xiaomi NLP Technology Senior Director');
    expect(await steps.getByRole('link').first().getAttribute('rel')).toBe('noopener noreferrer');
    await waitForPathOnCanvas(page, LUAN_LEI.length);
    expect(await canvasPath(page)).toEqual({ on: LUAN_LEI, offFaded: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a path found in the UI lands in the link, survives a copied link, and Back/Forward walk it', async () => {
    const { page, context, errors } = await openPage(browser());
    await clickNode(page, 'luan-jian');
    await page.waitForFunction(() => location.hash.includes('node=luan-jian'));
    await page.getByRole('button', { name: 'Find path…' }).click();
    await page.getByRole('combobox', { name: 'Path to' }).fill('zeng');
    await page.getByRole('option', { name: /Zeng Xuezhong/ }).click();
    await page.waitForFunction(() => location.hash.includes('path=luan-jian~zeng-xuezhong'));
    expect(page.url()).toMatch(/#v=1&node=luan-jian&path=luan-jian~zeng-xuezhong&graph=xiaomi-ai$/);
    await pathRegion(page)
      .getByRole('list', { name: /Zeng Xuezhong holds role at Xiaomi/ })
      .waitFor();
    await waitForPathOnCanvas(page, LUAN_ZENG.length);
    const original = await canvasPath(page);
    expect(original).toEqual({ on: LUAN_ZENG, offFaded: true });

    // A copied link, opened in a fresh browser context, shows the same path.
    const other = await openPage(browser(), new URL(page.url()).hash, { width: 1000, height: 700 });
    await pathRegion(other.page)
      .getByRole('list', { name: /Zeng Xuezhong holds role at Xiaomi/ })
      .waitFor();
    await waitForPathOnCanvas(other.page, LUAN_ZENG.length);
    expect(await canvasPath(other.page)).toEqual(original);
    expect((await canvasSnapshot(other.page)).selected).toEqual(['luan-jian']);
    expect(other.errors).toEqual([]);
    await other.context.close();

    // Clearing is one step; Back restores the path, Back again removes it, Forward brings it back.
    await pathRegion(page).getByRole('button', { name: 'Clear path' }).click();
    await page.waitForFunction(() => !location.hash.includes('path='));
    await waitForPathOnCanvas(page, 0);
    expect(await pathRegion(page).count()).toBe(0);
    await page.goBack();
    await page.waitForFunction(() => location.hash.includes('path=luan-jian~zeng-xuezhong'));
    await waitForPathOnCanvas(page, LUAN_ZENG.length);
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('path=') && location.hash.includes('node=luan-jian'));
    await waitForPathOnCanvas(page, 0);
    expect(await page.evaluate(() => window.cy?.elements('.kg-off-path').length)).toBe(0);
    await page.goForward();
    await waitForPathOnCanvas(page, LUAN_ZENG.length);
    await pathRegion(page).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the As-of control at 2023-03-01 hides the appointment, writes asof= and survives a copied link; Back/Forward walk it', async () => {
    const { page, context, errors } = await openPage(browser(), '#v=1&node=luan-jian&graph=xiaomi-ai');
    const details = page.getByRole('region', { name: 'Details' });
    const field = page.getByRole('group', { name: 'As of' }).getByRole('textbox', { name: 'As of' });
    const appointmentShown = (): Promise<boolean> =>
      page.evaluate((id) => window.cy?.getElementById(id).visible() ?? false, APPOINTMENT);
    expect(await appointmentShown()).toBe(true);

    await field.fill('2023-03-01');
    await field.press('Enter');
    await page.waitForFunction(() => location.hash.includes('asof=2023-03-01'));
    expect(page.url()).toMatch(/#v=1&node=luan-jian&asof=2023-03-01&graph=xiaomi-ai$/);
    await page.waitForFunction((id) => window.cy?.getElementById(id).visible() === false, APPOINTMENT);
    expect(await details.textContent()).not.toContain('Head of Large-Scale Model Team');
    expect(await details.textContent()).toContain('As of 1 March 2023');

    const other = await openPage(browser(), new URL(page.url()).hash);
    expect(await other.page.evaluate((id) => window.cy?.getElementById(id).visible(), APPOINTMENT)).toBe(false);
    const otherDetails = other.page.getByRole('region', { name: 'Details' });
    await otherDetails.getByText('As of 1 March 2023').waitFor();
    expect(await otherDetails.textContent()).not.toContain('Head of Large-Scale Model Team');
    expect(await other.page.getByRole('textbox', { name: 'As of' }).inputValue()).toBe('2023-03-01');
    expect(other.errors).toEqual([]);
    await other.context.close();

    await field.fill('2023-05-01');
    await field.press('Enter');
    await page.waitForFunction(() => location.hash.includes('asof=2023-05-01'));
    await page.waitForFunction((id) => window.cy?.getElementById(id).visible() === true, APPOINTMENT);
    expect(await details.textContent()).toContain('Head of Large-Scale Model Team');

    await page.goBack();
    await page.waitForFunction(() => location.hash.includes('asof=2023-03-01'));
    await page.waitForFunction((id) => window.cy?.getElementById(id).visible() === false, APPOINTMENT);
    expect(await field.inputValue()).toBe('2023-03-01');
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('asof='));
    await page.waitForFunction((id) => window.cy?.getElementById(id).visible() === true, APPOINTMENT);
    await page.goForward();
    await page.waitForFunction(() => location.hash.includes('asof=2023-03-01'));
    await page.waitForFunction((id) => window.cy?.getElementById(id).visible() === false, APPOINTMENT);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the As-of slider moves through the dates in the graph, one step per key press or per drag', async () => {
    const { page, context } = await openPage(browser(), '#v=1&graph=xiaomi-ai');
    const slider = page.getByRole('slider', { name: 'As of: dates in this graph' });
    expect(await slider.getAttribute('aria-valuetext')).toBe('All dates');
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => location.hash.includes('asof=2023-04-14'));
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => location.hash.includes('asof=2023-03&'));
    await page.waitForFunction((id) => window.cy?.getElementById(id).visible() === false, APPOINTMENT);
    await page.goBack();
    await page.waitForFunction(() => location.hash.includes('asof=2023-04-14'));

    // A drag across several ticks is one step, taken on release.
    const box = await slider.boundingBox();
    if (!box) throw new Error('no slider');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width - 4, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, y, { steps: 5 });
    await page.mouse.move(box.x + 2, y, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => location.hash.includes('asof=2023&'));
    await page.goBack();
    await page.waitForFunction(() => location.hash.includes('asof=2023-04-14'));
    await context.close();
  });

  it('focus, the date and a path combine: the Path region says which filter hides a path', async () => {
    const { page, context, errors } = await openPage(
      browser(),
      '#v=1&node=luan-jian&focus=1&path=luan-jian~lei-jun&asof=2023-03-01&graph=xiaomi-ai',
    );
    await pathRegion(page).getByText('Without the focus there is one.').waitFor();
    expect(await pathRegion(page).textContent()).toContain('No path from Luan Jian to Lei Jun in what is shown.');
    expect(await page.evaluate(() => window.cy?.elements('.kg-off-path').length)).toBe(0);
    await page.getByRole('combobox', { name: 'Focus' }).selectOption({ label: 'Within 2 steps' });
    await pathRegion(page)
      .getByRole('list', { name: 'Luan Jian holds role at Xiaomi · Lei Jun founded Xiaomi' })
      .waitFor();
    await waitForPathOnCanvas(page, LUAN_LEI.length);
    expect(page.url()).toContain('focus=2&path=luan-jian~lei-jun&asof=2023-03-01');
    expect(errors).toEqual([]);
    await context.close();
  });
});
