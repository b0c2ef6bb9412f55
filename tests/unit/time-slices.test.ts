import { describe, expect, it } from 'vitest';
import { inSlices } from '../../src/canvas/time-slices.ts';

/** Holds the thread for `ms`, as a piece of real work would. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spinning on purpose
  }
}

describe('work in time slices', () => {
  it('does every item once, in order, in tasks of about the slice, with other tasks run in between', async () => {
    const done: number[] = [];
    const between: number[] = [];
    let ticking = true;
    // Another task source (as input would be): it must get turns while the work goes on.
    const other = (): void => {
      between.push(done.length);
      if (ticking) setTimeout(other, 0);
    };
    setTimeout(other, 0);
    await inSlices(
      Array.from({ length: 30 }, (_, index) => index),
      (item) => {
        busy(2);
        done.push(item);
      },
      () => false,
      10,
    );
    ticking = false;
    expect(done).toEqual(Array.from({ length: 30 }, (_, index) => index));
    // 30 items of 2 ms in slices of 10 ms: several tasks, and the other source ran while items remained.
    expect(between.some((count) => count > 0 && count < 30)).toBe(true);
  });

  it('stops between slices once cancelled', async () => {
    const done: number[] = [];
    let stop = false;
    await inSlices(
      Array.from({ length: 30 }, (_, index) => index),
      (item) => {
        busy(2);
        done.push(item);
        if (item === 3) stop = true;
      },
      () => stop,
      5,
    );
    expect(done.length).toBeGreaterThanOrEqual(4);
    expect(done.length).toBeLessThan(30);
  });
});
