import { describe, expect, it } from 'vitest';
import { date } from './support/dates.ts';
import { datesInGraph, endedAsOf, firstDay, inForce, lastDay } from '../../src/graph/as-of.ts';
import type { GraphEdge } from '../../src/graph/graph-model.ts';
import { memberCount, organisationMembers } from '../../src/graph/organisation-members.ts';
import { relationsOf } from '../../src/graph/relations.ts';
import { rolesOfPerson } from '../../src/graph/roles.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { edge, makeGraph, organisation, person } from './support/graph-builder.ts';

/** Roles of `ada` at `acme`, one per way of dating a role the format allows. */
const graph = makeGraph({
  nodes: [person('ada'), person('bob'), organisation('acme')],
  edges: [
    edge('ada', 'holds_role', 'acme', { id: 'from-april', title: 'A', start: '2023-04' }),
    edge('ada', 'holds_role', 'acme', { id: 'until-2023', title: 'B', end: '2023' }),
    edge('ada', 'holds_role', 'acme', { id: 'day-span', title: 'C', start: '2021-06-15', end: '2022-03-31' }),
    edge('ada', 'holds_role', 'acme', { id: 'former-undated', title: 'D', former: true }),
    edge('ada', 'holds_role', 'acme', { id: 'undated', title: 'E' }),
    edge('ada', 'holds_role', 'acme', { id: 'former-since-2020', title: 'F', start: '2020', former: true }),
    edge('bob', 'holds_role', 'acme', { id: 'bob-from-2024', title: 'G', start: '2024-01-01' }),
  ],
});

function roleEdge(id: string): GraphEdge {
  const found = graph.edges.get(id);
  if (!found) throw new Error(`no edge ${id}`);
  return found;
}

const inForceAsOf = (asof: string): string[] =>
  [...graph.edges.values()].filter((e) => inForce(e, date(asof))).map((e) => e.id);

describe('first and last days of partial dates', () => {
  it('reads a year, a month and a day as the span of days they name', () => {
    expect([firstDay(date('2023')), lastDay(date('2023'))]).toEqual(['2023-01-01', '2023-12-31']);
    expect([firstDay(date('2023-04')), lastDay(date('2023-04'))]).toEqual(['2023-04-01', '2023-04-30']);
    expect([firstDay(date('2024-02')), lastDay(date('2024-02'))]).toEqual(['2024-02-01', '2024-02-29']);
    expect([firstDay(date('2023-04-14')), lastDay(date('2023-04-14'))]).toEqual(['2023-04-14', '2023-04-14']);
  });
});

describe('inForce', () => {
  it('keeps every relation without a date', () => {
    expect([...graph.edges.values()].every((e) => inForce(e, null))).toBe(true);
  });

  it('counts a start month as begun on any day of that month ("2023-04" as of 2023-04-10)', () => {
    expect(inForce(roleEdge('from-april'), date('2023-04-10'))).toBe(true);
    expect(inForce(roleEdge('from-april'), date('2023-04-01'))).toBe(true);
    expect(inForce(roleEdge('from-april'), date('2023-03-31'))).toBe(false);
    expect(inForce(roleEdge('from-april'), date('2023-03'))).toBe(false);
    // A year as the date reaches into April: the role may have started by its end.
    expect(inForce(roleEdge('from-april'), date('2023'))).toBe(true);
  });

  it('counts an end year as lasting to its last day ("2023" as of 2023-06-01 or 2023-12-31)', () => {
    expect(inForce(roleEdge('until-2023'), date('2023-06-01'))).toBe(true);
    expect(inForce(roleEdge('until-2023'), date('2023-12-31'))).toBe(true);
    expect(inForce(roleEdge('until-2023'), date('2024-01-01'))).toBe(false);
    expect(inForce(roleEdge('until-2023'), date('1999'))).toBe(true);
  });

  it('with day dates on both sides, drops exactly a start after the date or an end before it', () => {
    expect(inForce(roleEdge('day-span'), date('2021-06-14'))).toBe(false);
    expect(inForce(roleEdge('day-span'), date('2021-06-15'))).toBe(true);
    expect(inForce(roleEdge('day-span'), date('2022-03-31'))).toBe(true);
    expect(inForce(roleEdge('day-span'), date('2022-04-01'))).toBe(false);
  });

  it('keeps a former role without dates on every date: nothing says when it ended', () => {
    expect(inForce(roleEdge('former-undated'), date('1900'))).toBe(true);
    expect(inForce(roleEdge('former-undated'), date('2099-12-31'))).toBe(true);
    // A former role with a start still had not begun before it.
    expect(inForce(roleEdge('former-since-2020'), date('2019-12-31'))).toBe(false);
  });

  it('lists what is in force on one day', () => {
    expect(inForceAsOf('2022-01-01')).toEqual([
      'until-2023',
      'day-span',
      'former-undated',
      'undated',
      'former-since-2020',
    ]);
  });
});

describe('endedAsOf (Former rather than Current on that date)', () => {
  it('without a date is the file\'s "former" (or an end date)', () => {
    expect(endedAsOf(roleEdge('until-2023'), null)).toBe(true);
    expect(endedAsOf(roleEdge('from-april'), null)).toBe(false);
    expect(endedAsOf(roleEdge('former-undated'), null)).toBe(true);
  });

  it('with a date, a role whose end is later is current then', () => {
    expect(endedAsOf(roleEdge('until-2023'), date('2023-06-01'))).toBe(false);
    expect(endedAsOf(roleEdge('day-span'), date('2022-01-01'))).toBe(false);
    // Ended within the month the date names: former as of that month.
    expect(endedAsOf(roleEdge('day-span'), date('2022-03'))).toBe(false);
    expect(endedAsOf(roleEdge('day-span'), date('2022-04'))).toBe(true);
  });

  it('keeps a former role without an end date former on every date', () => {
    expect(endedAsOf(roleEdge('former-undated'), date('2000'))).toBe(true);
    expect(endedAsOf(roleEdge('former-since-2020'), date('2021'))).toBe(true);
  });
});

describe('datesInGraph', () => {
  it('lists each start and end once, earliest first, a bare year before its months', () => {
    expect(datesInGraph(graph).map((d) => d.iso)).toEqual([
      '2020',
      '2021-06-15',
      '2022-03-31',
      '2023',
      '2023-04',
      '2024-01-01',
    ]);
  });

  it('is empty for a graph without dates, and built once per graph', () => {
    const undated = makeGraph({ nodes: [person('a')] });
    expect(datesInGraph(undated)).toEqual([]);
    expect(datesInGraph(graph)).toBe(datesInGraph(graph));
  });
});

describe('roles, relations and membership as of a date', () => {
  const titles = (roles: readonly { edge: GraphEdge }[]): string[] => roles.map((role) => role.edge.title ?? '');

  it('groups roles as they stood then', () => {
    const roles = rolesOfPerson(graph, 'ada', date('2022-01-01'));
    expect(titles(roles.current)).toEqual(['C', 'B', 'E']);
    expect(titles(roles.former)).toEqual(['F', 'D']);
    const now = rolesOfPerson(graph, 'ada');
    expect(titles(now.current)).toEqual(['A', 'E']);
  });

  it('counts only members whose roles are in force, and "current roles only" means current then', () => {
    expect(organisationMembers(graph, ['acme'], { currentOnly: false }).has('bob')).toBe(true);
    expect(organisationMembers(graph, ['acme'], { currentOnly: false, asof: date('2023') }).has('bob')).toBe(false);
    expect(memberCount(graph, 'acme', { currentOnly: true, asof: date('2024-06') })).toBe(2);
    // On 1900-01-01 only the undated roles are in force, and of those only "E" is current.
    expect(memberCount(graph, 'acme', { currentOnly: true, asof: date('1900-01-01') })).toBe(1);
  });
});

describe('the bundled graph as of a date', () => {
  const bundled = bundledGraph();
  const heads = (asof: string): boolean =>
    rolesOfPerson(bundled, 'luan-jian', date(asof)).current.some((role) => role.organisation.id === 'large-model-team');

  it("hides Luan Jian's appointment as head of the Large-Scale Model Team on 2023-03-01 and shows it on 2023-05-01", () => {
    expect(heads('2023-03-01')).toBe(false);
    expect(heads('2023-05-01')).toBe(true);
    expect(heads('2023-04')).toBe(true);
  });

  it('keeps relations that carry no dates on any date', () => {
    expect(relationsOf(bundled, 'luan-jian', date('1990'))).toEqual(relationsOf(bundled, 'luan-jian'));
  });
});
