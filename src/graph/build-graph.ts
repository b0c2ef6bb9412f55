import type {
  Attributes,
  EdgeTypeDefinition,
  Graph,
  GraphEdge,
  GraphNode,
  Source,
  TypeDefinition,
} from './graph-model.ts';
import type { EdgeRecord, GraphFile, NodeRecord } from './graph-schema.ts';
import { multimapPush } from './multimap.ts';
import { partialDateReader, type PartialDate } from './partial-date.ts';

/**
 * Builds the indexed model from a file that passed the schema and the whole-file checks.
 * Objects keyed by file text (type registries, links, attributes) are read with `Object.entries`
 * of the JSON.parse output, where `__proto__` is an ordinary own key, and land in Maps.
 */

/**
 * One empty map and one empty list for every entity without links, attributes, aliases or evidence:
 * a 20,000-entity graph would otherwise make 100,000 empty ones. The model is read-only throughout.
 */
const NO_ENTRIES: ReadonlyMap<string, never> = new Map<string, never>();
const NONE: readonly never[] = [];

function entries<T>(record: Readonly<Record<string, T>> | undefined): ReadonlyMap<string, T> {
  if (record === undefined) return NO_ENTRIES;
  const list = Object.entries(record);
  return list.length === 0 ? NO_ENTRIES : new Map(list);
}

function attributes(record: Readonly<Record<string, unknown>> | undefined): Attributes {
  return entries(record);
}

/** A model object while it is built: the fields a record has are added to it, no temporary object spread. */
type Building<T> = { -readonly [K in keyof T]: T[K] };

function buildNode(record: NodeRecord): GraphNode {
  const node: Building<GraphNode> = {
    id: record.id,
    label: record.label,
    type: record.type,
    aliases: record.aliases ?? NONE,
    links: entries(record.links),
    attributes: attributes(record.attributes),
  };
  if (record.labels !== undefined)
    node.labels = new Map(Object.entries(record.labels).map(([tag, label]) => [tag.toLowerCase(), label]));
  if (record.summary !== undefined) node.summary = record.summary;
  if (record.position !== undefined) node.position = record.position;
  return node;
}

function buildEdge(record: EdgeRecord, readDate: (text: string) => PartialDate | undefined): GraphEdge {
  const edge: Building<GraphEdge> = {
    id: record.id,
    source: record.source,
    target: record.target,
    type: record.type,
    // An `end` that is not a date still says the relation ended (the check warns about the date).
    former: record.former === true || record.end !== undefined,
    evidence: record.evidence ?? NONE,
    attributes: attributes(record.attributes),
  };
  if (record.title !== undefined) edge.title = record.title;
  if (record.start !== undefined) {
    const start = readDate(record.start);
    if (start) edge.start = start;
  }
  if (record.end !== undefined) {
    const end = readDate(record.end);
    if (end) edge.end = end;
  }
  return edge;
}

export function buildGraph(file: GraphFile): Graph {
  const nodes = new Map<string, GraphNode>();
  for (const record of file.nodes) nodes.set(record.id, buildNode(record));
  const edges = new Map<string, GraphEdge>();
  const outgoing = new Map<string, string[]>();
  const incoming = new Map<string, string[]>();
  const readDate = partialDateReader();
  for (const record of file.edges) {
    const edge = buildEdge(record, readDate);
    edges.set(edge.id, edge);
    multimapPush(outgoing, edge.source, edge.id);
    multimapPush(incoming, edge.target, edge.id);
  }
  const sources = new Map<string, Source>((file.sources ?? []).map((source) => [source.id, source]));
  return {
    id: file.id,
    title: file.title,
    ...(file.description !== undefined && { description: file.description }),
    sources,
    nodeTypes: entries<TypeDefinition>(file.nodeTypes),
    edgeTypes: entries<EdgeTypeDefinition>(file.edgeTypes),
    nodes,
    edges,
    outgoing,
    incoming,
  };
}
