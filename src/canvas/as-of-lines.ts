import type { Core } from 'cytoscape';
import { endedAsOf } from '../graph/as-of.ts';
import type { Graph } from '../graph/graph-model.ts';
import { viewDate } from '../view/view-date.ts';

/**
 * Former relations are drawn dashed (the stylesheet's `edge[?former]`); as of a date, "former" means
 * ended by then (graph/as-of.ts), so a role that ended later is solid on that date. Applied when the
 * date changes, to the relations whose state changes, in one batch.
 */
export function createAsOfLines(cy: Core, graph: Graph): (asof: string | null) => void {
  let last: string | null = null;
  return (asof) => {
    if (asof === last) return;
    last = asof;
    const date = viewDate(asof);
    cy.batch(() => {
      for (const edge of graph.edges.values()) {
        const former = endedAsOf(edge, date);
        const element = cy.getElementById(edge.id);
        if (element.data('former') !== former) element.data('former', former);
      }
    });
  };
}
