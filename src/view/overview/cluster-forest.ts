import type { Graph } from '../../graph/graph-model.ts';
import { hierarchyForest } from '../../graph/hierarchy-forest.ts';
import { multimapPush } from '../../graph/multimap.ts';
import { perGraph } from '../../graph/per-graph.ts';
import { nodeTypeDefinition } from '../../graph/type-labels.ts';
import { chunkKey, entityGroupKey, typeGroupKey } from './cluster-keys.ts';
import { chunkByLabel } from './label-chunks.ts';

/**
 * The groups the overview draws a large graph as (DESIGN.md "Overview first"). They follow the
 * organisation chart (`hierarchyForest`): an organisation with anything under it is a group holding
 * itself, its sub-units (groups in turn), its people and its products. Entities under no one are
 * grouped by type when there are many. A group never opens onto more than `FANOUT` items: longer
 * lists become runs by label ("Ana Ito – Bo Park"). Built once per graph; which groups are drawn
 * open is decided per view by overview-scene.ts.
 */
export interface Cluster {
  /** Link text naming the group (cluster-keys.ts); unique in the graph. */
  readonly key: string;
  readonly label: string;
  /** The entity the group is rooted at (an organisation), drawn inside it; none for type groups and runs. */
  readonly entity: string | undefined;
  /** Node type that colours the group. */
  readonly type: string;
  readonly parent: string | undefined;
  /** Groups directly inside, in order. */
  readonly clusters: readonly string[];
  /** Entities directly inside (not inside a sub-group), the group's own entity first. */
  readonly members: readonly string[];
  /** Entities inside at any depth. */
  readonly size: number;
}

export interface ClusterForest {
  readonly clusters: ReadonlyMap<string, Cluster>;
  /** Top-level groups, in graph order. */
  readonly roots: readonly string[];
  /** Top-level entities in no group. */
  readonly loose: readonly string[];
  /** Each grouped entity's innermost group. */
  readonly home: ReadonlyMap<string, string>;
}

/** Most items a group opens onto. */
export const FANOUT = 80;
/** Up to this many entities under no one stay ungrouped at the top. */
const LOOSE_MAX = 12;

type Draft = { -readonly [K in keyof Cluster]: Cluster[K] } & { clusters: string[]; members: string[] };

export const clusterForest = perGraph((graph: Graph): ClusterForest => {
  const parents = hierarchyForest(graph);
  const children = new Map<string, string[]>();
  const tops: string[] = [];
  for (const id of graph.nodes.keys()) {
    const parent = parents.get(id);
    if (parent === undefined) tops.push(id);
    else multimapPush(children, parent, id);
  }
  const clusters = new Map<string, Draft>();
  const home = new Map<string, string>();
  const labelOf = (id: string): string => graph.nodes.get(id)?.label ?? id;

  const add = (fields: Omit<Draft, 'clusters' | 'members' | 'size'>): Draft => {
    const draft: Draft = { ...fields, clusters: [], members: [], size: 0 };
    if (draft.parent !== undefined) clusters.get(draft.parent)?.clusters.push(draft.key);
    clusters.set(draft.key, draft);
    return draft;
  };
  /** Puts `loose` into the group, in runs by label when it would open onto more than FANOUT items. */
  const fill = (draft: Draft, loose: readonly string[], reserved: number): void => {
    const room = FANOUT - draft.members.length - reserved;
    if (loose.length <= room) {
      for (const id of loose) {
        draft.members.push(id);
        home.set(id, draft.key);
      }
      return;
    }
    const runs = chunkByLabel(loose, labelOf, Math.max(2, Math.min(room, Math.ceil(loose.length / FANOUT))));
    runs.forEach((run, index) => {
      const first = labelOf(run[0] ?? '');
      const last = labelOf(run[run.length - 1] ?? '');
      const child = add({
        key: chunkKey(draft.key, index + 1),
        label: first === last ? first : `${first} – ${last}`,
        entity: undefined,
        type: draft.type,
        parent: draft.key,
      });
      fill(child, run, 0);
    });
  };

  // Depth first from each top entity with children; iterative, so a deep chart cannot overflow the stack.
  const build = (root: string): void => {
    const stack: Array<{ id: string; parent: string | undefined }> = [{ id: root, parent: undefined }];
    for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
      const draft = add({
        key: entityGroupKey(item.id),
        label: labelOf(item.id),
        entity: item.id,
        type: graph.nodes.get(item.id)?.type ?? '',
        parent: item.parent,
      });
      draft.members.push(item.id);
      home.set(item.id, draft.key);
      const loose: string[] = [];
      const nested: string[] = [];
      for (const child of children.get(item.id) ?? []) (children.has(child) ? nested : loose).push(child);
      for (let i = nested.length - 1; i >= 0; i--) stack.push({ id: nested[i] ?? '', parent: draft.key });
      fill(draft, loose, nested.length);
    }
  };

  const roots: string[] = [];
  const lone: string[] = [];
  for (const id of tops) {
    if (children.has(id)) {
      roots.push(entityGroupKey(id));
      build(id);
    } else lone.push(id);
  }
  let loose = lone;
  if (lone.length > LOOSE_MAX) {
    loose = [];
    const byType = new Map<string, string[]>();
    for (const id of lone) multimapPush(byType, graph.nodes.get(id)?.type ?? '', id);
    for (const [type, ids] of byType) {
      if (ids.length === 1) {
        loose.push(...ids);
        continue;
      }
      const draft = add({
        key: typeGroupKey(type),
        label: nodeTypeDefinition(graph, type).label,
        entity: undefined,
        type,
        parent: undefined,
      });
      roots.push(draft.key);
      fill(draft, ids, 0);
    }
  }
  // Sizes bottom up: every group is added after its parent, so the reverse order meets children first.
  for (const draft of [...clusters.values()].reverse()) {
    draft.size += draft.members.length;
    const parent = draft.parent === undefined ? undefined : clusters.get(draft.parent);
    if (parent) parent.size += draft.size;
  }
  return { clusters, roots, loose, home };
});

/** The group and the groups around it, outermost first: the groups to open to show the entity. */
export function groupPath(forest: ClusterForest, key: string | undefined): string[] {
  const path: string[] = [];
  for (let current = key; current !== undefined; current = forest.clusters.get(current)?.parent) path.push(current);
  return path.reverse();
}
