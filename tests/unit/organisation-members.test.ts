import { describe, expect, it } from 'vitest';
import { PERSON } from '../../src/graph/graph-model.ts';
import { memberCount, organisationMembers } from '../../src/graph/organisation-members.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { edge, makeGraph, organisation, person, product, sorted } from './support/graph-builder.ts';

const ALL = { currentOnly: false };
const CURRENT = { currentOnly: true };

/**
 * holding ← company ← division ← lab ← team: the team sits four levels below the holding.
 * rival is a second, unrelated company.
 */
const graph = makeGraph({
  nodes: [
    organisation('holding'),
    organisation('company'),
    organisation('division'),
    organisation('lab'),
    organisation('team'),
    organisation('rival'),
    person('chair'),
    person('founder'),
    person('engineer'),
    person('flagged-former'),
    person('dated-former'),
    person('moved'),
    person('rival-ceo'),
    person('rival-founder'),
    person('outsider'),
    product('widget'),
    product('gizmo'),
    product('side-project'),
  ],
  edges: [
    edge('company', 'part_of', 'holding'),
    edge('division', 'part_of', 'company'),
    edge('lab', 'part_of', 'division'),
    edge('team', 'part_of', 'lab'),
    edge('chair', 'holds_role', 'holding', { title: 'Chair' }),
    edge('founder', 'founded', 'company'),
    edge('engineer', 'holds_role', 'team', { title: 'Engineer', start: '2023-04' }),
    edge('flagged-former', 'holds_role', 'lab', { title: 'Researcher', former: true }),
    edge('dated-former', 'holds_role', 'division', { title: 'Director', start: '2019', end: '2022' }),
    edge('moved', 'holds_role', 'team', { title: 'Intern', former: true }),
    edge('moved', 'holds_role', 'lab', { title: 'Scientist' }),
    edge('rival-ceo', 'holds_role', 'rival', { title: 'CEO' }),
    edge('rival-founder', 'founded', 'rival'),
    edge('team', 'developed', 'widget'),
    edge('rival', 'developed', 'gizmo'),
    edge('engineer', 'developed', 'side-project'),
    edge('outsider', 'commented_on', 'widget'),
    edge('outsider', 'reports_to', 'chair'),
  ],
});

describe('organisationMembers', () => {
  it('includes every unit below at any depth, their people and their products', () => {
    expect(sorted(organisationMembers(graph, ['holding'], ALL))).toEqual(
      sorted([
        'holding',
        'company',
        'division',
        'lab',
        'team',
        'chair',
        'founder',
        'engineer',
        'flagged-former',
        'dated-former',
        'moved',
        'widget',
      ]),
    );
  });

  it('counts founders and products developed by a sub-unit four levels down', () => {
    const members = organisationMembers(graph, ['holding'], ALL);
    expect(members.has('founder')).toBe(true);
    expect(members.has('widget')).toBe(true);
  });

  it('leaves out what is only linked by other relations, and products developed by people', () => {
    const members = organisationMembers(graph, ['holding'], ALL);
    expect(members.has('outsider')).toBe(false);
    expect(members.has('side-project')).toBe(false);
    expect(members.has('rival')).toBe(false);
    expect(members.has('gizmo')).toBe(false);
  });

  it('starts at the chosen unit: nothing above it', () => {
    expect(sorted(organisationMembers(graph, ['lab'], ALL))).toEqual(
      sorted(['lab', 'team', 'flagged-former', 'engineer', 'moved', 'widget']),
    );
  });

  it('with current roles only, drops former roles and roles with an end date, keeps founders', () => {
    const members = organisationMembers(graph, ['holding'], CURRENT);
    expect(members.has('flagged-former')).toBe(false);
    expect(members.has('dated-former')).toBe(false);
    expect(members.has('moved')).toBe(true);
    expect(members.has('engineer')).toBe(true);
    expect(members.has('founder')).toBe(true);
    expect(members.has('lab')).toBe(true);
    expect(members.has('widget')).toBe(true);
  });

  it('judges current-only per role: a former role in the team does not count there', () => {
    // "moved" was an intern in the team (former) and is a scientist in the lab (current).
    expect(organisationMembers(graph, ['team'], ALL).has('moved')).toBe(true);
    expect(organisationMembers(graph, ['team'], CURRENT).has('moved')).toBe(false);
  });

  it('gives the union for several organisations', () => {
    expect(sorted(organisationMembers(graph, ['team', 'rival'], ALL))).toEqual(
      sorted(['team', 'engineer', 'moved', 'widget', 'rival', 'rival-ceo', 'rival-founder', 'gizmo']),
    );
    expect(sorted(organisationMembers(graph, ['lab', 'team'], ALL))).toEqual(
      sorted(organisationMembers(graph, ['lab'], ALL)),
    );
  });

  it('ignores ids that are not organisations, or not in the graph', () => {
    expect(organisationMembers(graph, ['chair'], ALL).size).toBe(0);
    expect(organisationMembers(graph, ['widget'], ALL).size).toBe(0);
    expect(organisationMembers(graph, ['no-such-id'], ALL).size).toBe(0);
    expect(sorted(organisationMembers(graph, ['engineer', 'team', 'nope'], ALL))).toEqual(
      sorted(['team', 'engineer', 'moved', 'widget']),
    );
  });

  it('gives nothing for no organisations', () => {
    expect(organisationMembers(graph, [], ALL).size).toBe(0);
  });
});

describe('memberCount', () => {
  it('counts the people only, in the unit and below', () => {
    expect(memberCount(graph, 'holding', ALL)).toBe(6);
    expect(memberCount(graph, 'holding', CURRENT)).toBe(4);
    expect(memberCount(graph, 'rival', ALL)).toBe(2);
    expect(memberCount(graph, 'team', CURRENT)).toBe(1);
  });

  it('is zero for an id that is not an organisation', () => {
    expect(memberCount(graph, 'chair', ALL)).toBe(0);
  });
});

describe('organisationMembers on part_of cycles', () => {
  const cyclic = makeGraph({
    nodes: [
      organisation('a'),
      organisation('b'),
      organisation('self'),
      person('pa'),
      person('pb'),
      person('ps'),
      product('made'),
    ],
    edges: [
      edge('a', 'part_of', 'b'),
      edge('b', 'part_of', 'a'),
      edge('self', 'part_of', 'self'),
      edge('pa', 'holds_role', 'a', { title: 'Member' }),
      edge('pb', 'holds_role', 'b', { title: 'Member' }),
      edge('ps', 'holds_role', 'self', { title: 'Member' }),
      edge('b', 'developed', 'made'),
      edge('self', 'developed', 'made'),
    ],
  });

  it('terminates on A part_of B part_of A and shows both sides of the cycle', () => {
    expect(sorted(organisationMembers(cyclic, ['a'], ALL))).toEqual(['a', 'b', 'made', 'pa', 'pb']);
    expect(sorted(organisationMembers(cyclic, ['b'], ALL))).toEqual(['a', 'b', 'made', 'pa', 'pb']);
  });

  it('terminates on a self-loop and shows the unit once', () => {
    expect(sorted(organisationMembers(cyclic, ['self'], ALL))).toEqual(['made', 'ps', 'self']);
    expect(memberCount(cyclic, 'self', ALL)).toBe(1);
  });
});

describe('organisationMembers on the bundled graph', () => {
  const bundled = bundledGraph();

  it('shows Luan Jian under Microsoft (former roles) but not Lei Jun', () => {
    const members = organisationMembers(bundled, ['microsoft'], ALL);
    expect(members.has('luan-jian')).toBe(true);
    expect(members.has('microsoft-xiaoice')).toBe(true);
    expect(members.has('xiaoice-speech-team')).toBe(true);
    expect(members.has('lei-jun')).toBe(false);
    expect(members.has('xiaomi')).toBe(false);
  });

  it('drops Luan Jian from Microsoft with current roles only: all his roles there are former', () => {
    expect(organisationMembers(bundled, ['microsoft'], CURRENT).has('luan-jian')).toBe(false);
  });

  it('shows Xiaomi with its leaders, its units and its product, not Microsoft', () => {
    const members = organisationMembers(bundled, ['xiaomi'], ALL);
    for (const id of [
      'xiaomi',
      'lei-jun',
      'wang-bin',
      'luan-jian',
      'zeng-xuezhong',
      'william-lu',
      'ai-lab',
      'large-model-team',
      'xiao-ai',
    ]) {
      expect(members.has(id), id).toBe(true);
    }
    for (const id of ['microsoft', 'microsoft-xiaoice', 'openai', 'chatgpt', 'the-paper']) {
      expect(members.has(id), id).toBe(false);
    }
    // The count is the people among the members, whatever their number in the file.
    expect(memberCount(bundled, 'xiaomi', ALL)).toBe(
      [...members].filter((id) => bundled.nodes.get(id)?.type === PERSON).length,
    );
  });

  it('shows ChatGPT under OpenAI', () => {
    expect(sorted(organisationMembers(bundled, ['openai'], ALL))).toEqual(['chatgpt', 'openai']);
  });

  it('gives the union of Xiaomi and OpenAI', () => {
    const members = organisationMembers(bundled, ['xiaomi', 'openai'], ALL);
    expect(members.has('chatgpt')).toBe(true);
    expect(members.has('lei-jun')).toBe(true);
  });
});
