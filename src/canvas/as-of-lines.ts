import type { CollectionReturnValue, Core } from 'cytoscape';
import { endedAsOf } from '../graph/as-of.ts';
import type { Graph } from '../graph/graph-model.ts';
import { viewDate } from '../view/view-date.ts';

/**
 * Former relations are drawn dashed (the stylesheet's `edge[?former]`); as of a date, "former" means
 * ended by then (graph/as-of.ts), so a role that ended later is solid on that date. Applied when the
 * date changes, to the relations whose state changes, in one batch; relations the canvas receives later
 (`added`, an overview group opened) are drawn as of the date too.
 */
export function createAsOfLines(cy: Core, graph: Graph): (asof: string | null, added?: CollectionReturnValue) => void {
  let last: string | null = null;
  return (asof, added) => {
    const date = viewDate(asof);
    const ids = asof !== last ? graph.edges.keys() : asof !== null && added ? added.edges().map((e) => e.id()) : [];
    last = asof;
    cy.batch(() => {
      for (const id of ids) {
        const edge = graph.edges.get(id);
        const element = cy.getElementById(id);
        if (!edge || element.empty()) continue;
        const former = endedAsOf(edge, date);
        if (element.data('former') !== former) element.data('former', former);
      }
    });
  };
}
