import type { EdgeRecord, GraphFile, NodeRecord } from '../src/graph/graph-schema.ts';
import { mulberry32 } from '../src/canvas/seeded-random.ts';

/**
 * Deterministic synthetic graphs in the v1 file format, shaped like the bundled one at scale:
 * several companies, each a tree company → divisions → teams (`part_of`); people holding roles
 * (some former, some dated) and reporting to their lead; products developed by teams.
 * Several companies, so ticking the first one in the filter hides most of the graph.
 */
export interface SyntheticOptions {
  readonly id: string;
  /** Roughly how many nodes; the result is within a few of it. */
  readonly nodes: number;
  readonly seed: number;
}

const SOURCE = 'synthetic';
const FIRST = [
  'Ana',
  'Bo',
  'Chen',
  'Dara',
  'Eli',
  'Femi',
  'Gal',
  'Hana',
  'Ivo',
  'Jun',
  'Kai',
  'Lena',
  'Mo',
  'Nia',
  'Oren',
  'Priya',
];
const LAST = [
  'Ito',
  'Kovač',
  'Li',
  'Mensah',
  'Novak',
  'Okafor',
  'Park',
  'Quinn',
  'Rossi',
  'Sato',
  'Tan',
  'Umar',
  'Vega',
  'Wang',
];
const COMPANIES = [
  'Northwind',
  'Bluepeak',
  'Corvid',
  'Dunmore',
  'Everlight',
  'Fernhill',
  'Glasswing',
  'Halcyon',
  'Ironbark',
  'Juniper',
];
const AREAS = ['Research', 'Devices', 'Cloud', 'Retail', 'Platform', 'Services', 'Mobility', 'Health'];
const TITLES = ['Engineer', 'Researcher', 'Designer', 'Product Manager', 'Data Scientist'];

const EDGE_TYPES = {
  holds_role: { label: 'holds role at', inverse: 'role held by' },
  part_of: { label: 'part of', inverse: 'has part' },
  reports_to: { label: 'reports to', inverse: 'has direct report' },
  founded: { label: 'founded', inverse: 'founded by' },
  developed: { label: 'developed', inverse: 'developed by' },
};

export function syntheticGraph({ id, nodes: target, seed }: SyntheticOptions): GraphFile {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const nodes: NodeRecord[] = [];
  const edges: EdgeRecord[] = [];
  const addEdge = (edge: Omit<EdgeRecord, 'id' | 'evidence'>, quote: string): void => {
    edges.push({ id: `e${edges.length}`, ...edge, evidence: [{ source: SOURCE, quote }] });
  };
  const labelOf = new Map<string, string>();
  const addNode = (node: NodeRecord): string => {
    nodes.push(node);
    labelOf.set(node.id, node.label);
    return node.id;
  };

  const companyCount = Math.min(COMPANIES.length, Math.max(2, Math.round(Math.log2(target / 50))));
  const orgsPerCompany = Math.max(3, Math.floor((target * 0.08) / companyCount));
  const divisionsPerCompany = Math.max(1, Math.round(Math.sqrt(orgsPerCompany - 1)) - 1);
  const productCount = Math.max(2, Math.round(target * 0.12));
  const personCount = target - companyCount * orgsPerCompany - productCount;

  // Organisations first, companies before their units, so the filter's first root is the first company.
  const teams: { id: string; division: string; company: string }[] = [];
  const divisions: { id: string; company: string }[] = [];
  const companies: string[] = [];
  for (let c = 0; c < companyCount; c++) {
    const name = COMPANIES[c] ?? `Company ${c}`;
    const company = addNode({ id: `org-${c}`, label: name, type: 'organization' });
    companies.push(company);
    for (let d = 0; d < divisionsPerCompany; d++) {
      const division = addNode({
        id: `org-${c}-${d}`,
        label: `${name} ${AREAS[d % AREAS.length] ?? ''} ${d + 1}`,
        type: 'organization',
      });
      divisions.push({ id: division, company });
      addEdge(
        { source: division, target: company, type: 'part_of' },
        `${labelOf.get(division) ?? ''} is a division of ${name}.`,
      );
    }
    for (let t = 0; t < orgsPerCompany - 1 - divisionsPerCompany; t++) {
      const d = t % divisionsPerCompany;
      const division = `org-${c}-${d}`;
      const team = addNode({
        id: `org-${c}-${d}-${t}`,
        label: `${labelOf.get(division) ?? ''} Team ${t + 1}`,
        type: 'organization',
      });
      teams.push({ id: team, division, company });
      addEdge(
        { source: team, target: division, type: 'part_of' },
        `The team belongs to ${labelOf.get(division) ?? ''}.`,
      );
    }
  }

  // People: one current role in a team; the first in each team leads it; some held a role elsewhere before.
  const leadOf = new Map<string, string>();
  for (let p = 0; p < personCount; p++) {
    const person = addNode({ id: `person-${p}`, label: `${pick(FIRST)} ${pick(LAST)} ${p}`, type: 'person' });
    const team = teams[p < teams.length ? p : Math.floor(random() * teams.length)];
    if (!team) continue;
    const lead = leadOf.get(team.id);
    const title = lead === undefined ? 'Team Lead' : pick(TITLES);
    const start = `${2015 + Math.floor(random() * 9)}-0${1 + Math.floor(random() * 9)}`;
    addEdge(
      { source: person, target: team.id, type: 'holds_role', title, start },
      `${labelOf.get(person) ?? ''} joined as ${title}.`,
    );
    if (lead === undefined) leadOf.set(team.id, person);
    else
      addEdge(
        { source: person, target: lead, type: 'reports_to' },
        `${labelOf.get(person) ?? ''} reports to the team lead.`,
      );
    if (random() < 0.15) {
      const before = pick(teams).id;
      const ended = random() < 0.5 ? { end: '2014-12' } : { former: true };
      addEdge(
        { source: person, target: before, type: 'holds_role', title: pick(TITLES), ...ended },
        `${labelOf.get(person) ?? ''} previously worked there.`,
      );
    }
  }

  // Division heads are their first team's lead; each company's first head is its founder and chief executive.
  const headOf = new Map<string, string>();
  for (const team of teams) {
    const lead = leadOf.get(team.id);
    if (lead === undefined || headOf.has(team.division)) continue;
    headOf.set(team.division, lead);
    addEdge(
      { source: lead, target: team.division, type: 'holds_role', title: 'Head' },
      `${labelOf.get(lead) ?? ''} heads the division.`,
    );
  }
  for (const team of teams) {
    const lead = leadOf.get(team.id);
    const head = headOf.get(team.division);
    if (lead !== undefined && head !== undefined && lead !== head)
      addEdge({ source: lead, target: head, type: 'reports_to' }, 'The team lead reports to the division head.');
  }
  for (const company of companies) {
    const heads = divisions
      .filter((division) => division.company === company)
      .flatMap((division) => headOf.get(division.id) ?? []);
    const [chief, ...others] = heads;
    if (chief === undefined) continue;
    addEdge(
      { source: chief, target: company, type: 'founded', start: '2012' },
      `${labelOf.get(chief) ?? ''} founded the company.`,
    );
    addEdge(
      { source: chief, target: company, type: 'holds_role', title: 'Chief Executive' },
      'The founder is chief executive.',
    );
    for (const head of others)
      addEdge({ source: head, target: chief, type: 'reports_to' }, 'Division heads report to the chief executive.');
  }

  // Products: developed by one team, sometimes with a second team of any company.
  for (let i = 0; i < productCount; i++) {
    const product = addNode({
      id: `product-${i}`,
      label: `${pick(AREAS)} ${pick(['One', 'Pro', 'Go', 'Max', 'Lite'])} ${i}`,
      type: 'product',
    });
    addEdge(
      { source: pick(teams).id, target: product, type: 'developed' },
      `The team built ${labelOf.get(product) ?? ''}.`,
    );
    if (random() < 0.3)
      addEdge({ source: pick(teams).id, target: product, type: 'developed' }, 'Another team contributed.');
  }

  return {
    version: 1,
    id,
    title: `Synthetic graph ${id}`,
    description: 'Generated for the benchmark: companies, divisions, teams, people and products.',
    sources: [{ id: SOURCE, title: 'Synthetic benchmark data', date: '2024' }],
    edgeTypes: EDGE_TYPES,
    nodes,
    edges,
  };
}
