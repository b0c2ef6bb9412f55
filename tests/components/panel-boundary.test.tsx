import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../../src/ui/shell/PanelBoundary.tsx';

// A component that fails on demand: it lives in this test only, so nothing that can ship has a way to fail.
let failing = true;
function Fragile() {
  if (failing) throw new Error('cannot read "<img src=x onerror=alert(1)>"');
  return <p>Panel content</p>;
}

function Neighbour() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      Clicked {count}
    </button>
  );
}

describe('PanelBoundary', () => {
  it('keeps a failure inside its panel, says why as text, and offers Reset view and Try again', async () => {
    const user = userEvent.setup();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onResetView = vi.fn();
    failing = true;
    render(
      <>
        <PanelBoundary name="The details panel" onResetView={onResetView}>
          <Fragile />
        </PanelBoundary>
        <Neighbour />
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The details panel could not be shown.');
    // The error's text is text: no element was made from it.
    expect(alert.textContent).toContain('cannot read "<img src=x onerror=alert(1)>"');
    expect(alert.querySelector('img')).toBeNull();
    // The rest of the page still works.
    await user.click(screen.getByRole('button', { name: 'Clicked 0' }));
    expect(screen.getByRole('button', { name: 'Clicked 1' })).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert')).not.toBeNull();
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    expect(onResetView).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Panel content')).not.toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    errors.mockRestore();
  });

  it('draws the panel again when its reset key (the graph) changes', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failing = true;
    const { rerender } = render(
      <PanelBoundary name="The legend" onResetView={() => undefined} resetKey="a">
        <Fragile />
      </PanelBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('The legend could not be shown.');
    failing = false;
    rerender(
      <PanelBoundary name="The legend" onResetView={() => undefined} resetKey="b">
        <Fragile />
      </PanelBoundary>,
    );
    expect(screen.getByText('Panel content')).not.toBeNull();
    errors.mockRestore();
  });
});
