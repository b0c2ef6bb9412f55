import { describe, expect, it } from 'vitest';
import { FIELD_PARAMS } from '../../src/view/link/link-params.ts';
import { parseLink } from '../../src/view/link/link-parse.ts';
import { serializeView } from '../../src/view/link/link-serialize.ts';
import { defaultView, type ViewState } from '../../src/view/view-state.ts';

/** A value other than the default for every field; typed by ViewState, so a new field needs one here too. */
const CHANGED: ViewState = {
  graph: 'other',
  node: 'a',
  orgs: ['o'],
  current: true,
  types: ['person'],
  rels: ['part_of'],
  focus: 2,
  path: { from: 'a', to: 'b' },
  followDirection: true,
  asof: '2023-04',
  layout: 'concentric',
  camera: { zoom: 1.5, x: 10, y: -20 },
  pos: new Map([['a', { x: 1, y: 2 }]]),
  open: ['o'],
  all: true,
  lang: 'zh',
  expand: ['a'],
};

function params(view: ViewState): Map<string, string> {
  return new Map(parseLink(serializeView(view)).entries.map(({ name, value }) => [name, value]));
}

describe('FIELD_PARAMS', () => {
  // Following direction means something only with a path, so it is compared on a view that has one.
  const baseFor = (field: string): ViewState =>
    field === 'followDirection' ? { ...defaultView('g'), path: CHANGED.path } : defaultView('g');

  it.each(Object.entries(FIELD_PARAMS))('the %s field is written under "%s" and nowhere else', (field, param) => {
    const base = baseFor(field);
    const baseParams = params(base);
    const changed = params({ ...base, [field]: CHANGED[field as keyof ViewState] });
    const differing = [...new Set([...baseParams.keys(), ...changed.keys()])].filter(
      (name) => baseParams.get(name) !== changed.get(name),
    );
    expect(differing).toEqual([param]);
  });
});
