import type { Position } from '../graph/graph-model.ts';
import { sameCamera, type PathEnds, type ViewState } from './view-state.ts';

type Equality<T> = (a: T, b: T) => boolean;

// Canonical states hold plain values (plain zeros, rounded numbers), so `===` is equality for scalars.
const same = <T>(a: T, b: T): boolean => a === b;

function sameList(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function samePath(a: PathEnds | null, b: PathEnds | null): boolean {
  if (a === null || b === null) return a === b;
  return a.from === b.from && a.to === b.to;
}

function samePositions(a: ReadonlyMap<string, Position>, b: ReadonlyMap<string, Position>): boolean {
  return (
    a.size === b.size &&
    [...a].every(([id, p]) => {
      const q = b.get(id);
      return q !== undefined && q.x === p.x && q.y === p.y;
    })
  );
}

/**
 * How each field of the view is compared. Keyed by every `ViewState` field, so a new field without
 * its comparison does not compile, and "this step changed nothing" can never overlook it.
 */
const FIELD_EQUALITY: { readonly [K in keyof ViewState]: Equality<ViewState[K]> } = {
  graph: same,
  node: same,
  orgs: sameList,
  current: same,
  types: sameList,
  rels: sameList,
  focus: same,
  path: samePath,
  followDirection: same,
  asof: same,
  layout: same,
  camera: sameCamera,
  pos: samePositions,
  open: sameList,
  all: same,
  lang: same,
  expand: sameList,
};

// The literal above has exactly the ViewState keys (excess and missing keys are both type errors).
const FIELDS = Object.keys(FIELD_EQUALITY) as ReadonlyArray<keyof ViewState>;

/** Whether field `field` is the same in both views, compared as FIELD_EQUALITY says. */
export function sameField<K extends keyof ViewState>(field: K, a: Pick<ViewState, K>, b: Pick<ViewState, K>): boolean {
  return FIELD_EQUALITY[field](a[field], b[field]);
}

/** Whether two views show the same thing: a step that changes nothing is no history entry. */
export function sameView(a: ViewState, b: ViewState): boolean {
  return a === b || FIELDS.every((field) => sameField(field, a, b));
}
