import type { Reporter, TestModule } from 'vitest/node';

/** Says in one line how many tests drove the real browser, so a skipped layer cannot pass unnoticed. */
export default class BrowserCountReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const e2e = testModules.filter((module) => module.project.name === 'e2e');
    if (e2e.length === 0) return;
    const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const module of e2e) {
      for (const test of module.children.allTests()) counts[test.result().state]++;
    }
    console.log(
      `\nChromium: ${counts.passed + counts.failed} browser tests ran (${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped)`,
    );
    if (process.env.CI === 'true' && counts.passed + counts.failed === 0) {
      console.error('CI=true and no browser test ran: failing.');
      process.exitCode = 1;
    }
  }
}
