import { useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Graph } from '../../graph/graph-model.ts';
import { formatPartialDate } from '../../graph/partial-date.ts';
import { readPath } from '../../graph/path-reading.ts';
import { PATH_LIMIT } from '../../graph/shortest-paths.ts';
import { pathBlockers, type PathView } from '../../view/path-blockers.ts';
import { viewDate } from '../../view/view-date.ts';
import { EntityButton } from '../details/EntityButton.tsx';
import { useLabelOf } from '../language-context.ts';
import { plural } from '../plural.ts';
import { useExplorer } from '../store-context.ts';
import { useViewPaths } from '../use-view-paths.ts';
import { noPathText } from './no-path-text.ts';
import { PathReadout } from './PathReadout.tsx';
import './paths.css';

/**
 * The Path region (DESIGN.md "Paths"): shown while the view has a path. Reads every shortest path
 * (up to PATH_LIMIT) as sentences with their quotes, or says why there is none; "Follow direction"
 * and "Clear path" are one history step each, and every name selects its entity.
 */
export function PathPanel({ graph }: { graph: Graph }) {
  // Only what decides the paths: a pan or a zoom re-renders nothing here and recomputes no blockers.
  const view = useExplorer(
    useShallow((state): PathView => ({
      node: state.view.node,
      orgs: state.view.orgs,
      current: state.view.current,
      types: state.view.types,
      rels: state.view.rels,
      focus: state.view.focus,
      asof: state.view.asof,
      path: state.view.path,
      followDirection: state.view.followDirection,
    })),
  );
  const dispatch = useExplorer((state) => state.dispatch);
  const labelOf = useLabelOf();
  const found = useViewPaths();
  const asof = viewDate(view.asof);
  const paths = useMemo(
    () => (found === null ? [] : found.paths.map((path) => readPath(graph, path, asof))),
    [graph, found, asof],
  );
  const none = found !== null && found.paths.length === 0;
  // Only asked when there is no path: a few searches with one filter switched off at a time.
  const blockers = useMemo(() => (none ? pathBlockers(graph, view) : null), [none, graph, view]);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownPath = useRef(view.path);
  // A path chosen in "Path to" closes that box, and focus would fall to the page: it moves here instead,
  // so keyboard and screen-reader users land on the answer. Focus held elsewhere is left alone, and a
  // page opened on a link keeps its focus where the browser put it.
  useEffect(() => {
    if (shownPath.current === view.path) return;
    shownPath.current = view.path;
    const active = document.activeElement;
    if (active === null || active === document.body) heading.current?.focus();
  }, [view.path]);

  const ends = view.path;
  const from = ends && graph.nodes.get(ends.from);
  const to = ends && graph.nodes.get(ends.to);
  if (!from || !to || found === null) return null;
  const onSelect = (node: string): void => dispatch({ type: 'select', node });
  const steps = paths[0]?.steps.length ?? 0;

  return (
    <section className="path-panel" role="region" aria-label="Path">
      <h2 className="path-title" ref={heading} tabIndex={-1}>
        {'Path from '}
        <EntityButton node={from} onSelect={onSelect} />
        {' to '}
        <EntityButton node={to} onSelect={onSelect} />
      </h2>
      <div className="path-actions">
        <label>
          <input
            type="checkbox"
            checked={view.followDirection}
            onChange={(event) => dispatch({ type: 'setFollowDirection', follow: event.currentTarget.checked })}
          />
          Follow direction
        </label>
        <button type="button" onClick={() => dispatch({ type: 'setPath', path: null })}>
          Clear path
        </button>
      </div>
      {blockers !== null ? (
        <p className="path-none">
          {noPathText(labelOf(from), labelOf(to), blockers, asof ? formatPartialDate(asof) : '')}
        </p>
      ) : (
        <p className="path-count">
          {`${plural(paths.length, 'shortest path', 'shortest paths')} of ${plural(steps, 'step', 'steps')}`}
          {found.truncated && ` (the first ${PATH_LIMIT} shown; there are more)`}
        </p>
      )}
      <PathReadout paths={paths} sources={graph.sources} onSelect={onSelect} />
    </section>
  );
}
