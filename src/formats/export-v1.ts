import type { GraphEdge, GraphNode } from '../graph/graph-model.ts';
import type { EdgeRecord, GraphFile, NodeRecord } from '../graph/graph-schema.ts';
import type { ExportScope } from './export-subgraph.ts';

function record<T>(map: ReadonlyMap<string, T>): Record<string, T> | undefined {
  // fromEntries defines own keys, so an id like `__proto__` stays data.
  return map.size === 0 ? undefined : Object.fromEntries(map);
}

function nodeRecord(node: GraphNode, scope: ExportScope): NodeRecord {
  const position = scope.positions.get(node.id) ?? node.position;
  const links = record(node.links);
  const attributes = record(node.attributes);
  return {
    id: node.id,
    label: node.label,
    type: node.type,
    ...(node.aliases.length > 0 && { aliases: [...node.aliases] }),
    ...(node.labels && { labels: Object.fromEntries(node.labels) }),
    ...(node.summary !== undefined && { summary: node.summary }),
    ...(links && { links }),
    ...(position && { position: { x: Math.round(position.x * 100) / 100, y: Math.round(position.y * 100) / 100 } }),
    ...(attributes && { attributes }),
  };
}

function edgeRecord(edge: GraphEdge): EdgeRecord {
  const attributes = record(edge.attributes);
  const { id, source, target, type } = edge;
  return {
    id,
    source,
    target,
    type,
    ...(edge.title !== undefined && { title: edge.title }),
    ...(edge.start && { start: edge.start.iso }),
    ...(edge.end && { end: edge.end.iso }),
    // `former` is derived from `end` too; only a former relation without an end date needs the flag.
    ...(edge.former && !edge.end && { former: true }),
    ...(edge.evidence.length > 0 && { evidence: edge.evidence.map((item) => ({ ...item })) }),
    ...(attributes && { attributes }),
  };
}

/**
 * The visible subgraph as a format-v1 file, every node with the position it is drawn at, so the
 * file reopens to the same picture with no layout run ("Saved positions"). Types and sources are
 * those the graph declares; nothing of the original file is lost for what is written.
 */
export function exportV1(scope: ExportScope): GraphFile {
  const { graph } = scope;
  const nodes = [...graph.nodes.values()].filter((node) => scope.nodes.has(node.id));
  const edges = [...graph.edges.values()].filter(
    (edge) => scope.edges.has(edge.id) && scope.nodes.has(edge.source) && scope.nodes.has(edge.target),
  );
  const nodeTypes = record(graph.nodeTypes);
  const edgeTypes = record(graph.edgeTypes);
  return {
    version: 1,
    id: graph.id,
    title: graph.title,
    ...(graph.description !== undefined && { description: graph.description }),
    ...(graph.sources.size > 0 && { sources: [...graph.sources.values()].map((source) => ({ ...source })) }),
    ...(nodeTypes && { nodeTypes }),
    ...(edgeTypes && { edgeTypes }),
    nodes: nodes.map((node) => nodeRecord(node, scope)),
    edges: edges.map(edgeRecord),
  };
}

export function exportV1Text(scope: ExportScope): string {
  return `${JSON.stringify(exportV1(scope), null, 2)}\n`;
}
