import type { OrganisationTree } from '../../graph/organisation-tree.ts';

/** One organisation in the filter's tree, with the sub-units shown nested under it. */
export interface OrganisationBranch {
  readonly id: string;
  /** Pre-order position in the whole tree: a stable, DOM-safe key for element ids. */
  readonly index: number;
  readonly depth: number;
  readonly children: readonly OrganisationBranch[];
}

interface MutableBranch {
  readonly id: string;
  readonly index: number;
  readonly depth: number;
  readonly children: MutableBranch[];
}

/**
 * The organisation tree as nested branches: roots first, in file order, children under their parent.
 * Each organisation appears once, at the first place a depth-first walk from the roots reaches it,
 * so an organisation with several parents sits under the first, and a `part_of` cycle ends the walk
 * instead of repeating. Iterative, so a very deep chain cannot overflow the stack.
 */
export function organisationBranches(tree: OrganisationTree): OrganisationBranch[] {
  const top: MutableBranch[] = [];
  const placed = new Set<string>();
  const stack: { id: string; depth: number; into: MutableBranch[] }[] = [];
  for (let i = tree.roots.length - 1; i >= 0; i--) {
    const id = tree.roots[i];
    if (id !== undefined) stack.push({ id, depth: 0, into: top });
  }
  let index = 0;
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (placed.has(item.id)) continue;
    placed.add(item.id);
    const branch: MutableBranch = { id: item.id, index: index++, depth: item.depth, children: [] };
    item.into.push(branch);
    const children = tree.children.get(item.id) ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined && !placed.has(child))
        stack.push({ id: child, depth: item.depth + 1, into: branch.children });
    }
  }
  return top;
}

/** The branches in reading order (pre-order), each once: what a fully expanded tree lists. */
export function flattenBranches(branches: readonly OrganisationBranch[]): OrganisationBranch[] {
  const rows: OrganisationBranch[] = [];
  const stack = [...branches].reverse();
  for (let branch = stack.pop(); branch !== undefined; branch = stack.pop()) {
    rows.push(branch);
    for (let i = branch.children.length - 1; i >= 0; i--) {
      const child = branch.children[i];
      if (child) stack.push(child);
    }
  }
  return rows;
}

/** Trees this long start with their sub-trees collapsed; shorter ones start fully open. */
export const COLLAPSE_FROM = 50;
