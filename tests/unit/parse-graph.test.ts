import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGraph, type ParseResult } from '../../src/graph/parse-graph.ts';
import { formatProblem, type Problem } from '../../src/graph/parse-report.ts';
import { edge, graphFile, organisation, person } from './support/graph-builder.ts';

/**
 * parseGraph on hand-made broken files (tests/fixtures), one per class of problem. Each test pins the
 * exact messages a user reads and their severity: errors refuse the file, warnings travel with it.
 */

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

const messages = (problems: readonly Problem[]): string[] => problems.map(formatProblem);

function parseFixture(name: string): ParseResult {
  return parseGraph(fixture(name));
}

/** The file is refused: a graph never comes with errors, every error is an error. */
function expectRefused(result: ParseResult): void {
  expect(result.graph).toBeUndefined();
  expect(result.report.errors.length).toBeGreaterThan(0);
  expect(result.report.errors.every((problem) => problem.severity === 'error')).toBe(true);
}

/** The file opens with warnings only. */
function expectKeptWithWarnings(result: ParseResult): void {
  expect(messages(result.report.errors)).toEqual([]);
  expect(result.graph).toBeDefined();
  expect(result.report.warnings.every((problem) => problem.severity === 'warning')).toBe(true);
}

describe('parseGraph: valid files', () => {
  it('parses a valid minimal file into the indexed model with no problems', () => {
    const { graph, report } = parseFixture('valid-minimal.json');
    expect(messages(report.errors)).toEqual([]);
    expect(messages(report.warnings)).toEqual([]);
    expect(graph?.id).toBe('minimal');
    expect(graph?.title).toBe('Two people, one relation');
    expect([...(graph?.nodes.keys() ?? [])]).toEqual(['luan-jian', 'wang-bin']);
    expect(graph?.nodes.get('luan-jian')).toMatchObject({ label: 'Luan Jian', type: 'person', aliases: ['栾剑'] });
    expect(graph?.outgoing.get('luan-jian')).toEqual(['luan-jian-reports-to-wang-bin']);
    expect(graph?.incoming.get('wang-bin')).toEqual(['luan-jian-reports-to-wang-bin']);
    expect(graph?.edgeTypes.get('reports_to')).toEqual({ label: 'reports to', inverse: 'has direct report' });
    expect(graph?.sources.get('note')?.title).toBe('A note');
    expect(graph?.edges.get('luan-jian-reports-to-wang-bin')?.evidence).toEqual([
      { source: 'note', quote: 'Luan Jian reports to Wang Bin' },
    ]);
  });

  it('accepts the already-parsed value and builds the same graph as from the text', () => {
    const text = fixture('valid-minimal.json');
    const fromValue = parseGraph(JSON.parse(text) as unknown);
    expect(messages(fromValue.report.errors)).toEqual([]);
    expect(fromValue.graph).toEqual(parseGraph(text).graph);
  });

  it('keeps partial dates partial: a month stays a month, a year a year', () => {
    const { graph } = parseGraph(
      graphFile({
        nodes: [person('p'), organisation('o')],
        edges: [edge('p', 'holds_role', 'o', { id: 'r', start: '2023-04', end: '2024' })],
      }),
    );
    expect(graph?.edges.get('r')?.start).toStrictEqual({ year: 2023, month: 4, iso: '2023-04' });
    expect(graph?.edges.get('r')?.end).toStrictEqual({ year: 2024, iso: '2024' });
  });

  it('derives `former` from an end date, keeps `former: true`, and defaults to current', () => {
    const { graph, report } = parseGraph(
      graphFile({
        nodes: [person('p'), organisation('o')],
        edges: [
          edge('p', 'holds_role', 'o', { id: 'ended', start: '2019', end: '2021-03' }),
          edge('p', 'holds_role', 'o', { id: 'flagged', former: true }),
          edge('p', 'holds_role', 'o', { id: 'current', start: '2022' }),
          edge('p', 'holds_role', 'o', { id: 'explicitly-current', former: false }),
        ],
      }),
    );
    expect(messages(report.warnings)).toEqual([]);
    expect(graph?.edges.get('ended')?.former).toBe(true);
    expect(graph?.edges.get('flagged')?.former).toBe(true);
    expect(graph?.edges.get('flagged')?.end).toBeUndefined();
    expect(graph?.edges.get('current')?.former).toBe(false);
    expect(graph?.edges.get('explicitly-current')?.former).toBe(false);
  });
});

describe('parseGraph: input that is not a graph file', () => {
  it.each([
    ['an array', [], 'the file must be a JSON object ({ … }), not an array'],
    ['null', null, 'the file must be a JSON object ({ … }), not null'],
    ['a number', 5, 'the file must be a JSON object ({ … }), not a number'],
    ['undefined', undefined, 'the file must be a JSON object ({ … }), not undefined'],
    ['JSON text of a string', '"x"', 'the file must be a JSON object ({ … }), not a string'],
    ['JSON text of an array', '[1, 2]', 'the file must be a JSON object ({ … }), not an array'],
  ])('refuses %s with a clear error at the root', (_name, input, message) => {
    const result = parseGraph(input);
    expectRefused(result);
    expect(result.report.errors).toEqual([{ severity: 'error', path: '', message }]);
    expect(result.report.warnings).toEqual([]);
  });

  it('reads a bare JavaScript string as JSON text, so "x" is one syntax error (no follow-on errors on its line)', () => {
    const result = parseGraph('x');
    expectRefused(result);
    expect(messages(result.report.errors)).toEqual(['line 1, column 1: JSON syntax error: unexpected character']);
  });

  it('says an empty text has no value', () => {
    expect(messages(parseGraph('').report.errors)).toEqual(['line 1, column 1: JSON syntax error: value expected']);
  });
});

describe('parseGraph: problem classes', () => {
  it('reports JSON syntax errors with line and column, and nothing else', () => {
    const result = parseFixture('broken-syntax.json');
    expectRefused(result);
    expect(messages(result.report.errors)).toEqual([
      'line 4, column 3: JSON syntax error: comma expected',
      'line 6, column 64: JSON syntax error: trailing comma (remove the comma before the closing bracket)',
    ]);
    expect(result.report.errors.every((problem) => problem.path === '')).toBe(true);
    expect(result.report.warnings).toEqual([]);
  });

  it('reports schema errors in plain words with their path: types, required, unknown, version, empty', () => {
    const result = parseFixture('schema-errors.json');
    expectRefused(result);
    expect(messages(result.report.errors)).toEqual([
      'version: must be 1, not 2',
      'nodes[0].label: must not be empty',
      'nodes[1].aliases: must be an array, not a string',
      'nodes[2].label: is required',
      'nodes[3].position.x: must be a number, not a string',
      'edges[0].former: must be a boolean (true or false), not a string',
      'edges[1].id: must be a string, not a number',
      'edges[1].evidence[0].quote: is required',
      'colour: is not a field of this format',
    ]);
    // The whole-file checks still ran on the schema-invalid file.
    expect(messages(result.report.warnings)).toEqual([
      'edges[0].type: type "founded" is not declared in edgeTypes',
      'edges[1].evidence[0].source: no source "s" in sources',
    ]);
  });

  it('says "is required" for a missing version, not "must be 1, not undefined"', () => {
    const result = parseGraph({ id: 'g', title: 'G', nodes: [], edges: [] });
    expect(messages(result.report.errors)).toEqual(['version: is required']);
  });

  it('refuses duplicate node ids and duplicate edge ids, naming the first use', () => {
    const result = parseFixture('duplicate-ids.json');
    expectRefused(result);
    expect(messages(result.report.errors)).toEqual([
      'nodes[2].id: duplicate id "lei-jun" (first used by nodes[0])',
      'edges[1].id: duplicate id "lei-jun-at-xiaomi" (first used by edges[0])',
    ]);
    expect(result.report.warnings).toEqual([]);
  });

  it('refuses edges to missing nodes, suggesting a near miss only when there is one', () => {
    const result = parseFixture('missing-node.json');
    expectRefused(result);
    expect(messages(result.report.errors)).toEqual([
      'edges[1].source: no node "zhang-san"',
      'edges[2].target: no node "wang-bn" — did you mean "wang-bin"?',
    ]);
    expect(result.report.errors[1]).toEqual({
      severity: 'error',
      path: 'edges[2].target',
      message: 'no node "wang-bn" — did you mean "wang-bin"?',
    });
  });

  it('refuses an edge whose id is already a node id', () => {
    const result = parseFixture('id-collision.json');
    expectRefused(result);
    expect(messages(result.report.errors)).toEqual([
      'edges[0].id: id "xiaomi" is already the id of a node (nodes[0]); ids must be unique across nodes and edges',
    ]);
  });

  it('warns about `former` next to `end` and keeps the file, the relation ended', () => {
    const result = parseFixture('former-and-end.json');
    expectKeptWithWarnings(result);
    expect(messages(result.report.warnings)).toEqual([
      'edges[0]: "former" and "end" together: "end" already says the relation is over; "former" is ignored',
    ]);
    const role = result.graph?.edges.get('luan-jian-at-microsoft');
    expect(role?.former).toBe(true);
    expect(role?.end).toStrictEqual({ year: 2020, iso: '2020' });
  });

  it('warns about dates that are not dates and about backward spans, and drops the bad dates', () => {
    const result = parseFixture('bad-dates.json');
    expectKeptWithWarnings(result);
    expect(messages(result.report.warnings)).toEqual([
      'sources[0].date: "17/04/2023" is not a date (write 2023, 2023-04 or 2023-04-14); it is ignored',
      'edges[0].start: "2023-13" is not a date (write 2023, 2023-04 or 2023-04-14); it is ignored',
      'edges[1].end: "2023-02-30" is not a date (write 2023, 2023-04 or 2023-04-14); the relation counts as ended, date unknown',
      'edges[2].start: "April 2023" is not a date (write 2023, 2023-04 or 2023-04-14); it is ignored',
      'edges[3]: starts (2021) after it ends (2019-06)',
    ]);
    const edges = result.graph?.edges;
    expect(edges?.get('month-13')?.start).toBeUndefined();
    expect(edges?.get('february-30')?.end).toBeUndefined();
    expect(edges?.get('february-30')?.former).toBe(true);
    expect(edges?.get('in-words')?.start).toBeUndefined();
    // "2023-04" to "2023": it ended later in 2023, no warning; both dates kept as written.
    expect(edges?.get('within-a-year')?.start?.iso).toBe('2023-04');
    expect(edges?.get('within-a-year')?.end?.iso).toBe('2023');
  });

  it('warns about undeclared node and edge types once each, suggesting a near miss', () => {
    const result = parseFixture('undeclared-types.json');
    expectKeptWithWarnings(result);
    expect(messages(result.report.warnings)).toEqual([
      'nodes[1].type: type "persn" is not declared in nodeTypes — did you mean "person"?',
      'edges[1].type: type "invested_in" is not declared in edgeTypes',
    ]);
    expect(result.graph?.nodes.get('luan-jian')?.type).toBe('persn');
  });

  it('warns about evidence citing a source that is not listed', () => {
    const result = parseFixture('unknown-evidence-source.json');
    expectKeptWithWarnings(result);
    expect(messages(result.report.warnings)).toEqual([
      'edges[0].evidence[1].source: no source "pandaly-2023-04" in sources — did you mean "pandaily-2023-04"?',
      'edges[0].evidence[2].source: no source "wikipedia" in sources',
    ]);
    expect(result.graph?.edges.get('lei-jun-founded-xiaomi')?.evidence).toHaveLength(3);
  });

  it('reports every class in one run: schema errors do not hide the id, edge, date, type and source checks', () => {
    const result = parseFixture('many-problems.json');
    expectRefused(result);
    expect(messages(result.report.errors)).toEqual([
      'nodes[0].age: is not a field of this format',
      'nodes[3].label: must be a string, not a number',
      'nodes[2].id: duplicate id "wang-bin" (first used by nodes[0])',
      'edges[0].id: id "ai-lab" is already the id of a node (nodes[3]); ids must be unique across nodes and edges',
      'edges[1].target: no node "wang-bn" — did you mean "wang-bin"?',
    ]);
    expect(messages(result.report.warnings)).toEqual([
      'edges[1].start: "2023-13" is not a date (write 2023, 2023-04 or 2023-04-14); it is ignored',
      'edges[2]: "former" and "end" together: "end" already says the relation is over; "former" is ignored',
      'nodes[1].type: type "persn" is not declared in nodeTypes — did you mean "person"?',
      'edges[1].type: type "reports_to" is not declared in edgeTypes',
      'edges[2].evidence[0].source: no source "pandaly" in sources — did you mean "pandaily"?',
    ]);
  });
});

describe('parseGraph: ids and keys named like Object.prototype members', () => {
  it('treats __proto__, constructor, toString and hasOwnProperty as ordinary ids, types and keys', () => {
    const { graph, report } = parseFixture('proto-ids.json');
    expect(messages(report.errors)).toEqual([]);
    expect(messages(report.warnings)).toEqual([]);
    expect([...(graph?.nodes.keys() ?? [])]).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
    expect(graph?.nodes.get('__proto__')).toMatchObject({ label: 'Proto', type: '__proto__' });
    expect(graph?.nodes.get('__proto__')?.attributes.get('__proto__')).toEqual({ polluted: true });
    expect(graph?.nodes.get('constructor')?.links.get('__proto__')).toBe('https://example.org/');
    expect(graph?.nodeTypes.get('__proto__')).toEqual({ label: 'Prototype' });
    expect(graph?.edgeTypes.get('constructor')).toEqual({ label: 'builds', inverse: 'built by' });
    expect(graph?.outgoing.get('constructor')).toEqual(['valueOf', 'isPrototypeOf']);
    expect(graph?.incoming.get('__proto__')).toEqual(['valueOf']);
    expect(graph?.incoming.get('hasOwnProperty')).toEqual(['propertyIsEnumerable']);
    expect(graph?.outgoing.get('hasOwnProperty')).toBeUndefined();
    expect(graph?.edges.get('isPrototypeOf')).toMatchObject({
      source: 'constructor',
      target: 'toString',
      title: 'Member',
    });
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('checks those ids like any other: missing, duplicated, near misses', () => {
    const text = JSON.stringify({
      version: 1,
      id: 'g',
      title: 'G',
      nodes: [
        { id: 'constructor', label: 'C', type: 'person' },
        { id: 'constructor', label: 'C again', type: 'person' },
        { id: '__proto__', label: 'P', type: 'person' },
        { id: '__proto__', label: 'P again', type: 'person' },
      ],
      edges: [
        { id: 'e', source: 'constructor', target: 'toString', type: 'holds_role' },
        { id: 'f', source: 'hasOwnProperty', target: 'constructo', type: 'holds_role' },
      ],
    });
    expect(messages(parseGraph(text).report.errors)).toEqual([
      'nodes[1].id: duplicate id "constructor" (first used by nodes[0])',
      'nodes[3].id: duplicate id "__proto__" (first used by nodes[2])',
      'edges[0].target: no node "toString"',
      'edges[1].source: no node "hasOwnProperty"',
      'edges[1].target: no node "constructo" — did you mean "constructor"?',
    ]);
  });

  it('validates __proto__ entries of nodeTypes, edgeTypes and links, which zod skips', () => {
    const result = parseFixture('proto-invalid-entries.json');
    expectRefused(result);
    expect(messages(result.report.errors)).toEqual([
      'nodeTypes.__proto__: must be an object, not a number',
      'edgeTypes.__proto__.label: must not be empty',
      'edgeTypes.__proto__.colour: is not a field of this format',
      'nodes[0].links.__proto__: must be a string, not a number',
    ]);
  });
});
