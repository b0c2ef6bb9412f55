import type { Position } from '../graph/graph-model.ts';
import type { Camera, LayoutName, ViewState } from './view-state.ts';

/** Everything a user can do to the view. Each is one history step or a change of the current one. */
export type ViewAction =
  | { readonly type: 'select'; readonly node: string | null; readonly centre?: boolean }
  | { readonly type: 'toggleOrganisation'; readonly organisation: string }
  | { readonly type: 'setCurrentOnly'; readonly current: boolean }
  | { readonly type: 'clearOrganisations' }
  | { readonly type: 'setTypes'; readonly types: readonly string[] | null }
  | { readonly type: 'setRelations'; readonly rels: readonly string[] | null }
  | { readonly type: 'setFocus'; readonly focus: number | null }
  | { readonly type: 'setLayout'; readonly layout: LayoutName | null }
  | { readonly type: 'setCamera'; readonly camera: Camera | null }
  | { readonly type: 'moveNode'; readonly node: string; readonly position: Position }
  | { readonly type: 'reset' }
  | { readonly type: 'restore'; readonly view: ViewState };

/**
 * How an action enters the browser history: discrete steps push an entry (Back undoes them),
 * continuous gestures (pan, zoom, drag) replace the current one, restoring writes nothing.
 */
export function historyMode(action: ViewAction): 'push' | 'replace' | 'none' {
  switch (action.type) {
    case 'setCamera':
    case 'moveNode':
      return 'replace';
    case 'restore':
      return 'none';
    default:
      return 'push';
  }
}
