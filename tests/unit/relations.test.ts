import { describe, expect, it } from 'vitest';
import { relationsOf, type RelationGroup } from '../../src/graph/relations.ts';
import { relationLabel } from '../../src/graph/type-labels.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { edge, makeGraph, organisation, person, product } from './support/graph-builder.ts';

/** `out reports_to "reports to": wang-bin` — one line per group, easy to compare whole. */
function summary(groups: readonly RelationGroup[]): string[] {
  return groups.map(
    (group) =>
      `${group.direction} ${group.type} "${group.label}": ${group.items.map((item) => item.other.id).join(', ')}`,
  );
}

const graph = makeGraph({
  edgeTypes: {
    reports_to: { label: 'reports to', inverse: 'has direct report' },
    developed: { label: 'developed', inverse: 'developed by' },
    mentions: { label: 'mentions' },
  },
  nodes: [
    person('ada'),
    person('bob'),
    person('cy'),
    organisation('lab'),
    organisation('company'),
    product('widget'),
    product('kit'),
  ],
  edges: [
    edge('lab', 'part_of', 'company'),
    edge('widget', 'part_of', 'kit'),
    edge('ada', 'holds_role', 'lab', { title: 'Lead' }),
    edge('ada', 'reports_to', 'bob'),
    edge('cy', 'reports_to', 'bob'),
    edge('bob', 'reports_to', 'cy'),
    edge('lab', 'developed', 'widget'),
    edge('ada', 'developed', 'widget'),
    edge('cy', 'mentions', 'ada'),
    edge('ada', 'mentions', 'widget'),
    edge('ada', 'mentions', 'kit'),
  ],
});

describe('relationsOf', () => {
  it('groups by type and direction, outgoing first, each in file order, labelled as read from the entity', () => {
    expect(summary(relationsOf(graph, 'bob'))).toEqual([
      'out reports_to "reports to": cy',
      'in reports_to "has direct report": ada, cy',
    ]);
    expect(summary(relationsOf(graph, 'ada'))).toEqual([
      'out reports_to "reports to": bob',
      'out developed "developed": widget',
      'out mentions "mentions": widget, kit',
      'in mentions "mentions (incoming)": cy',
    ]);
  });

  it('leaves roles and the organisation tree to their own sections', () => {
    expect(summary(relationsOf(graph, 'lab'))).toEqual(['out developed "developed": widget']);
    expect(summary(relationsOf(graph, 'company'))).toEqual([]);
  });

  it('keeps part_of between things that are not both organisations, with the built-in labels', () => {
    expect(summary(relationsOf(graph, 'widget'))).toEqual([
      'out part_of "part of": kit',
      'in developed "developed by": lab, ada',
      'in mentions "mentions (incoming)": ada',
    ]);
    expect(summary(relationsOf(graph, 'kit'))).toEqual([
      'in part_of "has part": widget',
      'in mentions "mentions (incoming)": ada',
    ]);
  });

  it('carries the edge of every item', () => {
    const [group] = relationsOf(graph, 'cy');
    expect(group?.items[0]?.edge).toMatchObject({ source: 'cy', target: 'bob', type: 'reports_to' });
  });

  it('is empty for an unknown id', () => {
    expect(relationsOf(graph, 'nobody')).toEqual([]);
  });
});

describe('relationLabel', () => {
  it('reads the declared label, the declared inverse, or marks the label as incoming', () => {
    expect(relationLabel(graph, 'reports_to', 'out')).toBe('reports to');
    expect(relationLabel(graph, 'reports_to', 'in')).toBe('has direct report');
    expect(relationLabel(graph, 'mentions', 'in')).toBe('mentions (incoming)');
  });

  it('falls back to the built-in definitions, then to the type name in words', () => {
    expect(relationLabel(graph, 'holds_role', 'in')).toBe('role held by');
    expect(relationLabel(graph, 'commented_on', 'out')).toBe('commented on');
    expect(relationLabel(graph, 'commented_on', 'in')).toBe('commented on (incoming)');
  });
});

describe('relationsOf on the bundled graph', () => {
  const bundled = bundledGraph();

  it('has Luan Jian report to Wang Bin, and his roles elsewhere', () => {
    expect(summary(relationsOf(bundled, 'luan-jian'))).toEqual(['out reports_to "reports to": wang-bin']);
  });

  it('gives Wang Bin the declared inverse', () => {
    expect(summary(relationsOf(bundled, 'wang-bin'))).toEqual(['in reports_to "has direct report": luan-jian']);
  });

  it('gives ChatGPT what it is based on, who developed it and who commented on it', () => {
    expect(summary(relationsOf(bundled, 'chatgpt'))).toEqual([
      'out based_on "based on": gpt-3-5',
      'in developed "developed by": openai',
      'in commented_on "commented on by": zeng-xuezhong, william-lu',
    ]);
  });

  it('shows Xiaomi its founder and product but not its units', () => {
    expect(summary(relationsOf(bundled, 'xiaomi'))).toEqual([
      'out developed "developed": xiao-ai',
      'in founded "founded by": lei-jun',
      'in reported_on "reported on by": the-paper',
    ]);
  });
});
