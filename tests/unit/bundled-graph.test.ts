import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { graphFileSchema, type EdgeRecord, type GraphFile } from '../../src/graph/graph-schema.ts';
import { parseGraph } from '../../src/graph/parse-graph.ts';
import { formatProblem } from '../../src/graph/parse-report.ts';
import { quoteOccursIn } from '../../src/graph/quote-match.ts';
import { bundledGraphText } from '../support/bundled-graph.ts';

/**
 * The bundled graph `graph-data/xiaomi-ai.json` is built from one news article (Pandaily, April 2023).
 * These tests keep it loadable without a single warning, keep every relation backed by a verbatim
 * quote of that article, and pin the facts a user relies on.
 */

const MAX_QUOTE_LENGTH = 300;
const ARTICLE = '000_e44c7409c95c8d9c.txt';

/**
 * Where the article may be: `$KG_SEED_DIR` when set (then only there); else `../shared/seed/` next to the
 * checkout, as in the project's worktrees; else the machine's shared seed folder, which is what a CI
 * clone in a temporary folder finds.
 */
const SEED_DIRS = process.env.KG_SEED_DIR
  ? [process.env.KG_SEED_DIR]
  : [fileURLToPath(new URL('../../../shared/seed/', import.meta.url)), '/work/shared/seed/'];
const articlePath = SEED_DIRS.map((dir) => join(dir, ARTICLE)).find((path) => existsSync(path));
// Under CI the check must run: a missing article fails the test instead of skipping it.
const mustCheckQuotes = process.env.CI === 'true';

const text = bundledGraphText();
const file: GraphFile = graphFileSchema.parse(JSON.parse(text));

function node(id: string): GraphFile['nodes'][number] {
  const found = file.nodes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no node "${id}" in the bundled graph`);
  return found;
}

function edgesOf(type: string, source: string, target: string): EdgeRecord[] {
  return file.edges.filter((edge) => edge.type === type && edge.source === source && edge.target === target);
}

function roles(person: string, organisation: string): EdgeRecord[] {
  return edgesOf('holds_role', person, organisation);
}

describe('bundled graph xiaomi-ai.json', () => {
  it('parses with no errors and no warnings', () => {
    const { graph, report } = parseGraph(text);
    expect(report.errors.map(formatProblem)).toEqual([]);
    expect(report.warnings.map(formatProblem)).toEqual([]);
    expect(graph?.id).toBe('xiaomi-ai');
  });

  it('has the file header the format asks for', () => {
    expect(file.$schema).toBe('./knowledge-graph.schema.json');
    expect(file.version).toBe(1);
    expect(file.id).toBe('xiaomi-ai');
    expect(file.title).not.toBe('');
    expect(file.description ?? '').not.toBe('');
  });

  it('declares every edge type it uses, each with a label and an inverse label', () => {
    const declared = file.edgeTypes ?? {};
    for (const type of new Set(file.edges.map((edge) => edge.type))) {
      expect(Object.hasOwn(declared, type), `edge type "${type}" is declared`).toBe(true);
      expect(declared[type]?.label ?? '', `label of "${type}"`).not.toBe('');
      expect(declared[type]?.inverse ?? '', `inverse label of "${type}"`).not.toBe('');
    }
  });

  it('gives every node a one-line summary', () => {
    for (const entry of file.nodes) {
      expect(entry.summary ?? '', `summary of ${entry.id}`).not.toBe('');
      expect(entry.summary ?? '', `summary of ${entry.id}`).not.toMatch(/\n/);
    }
  });

  it('backs every edge with evidence from a declared source, each quote short', () => {
    const sources = new Set((file.sources ?? []).map((source) => source.id));
    for (const edge of file.edges) {
      const evidence = edge.evidence ?? [];
      expect(evidence.length, `evidence of ${edge.id}`).toBeGreaterThan(0);
      for (const item of evidence) {
        expect(sources.has(item.source), `source of ${edge.id}`).toBe(true);
        expect(item.quote.length, `quote of ${edge.id}`).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
      }
    }
  });

  if (articlePath === undefined && !mustCheckQuotes) {
    console.warn(
      `\n*** SKIPPED: the quote check. ${ARTICLE} is in none of ${SEED_DIRS.join(', ')} (set KG_SEED_DIR). ***\n`,
    );
  }

  it.skipIf(articlePath === undefined && !mustCheckQuotes)(
    'quotes the article verbatim in every piece of evidence',
    () => {
      if (articlePath === undefined)
        throw new Error(`${ARTICLE} is in none of ${SEED_DIRS.join(', ')}; set KG_SEED_DIR`);
      const article = readFileSync(articlePath, 'utf8');
      const missing = file.edges.flatMap((edge) =>
        (edge.evidence ?? [])
          .filter((item) => !quoteOccursIn(item.quote, article))
          .map((item) => `${edge.id}: ${item.quote}`),
      );
      expect(missing).toEqual([]);
    },
  );

  it('has the named people, organisations and product with their types and Chinese aliases', () => {
    const expected: Array<[string, string, string[]]> = [
      ['lei-jun', 'person', ['雷军']],
      ['luan-jian', 'person', ['栾剑']],
      ['wang-bin', 'person', ['王斌']],
      ['zeng-xuezhong', 'person', ['曾学忠']],
      ['william-lu', 'person', ['卢伟冰', 'Lu Weibing']],
      ['xiaomi', 'organization', ['小米']],
      ['microsoft', 'organization', ['微软']],
      ['ai-lab', 'organization', []],
      ['chatgpt', 'product', []],
      ['xiao-ai', 'product', ['小爱同学']],
    ];
    for (const [id, type, aliases] of expected) {
      const entry = node(id);
      expect(entry.type, `type of ${id}`).toBe(type);
      expect(entry.aliases ?? [], `aliases of ${id}`).toEqual(expect.arrayContaining(aliases));
    }
  });

  it('names its people and organisations in Chinese, taken only from their aliases', () => {
    const cjk = /[\u4e00-\u9fff]/;
    const named = file.nodes.filter((entry) => entry.labels?.zh !== undefined);
    expect(named.map((entry) => [entry.id, entry.labels?.zh])).toEqual(
      expect.arrayContaining([
        ['lei-jun', '雷军'],
        ['luan-jian', '栾剑'],
        ['xiaomi', '小米'],
        ['microsoft', '微软'],
      ]),
    );
    // The article is English: a Chinese label may only repeat an alias the graph already gives.
    for (const entry of named) expect(entry.aliases, entry.id).toContain(entry.labels?.zh);
    // Every person or organisation with a Chinese alias has a Chinese label.
    for (const entry of file.nodes.filter((candidate) => candidate.type !== 'product'))
      if ((entry.aliases ?? []).some((alias) => cjk.test(alias))) expect(entry.labels?.zh, entry.id).toBeDefined();
  });

  it('dates Luan Jian as head of the Large-Scale Model Team from 14 April 2023', () => {
    const head = roles('luan-jian', 'large-model-team');
    expect(head).toHaveLength(1);
    expect(head[0]).toMatchObject({ title: 'Head', start: '2023-04-14' });
    expect(head[0]?.former).not.toBe(true);
    expect(head[0]?.end).toBeUndefined();
  });

  it("records Luan Jian's former roles at Toshiba and Microsoft", () => {
    const former = (organisation: string): EdgeRecord[] =>
      roles('luan-jian', organisation).filter((edge) => edge.former === true);
    expect(former('toshiba-research-institute').map((edge) => edge.title)).toEqual(['Researcher']);
    expect(former('microsoft-engineering-institute').map((edge) => edge.title)).toEqual(['Senior Speech Scientist']);
    expect(former('microsoft-xiaoice').map((edge) => edge.title)).toEqual(['Chief Speech Scientist']);
  });

  it('has Luan Jian report to Wang Bin, who holds two roles', () => {
    expect(edgesOf('reports_to', 'luan-jian', 'wang-bin')).toHaveLength(1);
    expect(roles('wang-bin', 'technical-committee').map((edge) => edge.title)).toEqual(['Vice Chairman']);
    expect(roles('wang-bin', 'ai-lab').map((edge) => edge.title)).toEqual(['Director']);
  });

  it('places the teams in the organisation tree up to Xiaomi and Microsoft', () => {
    const chain: Array<[string, string]> = [
      ['large-model-team', 'ai-lab'],
      ['speech-generation-team', 'ai-lab'],
      ['ai-lab', 'technical-committee'],
      ['technical-committee', 'xiaomi'],
      ['microsoft-xiaoice', 'microsoft'],
      ['microsoft-engineering-institute', 'microsoft'],
    ];
    for (const [part, whole] of chain) {
      expect(edgesOf('part_of', part, whole), `${part} part of ${whole}`).toHaveLength(1);
    }
  });

  it('has who founded, developed and built on what', () => {
    expect(edgesOf('founded', 'lei-jun', 'xiaomi')).toHaveLength(1);
    expect(edgesOf('developed', 'openai', 'chatgpt')).toHaveLength(1);
    expect(edgesOf('developed', 'xiaomi', 'xiao-ai')).toHaveLength(1);
    expect(edgesOf('based_on', 'chatgpt', 'gpt-3-5')).toHaveLength(1);
  });

  it('has both Xiaomi presidents comment on ChatGPT, the results call dated March 2023', () => {
    expect(roles('zeng-xuezhong', 'xiaomi').map((edge) => edge.title)).toEqual(['President']);
    expect(roles('william-lu', 'xiaomi').map((edge) => edge.title)).toEqual(['President']);
    expect(edgesOf('commented_on', 'zeng-xuezhong', 'chatgpt')).toHaveLength(1);
    const call = edgesOf('commented_on', 'william-lu', 'chatgpt');
    expect(call).toHaveLength(1);
    expect(call[0]?.start).toBe('2023-03');
  });
});
