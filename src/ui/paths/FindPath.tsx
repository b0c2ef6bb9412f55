import { useState } from 'react';
import type { Graph } from '../../graph/graph-model.ts';
import { PATH_LIMIT } from '../../graph/shortest-paths.ts';
import { EntityCombobox } from '../search/EntityCombobox.tsx';
import { useExplorer } from '../store-context.ts';
import './paths.css';

/**
 * "Find path…" in the details panel: opens a "Path to" box that matches names as Search does; choosing
 * an entity sets the path from the selected one (one history step) and closes the box.
 */
export function FindPath({ graph, from }: { readonly graph: Graph; readonly from: string }) {
  const dispatch = useExplorer((state) => state.dispatch);
  const [open, setOpen] = useState(false);
  const [follow, setFollow] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const close = (): void => {
    setOpen(false);
    setProblem(null);
  };
  const choose = (to: string): void => {
    if (to === from) {
      setProblem('That is the entity the path starts from: choose another one.');
      return;
    }
    dispatch({ type: 'setPath', path: { from, to }, followDirection: follow });
    close();
  };

  if (!open) {
    return (
      <button type="button" className="find-path-button" aria-expanded={false} onClick={() => setOpen(true)}>
        Find path…
      </button>
    );
  }
  return (
    <div className="find-path">
      <EntityCombobox
        graph={graph}
        label="Path to"
        placeholder="Path to… (type a name)"
        className="search-box path-to"
        autoFocus
        onChoose={choose}
        onEscapeWhenEmpty={close}
      />
      <div className="find-path-options">
        <label>
          <input type="checkbox" checked={follow} onChange={(event) => setFollow(event.currentTarget.checked)} />
          Follow direction
        </label>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
      <p className="find-path-hint">{`Shows every shortest path, up to ${PATH_LIMIT}, through what is visible.`}</p>
      {problem !== null && (
        <p className="find-path-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
