import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Graph } from '../../graph/graph-model.ts';
import { formatPartialDate } from '../../graph/partial-date.ts';
import { viewDate } from '../../view/view-date.ts';
import { FindPath } from '../paths/FindPath.tsx';
import { ExpandButton } from '../sparql/ExpandButton.tsx';
import { PathPanel } from '../paths/PathPanel.tsx';
import './details-panel.css';
import { EntityDetails } from './EntityDetails.tsx';
import { entityDetailsModel } from './entity-details-model.ts';
import { GraphOverview } from './GraphOverview.tsx';
import { useExplorer } from '../store-context.ts';

/**
 * The details panel, connected: reads the selected entity from the store, gathers its details from the
 * open graph, and turns every name button into a `select` action (one history step each).
 */
export function EntityDetailsPanel({ graph }: { graph: Graph }) {
  const selected = useExplorer((state) => state.view.node);
  const asofText = useExplorer((state) => state.view.asof);
  const asof = useMemo(() => viewDate(asofText), [asofText]);
  const dispatch = useExplorer((state) => state.dispatch);
  const panelRef = useRef<HTMLElement>(null);
  // Set when a name inside the panel was chosen: the button pressed is about to disappear, so focus
  // moves to the new heading. Selections from the canvas, list or search leave focus where it is.
  const focusHeading = useRef(false);

  const details = useMemo(
    () => (selected === null ? undefined : entityDetailsModel(graph, selected, asof)),
    [graph, selected, asof],
  );
  const sources = useMemo(() => [...graph.sources.values()], [graph]);

  const onSelect = useCallback(
    (node: string) => {
      if (node === selected) return;
      focusHeading.current = true;
      dispatch({ type: 'select', node });
    },
    [dispatch, selected],
  );

  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    panel.scrollTop = 0;
    if (focusHeading.current) {
      focusHeading.current = false;
      panel.querySelector<HTMLElement>('.entity-details h2')?.focus();
    }
  }, [details]);

  return (
    // An <aside> is a complementary landmark by default; DESIGN.md names this panel a region.
    <aside ref={panelRef} className="details-panel" role="region" aria-label="Details">
      <PathPanel graph={graph} />
      {asof !== null && <p className="as-of-note">{`As of ${formatPartialDate(asof)}`}</p>}
      {details === undefined ? (
        <GraphOverview title={graph.title} description={graph.description} sources={sources} />
      ) : (
        <>
          <ExpandButton graph={graph} node={details.node.id} />
          <FindPath key={details.node.id} graph={graph} from={details.node.id} />
          <EntityDetails details={details} sources={graph.sources} onSelect={onSelect} />
        </>
      )}
    </aside>
  );
}
