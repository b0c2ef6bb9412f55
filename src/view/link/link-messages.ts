import { FOCUS_MAX, FOCUS_MIN, ZOOM_MAX, ZOOM_MIN } from '../view-state.ts';

/**
 * The sentences a person reads when part of a link could not be used (the notice area). One place,
 * so the wording stays plain and consistent, and tests and UI share it. Values are shown decoded;
 * only text that cannot be decoded is shown as written.
 */
export const linkNotice = {
  unknownId: (id: string, suggestion: string): string =>
    `The link mentions "${id}", which is not in this graph${suggestion}`,
  notOrganisation: (id: string): string =>
    `The link filters by "${id}", which is not an organisation, so it was ignored`,
  unknownNodeType: (type: string, suggestion: string): string =>
    `The link mentions the node type "${type}", which is not in this graph${suggestion}`,
  unknownRelationType: (type: string, suggestion: string): string =>
    `The link mentions the relation type "${type}", which is not in this graph${suggestion}`,
  unknownParam: (name: string): string =>
    `The link's "${name}" parameter is not one this explorer knows, so it was ignored`,
  futureParam: (name: string): string => `The link's "${name}" is not supported yet, so it was ignored`,
  repeated: (name: string, count: number): string =>
    `The link has "${name}" ${count === 2 ? 'twice' : `${count} times`}; the first one was used`,
  badEncoding: (name: string, raw: string): string =>
    `The link's "${name}" value "${raw}" could not be read, so it was ignored`,
  empty: (name: string): string => `The link's "${name}" is empty, so it was ignored`,
  badCurrent: (value: string): string => `The link's "current=${value}" is not 1 or 0, so it was ignored`,
  badFocus: (value: string): string =>
    `The link's "focus=${value}" is not a number of hops from ${FOCUS_MIN} to ${FOCUS_MAX}, so it was ignored`,
  badPath: (value: string): string =>
    `The link's "path=${value}" is not two entity ids joined by "~" (from~to), so it was ignored`,
  samePathEnds: (id: string): string => `The link asks for a path from "${id}" to itself, so it was ignored`,
  badDirection: (value: string): string => `The link's "dir=${value}" is not 1 or 0, so it was ignored`,
  directionWithoutPath: (): string => 'The link\'s "dir" only applies to a path, and there is none, so it was ignored',
  badDate: (value: string, suggestion: string): string =>
    `The link's "asof=${value}" is not a date (write 2023, 2023-04 or 2023-04-14), so it was ignored${suggestion}`,
  unknownLayout: (value: string, suggestion: string): string =>
    `The link's layout "${value}" is not one this explorer knows, so it was ignored${suggestion}`,
  unknownLanguage: (value: string, available: readonly string[]): string =>
    available.length === 0
      ? `The link's "lang=${value}" asks for labels in a language, but this graph has labels in one language only, so it was ignored`
      : `The link's "lang=${value}" is not a language this graph has labels in (${available.join(', ')}), so it was ignored`,
  presetWithoutPositions: (): string =>
    'The link asks for the "preset" layout, but not every node of this graph has a saved position, so it was ignored',
  badView: (value: string): string =>
    `The link's "view=${value}" is not a zoom and a centre point (zoom,x,y), so it was ignored`,
  zoomOutOfRange: (zoom: string): string =>
    `The link's zoom ${zoom} is outside the range ${ZOOM_MIN} to ${ZOOM_MAX}, so it was ignored`,
  badPosition: (entry: string): string =>
    `The link's position "${entry}" is not a node id with two finite numbers (id:x:y), so it was ignored`,
  unknownGroup: (key: string): string =>
    `The link opens the group "${key}", which this graph does not have, so it was ignored`,
  badAll: (value: string): string => `The link's "all=${value}" is not 1 or 0, so it was ignored`,
  newerVersion: (): string => 'This link was made by a newer version of the explorer; some of it may be ignored',
  badVersion: (value: string): string =>
    `The link's version "v=${value}" is not a whole number, so it was read as version 1`,
  expandWithoutEndpoint: (): string =>
    'The link\'s "expand" is for graphs read from a SPARQL endpoint a neighbourhood at a time; this graph is whole, so it was ignored',
  otherGraph: (linked: string, shown: string): string =>
    `The link was made for the graph "${linked}"; it shows "${shown}" instead`,
} as const;
