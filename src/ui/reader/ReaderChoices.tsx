import type { Graph } from '../../graph/graph-model.ts';
import { ThemeChoice } from '../theme/ThemeChoice.tsx';
import { LanguageChoice } from './LanguageChoice.tsx';
import './reader-choices.css';

/** How this reader likes to read: the theme (theirs alone) and the label language (part of the view). */
export function ReaderChoices({ graph }: { graph: Graph }) {
  return (
    <div className="reader-choices" role="group" aria-label="Reading">
      <LanguageChoice graph={graph} />
      <ThemeChoice />
    </div>
  );
}
