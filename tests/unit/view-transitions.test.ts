import { describe, expect, it } from 'vitest';
import { historyMode, type ViewAction } from '../../src/view/view-actions.ts';
import { defaultView, FOCUS_MAX, FOCUS_MIN, type ViewState } from '../../src/view/view-state.ts';
import { applyViewAction } from '../../src/view/view-transitions.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { clusterForest } from '../../src/view/overview/cluster-forest.ts';
import { edge, makeGraph, organisation, person, product } from './support/graph-builder.ts';
import { synthetic } from './support/synthetic.ts';

/**
 *   alice ─holds_role→ lab ─part_of→ acme ─developed→ widget
 *   alice ─reports_to→ bob ─holds_role (former)→ rival
 */
const graph = makeGraph({
  nodes: [
    person('alice', 'Alice'),
    person('bob', 'Bob'),
    organisation('acme', 'Acme'),
    organisation('lab', 'Lab'),
    organisation('rival', 'Rival'),
    product('widget', 'Widget'),
  ],
  edges: [
    edge('alice', 'holds_role', 'lab', { id: 'alice-lab', title: 'Head' }),
    edge('lab', 'part_of', 'acme', { id: 'lab-acme' }),
    edge('acme', 'developed', 'widget', { id: 'acme-widget' }),
    edge('alice', 'reports_to', 'bob', { id: 'alice-bob' }),
    edge('bob', 'holds_role', 'rival', { id: 'bob-rival', title: 'CEO', former: true }),
  ],
});

const base = defaultView('test');

function apply(action: ViewAction, view: ViewState = base): ReturnType<typeof applyViewAction> {
  return applyViewAction(graph, view, action);
}

/** Applies actions in turn, failing on any notice: for building the starting view of a test. */
function viewAfter(...actions: ViewAction[]): ViewState {
  let view = base;
  for (const action of actions) {
    const result = apply(action, view);
    expect(result.notices).toEqual([]);
    view = result.view;
  }
  return view;
}

describe('applyViewAction: selection', () => {
  it('selects a node and deselects with null', () => {
    const selected = apply({ type: 'select', node: 'alice' });
    expect(selected).toEqual({ view: { ...base, node: 'alice' }, notices: [] });
    expect(apply({ type: 'select', node: null }, selected.view)).toEqual({ view: base, notices: [] });
  });

  it('ignores the selection of an unknown id, returning the same view', () => {
    const view = viewAfter({ type: 'select', node: 'alice' });
    const result = apply({ type: 'select', node: 'nobody' }, view);
    expect(result.view).toBe(view);
    expect(result.notices).toEqual([]);
  });

  it('returns the same view when the node is already selected (no history step)', () => {
    const view = viewAfter({ type: 'select', node: 'alice' });
    expect(apply({ type: 'select', node: 'alice' }, view).view).toBe(view);
    expect(apply({ type: 'select', node: 'alice', centre: true }, view).view).toBe(view);
    expect(apply({ type: 'select', node: null }).view).toBe(base);
  });
});

describe('applyViewAction: organisation filter', () => {
  it('adds an organisation, then removes it, keeping the order chosen', () => {
    const one = viewAfter({ type: 'toggleOrganisation', organisation: 'lab' });
    expect(one.orgs).toEqual(['lab']);
    const two = viewAfter(
      { type: 'toggleOrganisation', organisation: 'lab' },
      { type: 'toggleOrganisation', organisation: 'rival' },
    );
    expect(two.orgs).toEqual(['lab', 'rival']);
    expect(apply({ type: 'toggleOrganisation', organisation: 'lab' }, two).view.orgs).toEqual(['rival']);
    expect(apply({ type: 'toggleOrganisation', organisation: 'lab' }, one).view.orgs).toEqual([]);
  });

  it('ignores a person, a product or an unknown id', () => {
    for (const id of ['alice', 'widget', 'nobody']) {
      const result = apply({ type: 'toggleOrganisation', organisation: id });
      expect(result.view).toBe(base);
      expect(result.notices).toEqual([]);
    }
  });

  it('sets and unsets "current roles only"', () => {
    const on = apply({ type: 'setCurrentOnly', current: true });
    expect(on).toEqual({ view: { ...base, current: true }, notices: [] });
    expect(apply({ type: 'setCurrentOnly', current: false }, on.view).view).toEqual(base);
  });

  it('clears the organisations and "current roles only" together', () => {
    const view = viewAfter(
      { type: 'toggleOrganisation', organisation: 'acme' },
      { type: 'toggleOrganisation', organisation: 'rival' },
      { type: 'setCurrentOnly', current: true },
    );
    expect(view).toMatchObject({ orgs: ['acme', 'rival'], current: true });
    expect(apply({ type: 'clearOrganisations' }, view)).toEqual({ view: base, notices: [] });
  });
});

describe('applyViewAction: type, relation and focus filters', () => {
  it('sets node types deduplicated in the order given, and null shows every type', () => {
    const view = apply({ type: 'setTypes', types: ['person', 'product', 'person'] }).view;
    expect(view.types).toEqual(['person', 'product']);
    expect(apply({ type: 'setTypes', types: null }, view).view.types).toBeNull();
    expect(apply({ type: 'setTypes', types: [] }).view.types).toEqual([]);
  });

  it('sets relation types deduplicated in the order given, and null shows every type', () => {
    const view = apply({ type: 'setRelations', rels: ['part_of', 'holds_role', 'part_of'] }).view;
    expect(view.rels).toEqual(['part_of', 'holds_role']);
    expect(apply({ type: 'setRelations', rels: null }, view).view.rels).toBeNull();
  });

  it('rounds the focus and clamps it to the range of hops', () => {
    const focus = (value: number | null): number | null => apply({ type: 'setFocus', focus: value }).view.focus;
    expect(focus(2)).toBe(2);
    expect(focus(2.4)).toBe(2);
    expect(focus(2.6)).toBe(3);
    expect(focus(0)).toBe(FOCUS_MIN);
    expect(focus(-5)).toBe(FOCUS_MIN);
    expect(focus(99)).toBe(FOCUS_MAX);
    expect(focus(Number.POSITIVE_INFINITY)).toBe(FOCUS_MAX);
    expect(focus(FOCUS_MAX + 0.4)).toBe(FOCUS_MAX);
    expect(focus(null)).toBeNull();
    expect(focus(Number.NaN)).toBeNull();
    expect([FOCUS_MIN, FOCUS_MAX]).toEqual([1, 6]);
  });

  it('returns the very same view for a step that changes nothing, so no history entry is made', () => {
    const start = apply({ type: 'setTypes', types: ['person'] }).view;
    for (const action of [
      { type: 'setTypes', types: ['person'] },
      { type: 'setRelations', rels: null },
      { type: 'setCurrentOnly', current: false },
      { type: 'setFocus', focus: null },
      { type: 'clearOrganisations' },
      { type: 'setCamera', camera: null },
    ] as const) {
      expect(apply(action, start).view, action.type).toBe(start);
    }
  });
});

describe('applyViewAction: a filter that hides the selection deselects it', () => {
  const bundled = bundledGraph();
  const leiJun = defaultView(bundled.id);
  const selected = { ...leiJun, node: 'lei-jun' };
  const hidden = 'Lei Jun is hidden by the filters, so it is no longer selected.';

  it('deselects on an organisation filter that leaves the entity out, with one notice naming it', () => {
    expect(applyViewAction(bundled, selected, { type: 'toggleOrganisation', organisation: 'microsoft' })).toEqual({
      view: { ...selected, node: null, orgs: ['microsoft'] },
      notices: [hidden],
    });
  });

  it('keeps the selection, with no notice, when the filter keeps the entity visible', () => {
    expect(applyViewAction(bundled, selected, { type: 'toggleOrganisation', organisation: 'xiaomi' })).toEqual({
      view: { ...selected, orgs: ['xiaomi'] },
      notices: [],
    });
  });

  it('deselects on a type filter that hides the entity', () => {
    expect(applyViewAction(bundled, selected, { type: 'setTypes', types: ['organization'] })).toEqual({
      view: { ...selected, node: null, types: ['organization'] },
      notices: [hidden],
    });
    expect(applyViewAction(bundled, selected, { type: 'setTypes', types: ['person'] })).toEqual({
      view: { ...selected, types: ['person'] },
      notices: [],
    });
  });

  it('deselects on "current roles only" when only former roles kept the entity in', () => {
    const view = { ...selected, node: 'luan-jian', orgs: ['microsoft'] };
    expect(applyViewAction(bundled, view, { type: 'setCurrentOnly', current: true })).toEqual({
      view: { ...view, node: null, current: true },
      notices: ['Luan Jian is hidden by the filters, so it is no longer selected.'],
    });
    // Xiaomi roles are current: the selection survives.
    const atXiaomi = { ...view, orgs: ['xiaomi'] };
    expect(applyViewAction(bundled, atXiaomi, { type: 'setCurrentOnly', current: true })).toEqual({
      view: { ...atXiaomi, current: true },
      notices: [],
    });
  });

  it('never deselects on a relation filter or a focus: they hide edges and neighbours, not the selection', () => {
    expect(applyViewAction(bundled, selected, { type: 'setRelations', rels: [] })).toEqual({
      view: { ...selected, rels: [] },
      notices: [],
    });
    expect(applyViewAction(bundled, selected, { type: 'setFocus', focus: 1 })).toEqual({
      view: { ...selected, focus: 1 },
      notices: [],
    });
  });

  it('keeps the selection when clearing the organisations shows it again', () => {
    const view = { ...selected, node: 'luan-jian', orgs: ['microsoft'], current: false };
    expect(applyViewAction(bundled, view, { type: 'clearOrganisations' })).toEqual({
      view: { ...view, orgs: [] },
      notices: [],
    });
  });

  it('says nothing when nothing is selected', () => {
    expect(applyViewAction(bundled, leiJun, { type: 'toggleOrganisation', organisation: 'microsoft' })).toEqual({
      view: { ...leiJun, orgs: ['microsoft'] },
      notices: [],
    });
  });

  it('names the entity by its label in the small graph too', () => {
    const view = viewAfter({ type: 'select', node: 'widget' });
    expect(apply({ type: 'setTypes', types: ['person'] }, view).notices).toEqual([
      'Widget is hidden by the filters, so it is no longer selected.',
    ]);
  });
});

describe('applyViewAction: layout, camera and positions', () => {
  it('sets the layout and forgets the moved positions and the camera', () => {
    const view = viewAfter(
      { type: 'setCamera', camera: { zoom: 2, x: 10, y: 20 } },
      { type: 'moveNode', node: 'alice', position: { x: 1, y: 2 } },
      { type: 'select', node: 'bob' },
    );
    const result = apply({ type: 'setLayout', layout: 'concentric' }, view);
    expect(result).toEqual({ view: { ...base, node: 'bob', layout: 'concentric' }, notices: [] });
    expect(result.view.pos.size).toBe(0);
    expect(apply({ type: 'setLayout', layout: null }, result.view).view.layout).toBeNull();
  });

  it('rounds the camera: zoom to three decimals, the centre to whole units', () => {
    expect(apply({ type: 'setCamera', camera: { zoom: 1.23456, x: 10.4, y: -20.6 } }).view.camera).toEqual({
      zoom: 1.235,
      x: 10,
      y: -21,
    });
    const view = viewAfter({ type: 'setCamera', camera: { zoom: 2, x: 0, y: 0 } });
    expect(apply({ type: 'setCamera', camera: null }, view).view.camera).toBeNull();
  });

  it('rounds a moved position, keeps the other moved nodes, and replaces a node moved again', () => {
    const view = viewAfter(
      { type: 'moveNode', node: 'alice', position: { x: 10.4, y: -3.6 } },
      { type: 'moveNode', node: 'bob', position: { x: 5, y: 6 } },
    );
    expect(view.pos).toEqual(
      new Map([
        ['alice', { x: 10, y: -4 }],
        ['bob', { x: 5, y: 6 }],
      ]),
    );
    const again = apply({ type: 'moveNode', node: 'alice', position: { x: 99.5, y: 0 } }, view).view;
    expect(again.pos).toEqual(
      new Map([
        ['alice', { x: 100, y: 0 }],
        ['bob', { x: 5, y: 6 }],
      ]),
    );
    // The previous view is not mutated.
    expect(view.pos.get('alice')).toEqual({ x: 10, y: -4 });
  });

  it('ignores a move of an unknown node', () => {
    const view = viewAfter({ type: 'moveNode', node: 'alice', position: { x: 1, y: 1 } });
    const result = apply({ type: 'moveNode', node: 'nobody', position: { x: 1, y: 1 } }, view);
    expect(result.view).toBe(view);
    expect(result.notices).toEqual([]);
  });
});

describe('applyViewAction: reset and restore', () => {
  it('resets to the default view of the same graph', () => {
    const view = viewAfter(
      { type: 'select', node: 'alice' },
      { type: 'toggleOrganisation', organisation: 'acme' },
      { type: 'setTypes', types: ['person', 'organization'] },
      { type: 'setFocus', focus: 2 },
      { type: 'setCamera', camera: { zoom: 2, x: 1, y: 1 } },
      { type: 'moveNode', node: 'bob', position: { x: 1, y: 1 } },
    );
    expect(apply({ type: 'reset' }, { ...view, graph: 'other' })).toEqual({ view: defaultView('other'), notices: [] });
  });

  it('restores a whole view as given, the same object, without judging it', () => {
    const restored: ViewState = { ...base, node: 'widget', types: ['person'], graph: 'elsewhere' };
    const result = apply({ type: 'restore', view: restored }, viewAfter({ type: 'select', node: 'alice' }));
    expect(result.view).toBe(restored);
    expect(result.notices).toEqual([]);
  });
});

describe('applyViewAction: the overview', () => {
  const big = synthetic(5000);
  const forest = clusterForest(big);
  const start = defaultView(big.id);
  // A group two levels down: a company's first unit.
  const company = forest.roots[0] ?? '';
  const unit = forest.clusters.get(company)?.clusters[0] ?? '';

  it('opens a group and every group around it, in order, once', () => {
    const opened = applyViewAction(big, start, { type: 'openGroup', group: unit }).view;
    expect(opened.open).toEqual([company, unit]);
    expect(applyViewAction(big, opened, { type: 'openGroup', group: company }).view).toBe(opened);
  });

  it('ignores a group the graph does not have, and closes every group in one step', () => {
    expect(applyViewAction(big, start, { type: 'openGroup', group: 'no-such-group' }).view).toBe(start);
    const opened = applyViewAction(big, start, { type: 'openGroup', group: unit }).view;
    expect(applyViewAction(big, opened, { type: 'closeGroups' }).view.open).toEqual([]);
    expect(applyViewAction(big, start, { type: 'closeGroups' }).view).toBe(start);
  });

  it('switches between the overview and the whole graph', () => {
    const whole = applyViewAction(big, start, { type: 'setWholeGraph', all: true }).view;
    expect(whole.all).toBe(true);
    expect(applyViewAction(big, whole, { type: 'setWholeGraph', all: false }).view.all).toBe(false);
    expect(applyViewAction(big, start, { type: 'setWholeGraph', all: false }).view).toBe(start);
  });
});

describe('historyMode', () => {
  const position = { x: 0, y: 0 };
  const cases: ReadonlyArray<[ViewAction, 'push' | 'replace' | 'none']> = [
    [{ type: 'select', node: 'alice' }, 'push'],
    [{ type: 'select', node: null }, 'push'],
    [{ type: 'toggleOrganisation', organisation: 'acme' }, 'push'],
    [{ type: 'setCurrentOnly', current: true }, 'push'],
    [{ type: 'clearOrganisations' }, 'push'],
    [{ type: 'setTypes', types: null }, 'push'],
    [{ type: 'setRelations', rels: [] }, 'push'],
    [{ type: 'setFocus', focus: 2 }, 'push'],
    [{ type: 'setLayout', layout: 'fcose' }, 'push'],
    [{ type: 'reset' }, 'push'],
    [{ type: 'openGroup', group: 'acme' }, 'push'],
    [{ type: 'closeGroups' }, 'push'],
    [{ type: 'setWholeGraph', all: true }, 'push'],
    [{ type: 'setCamera', camera: { zoom: 1, x: 0, y: 0 } }, 'replace'],
    [{ type: 'setCamera', camera: null }, 'replace'],
    [{ type: 'moveNode', node: 'alice', position }, 'replace'],
    [{ type: 'restore', view: base }, 'none'],
  ];

  it.each(cases.map(([action, mode]) => ({ type: action.type, action, mode })))(
    '$type enters history as $mode ($action)',
    ({ action, mode }) => {
      expect(historyMode(action)).toBe(mode);
    },
  );
});
