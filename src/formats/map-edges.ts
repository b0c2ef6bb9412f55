import type { EdgeRecord } from '../graph/graph-schema.ts';
import { attributeRecord, freshId, someOf, type FileBuilder } from './file-builder.ts';
import { squash, type ResolvedMapping } from './import-mapping.ts';
import type { RawEdge } from './raw-graph.ts';
import { DEFAULT_EDGE_TYPE, DEFAULT_EDGE_TYPE_LABEL, edgeTypeId, typeValue } from './type-vocabulary.ts';

function titleKey(edge: RawEdge, relation: string | null): string | undefined {
  for (const name of edge.attributes.keys()) if (name !== relation && squash(name) === 'label') return name;
  return undefined;
}

/** How a foreign edge's id fares: kept, renamed (it was a node's id), dropped (a repeated edge id). */
function reserveIds(builder: FileBuilder, raw: readonly RawEdge[]) {
  const renamed: string[] = [];
  const dropped: string[] = [];
  const nodeIds = new Set(builder.ids);
  const ids = raw.map((edge): string | null | undefined => {
    if (edge.id === undefined) return undefined;
    if (nodeIds.has(edge.id)) {
      renamed.push(`${edge.where}: "${edge.id}"`);
      return undefined;
    }
    if (builder.ids.has(edge.id)) {
      dropped.push(`${edge.where}: "${edge.id}"`);
      return null;
    }
    builder.ids.add(edge.id);
    return edge.id;
  });
  if (renamed.length > 0)
    builder.problems.warn('', `${someOf(renamed.length, 'edge', renamed)} had the id of a node; given a new id`);
  if (dropped.length > 0)
    builder.problems.warn(
      '',
      `${someOf(dropped.length, 'edge', dropped)} repeated an edge id; dropped (the first kept)`,
    );
  return ids;
}

/**
 * Adds the edges between the nodes already mapped: relation type from the mapped attribute (default
 * "related to"), a `label` attribute as the edge's title, the rest kept under `attributes`. An edge to
 * a node the file does not have is an error naming it; self-loops and parallel edges are kept.
 */
export function mapEdges(builder: FileBuilder, raw: readonly RawEdge[], mapping: ResolvedMapping): void {
  const ids = reserveIds(builder, raw);
  const loops: string[] = [];
  raw.forEach((edge, index) => {
    const given = ids[index];
    if (given === null) return;
    let missing = false;
    for (const end of ['source', 'target'] as const) {
      if (builder.nodeById.has(edge[end])) continue;
      builder.problems.error(`${edge.where}.${end}`, `no node "${edge[end]}" in the file`);
      missing = true;
    }
    if (missing) return;
    const attributes = new Map(edge.attributes);
    const typeText = mapping.relation === null ? undefined : typeValue(attributes.get(mapping.relation));
    if (typeText !== undefined && mapping.relation !== null) attributes.delete(mapping.relation);
    const type = typeText === undefined ? DEFAULT_EDGE_TYPE : edgeTypeId(typeText);
    if (!builder.edgeTypes.has(type))
      builder.edgeTypes.set(type, type === DEFAULT_EDGE_TYPE ? DEFAULT_EDGE_TYPE_LABEL : (typeText ?? type));
    const record: EdgeRecord = {
      id: given ?? freshId(builder, `edge-${index + 1}`),
      source: edge.source,
      target: edge.target,
      type,
    };
    const titleName = titleKey(edge, mapping.relation);
    const title = titleName === undefined ? undefined : typeValue(attributes.get(titleName));
    if (titleName !== undefined && title !== undefined) {
      record.title = title;
      attributes.delete(titleName);
    }
    const extra = attributeRecord(attributes);
    if (extra) record.attributes = extra;
    if (edge.source === edge.target) loops.push(`${edge.where}: "${edge.source}"`);
    builder.edges.push(record);
  });
  if (loops.length > 0) builder.problems.warn('', `${someOf(loops.length, 'self-loop', loops)} kept`);
}
