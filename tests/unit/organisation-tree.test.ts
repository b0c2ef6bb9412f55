import { describe, expect, it } from 'vitest';
import { ancestorPath, organisationAndDescendants, organisationTree } from '../../src/graph/organisation-tree.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { edge, makeGraph, organisation, person, product } from './support/graph-builder.ts';

describe('organisationTree', () => {
  // company ← division ← lab ← team, plus a second company and a person and product on the side.
  const graph = makeGraph({
    nodes: [
      organisation('team'),
      organisation('company'),
      organisation('lab'),
      organisation('division'),
      organisation('other-company'),
      person('someone'),
      product('gadget'),
    ],
    edges: [
      edge('team', 'part_of', 'lab'),
      edge('lab', 'part_of', 'division'),
      edge('division', 'part_of', 'company'),
      edge('someone', 'part_of', 'company'),
      edge('gadget', 'part_of', 'lab'),
      edge('someone', 'holds_role', 'team', { title: 'Engineer' }),
    ],
  });
  const tree = organisationTree(graph);

  it('lists organisations in file order and only organisations', () => {
    expect(tree.organisations).toEqual(['team', 'company', 'lab', 'division', 'other-company']);
  });

  it('takes the roots in file order: organisations with no parent', () => {
    expect(tree.roots).toEqual(['company', 'other-company']);
  });

  it('links children and parents through part_of between organisations only', () => {
    expect(tree.children.get('company')).toEqual(['division']);
    expect(tree.children.get('lab')).toEqual(['team']);
    expect(tree.parents.get('team')).toEqual(['lab']);
    expect(tree.parents.has('someone')).toBe(false);
    expect(tree.parents.has('gadget')).toBe(false);
  });

  it('gives the ancestors nearest first, and none for a root', () => {
    expect(ancestorPath(tree, 'team')).toEqual(['lab', 'division', 'company']);
    expect(ancestorPath(tree, 'company')).toEqual([]);
    expect(ancestorPath(tree, 'not-there')).toEqual([]);
  });

  it('gives an organisation and all below it, breadth first, each once', () => {
    expect(organisationAndDescendants(tree, 'company')).toEqual(['company', 'division', 'lab', 'team']);
    expect(organisationAndDescendants(tree, 'team')).toEqual(['team']);
  });

  it('is built once per graph', () => {
    expect(organisationTree(graph)).toBe(tree);
  });
});

describe('organisationTree with several parents', () => {
  const graph = makeGraph({
    nodes: [organisation('joint-lab'), organisation('university'), organisation('company'), organisation('group')],
    edges: [
      edge('joint-lab', 'part_of', 'university'),
      edge('joint-lab', 'part_of', 'company'),
      edge('joint-lab', 'part_of', 'company', { id: 'same-pair-again' }),
      edge('company', 'part_of', 'group'),
    ],
  });
  const tree = organisationTree(graph);

  it('lists each parent once and places the unit under each', () => {
    expect(tree.parents.get('joint-lab')).toEqual(['university', 'company']);
    expect(tree.children.get('university')).toEqual(['joint-lab']);
    expect(tree.children.get('company')).toEqual(['joint-lab']);
    expect(organisationAndDescendants(tree, 'group')).toEqual(['group', 'company', 'joint-lab']);
  });

  it('follows the first parent for the path', () => {
    expect(ancestorPath(tree, 'joint-lab')).toEqual(['university']);
  });

  it('has every top organisation as a root', () => {
    expect(tree.roots).toEqual(['university', 'group']);
  });
});

describe('organisationTree with cycles', () => {
  const graph = makeGraph({
    nodes: [organisation('a'), organisation('b'), organisation('c'), organisation('self'), organisation('top')],
    edges: [
      edge('a', 'part_of', 'b'),
      edge('b', 'part_of', 'c'),
      edge('c', 'part_of', 'a'),
      edge('self', 'part_of', 'self'),
      edge('self', 'part_of', 'top'),
    ],
  });
  const tree = organisationTree(graph);

  it('ignores a self-loop', () => {
    expect(tree.parents.get('self')).toEqual(['top']);
    expect(tree.children.get('self')).toBeUndefined();
  });

  it('puts the first member of a cycle no root reaches at the top level', () => {
    expect(tree.roots).toEqual(['top', 'a']);
  });

  it('terminates every walk and visits each organisation once', () => {
    expect(organisationAndDescendants(tree, 'a')).toEqual(['a', 'c', 'b']);
    expect(organisationAndDescendants(tree, 'b')).toEqual(['b', 'a', 'c']);
    expect(ancestorPath(tree, 'a')).toEqual(['b', 'c']);
    expect(ancestorPath(tree, 'self')).toEqual(['top']);
  });
});

describe('organisationTree of the bundled graph', () => {
  const graph = bundledGraph();
  const tree = organisationTree(graph);

  it('has the companies and the stand-alone organisations as roots', () => {
    expect(tree.roots).toEqual(['xiaomi', 'the-paper', 'openai', 'toshiba-research-institute', 'microsoft']);
  });

  it('places the Large-Scale Model Team under AI Lab, Technical Committee and Xiaomi', () => {
    expect(ancestorPath(tree, 'large-model-team')).toEqual(['ai-lab', 'technical-committee', 'xiaomi']);
    expect(ancestorPath(tree, 'xiaoice-speech-team')).toEqual(['microsoft-xiaoice', 'microsoft']);
  });

  it('gives Xiaomi its units at every depth', () => {
    expect(organisationAndDescendants(tree, 'xiaomi')).toEqual([
      'xiaomi',
      'technical-committee',
      'autonomous-driving-team',
      'ai-lab',
      'large-model-team',
      'speech-generation-team',
    ]);
  });
});
