import { didYouMeanSuffix } from '../../graph/did-you-mean.ts';
import { graphHasLanguage, graphLanguages, normaliseLanguage } from '../../graph/node-labels.ts';
import { decodeSingle, type Cleaner, type ViewDraft } from './link-clean-context.ts';
import { parseLinkNumber, plainZero } from './link-encoding.ts';
import { presetAvailable } from '../preset-layout.ts';
import { linkNotice } from './link-messages.ts';
import { FOCUS_MAX, FOCUS_MIN, LAYOUT_NAMES, roundCamera, ZOOM_MAX, ZOOM_MIN, type LayoutName } from '../view-state.ts';

/** Cleaners of the parameters that hold a setting rather than a name: current, focus, layout, view. */

type Flag = { [K in keyof ViewDraft]: ViewDraft[K] extends boolean ? K : never }[keyof ViewDraft];

/** A yes/no parameter: `1` or `0`, anything else dropped with its own sentence. */
export function flagCleaner(name: string, field: Flag, notice: (value: string) => string): Cleaner {
  return (value, draft, context) => {
    const text = decodeSingle(name, value, context);
    if (text === '1') draft[field] = true;
    else if (text === '0') draft[field] = false;
    else if (text !== undefined) context.drop(notice(text));
  };
}

export const cleanCurrent = flagCleaner('current', 'current', linkNotice.badCurrent);

export const cleanFocus: Cleaner = (value, draft, context) => {
  const text = decodeSingle('focus', value, context);
  if (text === undefined) return;
  const hops = parseLinkNumber(text);
  if (hops !== undefined && Number.isInteger(hops) && hops >= FOCUS_MIN && hops <= FOCUS_MAX) draft.focus = hops;
  else context.drop(linkNotice.badFocus(text));
};

function isLayoutName(text: string): text is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(text);
}

export const cleanLayout: Cleaner = (value, draft, context) => {
  const text = decodeSingle('layout', value, context);
  if (text === undefined) return;
  if (!isLayoutName(text)) context.drop(linkNotice.unknownLayout(text, didYouMeanSuffix(text, LAYOUT_NAMES)));
  else if (text === 'preset' && !presetAvailable(context.graph)) context.drop(linkNotice.presetWithoutPositions());
  else draft.layout = text;
};

/** `lang=zh`: kept when the graph has labels in that language, so the link shows what it says. */
export const cleanLanguage: Cleaner = (value, draft, context) => {
  const text = decodeSingle('lang', value, context);
  if (text === undefined) return;
  const tag = normaliseLanguage(text);
  if (tag !== undefined && graphHasLanguage(context.graph, tag)) draft.lang = tag;
  else
    context.drop(
      linkNotice.unknownLanguage(
        text,
        graphLanguages(context.graph).map((language) => language.tag),
      ),
    );
};

/** `view=zoom,x,y`; the zoom range is checked after rounding, so what is kept is what is shown. */
export const cleanView: Cleaner = (value, draft, context) => {
  const text = decodeSingle('view', value, context);
  if (text === undefined) return;
  const numbers = text.split(',').map(parseLinkNumber);
  const [zoom, x, y] = numbers;
  if (
    numbers.length !== 3 ||
    zoom === undefined ||
    x === undefined ||
    y === undefined ||
    ![zoom, x, y].every(Number.isFinite)
  ) {
    context.drop(linkNotice.badView(text));
    return;
  }
  const camera = roundCamera({ zoom, x, y });
  if (camera.zoom < ZOOM_MIN || camera.zoom > ZOOM_MAX) {
    context.drop(linkNotice.zoomOutOfRange(text.split(',')[0] ?? ''));
    return;
  }
  draft.camera = { zoom: camera.zoom, x: plainZero(camera.x), y: plainZero(camera.y) };
};
