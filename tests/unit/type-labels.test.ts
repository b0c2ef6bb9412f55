import { describe, expect, it } from 'vitest';
import { edgeTypeDefinition, nodeTypeDefinition, relationLabel } from '../../src/graph/type-labels.ts';
import { makeGraph, organisation } from './support/graph-builder.ts';

describe('type labels', () => {
  const graph = makeGraph({
    nodes: [organisation('team'), organisation('lab')],
    edges: [],
    edgeTypes: { part_of: { label: 'belongs to' }, funds: { label: 'funds', inverse: 'funded by' } },
  });

  it('keeps the built-in inverse of a built-in relation declared without one', () => {
    expect(edgeTypeDefinition(graph, 'part_of')).toEqual({ label: 'belongs to', inverse: 'has part' });
    expect(relationLabel(graph, 'part_of', 'in')).toBe('has part');
  });

  it('uses declared labels in both directions', () => {
    expect(relationLabel(graph, 'funds', 'out')).toBe('funds');
    expect(relationLabel(graph, 'funds', 'in')).toBe('funded by');
  });

  it('makes a readable label from an undeclared type name, marking the incoming direction', () => {
    expect(relationLabel(graph, 'invested_in', 'out')).toBe('invested in');
    expect(relationLabel(graph, 'invested_in', 'in')).toBe('invested in (incoming)');
    expect(nodeTypeDefinition(graph, 'research-group')).toEqual({ label: 'research group' });
    expect(nodeTypeDefinition(graph, 'person')).toEqual({ label: 'Person' });
  });
});
