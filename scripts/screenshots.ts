// Takes the README's screenshots from the real app: `npm run screenshots` (builds first).
// Each shot is a link (a view) opened in Debian's Chromium, so the pictures show exactly what a link shows.
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/chromium.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';

const shots: ReadonlyArray<{ file: string; fragment: string; width?: number; height?: number }> = [
  { file: 'explorer.png', fragment: '#v=1&node=luan-jian&graph=xiaomi-ai' },
  { file: 'organisation-filter.png', fragment: '#v=1&node=ai-lab&orgs=xiaomi&graph=xiaomi-ai' },
  { file: 'bundled-graph.png', fragment: '#v=1&graph=xiaomi-ai', width: 1400, height: 900 },
];

const executablePath = findChromium();
if (!executablePath) throw new Error('no Chromium: apt-get install chromium');
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const { url, server } = await serveStatic(dist, '/kg/');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width ?? 1400, height: shot.height ?? 820 } });
    await page.goto(`${url}${shot.fragment}`);
    await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${docs}${shot.file}` });
    console.log(`wrote docs/${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
