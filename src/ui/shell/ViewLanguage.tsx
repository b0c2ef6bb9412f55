import type { ReactNode } from 'react';
import { LanguageContext } from '../language-context.ts';
import { useExplorer } from '../store-context.ts';

/** Hands the view's label language (`lang`) to every component that names an entity. */
export function ViewLanguage({ children }: { children: ReactNode }) {
  const lang = useExplorer((state) => state.view.lang);
  return <LanguageContext.Provider value={lang}>{children}</LanguageContext.Provider>;
}
