import { defaultGraphId } from './default-graph.ts';
import { preloadPageBuilder } from './graph-reader.ts';
import { browserImportMemory } from './local-files.ts';
import type { GraphSource, PrecomputedLayouts } from './graph-source.ts';

// Every graph file in graph-data/ ships with the app as an asset; its id in links is its file name.
const files = import.meta.glob<string>(['../../graph-data/*.json', '!../../graph-data/*.schema.json'], {
  query: '?url',
  import: 'default',
  eager: true,
});

const bundled = new Map(
  Object.entries(files)
    .map(([path, url]) => [path.replace(/^.*\//, '').replace(/\.json$/, ''), url] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
);

// The default layout of each bundled file, computed at build time (scripts/bundled-layouts.ts), loaded on demand.
type LayoutRows = ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, number, number]>]>;
const layoutModules = import.meta.glob<LayoutRows>(['../../graph-data/*.json', '!../../graph-data/*.schema.json'], {
  query: '?layouts',
  import: 'default',
});
const bundledLayouts = new Map(
  Object.entries(layoutModules).map(
    ([path, load]) => [path.replace(/^.*\//, '').replace(/\.json$/, ''), load] as const,
  ),
);

async function precomputedLayouts(ref: string): Promise<PrecomputedLayouts | undefined> {
  const load = bundledLayouts.get(ref);
  if (!load) return undefined;
  const rows = await load();
  return new Map(rows.map(([name, nodes]) => [name, new Map(nodes.map(([id, x, y]) => [id, { x, y }]))]));
}

const configured = import.meta.env.VITE_DEFAULT_GRAPH as string | undefined;

function statusWords(status: number): string {
  if (status === 404 || status === 410) return 'there is no file at that address';
  if (status === 401 || status === 403) return 'the server refuses to give it out';
  if (status >= 500) return 'the server failed to answer';
  return 'the server refused the request';
}

async function fetchText(url: string, what: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    // fetch gives no detail here on purpose (a CORS refusal looks like no network), so name both.
    throw new Error(
      `${what} could not be fetched: the server did not answer, or it does not let other sites read the file (no CORS header). Check the address, or download the file and open it here.`,
    );
  }
  if (!response.ok) {
    const text = response.statusText ? ` ${response.statusText}` : '';
    throw new Error(`${what} could not be fetched: HTTP ${response.status}${text} — ${statusWords(response.status)}`);
  }
  return response.text();
}

/** An https URL, or a file on this explorer's own origin (as trusted as a bundled one). */
function loadableUrl(ref: string): boolean {
  try {
    const url = new URL(ref);
    return url.protocol === 'https:' || url.origin === window.location.origin;
  } catch {
    return false;
  }
}

function loadText(ref: string): Promise<string> {
  const url = bundled.get(ref);
  // A file a link names may be large: the page's builder loads while the file does.
  if (url === undefined) preloadPageBuilder();
  return url === undefined ? fetchText(ref, ref) : fetchText(url, `The bundled graph "${ref}"`);
}

/** How long a file fetched ahead waits to be taken. */
const PREFETCH_KEPT_MS = 60_000;

/** Fetches started before anyone asked (`prefetch`), each taken once: a later load fetches afresh. */
const early = new Map<string, Promise<string>>();

/** Bundled graphs by id, any `https://` or same-origin URL a link names, and files opened in this browser. */
export const bundledGraphSource: GraphSource = {
  defaultGraph: defaultGraphId(bundled.keys(), configured),
  canLoad: (ref) => bundled.has(ref) || loadableUrl(ref),
  loadText: (ref) => {
    const started = early.get(ref);
    early.delete(ref);
    return started ?? loadText(ref);
  },
  prefetch: (ref) => {
    if (early.has(ref) || !(bundled.has(ref) || loadableUrl(ref))) return;
    const started = loadText(ref);
    // Its failure is reported to whoever takes it; until then it is no unhandled rejection.
    started.catch(() => undefined);
    early.set(ref, started);
    // A file nobody took (the page went elsewhere first) is not kept for good.
    setTimeout(() => {
      if (early.get(ref) === started) early.delete(ref);
    }, PREFETCH_KEPT_MS);
  },
  imports: browserImportMemory(),
  precomputedLayouts,
};
