import type { PathBlockers, PathFilter } from '../../view/path-blockers.ts';

/** How each filter is named when it hides a path, in the words of the controls that switch it. */
const FILTER_NAMES: { readonly [F in PathFilter]: (asof: string) => string } = {
  organisations: () => 'the organisation filter',
  types: () => 'the entity types shown',
  relations: () => 'the relation types shown',
  date: (asof) => `the date (as of ${asof})`,
  focus: () => 'the focus',
  direction: () => '"Follow direction"',
};

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;
}

/**
 * Why no path shows, in one or two plain sentences: which active filter hides one (a path exists
 * without it), or that only all of them together do, or that the two are not connected at all.
 * @example noPathText('Ada', 'Bob', { alone: ['date'], together: false }, 'March 2023')
 * // 'No path from Ada to Bob in what is shown. Without the date (as of March 2023) there is one.'
 */
export function noPathText(from: string, to: string, blockers: PathBlockers, asof: string): string {
  const start = `No path from ${from} to ${to} in what is shown.`;
  if (blockers.alone.length > 0) {
    const names = blockers.alone.map((filter) => FILTER_NAMES[filter](asof));
    return `${start} Without ${orList(names)} there is one.`;
  }
  if (blockers.together) return `${start} Only without all the active filters together is there one.`;
  return `No path from ${from} to ${to}: they are not connected in this graph${
    blockers.active ? ', whatever the filters' : ''
  }.`;
}
