import { describe, expect, it } from 'vitest';
import { createThemeStore, readChoice, resolveTheme, THEME_STORAGE_KEY } from '../../src/view/reader-theme.ts';

function fakeHost(stored: string | null, dark: boolean, refuseStorage = false) {
  const items = new Map<string, string>(stored === null ? [] : [[THEME_STORAGE_KEY, stored]]);
  const listeners = new Set<(event: { matches: boolean }) => void>();
  const storage = {
    getItem: (key: string) => {
      if (refuseStorage) throw new Error('SecurityError');
      return items.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (refuseStorage) throw new Error('QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => items.delete(key),
  };
  const media = {
    matches: dark,
    addEventListener: (_: string, listener: (event: { matches: boolean }) => void) => {
      listeners.add(listener);
    },
    removeEventListener: (_: string, listener: (event: { matches: boolean }) => void) => {
      listeners.delete(listener);
    },
  };
  return {
    host: { localStorage: storage, matchMedia: () => media },
    items,
    systemChanges: (matches: boolean) => listeners.forEach((listener) => listener({ matches })),
  };
}

describe('the reader’s theme', () => {
  it('follows the system until the reader chooses, then keeps the choice in this browser', () => {
    const { host, items, systemChanges } = fakeHost(null, false);
    const themes = createThemeStore(host);
    expect(resolveTheme(themes.getState())).toBe('light');
    systemChanges(true);
    expect(resolveTheme(themes.getState())).toBe('dark');
    themes.choose('light');
    expect(resolveTheme(themes.getState())).toBe('light');
    expect(items.get(THEME_STORAGE_KEY)).toBe('light');
    themes.choose('system');
    expect(items.has(THEME_STORAGE_KEY)).toBe(false);
    expect(resolveTheme(themes.getState())).toBe('dark');
  });

  it('starts from the stored choice, reading anything odd as "system"', () => {
    expect(createThemeStore(fakeHost('dark', false).host).getState().choice).toBe('dark');
    expect(readChoice('<script>')).toBe('system');
    expect(readChoice(null)).toBe('system');
  });

  it('still works where storage is refused (the choice lasts for the page)', () => {
    const themes = createThemeStore(fakeHost(null, true, true).host);
    expect(resolveTheme(themes.getState())).toBe('dark');
    themes.choose('light');
    expect(resolveTheme(themes.getState())).toBe('light');
  });
});
