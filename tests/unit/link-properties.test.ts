import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph, Position } from '../../src/graph/graph-model.ts';
import { parseGraph } from '../../src/graph/parse-graph.ts';
import { cleanLink } from '../../src/view/link/link-clean.ts';
import { LINK_PARAM_ORDER } from '../../src/view/link/link-params.ts';
import { linkedGraph, parseLink } from '../../src/view/link/link-parse.ts';
import { serializeView } from '../../src/view/link/link-serialize.ts';
import { clusterForest } from '../../src/view/overview/cluster-forest.ts';
import { FOCUS_MAX, FOCUS_MIN, LAYOUT_NAMES, ZOOM_MAX, ZOOM_MIN, type ViewState } from '../../src/view/view-state.ts';
import {
  AWKWARD_EDGE_TYPES,
  AWKWARD_GRAPH_ID,
  AWKWARD_LANGUAGES,
  AWKWARD_NODE_IDS,
  AWKWARD_NODE_TYPES,
  AWKWARD_ORGANISATIONS,
  AWKWARD_PRESENT_NODE_TYPES,
  awkwardGraph,
} from './support/awkward-graph.ts';

/** The codec's contract as properties: exact round trip of valid views, no throw on any text, well-formed output. */

const graph = awkwardGraph();

// The awkward graph's groups (its organisations with members), whose keys carry its awkward ids.
const groupKeys = [...clusterForest(graph).clusters.keys()];

const coordinate = fc.oneof(fc.integer(), fc.maxSafeInteger());
const position: fc.Arbitrary<Position> = fc.record({ x: coordinate, y: coordinate });

/** A canonical type list never names every type present: that choice is the default, null. */
function typeChoice(known: readonly string[], present: readonly string[]): fc.Arbitrary<string[] | null> {
  const lists = fc
    .uniqueArray(fc.constantFrom(...known))
    .filter((list) => !present.every((type) => list.includes(type)));
  return fc.option(lists, { nil: null });
}

/** Valid, canonical views of the awkward graph: ids from the graph, lists deduplicated, numbers rounded. */
/** Any date the format takes, at each precision: year, month or day (the day valid for its month). */
const partialDate: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 }))
  .map(([year, month, day]) => {
    const y = String(year).padStart(4, '0');
    if (month === 0) return y;
    const m = `${y}-${String(month).padStart(2, '0')}`;
    return day === 0 ? m : `${m}-${String(day).padStart(2, '0')}`;
  });

/** A path between two different entities, with or without direction (never direction without a path). */
const pathChoice = fc.option(
  fc.tuple(fc.uniqueArray(fc.constantFrom(...AWKWARD_NODE_IDS), { minLength: 2, maxLength: 2 }), fc.boolean()),
  { nil: null },
);

const viewRecord = fc.record({
  graph: fc.constant(AWKWARD_GRAPH_ID),
  node: fc.option(fc.constantFrom(...AWKWARD_NODE_IDS), { nil: null }),
  orgs: fc.uniqueArray(fc.constantFrom(...AWKWARD_ORGANISATIONS)),
  current: fc.boolean(),
  types: typeChoice(AWKWARD_NODE_TYPES, AWKWARD_PRESENT_NODE_TYPES),
  rels: typeChoice(AWKWARD_EDGE_TYPES, AWKWARD_EDGE_TYPES),
  focus: fc.option(fc.integer({ min: FOCUS_MIN, max: FOCUS_MAX }), { nil: null }),
  pathChoice,
  asof: fc.option(partialDate, { nil: null }),
  layout: fc.option(fc.constantFrom(...LAYOUT_NAMES), { nil: null }),
  camera: fc.option(
    fc.record({
      zoom: fc.integer({ min: ZOOM_MIN * 1000, max: ZOOM_MAX * 1000 }).map((thousandths) => thousandths / 1000),
      x: coordinate,
      y: coordinate,
    }),
    { nil: null },
  ),
  pos: fc
    .uniqueArray(fc.tuple(fc.constantFrom(...AWKWARD_NODE_IDS), position), { selector: ([id]) => id })
    .map((entries) => new Map(entries)),
  open: groupKeys.length === 0 ? fc.constant([]) : fc.uniqueArray(fc.constantFrom(...groupKeys)),
  all: fc.boolean(),
  lang: fc.option(fc.constantFrom(...AWKWARD_LANGUAGES), { nil: null }),
  // Only a graph read by neighbourhood (SPARQL) has `expand`; tests/unit/sparql covers it there.
  expand: fc.constant([]),
});

const validView: fc.Arbitrary<ViewState> = viewRecord.map(({ pathChoice: choice, ...rest }) => {
  const [[from = '', to = ''] = [], follow = false] = choice ?? [];
  return { ...rest, path: choice === null ? null : { from, to }, followDirection: choice !== null && follow };
});

/** Maps compare regardless of order in toEqual; the link keeps insertion order, so compare entries. */
function comparable(state: ViewState): unknown {
  return { ...state, pos: [...state.pos] };
}

function roundTrip(state: ViewState, on: Graph = graph): { state: ViewState; dropped: string[] } {
  return cleanLink(parseLink(serializeView(state)), on);
}

const linkish = fc
  .array(
    fc.constantFrom('&', '=', '%', ',', '~', ':', '#', 'v', 'node', 'pos', 'view', '1', '-', '.', 'E0', '__proto__'),
  )
  .map((parts) => parts.join(''));
const loneSurrogates = fc.string({
  unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
});
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), linkish, loneSurrogates);

describe('link codec properties', () => {
  it('round-trips every valid view exactly, with nothing dropped', () => {
    fc.assert(
      fc.property(validView, (state) => {
        const result = roundTrip(state);
        expect(result.dropped).toEqual([]);
        expect(comparable(result.state)).toEqual(comparable(state));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any text, and what it keeps is itself a valid view', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const raw = parseLink(text);
        linkedGraph(raw);
        const { state } = cleanLink(raw, graph);
        expect(comparable(roundTrip(state).state)).toEqual(comparable(state));
        expect(roundTrip(state).dropped).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on any value of any known parameter', () => {
    const parameter = fc
      .tuple(fc.constantFrom(...LINK_PARAM_ORDER), anyText)
      .map(([name, value]) => `${name}=${value}`);
    fc.assert(
      fc.property(fc.array(parameter, { maxLength: 6 }), (parts) => {
        const { state, dropped } = cleanLink(parseLink(parts.join('&')), graph);
        expect(state.graph).toBe(AWKWARD_GRAPH_ID);
        expect(dropped.every((sentence) => sentence.length > 0)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes v=1 first, each parameter at most once, in the fixed order, ids fully encoded', () => {
    const anyId = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), loneSurrogates);
    const anyView = fc.record({
      graph: anyId,
      node: fc.option(anyId, { nil: null }),
      orgs: fc.array(anyId),
      current: fc.boolean(),
      types: fc.option(fc.array(anyId), { nil: null }),
      rels: fc.option(fc.array(anyId), { nil: null }),
      focus: fc.option(fc.integer({ min: FOCUS_MIN, max: FOCUS_MAX }), { nil: null }),
      path: fc.option(fc.record({ from: anyId, to: anyId }), { nil: null }),
      followDirection: fc.boolean(),
      asof: fc.option(anyId, { nil: null }),
      layout: fc.option(fc.constantFrom(...LAYOUT_NAMES), { nil: null }),
      camera: fc.option(fc.record({ zoom: fc.double(), x: fc.double(), y: fc.double() }), { nil: null }),
      pos: fc.array(fc.tuple(anyId, fc.record({ x: fc.double(), y: fc.double() }))).map((entries) => new Map(entries)),
      open: fc.array(anyId),
      all: fc.boolean(),
      lang: fc.option(anyId, { nil: null }),
      expand: fc.array(anyId),
    });
    fc.assert(
      fc.property(anyView, (state) => {
        const link = serializeView(state);
        const names = link.split('&').map((part) => part.split('=')[0] ?? '');
        expect(link.startsWith('v=1&')).toBe(true);
        expect(new Set(names).size).toBe(names.length);
        const order = names.map((name) => (LINK_PARAM_ORDER as readonly string[]).indexOf(name));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(names.at(-1)).toBe('graph');
        // `~` only as the one separator of `path=from~to` (an id's own `~` is `%7E`).
        expect(link).toMatch(/^[A-Za-z0-9\-_.%,:=&~]*$/);
        expect(link.split('~').length - 1).toBe(state.path === null ? 0 : 1);
        const parts = new Map(
          link.split('&').map((part) => [part.split('=')[0] ?? '', part.slice(part.indexOf('=') + 1)]),
        );
        const numbers = [
          ...(parts.get('view')?.split(',') ?? []),
          ...(parts
            .get('pos')
            ?.split(',')
            .flatMap((entry) => entry.split(':').slice(1)) ?? []),
        ];
        expect(numbers.every((number) => /^(0|-?[1-9]\d*(\.\d*[1-9])?|-?0\.\d*[1-9])$/.test(number))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('link length', () => {
  it('keeps a selection, two organisations, a focus, a path, a date and 20 dragged nodes under 2,000 characters', () => {
    const people = Array.from({ length: 20 }, (_, index) => `person-with-long-${String(index).padStart(3, '0')}`);
    const parsed = parseGraph({
      version: 1,
      id: 'long-links',
      title: 'Long links',
      nodes: [
        ...people.map((id) => ({ id, label: id, type: 'person' })),
        { id: 'organisation-one-xyz', label: 'One', type: 'organization' },
        { id: 'organisation-two-xyz', label: 'Two', type: 'organization' },
      ],
      edges: [],
    });
    if (parsed.graph === undefined) throw new Error('graph refused');
    const state: ViewState = {
      graph: 'long-links',
      node: people[0] ?? null,
      orgs: ['organisation-one-xyz', 'organisation-two-xyz'],
      current: true,
      types: null,
      rels: null,
      focus: 2,
      path: { from: people[0] ?? '', to: people[19] ?? '' },
      followDirection: true,
      asof: '2023-04-14',
      layout: 'fcose',
      camera: { zoom: 1.234, x: -12345, y: -12345 },
      pos: new Map(people.map((id, index) => [id, { x: -12345 - index, y: -12345 + index }])),
      open: [],
      all: false,
      lang: null,
      expand: [],
    };
    const link = serializeView(state);
    expect(link.length).toBeLessThan(2000);
    expect(comparable(roundTrip(state, parsed.graph).state)).toEqual(comparable(state));
  });
});
