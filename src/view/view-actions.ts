import type { Position } from '../graph/graph-model.ts';
import type { Camera, LayoutName, PathEnds, ViewState } from './view-state.ts';

/** Everything a user can do to the view. Each is one history step or a change of the current one. */
export type ViewAction =
  | { readonly type: 'select'; readonly node: string | null; readonly centre?: boolean }
  | { readonly type: 'toggleOrganisation'; readonly organisation: string }
  | { readonly type: 'setCurrentOnly'; readonly current: boolean }
  | { readonly type: 'clearOrganisations' }
  | { readonly type: 'setTypes'; readonly types: readonly string[] | null }
  | { readonly type: 'setRelations'; readonly rels: readonly string[] | null }
  | { readonly type: 'setFocus'; readonly focus: number | null }
  | { readonly type: 'setPath'; readonly path: PathEnds | null; readonly followDirection?: boolean }
  | { readonly type: 'setFollowDirection'; readonly follow: boolean }
  | { readonly type: 'setAsOf'; readonly asof: string | null }
  | { readonly type: 'setLayout'; readonly layout: LayoutName | null }
  | { readonly type: 'setLanguage'; readonly lang: string | null }
  | { readonly type: 'setCamera'; readonly camera: Camera | null }
  | { readonly type: 'moveNode'; readonly node: string; readonly position: Position }
  | { readonly type: 'openGroup'; readonly group: string }
  | { readonly type: 'closeGroups' }
  | { readonly type: 'setWholeGraph'; readonly all: boolean }
  | { readonly type: 'reset' }
  | { readonly type: 'restore'; readonly view: ViewState };

export type HistoryMode = 'push' | 'replace' | 'none';

/**
 * How each action enters the browser history: discrete steps push an entry (Back undoes them),
 * continuous gestures (pan, zoom, drag) replace the current one, restoring writes nothing. Keyed by
 * every action type, so a new action without its history mode does not compile.
 */
const HISTORY_MODE = {
  select: 'push',
  toggleOrganisation: 'push',
  setCurrentOnly: 'push',
  clearOrganisations: 'push',
  setTypes: 'push',
  setRelations: 'push',
  setFocus: 'push',
  setPath: 'push',
  setFollowDirection: 'push',
  setAsOf: 'push',
  setLayout: 'push',
  setLanguage: 'push',
  setCamera: 'replace',
  moveNode: 'replace',
  openGroup: 'push',
  closeGroups: 'push',
  setWholeGraph: 'push',
  reset: 'push',
  restore: 'none',
} as const satisfies Record<ViewAction['type'], HistoryMode>;

export function historyMode(action: ViewAction): HistoryMode {
  return HISTORY_MODE[action.type];
}
