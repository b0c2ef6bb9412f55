import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import sirv from 'sirv';
import { CHROMIUM_ARGS } from '../tests/e2e/support/chromium.ts';
import { quietMachine } from './quiet-machine.ts';

/** Lighthouse's performance figures for one form factor: medians of the runs. */
export interface LighthouseFigures {
  readonly formFactor: 'mobile' | 'desktop';
  readonly runs: number;
  readonly score: number;
  readonly fcpMs: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  readonly scores: readonly number[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Lighthouse 12 (its default simulated throttling: a mid-range phone on slow 4G for mobile, a
 * desktop on a cable link for desktop) on the built app's bundled graph, served compressed (brotli
 * or gzip, as the browser asks) from 127.0.0.1 under /kg/. Offline: Lighthouse only talks to the
 * local Chromium and the local server.
 */
export async function runLighthouse(dir: string, chromePath: string, runs: number): Promise<LighthouseFigures[]> {
  const serve = sirv(dir, { dev: false, etag: true, brotli: true, gzip: true });
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith('/kg/')) {
      res.statusCode = 404;
      res.end();
      return;
    }
    req.url = url.slice('/kg'.length);
    serve(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/kg/`;
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
  try {
    const figures: LighthouseFigures[] = [];
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const results = [];
      for (let run = 0; run < runs; run++) {
        // As for the pages the bench times: the run before (its browser work) is not this run's.
        await quietMachine();
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error('Lighthouse returned no result');
        const { lhr } = result;
        const audit = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
        results.push({
          score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          fcp: audit('first-contentful-paint'),
          lcp: audit('largest-contentful-paint'),
          tbt: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
        });
      }
      figures.push({
        formFactor,
        runs,
        score: median(results.map((r) => r.score)),
        fcpMs: Math.round(median(results.map((r) => r.fcp))),
        lcpMs: Math.round(median(results.map((r) => r.lcp))),
        tbtMs: Math.round(median(results.map((r) => r.tbt))),
        cls: Math.round(median(results.map((r) => r.cls)) * 1000) / 1000,
        scores: results.map((r) => r.score),
      });
    }
    return figures;
  } finally {
    chrome.kill();
    server.close();
  }
}
