import { useEffect, useState, useSyncExternalStore } from 'react';
import type { CanvasController } from '../../canvas/canvas-controller.ts';
import { LAYOUT_LABELS } from '../view-controls/layout-labels.ts';
import './layout-progress.css';

const count = new Intl.NumberFormat('en');

/** Seconds since `since` (a `performance.now()` time), ticking once a second while shown. */
function useElapsedSeconds(since: number | null): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (since === null) return undefined;
    const timer = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  return since === null ? 0 : Math.max(0, Math.floor((now - since) / 1000));
}

/**
 * While the layout worker computes a layout: what it lays out, for how long so far, and Cancel
 * (the canvas keeps the picture it shows, and the view says so). A layout is one run inside the
 * worker that reports no steps, so the bar is indeterminate and the seconds are the progress shown.
 */
export function LayoutProgress({ controller }: { controller: CanvasController }) {
  const status = useSyncExternalStore(
    (listener) => controller.onLayoutStatus(listener),
    () => controller.layoutStatus(),
  );
  const seconds = useElapsedSeconds(status.state === 'running' ? status.since : null);
  if (status.state === 'idle') return null;
  const name = LAYOUT_LABELS.get(status.layout) ?? status.layout;
  if (status.state === 'failed') {
    return (
      <section className="layout-progress" aria-label="Layout">
        <p role="alert">
          The {name} layout could not be computed: {status.message}
        </p>
      </section>
    );
  }
  return (
    <section className="layout-progress" aria-label="Layout">
      <label>
        {name} layout of {count.format(status.nodes)} entities… {seconds} s
        <progress />
      </label>
      <button type="button" onClick={() => controller.cancelLayout()}>
        Cancel layout
      </button>
    </section>
  );
}
