import { describe, expect, it } from 'vitest';
import { rolesInOrganisation, rolesOfPerson, type RoleView } from '../../src/graph/roles.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { edge, makeGraph, organisation, person } from './support/graph-builder.ts';

const titles = (roles: readonly RoleView[]): Array<string | undefined> => roles.map((role) => role.edge.title);

/** "Large-Scale Model Team · AI Lab · Technical Committee · Xiaomi", as the details panel writes it. */
const where = (role: RoleView): string => [role.organisation, ...role.path].map((node) => node.label).join(' · ');

const graph = makeGraph({
  nodes: [
    person('ada', 'Ada'),
    person('bob', 'Bob'),
    organisation('company', 'Company'),
    organisation('lab', 'Lab'),
    organisation('team', 'Team'),
    organisation('elsewhere', 'Elsewhere'),
  ],
  edges: [
    edge('lab', 'part_of', 'company'),
    edge('team', 'part_of', 'lab'),
    edge('ada', 'holds_role', 'company', { title: 'Adviser' }),
    edge('ada', 'holds_role', 'team', { title: 'Lead', start: '2023-04-14' }),
    edge('ada', 'holds_role', 'lab', { title: 'Researcher', start: '2019', end: '2023-04' }),
    edge('ada', 'holds_role', 'elsewhere', { title: 'Intern', former: true }),
    edge('ada', 'holds_role', 'lab', { title: 'Fellow', start: '2023' }),
    edge('ada', 'holds_role', 'elsewhere', { title: 'Student', start: '2015', end: '2018' }),
    edge('ada', 'holds_role', 'lab', { title: 'Member', start: '2023-04' }),
    edge('ada', 'reports_to', 'bob'),
    edge('bob', 'holds_role', 'lab', { title: 'Director', start: '2020' }),
    edge('bob', 'holds_role', 'team', { title: 'Adviser', former: true }),
  ],
});

describe('rolesOfPerson', () => {
  const roles = rolesOfPerson(graph, 'ada');

  it('groups current roles apart from former ones (`former: true` or an end date)', () => {
    expect(titles(roles.current).sort()).toEqual(['Adviser', 'Fellow', 'Lead', 'Member']);
    expect(titles(roles.former).sort()).toEqual(['Intern', 'Researcher', 'Student']);
  });

  it('puts the newest start first, a day before its month before its year, undated roles last', () => {
    expect(titles(roles.current)).toEqual(['Lead', 'Member', 'Fellow', 'Adviser']);
    expect(titles(roles.former)).toEqual(['Researcher', 'Student', 'Intern']);
  });

  it('gives each role its person, organisation and the path above the organisation', () => {
    const lead = roles.current[0];
    expect(lead?.person.id).toBe('ada');
    expect(lead?.organisation.id).toBe('team');
    expect(lead?.path.map((node) => node.id)).toEqual(['lab', 'company']);
    expect(lead && where(lead)).toBe('Team · Lab · Company');
    expect(roles.current[3]?.path).toEqual([]);
  });

  it('counts holds_role edges only, not other relations', () => {
    const all = [...roles.current, ...roles.former];
    expect(all).toHaveLength(7);
    expect(all.every((role) => role.edge.type === 'holds_role')).toBe(true);
  });

  it('is empty for someone with no roles or an unknown id', () => {
    expect(rolesOfPerson(graph, 'company')).toEqual({ current: [], former: [] });
    expect(rolesOfPerson(graph, 'nobody')).toEqual({ current: [], former: [] });
  });
});

describe('rolesInOrganisation', () => {
  it('lists the roles held directly in the unit, current first, newest first', () => {
    expect(rolesInOrganisation(graph, 'lab').map((role) => `${role.person.id}: ${role.edge.title ?? ''}`)).toEqual([
      'ada: Member',
      'ada: Fellow',
      'bob: Director',
      'ada: Researcher',
    ]);
  });

  it('does not reach into sub-units', () => {
    expect(titles(rolesInOrganisation(graph, 'company'))).toEqual(['Adviser']);
    expect(titles(rolesInOrganisation(graph, 'team'))).toEqual(['Lead', 'Adviser']);
  });

  it('is empty for an id with no roles', () => {
    expect(rolesInOrganisation(graph, 'ada')).toEqual([]);
  });
});

describe('roles on the bundled graph', () => {
  const bundled = bundledGraph();

  it("puts Luan Jian's 2023 headship first, with its path up to Xiaomi", () => {
    const roles = rolesOfPerson(bundled, 'luan-jian');
    const head = roles.current[0];
    expect(head?.edge.title).toBe('Head');
    expect(head?.path.map((node) => node.id)).toEqual(['ai-lab', 'technical-committee', 'xiaomi']);
    expect(head && where(head)).toBe('Large-Scale Model Team · AI Lab · Technical Committee · Xiaomi');
    expect(titles(roles.current)).toEqual(['Head', 'Person in charge', 'Senior Director, NLP Technology']);
  });

  it("lists Luan Jian's former roles at Toshiba and Microsoft", () => {
    const former = rolesOfPerson(bundled, 'luan-jian').former;
    expect(former.map((role) => role.organisation.id)).toEqual([
      'toshiba-research-institute',
      'microsoft-engineering-institute',
      'microsoft-xiaoice',
      'xiaoice-speech-team',
    ]);
    expect(former[3] && where(former[3])).toBe('Microsoft Xiaoice Speech Team · Microsoft Xiaoice · Microsoft');
  });

  it('gives Wang Bin his two current roles in file order', () => {
    const roles = rolesOfPerson(bundled, 'wang-bin');
    expect(titles(roles.current)).toEqual(['Vice Chairman', 'Director']);
    expect(roles.former).toEqual([]);
  });

  it("lists Xiaomi's presidents among the roles held at Xiaomi itself", () => {
    expect(rolesInOrganisation(bundled, 'xiaomi').map((role) => role.person.id)).toEqual([
      'luan-jian',
      'zeng-xuezhong',
      'william-lu',
    ]);
  });
});
