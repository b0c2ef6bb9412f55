import { ORGANISATION, PART_OF, PERSON, ROLE } from '../graph/graph-model.ts';
import type { NodeRecord } from '../graph/graph-schema.ts';
import { freshId, someOf, type FileBuilder } from './file-builder.ts';
import type { ResolvedMapping } from './import-mapping.ts';
import type { RawNode } from './raw-graph.ts';
import { DEFAULT_NODE_TYPE } from './type-vocabulary.ts';

export interface MembershipCounts {
  /** Nodes that are organisations because something is a member or part of them. */
  readonly organisations: number;
  /** Edges made from compound parents and the organisation attribute. */
  readonly memberships: number;
}

function organisationValues(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values
    .map((entry) => (typeof entry === 'number' ? String(entry) : typeof entry === 'string' ? entry.trim() : ''))
    .filter((entry) => entry !== '');
}

/**
 * Turns membership into the explorer's organisation tree: a compound node's parent, and the value of
 * the mapped organisation attribute, become organisations (unless the file typed them otherwise);
 * an organisation inside one is `part_of` it, anyone else holds a role there (so the organisation
 * filter shows them). An organisation named only by the attribute is added as a node.
 */
export function mapMembership(
  builder: FileBuilder,
  raw: readonly RawNode[],
  nodeIds: readonly (string | undefined)[],
  mapping: ResolvedMapping,
): MembershipCounts {
  const byLabel = new Map<string, NodeRecord>();
  for (const node of builder.nodes) if (!byLabel.has(node.label)) byLabel.set(node.label, node);
  const organisations = new Set<string>();
  const links: Array<{ member: NodeRecord; unit: NodeRecord }> = [];
  const orphans: string[] = [];
  const unit = (name: string, create: boolean): NodeRecord | undefined => {
    let found = builder.nodeById.get(name) ?? byLabel.get(name);
    if (!found && create) {
      found = { id: freshId(builder, name), label: name, type: ORGANISATION };
      builder.nodes.push(found);
      builder.nodeById.set(found.id, found);
      byLabel.set(name, found);
    }
    if (found?.type === DEFAULT_NODE_TYPE) found.type = ORGANISATION;
    if (found) organisations.add(found.id);
    return found;
  };
  raw.forEach((node, index) => {
    const id = nodeIds[index];
    const member = id === undefined ? undefined : builder.nodeById.get(id);
    if (!member) return;
    if (node.parent !== undefined) {
      const parent = builder.nodeById.get(node.parent) ? unit(node.parent, false) : undefined;
      if (parent) links.push({ member, unit: parent });
      else orphans.push(`${node.where}: "${node.parent}"`);
    }
    if (mapping.organisation === null) return;
    for (const name of organisationValues(node.attributes.get(mapping.organisation))) {
      const found = unit(name, true);
      if (found && found !== member) links.push({ member, unit: found });
    }
  });
  for (const { member, unit: organisation } of links) {
    // Types settle first (a member may itself turn out to be an organisation), then edges are typed.
    const type = member.type === PERSON ? ROLE : PART_OF;
    const id = freshId(builder, `${member.id} ${type} ${organisation.id}`);
    builder.edges.push({ id, source: member.id, target: organisation.id, type });
  }
  if (orphans.length > 0)
    builder.problems.warn(
      '',
      `${someOf(orphans.length, 'node', orphans)} named a parent that is not in the file; ignored`,
    );
  return { organisations: organisations.size, memberships: links.length };
}
