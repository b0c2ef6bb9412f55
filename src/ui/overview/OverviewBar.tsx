import { useShallow } from 'zustand/react/shallow';
import { OVERVIEW_FROM } from '../../view/overview/overview-size.ts';
import { plural } from '../plural.ts';
import { useExplorer } from '../store-context.ts';
import { useVisibleSet } from '../use-visible-set.ts';
import { useScene } from './use-scene.ts';
import './overview-bar.css';

const count = new Intl.NumberFormat('en');

/**
 * Above the canvas when more entities are visible than the canvas draws at once: says what the
 * overview shows and keeps the whole graph one click away (and the overview one click back).
 */
export function OverviewBar() {
  const visible = useVisibleSet();
  const scene = useScene();
  const { all, open, dispatch } = useExplorer(
    useShallow((state) => ({ all: state.view.all, open: state.view.open, dispatch: state.dispatch })),
  );
  if (visible.nodes.size <= OVERVIEW_FROM || !scene) return null;
  const total = count.format(visible.nodes.size);
  return (
    <section className="overview-bar" aria-label="Overview">
      {scene.overview ? (
        <>
          <p>
            {plural(scene.groups.length, 'group', 'groups')} and {plural(scene.entities.size, 'entity', 'entities')}{' '}
            stand for {total} entities. Click or zoom into a group to open it; search or pick any entity in the list.
          </p>
          {open.length > 0 && (
            <button type="button" onClick={() => dispatch({ type: 'closeGroups' })}>
              Close groups
            </button>
          )}
          <button type="button" onClick={() => dispatch({ type: 'setWholeGraph', all: true })}>
            Show whole graph
          </button>
        </>
      ) : (
        all && (
          <>
            <p>All {total} entities are drawn.</p>
            <button type="button" onClick={() => dispatch({ type: 'setWholeGraph', all: false })}>
              Back to overview
            </button>
          </>
        )
      )}
    </section>
  );
}
