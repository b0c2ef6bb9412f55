import { useShallow } from 'zustand/react/shallow';
import type { Graph } from '../../graph/graph-model.ts';
import { defaultLayout } from '../../view/default-layout.ts';
import { presetAvailable } from '../../view/preset-layout.ts';
import { FOCUS_MAX, LAYOUT_NAMES, type LayoutName } from '../../view/view-state.ts';
import { useExplorer } from '../store-context.ts';
import { LAYOUT_LABELS } from './layout-labels.ts';
import './view-controls.css';

const FOCUS_CHOICES = Array.from({ length: FOCUS_MAX }, (_, i) => i + 1);

/** Layout choice and the neighbourhood focus of the selected entity. */
export function ViewControls({ graph }: { graph: Graph }) {
  const { layout, focus, node, dispatch } = useExplorer(
    useShallow((state) => ({
      layout: state.view.layout,
      focus: state.view.focus,
      node: state.view.node,
      dispatch: state.dispatch,
    })),
  );
  const offered = LAYOUT_NAMES.filter((name) => name !== 'preset' || presetAvailable(graph));
  const fallback = defaultLayout(graph);
  return (
    <div className="view-controls">
      <label>
        Layout
        <select
          value={layout ?? fallback}
          onChange={(event) => {
            const chosen = event.currentTarget.value as LayoutName;
            dispatch({ type: 'setLayout', layout: chosen === fallback ? null : chosen });
          }}
        >
          {offered.map((name) => (
            <option key={name} value={name}>
              {LAYOUT_LABELS.get(name) ?? name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Focus
        <select
          value={focus ?? 0}
          disabled={node === null}
          title={node === null ? 'Select an entity to focus on its neighbourhood' : undefined}
          onChange={(event) => {
            const hops = Number(event.currentTarget.value);
            dispatch({ type: 'setFocus', focus: hops === 0 ? null : hops });
          }}
        >
          <option value={0}>Whole graph</option>
          {FOCUS_CHOICES.map((hops) => (
            <option key={hops} value={hops}>
              {hops === 1 ? 'Neighbours' : `Within ${hops} steps`}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
