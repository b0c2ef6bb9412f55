import type { Graph } from '../../graph/graph-model.ts';
import { graphLanguages } from '../../graph/node-labels.ts';
import { useExplorer } from '../store-context.ts';

/** "中文 (zh)": the language named in itself, so a reader finds theirs whatever the page's language. */
function languageName(tag: string): string {
  try {
    const own = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    return own && own !== tag ? `${own} (${tag})` : tag;
  } catch {
    return tag;
  }
}

/**
 * Which language entities are named in: the file's own labels, or a language some nodes have labels
 * in (`lang=` in the link; one history step). Shown only for graphs that have such labels.
 */
export function LanguageChoice({ graph }: { graph: Graph }) {
  const lang = useExplorer((state) => state.view.lang);
  const dispatch = useExplorer((state) => state.dispatch);
  const languages = graphLanguages(graph);
  if (languages.length === 0) return null;
  return (
    <label className="language-choice">
      Names in{' '}
      <select
        value={lang ?? ''}
        onChange={(event) => dispatch({ type: 'setLanguage', lang: event.target.value || null })}
      >
        <option value="">The file’s labels</option>
        {languages.map(({ tag, count }) => (
          <option key={tag} value={tag} lang={tag}>
            {languageName(tag)} — {count} {count === 1 ? 'name' : 'names'}
          </option>
        ))}
      </select>
    </label>
  );
}
