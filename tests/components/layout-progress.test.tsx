import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CanvasController } from '../../src/canvas/canvas-controller.ts';
import type { LayoutStatus } from '../../src/canvas/placement.ts';
import { LayoutProgress } from '../../src/ui/layout/LayoutProgress.tsx';

/** A canvas controller whose layout status the test sets, recording Cancel. */
function fakeController(initial: LayoutStatus) {
  let status = initial;
  const listeners = new Set<() => void>();
  const calls: string[] = [];
  const controller: CanvasController = {
    layoutStatus: () => status,
    onLayoutStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    cancelLayout: () => calls.push('cancel'),
    destroy: () => undefined,
    onError: () => undefined,
  };
  const set = (next: LayoutStatus): void => {
    status = next;
    listeners.forEach((listener) => listener());
  };
  return { controller, set, calls };
}

describe('LayoutProgress', () => {
  it('shows what the worker lays out with an indeterminate bar and Cancel, and goes when it is done', async () => {
    const user = userEvent.setup();
    const { controller, set, calls } = fakeController({
      state: 'running',
      layout: 'fcose',
      nodes: 1000,
      since: performance.now(),
    });
    render(<LayoutProgress controller={controller} />);
    const region = screen.getByRole('region', { name: 'Layout' });
    expect(region.textContent).toMatch(/Force-directed layout of 1,000 entities… \d+ s/);
    expect(screen.getByRole('progressbar').getAttribute('value')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel layout' }));
    expect(calls).toEqual(['cancel']);
    act(() => set({ state: 'idle' }));
    expect(screen.queryByRole('region', { name: 'Layout' })).toBeNull();
  });

  it('says when a layout could not be computed', () => {
    const { controller } = fakeController({ state: 'failed', layout: 'hierarchy', message: 'out of memory' });
    render(<LayoutProgress controller={controller} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'The Organisation hierarchy layout could not be computed: out of memory',
    );
  });
});
