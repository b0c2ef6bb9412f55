import type { Page } from 'playwright-core';

/** What a visibility change cost, timed inside the page. */
export interface ChangeTiming {
  readonly ms: number;
  /** Nodes visible afterwards. */
  readonly visible: number;
}

declare global {
  interface Window {
    /** Resolves to `performance.now()` (ms since navigation start) once the graph is drawn. */
    benchDrawn?: Promise<number>;
    /** Runs `trigger`, waits until the visible node count changes and a frame is drawn; resolves the time taken. */
    benchTimeChange?: (trigger: () => void) => Promise<ChangeTiming>;
  }
}

/**
 * Runs in the page before its own scripts (same code for the app and the plain page). "Drawn" means:
 * `window.cy` holds every node, then two animation frames. Cytoscape draws in its own rAF callback,
 * which is queued before ours within a frame, so one frame after a change it has drawn the change.
 */
function installProbes(expectedNodes: number): void {
  const frame = (): Promise<number> =>
    new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  window.benchDrawn = (async () => {
    while (window.cy?.nodes().length !== expectedNodes) await frame();
    await frame();
    return frame();
  })();
  window.benchTimeChange = async (trigger) => {
    const cy = window.cy;
    if (!cy) throw new Error('no window.cy');
    const before = cy.nodes(':visible').length;
    const start = performance.now();
    trigger();
    for (let frames = 0; frames < 600; frames++) {
      const at = await frame();
      const visible = cy.nodes(':visible').length;
      if (visible !== before) return { ms: at - start, visible };
    }
    throw new Error('the visible nodes did not change within 600 frames');
  };
}

export async function addProbes(page: Page, expectedNodes: number): Promise<void> {
  // tsx (esbuild keepNames) wraps functions in `__name(…)`; the page has no such helper, so give it one.
  const content = `globalThis.__name ??= (fn) => fn;\n(${installProbes.toString()})(${JSON.stringify(expectedNodes)});`;
  await page.addInitScript({ content });
}

/** Milliseconds from navigation start to the graph drawn; rejects after `timeoutMs`. */
export async function timeToDrawn(page: Page, timeoutMs: number): Promise<number> {
  const drawn = page.evaluate(() => window.benchDrawn ?? Promise.reject(new Error('probes not installed')));
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`graph not drawn within ${timeoutMs} ms`)), timeoutMs).unref(),
  );
  return Promise.race([drawn, timeout]);
}
