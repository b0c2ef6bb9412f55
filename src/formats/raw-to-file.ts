import { BUILT_IN_EDGE_TYPES, BUILT_IN_NODE_TYPES } from '../graph/graph-model.ts';
import type { GraphFile } from '../graph/graph-schema.ts';
import { newFileBuilder } from './file-builder.ts';
import { attributeNames, resolveMapping, type ImportOptions } from './import-mapping.ts';
import type { GraphChoice, ImportSummary, TypeCount } from './import-report.ts';
import { mapEdges } from './map-edges.ts';
import { mapMembership } from './map-membership.ts';
import { mapNodes } from './map-nodes.ts';
import type { RawGraph } from './raw-graph.ts';
import { DEFAULT_EDGE_TYPE_LABEL } from './type-vocabulary.ts';

export interface MappedFile {
  /** Undefined when the raw graph had errors. */
  readonly file: GraphFile | undefined;
  readonly summary: ImportSummary;
}

function counted(ids: readonly string[], labels: ReadonlyMap<string, string>): TypeCount[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, label: labels.get(id) ?? id, count }));
}

/** Declared types for the file: every type in use that is not built in, named as the source file named it. */
function declared<T>(used: readonly TypeCount[], builtIn: ReadonlyMap<string, unknown>, make: (label: string) => T) {
  return Object.fromEntries(used.filter((type) => !builtIn.has(type.id)).map((type) => [type.id, make(type.label)]));
}

export interface FileIdentity {
  readonly id: string;
  readonly title: string;
  readonly format: string;
  readonly graphs?: readonly GraphChoice[];
  readonly graphIndex?: number;
}

/**
 * Maps a raw graph to a format-v1 file with the options' mapping, and says what it did. Problems go
 * to the raw graph's list: errors there (from the importer or the mapping) mean no file.
 */
export function rawToFile(raw: RawGraph, identity: FileIdentity, options: ImportOptions): MappedFile {
  const mapping = resolveMapping(raw, options);
  const builder = newFileBuilder(raw.problems);
  const nodeIds = mapNodes(builder, raw.nodes, mapping);
  const membership = mapMembership(builder, raw.nodes, nodeIds, mapping);
  mapEdges(builder, raw.edges, mapping);
  const nodeTypes = counted(
    builder.nodes.map((node) => node.type),
    builder.nodeTypes,
  );
  const relationTypes = counted(
    builder.edges.map((edge) => edge.type),
    new Map([...builder.edgeTypes, ...[...BUILT_IN_EDGE_TYPES].map(([id, type]) => [id, type.label] as const)]),
  );
  const summary: ImportSummary = {
    format: identity.format,
    graphs: identity.graphs ?? [],
    graphIndex: identity.graphIndex ?? 0,
    nodes: builder.nodes.length,
    edges: builder.edges.length,
    mapping,
    nodeAttributes: attributeNames(raw.nodes),
    nodeTypes,
    relationTypes,
    ...membership,
    positions: builder.nodes.filter((node) => node.position !== undefined).length,
  };
  if (raw.problems.errors.length > 0) return { file: undefined, summary };
  const file: GraphFile = {
    version: 1,
    id: identity.id,
    title: raw.title ?? identity.title,
    ...(raw.description !== undefined && { description: raw.description }),
    nodeTypes: declared(nodeTypes, BUILT_IN_NODE_TYPES, (label) => ({ label })),
    edgeTypes: declared(relationTypes, BUILT_IN_EDGE_TYPES, (label) =>
      label === DEFAULT_EDGE_TYPE_LABEL ? { label, inverse: label } : { label },
    ),
    nodes: builder.nodes,
    edges: builder.edges,
  };
  return { file, summary };
}
