import type { Page } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { noChromium, openPage, sharedBrowser, type OpenedPage } from './support/browser.ts';
import { canvasSnapshot, clickBackground, clickNode, isNodeVisible, nodeOnScreen } from './support/canvas.ts';

function details(page: Page) {
  return page.getByRole('region', { name: 'Details' });
}

async function detailsText(page: Page, heading: string): Promise<string> {
  await details(page).getByRole('heading', { level: 2, name: heading }).waitFor();
  return (await details(page).textContent()) ?? '';
}

/** Types `text` into Search (opened with `/`), waits for the option named `option`, and presses Enter. */
async function searchAndEnter(page: Page, text: string, option: RegExp): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(text);
  await page.getByRole('option', { name: option }).waitFor();
  await page.keyboard.press('Enter');
}

describe.skipIf(noChromium)('explore: click, filter, search', () => {
  const browser = sharedBrowser();
  let opened: OpenedPage | undefined;
  beforeEach(async () => {
    await opened?.context.close();
    opened = await openPage(browser());
  });
  const current = (): OpenedPage => {
    if (!opened) throw new Error('no page open');
    return opened;
  };
  afterAll(async () => {
    await opened?.context.close();
  });

  it('clicking each kind of node on the canvas shows its details', async () => {
    const { page, errors } = current();
    await clickNode(page, 'luan-jian');
    const person = await detailsText(page, 'Luan Jian');
    expect(person).toContain('Head of Large-Scale Model Team · AI Lab · Technical Committee · Xiaomi');
    expect(person).toContain('since 14 April 2023');
    expect(person).toMatch(/Former[\s\S]*Toshiba Research Institute/);

    await clickNode(page, 'ai-lab');
    const organisation = await detailsText(page, 'AI Lab');
    expect(organisation).toContain('Wang Bin');
    expect(organisation).toContain('Large-Scale Model Team');

    await clickNode(page, 'chatgpt');
    const product = await detailsText(page, 'ChatGPT');
    expect(product).toContain('OpenAI');
    expect(product).toContain('GPT-3.5');
    expect(errors).toEqual([]);
  });

  it('shows the nine named entities as the article states them', async () => {
    const { page } = current();
    const facts: ReadonlyArray<[string, string, readonly (string | RegExp)[]]> = [
      ['lei-jun', 'Lei Jun', ['founded', 'Xiaomi', '雷军']],
      ['luan-jian', 'Luan Jian', ['reports to', 'Wang Bin', '栾剑', 'Microsoft Xiaoice']],
      ['wang-bin', 'Wang Bin', ['Vice Chairman', 'Director', 'AI Lab', 'Luan Jian']],
      ['zeng-xuezhong', 'Zeng Xuezhong', ['President', 'ChatGPT', 'Xiaomi Investor Day']],
      ['william-lu', 'William Lu', ['President', 'ChatGPT', 'Lu Weibing', '卢伟冰']],
      [
        'xiaomi',
        'Xiaomi',
        ['Technical Committee', 'Zeng Xuezhong', 'William Lu', 'Xiao Ai voice assistant', 'Lei Jun'],
      ],
      ['microsoft', 'Microsoft', ['Microsoft Xiaoice', 'Microsoft Engineering Institute', 'Luan Jian']],
      [
        'ai-lab',
        'AI Lab',
        ['Technical Committee', 'Director', 'Large-Scale Model Team', 'AI Lab Speech Generation Team'],
      ],
      ['chatgpt', 'ChatGPT', ['OpenAI', 'GPT-3.5', 'Zeng Xuezhong', 'William Lu']],
    ];
    for (const [id, label, expected] of facts) {
      await clickNode(page, id);
      const text = await detailsText(page, label);
      for (const fact of expected) expect(text, `${label}: ${String(fact)}`).toMatch(fact);
      expect(text, `${label} shows evidence`).toContain(
        'Xiaomi Founder Lei Jun Comments on Large-Scale Models and AIGC',
      );
    }
  });

  it('ticking Microsoft keeps Luan Jian, hides Lei Jun, and moves nothing', async () => {
    const { page } = current();
    const before = await canvasSnapshot(page);
    await page
      .getByRole('group', { name: 'Organisations' })
      .getByRole('checkbox', { name: 'Microsoft', exact: true })
      .check();
    await page.waitForFunction(() => window.cy?.getElementById('lei-jun').visible() === false);
    expect(await isNodeVisible(page, 'luan-jian')).toBe(true);
    expect(await isNodeVisible(page, 'microsoft-xiaoice')).toBe(true);
    const after = await canvasSnapshot(page);
    expect(after.positions).toEqual(before.positions);
    expect(after.zoom).toBe(before.zoom);
  });

  it('searching 栾剑 lands on Luan Jian, centred', async () => {
    const { page } = current();
    await searchAndEnter(page, '栾剑', /Luan Jian/);
    await detailsText(page, 'Luan Jian');
    expect((await canvasSnapshot(page)).selected).toEqual(['luan-jian']);
    const point = await nodeOnScreen(page, 'luan-jian');
    const box = await page.locator('.graph-canvas').boundingBox();
    expect(Math.abs(point.x - ((box?.x ?? 0) + (box?.width ?? 0) / 2))).toBeLessThan(2);
    expect(Math.abs(point.y - ((box?.y ?? 0) + (box?.height ?? 0) / 2))).toBeLessThan(2);
  });

  it('a misspelt name typed at once still finds its entity (the fuzzy matcher loads on demand)', async () => {
    const { page, errors } = current();
    // Typed as soon as the page is drawn: focusing the box asks for the matcher if idle time has not yet.
    await searchAndEnter(page, 'luan jain', /Luan Jian/);
    await detailsText(page, 'Luan Jian');
    expect((await canvasSnapshot(page)).selected).toEqual(['luan-jian']);
    expect(errors).toEqual([]);
  });

  it("walks the panel's buttons from Luan Jian to Wang Bin to AI Lab", async () => {
    const { page } = current();
    await clickNode(page, 'luan-jian');
    await detailsText(page, 'Luan Jian');
    await details(page).getByRole('button', { name: 'Wang Bin', exact: true }).first().click();
    await detailsText(page, 'Wang Bin');
    await details(page).getByRole('button', { name: 'AI Lab', exact: true }).first().click();
    await detailsText(page, 'AI Lab');
    expect((await canvasSnapshot(page)).selected).toEqual(['ai-lab']);
    expect(page.url()).toContain('node=ai-lab');
  });

  it('Escape and a click on the empty canvas clear the selection', async () => {
    const { page } = current();
    await clickNode(page, 'wang-bin');
    await detailsText(page, 'Wang Bin');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !location.hash.includes('node='));
    await clickNode(page, 'wang-bin');
    await detailsText(page, 'Wang Bin');
    await clickBackground(page);
    await page.waitForFunction(() => !location.hash.includes('node='));
    expect((await canvasSnapshot(page)).selected).toEqual([]);
  });

  it('choosing an entity in the list selects it as a canvas click does', async () => {
    const { page } = current();
    await page
      .getByRole('region', { name: 'Entities' })
      .getByRole('button', { name: 'Zeng Xuezhong', exact: true })
      .click();
    await detailsText(page, 'Zeng Xuezhong');
    expect((await canvasSnapshot(page)).selected).toEqual(['zeng-xuezhong']);
  });

  it('hovering a node highlights its neighbourhood', async () => {
    const { page } = current();
    const { x, y } = await nodeOnScreen(page, 'wang-bin');
    await page.mouse.move(x, y);
    await page.waitForFunction(() => window.cy?.getElementById('lei-jun').hasClass('kg-faded') === true);
    expect(await page.evaluate(() => window.cy?.getElementById('luan-jian').hasClass('kg-highlighted'))).toBe(true);
  });

  it('layouts are deterministic and switching layout is a step in history', async () => {
    const { page } = current();
    const force = await canvasSnapshot(page);
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
    await page.waitForFunction(() => location.hash.includes('layout=concentric'));
    const concentric = await canvasSnapshot(page);
    expect(concentric.positions).not.toEqual(force.positions);
    const again = await openPage(browser(), '#v=1&layout=concentric&graph=xiaomi-ai', { width: 900, height: 600 });
    expect((await canvasSnapshot(again.page)).positions).toEqual(concentric.positions);
    await again.context.close();
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('layout='));
    expect((await canvasSnapshot(page)).positions).toEqual(force.positions);
  });
});
