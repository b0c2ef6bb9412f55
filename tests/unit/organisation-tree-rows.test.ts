import { describe, expect, it } from 'vitest';
import { organisationTree, type OrganisationTree } from '../../src/graph/organisation-tree.ts';
import {
  flattenBranches,
  organisationBranches,
  type OrganisationBranch,
} from '../../src/ui/filters/organisation-tree-rows.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { edge, makeGraph, organisation, person } from './support/graph-builder.ts';

/** `id` for a leaf, `id(child, …)` otherwise: the shape of the tree at a glance. */
function shape(branches: readonly OrganisationBranch[]): string[] {
  return branches.map((branch) =>
    branch.children.length === 0 ? branch.id : `${branch.id}(${shape(branch.children).join(', ')})`,
  );
}

describe('organisationBranches', () => {
  it('nests the bundled graph’s organisations under their parents, roots first in file order', () => {
    const branches = organisationBranches(organisationTree(bundledGraph()));
    expect(shape(branches)).toEqual([
      'xiaomi(technical-committee(ai-lab(large-model-team, speech-generation-team)), autonomous-driving-team)',
      'the-paper',
      'openai',
      'toshiba-research-institute',
      'microsoft(microsoft-engineering-institute, microsoft-xiaoice(xiaoice-speech-team))',
    ]);
  });

  it('gives depths and pre-order indexes, and flattens in reading order', () => {
    const graph = makeGraph({
      nodes: [organisation('team'), organisation('lab'), organisation('company'), organisation('other')],
      edges: [edge('team', 'part_of', 'lab'), edge('lab', 'part_of', 'company')],
    });
    const rows = flattenBranches(organisationBranches(organisationTree(graph)));
    expect(rows.map((row) => [row.id, row.depth, row.index])).toEqual([
      ['company', 0, 0],
      ['lab', 1, 1],
      ['team', 2, 2],
      ['other', 0, 3],
    ]);
  });

  it('places an organisation with two parents once, under the first reached', () => {
    const graph = makeGraph({
      nodes: [organisation('a'), organisation('b'), organisation('shared')],
      edges: [edge('shared', 'part_of', 'b'), edge('shared', 'part_of', 'a')],
    });
    const branches = organisationBranches(organisationTree(graph));
    expect(shape(branches)).toEqual(['a(shared)', 'b']);
    expect(flattenBranches(branches)).toHaveLength(3);
  });

  it('ends at a part_of cycle, listing each member once', () => {
    const graph = makeGraph({
      nodes: [organisation('x'), organisation('y'), organisation('z'), organisation('solo'), person('p')],
      edges: [
        edge('x', 'part_of', 'y'),
        edge('y', 'part_of', 'z'),
        edge('z', 'part_of', 'x'),
        edge('p', 'holds_role', 'x', { title: 'Lead' }),
      ],
    });
    const rows = flattenBranches(organisationBranches(organisationTree(graph)));
    expect(rows.map((row) => row.id).sort()).toEqual(['solo', 'x', 'y', 'z']);
  });

  it('copes with a very deep chain without recursion limits', () => {
    // Built by hand: this tests the walk here, not organisationTree's own.
    const depth = 20_000;
    const ids = Array.from({ length: depth }, (_, i) => `o${i}`);
    const tree: OrganisationTree = {
      organisations: ids,
      roots: ['o0'],
      parents: new Map(ids.slice(1).map((id, i) => [id, [`o${i}`]])),
      children: new Map(ids.slice(1).map((id, i) => [`o${i}`, [id]])),
    };
    const rows = flattenBranches(organisationBranches(tree));
    expect(rows).toHaveLength(depth);
    expect(rows.at(-1)?.depth).toBe(depth - 1);
  });

  it('is empty for a graph without organisations', () => {
    expect(organisationBranches(organisationTree(makeGraph({ nodes: [person('p')] })))).toEqual([]);
  });
});
