import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph-model.ts';
import { cleanLink } from '../../src/view/link/link-clean.ts';
import { parseLink } from '../../src/view/link/link-parse.ts';
import { serializeView } from '../../src/view/link/link-serialize.ts';
import { defaultView, type ViewState } from '../../src/view/view-state.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { awkwardGraph } from './support/awkward-graph.ts';

/** `path`, `dir` and `asof` in the link: exact fragments, and each way a hand-made link can be wrong. */

const xiaomi = bundledGraph();
const base = defaultView('xiaomi-ai');

function open(fragment: string, graph: Graph = xiaomi): { state: ViewState; dropped: string[] } {
  return cleanLink(parseLink(fragment), graph);
}

describe('writing path, dir and asof', () => {
  it('writes path=from~to, dir=1 after it, and asof, in the fixed order', () => {
    const view: ViewState = {
      ...base,
      node: 'luan-jian',
      focus: 2,
      path: { from: 'luan-jian', to: 'lei-jun' },
      followDirection: true,
      asof: '2023-03-01',
      layout: 'fcose',
    };
    expect(serializeView(view)).toBe(
      'v=1&node=luan-jian&focus=2&path=luan-jian~lei-jun&dir=1&asof=2023-03-01&layout=fcose&graph=xiaomi-ai',
    );
  });

  it('encodes a "~" inside an id, so the one raw "~" separates the ends', () => {
    expect(serializeView({ ...defaultView('g'), path: { from: 'x~y', to: 'a,b' } })).toBe(
      'v=1&path=x%7Ey~a%2Cb&graph=g',
    );
    const awkward = awkwardGraph();
    expect(open('#path=x%7Ey~a%2Cb', awkward).state.path).toEqual({ from: 'x~y', to: 'a,b' });
  });

  it('leaves dir out without a path and when false', () => {
    expect(serializeView({ ...base, followDirection: true })).toBe('v=1&graph=xiaomi-ai');
    expect(serializeView({ ...base, path: { from: 'a', to: 'b' } })).toBe('v=1&path=a~b&graph=xiaomi-ai');
  });
});

describe('opening path, dir and asof', () => {
  it('opens a path with direction and a date', () => {
    expect(open('#path=luan-jian~lei-jun&dir=1&asof=2023-04')).toEqual({
      state: { ...base, path: { from: 'luan-jian', to: 'lei-jun' }, followDirection: true, asof: '2023-04' },
      dropped: [],
    });
  });

  it('reads dir whether it comes before or after path', () => {
    expect(open('#dir=1&path=luan-jian~lei-jun').state.followDirection).toBe(true);
  });

  it('drops a path with an unknown end, saying which and suggesting the near miss', () => {
    expect(open('#path=luan-jian~lei-jn')).toEqual({
      state: base,
      dropped: ['The link mentions "lei-jn", which is not in this graph — did you mean "lei-jun"?'],
    });
  });

  it('drops a path that is not two ids joined by ~, or from an entity to itself', () => {
    expect(open('#path=luan-jian').dropped).toEqual([
      'The link\'s "path=luan-jian" is not two entity ids joined by "~" (from~to), so it was ignored',
    ]);
    expect(open('#path=a~b~c').dropped).toHaveLength(1);
    expect(open('#path=luan-jian~').dropped).toHaveLength(1);
    expect(open('#path=luan-jian~luan-jian').dropped).toEqual([
      'The link asks for a path from "luan-jian" to itself, so it was ignored',
    ]);
    expect(open('#path=%E0~lei-jun').dropped).toEqual([
      'The link\'s "path" value "%E0" could not be read, so it was ignored',
    ]);
  });

  it('drops dir without a path, and a dir that is not 1 or 0', () => {
    expect(open('#dir=1')).toEqual({
      state: base,
      dropped: ['The link\'s "dir" only applies to a path, and there is none, so it was ignored'],
    });
    expect(open('#path=luan-jian~nobody&dir=1').dropped).toEqual([
      'The link mentions "nobody", which is not in this graph',
      'The link\'s "dir" only applies to a path, and there is none, so it was ignored',
    ]);
    expect(open('#path=luan-jian~lei-jun&dir=yes').dropped).toEqual([
      'The link\'s "dir=yes" is not 1 or 0, so it was ignored',
    ]);
  });

  it('drops a bad date, suggesting the date it probably meant', () => {
    expect(open('#asof=2023-3-1')).toEqual({
      state: base,
      dropped: [
        'The link\'s "asof=2023-3-1" is not a date (write 2023, 2023-04 or 2023-04-14), so it was ignored — did you mean "2023-03-01"?',
      ],
    });
    expect(open('#asof=2023-13').dropped).toEqual([
      'The link\'s "asof=2023-13" is not a date (write 2023, 2023-04 or 2023-04-14), so it was ignored',
    ]);
    expect(open('#asof=').dropped).toEqual(['The link\'s "asof" is empty, so it was ignored']);
  });
});
