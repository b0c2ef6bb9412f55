import type { Page } from 'playwright-core';

/** What a visibility change cost, timed inside the page. */
export interface ChangeTiming {
  readonly ms: number;
  /** Nodes visible afterwards. */
  readonly visible: number;
}

declare global {
  interface Window {
    /** Resolves to `performance.now()` (ms since navigation start) once the first picture is drawn. */
    benchDrawn?: Promise<number>;
    /** Runs `trigger`, waits until the visible node count changes and a frame is drawn; resolves the time taken. */
    benchTimeChange?: (trigger: () => void) => Promise<ChangeTiming>;
    /** Runs `trigger`, waits until `id` is the one selected node, visible, and a frame is drawn. */
    benchTimeSelect?: (trigger: () => unknown, id: string) => Promise<number>;
    /** Waits until `id` is the one selected node, visible, and a frame is drawn; resolves that time. */
    benchSelectedAt?: (id: string) => Promise<number>;
    /** Main-thread tasks over 50 ms, as the Long Tasks API reports them. */
    benchLongTasks?: Array<{ start: number; duration: number }>;
  }
}

/**
 * Runs in the page before its own scripts (same code for the app and the plain page). "Drawn" means
 * the first picture: `window.cy` holds nodes (and the app's canvas says it is ready), then two
 * animation frames. Cytoscape draws in its own rAF callback, which is queued before ours within a
 * frame, so one frame after a change it has drawn the change.
 */
function installProbes(): void {
  const frame = (): Promise<number> =>
    new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const tasks: Array<{ start: number; duration: number }> = [];
  window.benchLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const ready = (): boolean => {
    const host = document.querySelector('[data-ready]');
    return (window.cy?.nodes().length ?? 0) > 0 && (host === null || host.getAttribute('data-ready') === 'true');
  };
  window.benchDrawn = (async () => {
    while (!ready()) await frame();
    await frame();
    return frame();
  })();
  const until = async (done: () => boolean, what: string): Promise<number> => {
    for (let frames = 0; frames < 1200; frames++) {
      const at = await frame();
      if (done()) return at;
    }
    throw new Error(`${what} within 1200 frames`);
  };
  window.benchTimeChange = async (trigger) => {
    const cy = window.cy;
    if (!cy) throw new Error('no window.cy');
    // What is drawn: the visible nodes, and the overview's group bubbles with their counts (a filter
    // may leave as many bubbles as before, with other counts).
    const drawn = (): string =>
      `${cy.nodes(':visible').length}|${cy
        .nodes('.kg-group:visible')
        .map((node) => String(node.data('label')))
        .join('|')}`;
    const before = drawn();
    const start = performance.now();
    trigger();
    const at = await until(() => drawn() !== before, 'the drawn nodes did not change');
    return { ms: at - start, visible: cy.nodes(':visible').length };
  };
  const selectedAt = (id: string): Promise<number> =>
    until(() => {
      const selected = window.cy?.$(':selected');
      return selected?.length === 1 && selected.id() === id && selected.visible();
    }, `${id} was not selected and drawn`);
  window.benchSelectedAt = selectedAt;
  window.benchTimeSelect = async (trigger, id) => {
    const start = performance.now();
    await trigger();
    return (await selectedAt(id)) - start;
  };
}

export async function addProbes(page: Page): Promise<void> {
  // tsx (esbuild keepNames) wraps functions in `__name(…)`; the page has no such helper, so give it one.
  const content = `globalThis.__name ??= (fn) => fn;\n(${installProbes.toString()})();`;
  await page.addInitScript({ content });
}

/** Milliseconds from navigation start to the first picture; rejects after `timeoutMs`. */
export async function timeToDrawn(page: Page, timeoutMs: number): Promise<number> {
  const drawn = page.evaluate(() => window.benchDrawn ?? Promise.reject(new Error('probes not installed')));
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`graph not drawn within ${timeoutMs} ms`)), timeoutMs).unref(),
  );
  return Promise.race([drawn, timeout]);
}

/** The longest main-thread task running at any time in the `windowMs` after `from` (waits until then). */
export async function longestTaskAfter(page: Page, from: number, windowMs: number): Promise<number> {
  const now = await page.evaluate(() => performance.now());
  await page.waitForTimeout(Math.max(0, from + windowMs - now));
  return page.evaluate(
    ({ start, end }) =>
      Math.max(
        0,
        ...(window.benchLongTasks ?? [])
          .filter((task) => task.start + task.duration > start && task.start < end)
          .map((task) => task.duration),
      ),
    { start: from, end: from + windowMs },
  );
}
