import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Graph } from '../../graph/graph-model.ts';
import { memberCount } from '../../graph/organisation-members.ts';
import { organisationTree } from '../../graph/organisation-tree.ts';
import { viewDate } from '../../view/view-date.ts';
import { COLLAPSE_FROM, organisationBranches } from './organisation-tree-rows.ts';
import { OrganisationTreeList } from './OrganisationTreeList.tsx';
import { useLabelOf } from '../language-context.ts';
import { useExplorer } from '../store-context.ts';
import './filters.css';

const NOTHING: ReadonlySet<string> = new Set();

/** The organisation filter (DESIGN.md "Organisation membership"): tree of checkboxes, current roles only, clear. */
export function OrganisationFilterPanel({ graph }: { graph: Graph }) {
  const idPrefix = useId();
  const { orgs, current, dispatch } = useExplorer(
    useShallow((state) => ({ orgs: state.view.orgs, current: state.view.current, dispatch: state.dispatch })),
  );
  const asof = useExplorer((state) => state.view.asof);
  const labelOf = useLabelOf();
  const tree = organisationTree(graph);
  const branches = useMemo(() => organisationBranches(tree), [tree]);
  // Counted when a row is first shown: a graph of thousands of units pays only for the rows on screen.
  // Counts read as of the date, like everything else: "current" means current then.
  const counts = useMemo(() => new Map<string, number>(), [graph, current, asof]); // eslint-disable-line react-hooks/exhaustive-deps
  const countOf = (id: string): number => {
    let value = counts.get(id);
    if (value === undefined) {
      value = memberCount(graph, id, { currentOnly: current, asof: viewDate(asof) });
      counts.set(id, value);
    }
    return value;
  };
  // Sub-trees the user opened or closed against the default, remembered for this graph only.
  const [flipped, setFlipped] = useState<{ graph: Graph; ids: ReadonlySet<string> }>({ graph, ids: NOTHING });
  const flippedIds = flipped.graph === graph ? flipped.ids : NOTHING;
  const openByDefault = tree.organisations.length < COLLAPSE_FROM;

  const chosen = new Set(orgs);
  const hasChoice = orgs.length > 0 || current;

  return (
    <fieldset className="filter-group org-filter">
      <legend>Organisations</legend>
      {tree.organisations.length === 0 ? (
        <p className="filter-empty">This graph has no organisations.</p>
      ) : (
        <>
          <div className="filter-actions">
            <label className="filter-option">
              <input
                type="checkbox"
                checked={current}
                onChange={(event) => dispatch({ type: 'setCurrentOnly', current: event.currentTarget.checked })}
              />
              Current roles only
            </label>
            <button type="button" disabled={!hasChoice} onClick={() => dispatch({ type: 'clearOrganisations' })}>
              Clear
            </button>
          </div>
          <OrganisationTreeList
            branches={branches}
            idPrefix={idPrefix}
            labelOf={(id) => {
              const node = graph.nodes.get(id);
              return node ? labelOf(node) : id;
            }}
            countOf={countOf}
            isChecked={(id) => chosen.has(id)}
            isExpanded={(id) => openByDefault !== flippedIds.has(id)}
            onToggle={(id) => dispatch({ type: 'toggleOrganisation', organisation: id })}
            onToggleExpanded={(id) => {
              const ids = new Set(flippedIds);
              if (!ids.delete(id)) ids.add(id);
              setFlipped({ graph, ids });
            }}
          />
        </>
      )}
    </fieldset>
  );
}
