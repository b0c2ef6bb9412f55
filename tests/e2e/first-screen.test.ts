import { describe, expect, it } from 'vitest';
import { noChromium, sharedBrowser, openPage } from './support/browser.ts';

describe.skipIf(noChromium)('first screen', () => {
  const browser = sharedBrowser();

  it('draws the bundled graph under a sub-path, exposes window.cy, logs no console errors', async () => {
    const { page, errors, context } = await openPage(browser());
    expect(new URL(page.url()).pathname).toBe('/kg/');
    const ids = await page.evaluate(() => window.cy?.nodes().map((node) => node.id()) ?? []);
    expect(ids).toEqual(
      expect.arrayContaining(['lei-jun', 'luan-jian', 'wang-bin', 'xiaomi', 'microsoft', 'ai-lab', 'chatgpt']),
    );
    const visible = await page.evaluate(() => window.cy?.nodes(':visible').length ?? 0);
    expect(visible).toBe(ids.length);
    await page.screenshot({ path: '.e2e-artifacts/first-screen.png' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
