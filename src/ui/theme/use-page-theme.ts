import { useEffect } from 'react';
import { useStore } from 'zustand';
import { pageThemeStore, resolveTheme, type Theme } from '../../view/reader-theme.ts';

/** The theme in force, kept on `<html data-theme>` so the page's CSS (and the browser's controls) follow it. */
export function usePageTheme(): Theme {
  const theme = useStore(pageThemeStore(), resolveTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
