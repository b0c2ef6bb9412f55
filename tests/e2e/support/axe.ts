import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 AA rule set (axe's tags for A and AA of 2.0, 2.1 and 2.2). */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

declare global {
  interface Window {
    axe?: {
      run(
        context: Document,
        options: { runOnly: { type: 'tag'; values: string[] }; resultTypes: string[] },
      ): Promise<{ violations: { id: string; impact?: string; help: string; nodes: { target: unknown[] }[] }[] }>;
    };
  }
}

/**
 * axe-core's violations of WCAG 2.2 AA on the page as it is now, one line each (rule, impact, what,
 * where). axe is injected through the DevTools protocol (`addScriptTag` with content would be an
 * inline script, which the page's CSP refuses): evaluate runs in the page without a script element.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const injected = await page.evaluate(() => window.axe !== undefined);
  if (!injected) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = window.axe;
    if (!axe) throw new Error('axe-core did not load');
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} at ${violation.nodes
          .map((node) => JSON.stringify(node.target))
          .join(', ')}`,
    );
  }, WCAG_AA_TAGS);
}
