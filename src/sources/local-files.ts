import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import type { TextFile } from '../formats/csv.ts';
import type { ImportOptions } from '../formats/import-mapping.ts';

/**
 * What this browser keeps about graphs the user opened, by graph ref: the files' text for a local file
 * (so Back/Forward, reload and links reopen it), and the mapping chosen for any imported graph (so a
 * reload reads it the same way). IndexedDB holds it across sessions (files up to the 50 MB limit fit);
 * a copy in memory keeps the tab working when the browser refuses to store (private mode, quota).
 */
export interface KeptImport {
  readonly files?: readonly TextFile[];
  readonly options: ImportOptions;
}

export interface ImportMemory {
  get(ref: string): Promise<KeptImport | undefined>;
  put(ref: string, kept: KeptImport): Promise<void>;
  /** Starts looking `ref` up before anyone asks (the page's first open); the next `get` takes that answer. */
  prefetch?(ref: string): void;
}

/** At most this many local files are kept; the oldest go first. */
const KEEP = 20;

export function memoryImportMemory(): ImportMemory {
  const kept = new Map<string, KeptImport>();
  return {
    get: (ref) => Promise.resolve(kept.get(ref)),
    put: (ref, value) => {
      kept.set(ref, value);
      return Promise.resolve();
    },
  };
}

export function browserImportMemory(): ImportMemory {
  const memory = memoryImportMemory();
  let database: UseStore | undefined;
  const store = (): UseStore | undefined => {
    if (typeof indexedDB === 'undefined') return undefined;
    database ??= createStore('kg-explorer', 'imports');
    return database;
  };
  const lookUp = async (ref: string): Promise<KeptImport | undefined> => {
    const inMemory = await memory.get(ref);
    if (inMemory) return inMemory;
    const db = store();
    try {
      return db ? await get<KeptImport>(ref, db) : undefined;
    } catch {
      return undefined;
    }
  };
  // Opening the database is the slow part on a first visit: a lookup started at boot is ready by the
  // time the graph file arrives. Each is taken once, and a `put` drops it (it would be stale).
  const early = new Map<string, Promise<KeptImport | undefined>>();
  return {
    get(ref) {
      const started = early.get(ref);
      early.delete(ref);
      return started ?? lookUp(ref);
    },
    prefetch(ref) {
      if (!early.has(ref)) early.set(ref, lookUp(ref));
    },
    async put(ref, value) {
      early.delete(ref);
      await memory.put(ref, value);
      const db = store();
      if (!db) return;
      try {
        // Keys come back in insertion order of the object store's key order (lexicographic): evict by a timestamp instead.
        await set(ref, { ...value, saved: Date.now() }, db);
        const all = await keys<string>(db);
        if (all.length > KEEP) {
          const dated = await Promise.all(
            all.map(async (key) => [key, (await get<{ saved?: number }>(key, db))?.saved ?? 0] as const),
          );
          dated.sort((a, b) => a[1] - b[1]);
          for (const [key] of dated.slice(0, all.length - KEEP)) await del(key, db);
        }
      } catch {
        // Storage refused (quota, private mode): the copy in memory still serves this tab.
      }
    },
  };
}
