import { describe, expect, it } from 'vitest';
import { organisationMembers } from '../../src/graph/organisation-members.ts';
import { messages, opened, readText } from './support/read-text.ts';

const csvNodes = 'Source,Target\nann,bob\n';
const people = JSON.stringify({
  nodes: [
    { id: 'ann', name: 'Ann Lee', kind: 'Person', company: 'Acme', team: 'Red' },
    { id: 'bob', name: 'Bob Ray', kind: 'person', company: 'Acme' },
    { id: 'x', name: 'Widget', kind: 'Gadget' },
  ],
  links: [{ source: 'ann', target: 'x' }],
});

describe('the mapping from a foreign file to labels, types and organisations', () => {
  it('detects name, kind and company, and says so in the report', () => {
    const result = readText(people, 'people.json');
    expect(result.report.summary?.mapping).toEqual({
      label: 'name',
      type: 'kind',
      organisation: 'company',
      relation: null,
    });
    const graph = opened(result);
    expect(graph.nodes.get('ann')).toMatchObject({ label: 'Ann Lee', type: 'person' });
    // An unknown type keeps the file's word, declared with it as the label.
    expect(graph.nodes.get('x')?.type).toBe('Gadget');
    expect(graph.nodeTypes.get('Gadget')?.label).toBe('Gadget');
  });

  it('makes the organisation attribute into organisations, roles and the filter', () => {
    const graph = opened(readText(people, 'people.json'));
    expect(graph.nodes.get('Acme')).toMatchObject({ label: 'Acme', type: 'organization' });
    const roles = [...graph.edges.values()].filter((edge) => edge.type === 'holds_role');
    expect(roles.map((edge) => `${edge.source}>${edge.target}`)).toEqual(['ann>Acme', 'bob>Acme']);
    expect([...organisationMembers(graph, ['Acme'], { currentOnly: false })].sort()).toEqual(['Acme', 'ann', 'bob']);
  });

  it('keeps every attribute it did not map for the details panel', () => {
    const graph = opened(readText(people, 'people.json'));
    expect(Object.fromEntries(graph.nodes.get('ann')?.attributes ?? [])).toEqual({ team: 'Red' });
  });

  it('follows the user: another label, no type, another organisation attribute', () => {
    const result = readText(people, 'people.json', { label: 'company', type: null, organisation: 'team' });
    const graph = opened(result);
    expect(graph.nodes.get('ann')).toMatchObject({ label: 'Acme', type: 'entity' });
    expect(graph.nodes.get('Red')?.type).toBe('organization');
    expect(result.report.summary?.mapping).toMatchObject({ label: 'company', type: null, organisation: 'team' });
    expect(graph.nodes.get('ann')?.attributes.get('name')).toBe('Ann Lee');
  });

  it('falls back to detection when the chosen attribute is not in the file', () => {
    expect(readText(people, 'people.json', { label: 'nope' }).report.summary?.mapping.label).toBe('name');
  });

  it('warns about nodes the type attribute leaves untyped', () => {
    const result = readText(JSON.stringify({ nodes: [{ id: 'a', type: 'person' }, { id: 'b' }], links: [] }));
    expect(messages(result)).toContain('1 node (nodes[1]) had no "type"; typed "Entity"');
  });

  it('gives graphs without names and types their ids as labels and one Entity type', () => {
    const graph = opened(readText(csvNodes, 'e.csv'));
    expect([...graph.nodes.values()].map((node) => `${node.label}:${node.type}`)).toEqual(['ann:entity', 'bob:entity']);
  });
});
