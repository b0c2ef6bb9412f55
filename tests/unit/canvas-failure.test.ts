import { describe, expect, it, vi } from 'vitest';
import { createFailureGuard } from '../../src/canvas/canvas-failure.ts';

describe('the canvas failure guard', () => {
  it('stops applying after the first failure and reports it once, to a listener added before or after', () => {
    const guard = createFailureGuard();
    const seen: unknown[] = [];
    let calls = 0;
    const apply = guard.guard((value: number) => {
      calls++;
      if (value === 2) throw new Error('boom');
    });
    apply(1);
    expect(() => apply(2)).not.toThrow();
    apply(3);
    expect(calls).toBe(2);
    guard.onError((error) => seen.push(error));
    expect(seen).toHaveLength(1);
    const later = vi.fn();
    const second = createFailureGuard();
    second.onError(later);
    second.guard(() => {
      throw new Error('x');
    })();
    expect(later).toHaveBeenCalledTimes(1);
  });
});
