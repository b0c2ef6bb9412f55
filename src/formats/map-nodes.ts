import type { NodeRecord } from '../graph/graph-schema.ts';
import { attributeRecord, freshId, someOf, type FileBuilder } from './file-builder.ts';
import type { ResolvedMapping } from './import-mapping.ts';
import type { RawNode } from './raw-graph.ts';
import { DEFAULT_NODE_TYPE, DEFAULT_NODE_TYPE_LABEL, nodeTypeId, typeValue } from './type-vocabulary.ts';

function labelText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * Adds the nodes: the file's ids kept (a duplicate is dropped with a warning), missing ids made up,
 * the mapped attributes read as label and type, every other attribute kept under `attributes`.
 * Returns, per raw node, the id it got (undefined when it was dropped).
 */
export function mapNodes(
  builder: FileBuilder,
  raw: readonly RawNode[],
  mapping: ResolvedMapping,
): (string | undefined)[] {
  const dropped: string[] = [];
  const unlabelled: string[] = [];
  const untyped: string[] = [];
  // Explicit ids first, so a made-up id never takes one the file uses later.
  const ids = raw.map((node) => {
    if (node.id === undefined) return undefined;
    if (builder.ids.has(node.id)) {
      dropped.push(`${node.where}: "${node.id}"`);
      return null;
    }
    builder.ids.add(node.id);
    return node.id;
  });
  const result = raw.map((node, index) => {
    const given = ids[index];
    if (given === null) return undefined;
    const id = given ?? freshId(builder, `node-${index + 1}`);
    const attributes = new Map(node.attributes);
    // Membership becomes edges (mapMembership), not an attribute.
    if (mapping.organisation !== null) attributes.delete(mapping.organisation);
    const label = mapping.label === null ? undefined : labelText(attributes.get(mapping.label));
    if (label !== undefined && mapping.label !== null) attributes.delete(mapping.label);
    else unlabelled.push(node.where);
    const typeText = mapping.type === null ? undefined : typeValue(attributes.get(mapping.type));
    if (typeText !== undefined && mapping.type !== null) attributes.delete(mapping.type);
    else if (mapping.type !== null) untyped.push(node.where);
    const type = typeText === undefined ? DEFAULT_NODE_TYPE : nodeTypeId(typeText);
    if (!builder.nodeTypes.has(type))
      builder.nodeTypes.set(type, type === DEFAULT_NODE_TYPE ? DEFAULT_NODE_TYPE_LABEL : (typeText ?? type));
    const record: NodeRecord = { id, label: label ?? id, type };
    if (node.position) record.position = node.position;
    const extra = attributeRecord(attributes);
    if (extra) record.attributes = extra;
    builder.nodes.push(record);
    builder.nodeById.set(id, record);
    return id;
  });
  const { problems } = builder;
  if (dropped.length > 0)
    problems.warn(
      '',
      `${someOf(dropped.length, 'node', dropped)} repeated an id already used; dropped (the first one kept)`,
    );
  if (unlabelled.length > 0 && mapping.label !== null)
    problems.warn(
      '',
      `${someOf(unlabelled.length, 'node', unlabelled)} had no "${mapping.label}"; the id is the label`,
    );
  if (untyped.length > 0 && mapping.type !== null)
    problems.warn(
      '',
      `${someOf(untyped.length, 'node', untyped)} had no "${mapping.type}"; typed "${DEFAULT_NODE_TYPE_LABEL}"`,
    );
  return result;
}
