import { createStore, type StoreApi } from 'zustand/vanilla';

/**
 * Light or dark: the reader's preference, not part of the view. A link carries what is shown, and the
 * person who opens it keeps their own theme (as they keep their own window size), so the theme is not
 * a link parameter; it is remembered per browser instead.
 */
export type Theme = 'light' | 'dark';
/** `system` follows prefers-color-scheme, live. */
export type ThemeChoice = 'system' | Theme;

export interface ThemeState {
  readonly choice: ThemeChoice;
  readonly systemDark: boolean;
}

export const THEME_STORAGE_KEY = 'kg-explorer.theme';

export function resolveTheme(state: ThemeState): Theme {
  if (state.choice === 'system') return state.systemDark ? 'dark' : 'light';
  return state.choice;
}

/** A stored value from any earlier version or another script is read leniently: anything odd is `system`. */
export function readChoice(stored: string | null): ThemeChoice {
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export interface ThemeStore extends StoreApi<ThemeState> {
  choose(choice: ThemeChoice): void;
  stop(): void;
}

/** What the store needs of prefers-color-scheme (a MediaQueryList, or a test's stand-in). */
interface SchemeQuery {
  readonly matches: boolean;
  addEventListener(type: 'change', listener: (event: { readonly matches: boolean }) => void): void;
  removeEventListener(type: 'change', listener: (event: { readonly matches: boolean }) => void): void;
}

interface ThemeHost {
  readonly localStorage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  matchMedia?(query: string): SchemeQuery;
}

/** Storage may be refused (private windows, sandboxed frames): the theme then lasts for the page. */
function tryStorage<T>(attempt: () => T, fallback: T): T {
  try {
    return attempt();
  } catch {
    return fallback;
  }
}

export function createThemeStore(host: ThemeHost): ThemeStore {
  const storage = tryStorage(() => host.localStorage, undefined);
  const media = host.matchMedia?.('(prefers-color-scheme: dark)');
  const store = createStore<ThemeState>(() => ({
    choice: readChoice(tryStorage(() => storage?.getItem(THEME_STORAGE_KEY) ?? null, null)),
    systemDark: media?.matches ?? false,
  }));
  const onSystemChange = (event: { matches: boolean }): void => store.setState({ systemDark: event.matches });
  media?.addEventListener('change', onSystemChange);
  return {
    ...store,
    choose(choice) {
      store.setState({ choice });
      tryStorage(() => {
        if (choice === 'system') storage?.removeItem(THEME_STORAGE_KEY);
        else storage?.setItem(THEME_STORAGE_KEY, choice);
      }, undefined);
    },
    stop: () => media?.removeEventListener('change', onSystemChange),
  };
}

let shared: ThemeStore | undefined;

/** The page's one theme store (the canvas and the UI read the same), made on first use. */
export function pageThemeStore(): ThemeStore {
  shared ??= createThemeStore(typeof window === 'undefined' ? {} : window);
  return shared;
}
