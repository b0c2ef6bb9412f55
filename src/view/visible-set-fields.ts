import { sameField } from './view-equality.ts';
import { defaultView, type ViewState } from './view-state.ts';

/**
 * How each view field bears on the visible set. Keyed by every `ViewState` field, so a new field must
 * be classed here before anything builds:
 * - `filter`: decides what is visible, so it is part of the visible set's cache key;
 * - `focusCentre`: decides it only while `focus` is set (the entity the neighbourhood is taken around);
 * - `none`: moves or draws what is visible without changing it (layout, camera, positions); `graph`
 *   names the file, whose parsed Graph the selector receives and compares itself.
 */
export const VISIBILITY_ROLE = {
  graph: 'none',
  node: 'focusCentre',
  orgs: 'filter',
  current: 'filter',
  types: 'filter',
  rels: 'filter',
  focus: 'filter',
  // A path fades what is off it but hides nothing; the date hides relations not in force then.
  path: 'none',
  followDirection: 'none',
  asof: 'filter',
  layout: 'none',
  camera: 'none',
  pos: 'none',
  // The overview draws the visible set grouped or whole; what is visible (lists, counts) stays the same.
  open: 'none',
  all: 'none',
  // Names things differently, shows the same things.
  lang: 'none',
  // Which neighbourhoods are loaded decides the graph itself, which the selector compares on its own.
  expand: 'none',
} as const satisfies Record<keyof ViewState, 'filter' | 'focusCentre' | 'none'>;

type Role = (typeof VISIBILITY_ROLE)[keyof ViewState];
type FieldsWith<R extends Role> = {
  [K in keyof ViewState]: (typeof VISIBILITY_ROLE)[K] extends R ? K : never;
}[keyof ViewState];

/** The parts of the view that decide what is visible. */
export type VisibilityFilters = Pick<ViewState, FieldsWith<'filter' | 'focusCentre'>>;

function fieldsWith<R extends Role>(role: R): ReadonlyArray<FieldsWith<R>> {
  return (Object.keys(VISIBILITY_ROLE) as Array<keyof ViewState>).filter(
    (field): field is FieldsWith<R> => VISIBILITY_ROLE[field] === role,
  );
}

const FILTER_FIELDS = fieldsWith('filter');
const FOCUS_CENTRE_FIELDS = fieldsWith('focusCentre');

/**
 * Whether two views show the same visible set on one graph. Fields compare by identity: transitions
 * keep a field's value when they do not change it, so this is a cheap cache key, not deep equality.
 */
export function sameVisibilityFilters(a: VisibilityFilters, b: VisibilityFilters): boolean {
  return (
    FILTER_FIELDS.every((field) => a[field] === b[field]) &&
    (b.focus === null || FOCUS_CENTRE_FIELDS.every((field) => a[field] === b[field]))
  );
}

const UNFILTERED = defaultView('');

/**
 * Whether the view filters nothing: every field that decides visibility has its default value. Read
 * from the table, so a new filter field can never be overlooked by the "everything visible" shortcut.
 */
export function filtersNothing(view: VisibilityFilters): boolean {
  return FILTER_FIELDS.every((field) => sameField(field, view, UNFILTERED));
}
