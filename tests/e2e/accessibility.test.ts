import { describe, expect, it } from 'vitest';
import { noChromium, sharedBrowser } from './support/browser.ts';
import { axeViolations } from './support/axe.ts';
import { clickNode } from './support/canvas.ts';
import { openGuardedPage } from './support/guarded-page.ts';

/**
 * WCAG 2.2 AA as axe-core checks it (tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa), on the views a
 * reader meets: the start, a person selected, a notice showing, the dark theme both ways (the system's
 * preference and the Theme choice), and a 360 px phone. Zero violations each. The canvas's own colours
 * are checked in tests/unit/canvas-contrast.test.ts (axe reads the DOM, not pixels on a canvas).
 */
describe.skipIf(noChromium)('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const browser = sharedBrowser();

  it('has no violations on the start view, with a person selected, and with a notice showing', async () => {
    const guarded = await openGuardedPage(browser());
    const { page, context } = guarded;
    expect(await axeViolations(page), 'start view').toEqual([]);
    await clickNode(page, 'luan-jian');
    await page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Luan Jian' }).waitFor();
    expect(await axeViolations(page), 'a person selected').toEqual([]);
    // A link naming an entity this graph does not have: the explorer says so in a notice.
    await page.goto(`${page.url().split('#')[0] ?? ''}#v=1&node=nobody-here`);
    await page.locator('.notice').first().waitFor();
    expect(await axeViolations(page), 'a notice showing').toEqual([]);
    expect(guarded.errors).toEqual([]);
    await context.close();
  });

  it('has no violations in the dark theme, from the system preference and from the Theme choice', async () => {
    const system = await openGuardedPage(browser(), '#v=1&node=luan-jian', { colorScheme: 'dark' });
    expect(await system.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await axeViolations(system.page), 'dark from the system').toEqual([]);
    await system.context.close();

    const chosen = await openGuardedPage(browser(), '#v=1&node=luan-jian', { colorScheme: 'light' });
    await chosen.page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await chosen.page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    expect(await axeViolations(chosen.page), 'dark from the Theme choice').toEqual([]);
    // Kept in this browser: a new page (same context, so same storage) opens dark on a light system.
    await chosen.page.reload();
    await chosen.page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await chosen.context.close();
  });

  it('has no violations 360 px wide, with the tools folded and unfolded and a person selected', async () => {
    const guarded = await openGuardedPage(browser(), '', {
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    const { page, context } = guarded;
    expect(await axeViolations(page), '360 px, start').toEqual([]);
    await page.getByRole('button', { name: 'Tools' }).click();
    expect(await axeViolations(page), '360 px, tools shown').toEqual([]);
    await page.getByRole('button', { name: 'Hide tools' }).click();
    await page.getByRole('combobox', { name: 'Search' }).fill('Luan');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
    await page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Luan Jian' }).waitFor();
    expect(await axeViolations(page), '360 px, a person selected').toEqual([]);
    await context.close();
  });
});
