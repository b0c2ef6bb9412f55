import type { Graph } from '../../../src/graph/graph-model.ts';
import { parseGraph } from '../../../src/graph/parse-graph.ts';

/**
 * A graph whose ids and type names collide with every separator of the link (`,` `~` `&` `=` `#` `:`
 * `%` space), with CJK, and with names that plain objects treat specially (`__proto__`,
 * `constructor`). Every node has a position, so the `preset` layout is valid on it.
 */

export const AWKWARD_GRAPH_ID = 'awkward graph,~#';

export const AWKWARD_ORGANISATIONS = ['a,b', 'x~y', 'q&r=s#t', '100%', 'constructor'] as const;
export const AWKWARD_PEOPLE = ['with space', '栾剑', '__proto__'] as const;
export const AWKWARD_PRODUCTS = [':colon:'] as const;
export const AWKWARD_NODE_IDS: readonly string[] = [...AWKWARD_ORGANISATIONS, ...AWKWARD_PEOPLE, ...AWKWARD_PRODUCTS];

/** Declared but used by no node: still a type a link may name. */
export const AWKWARD_DECLARED_NODE_TYPE = 'team, unit~&=';
/** The node types some node has; every edge type is used by an edge. */
export const AWKWARD_PRESENT_NODE_TYPES = ['organization', 'person', 'product'] as const;
export const AWKWARD_NODE_TYPES = [...AWKWARD_PRESENT_NODE_TYPES, AWKWARD_DECLARED_NODE_TYPE] as const;
/** Languages some node has a label in (`zh-hant` only on one, to check tags are kept whole). */
export const AWKWARD_LANGUAGES = ['zh', 'zh-hant'] as const;
export const AWKWARD_EDGE_TYPES = ['holds_role', 'part_of', 'works with,&~', '__proto__'] as const;

export function awkwardGraph(): Graph {
  const node = (id: string, type: string, index: number): Record<string, unknown> => ({
    id,
    label: `Node ${index}`,
    type,
    position: { x: index * 100, y: -index * 50 },
    // Every third node has a Chinese label, one a traditional one: a graph labelled in part.
    ...(index % 3 === 0 && { labels: index === 0 ? { 'zh-Hant': `節點 ${index}` } : { zh: `节点 ${index}` } }),
  });
  const { graph, report } = parseGraph({
    version: 1,
    id: AWKWARD_GRAPH_ID,
    title: 'Awkward ids',
    nodeTypes: { [AWKWARD_DECLARED_NODE_TYPE]: { label: 'Team' } },
    // A computed key makes `__proto__` an own property, as JSON.parse would, instead of setting the prototype.
    edgeTypes: { 'works with,&~': { label: 'works with' }, ['__proto__']: { label: 'proto relation' } },
    nodes: [
      ...AWKWARD_ORGANISATIONS.map((id, index) => node(id, 'organization', index)),
      ...AWKWARD_PEOPLE.map((id, index) => node(id, 'person', index + 10)),
      ...AWKWARD_PRODUCTS.map((id, index) => node(id, 'product', index + 20)),
    ],
    edges: [
      { id: 'e1', source: 'with space', target: 'a,b', type: 'holds_role', title: 'Head' },
      { id: 'e2', source: 'a,b', target: 'x~y', type: 'part_of' },
      { id: 'e3', source: 'x~y', target: 'q&r=s#t', type: 'part_of' },
      { id: 'e4', source: '栾剑', target: ':colon:', type: 'works with,&~' },
      { id: 'e5', source: '__proto__', target: '100%', type: '__proto__' },
      { id: 'e6', source: '__proto__', target: 'constructor', type: 'holds_role', title: 'Member' },
    ],
  });
  if (graph === undefined) throw new Error(`awkward graph refused: ${JSON.stringify(report.errors)}`);
  return graph;
}
