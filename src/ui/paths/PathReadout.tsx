import type { Source } from '../../graph/graph-model.ts';
import { pathSummary, type PathSentence, type ReadPath } from '../../graph/path-reading.ts';
import { EntityButton } from '../details/EntityButton.tsx';
import { FactItem } from '../details/FactItem.tsx';
import { plural } from '../plural.ts';

type OnSelect = (id: string) => void;

/** "Ada founded Acme, Chair", both names buttons, then the span, the quote and its source. */
function StepSentence({
  sentence,
  sources,
  onSelect,
}: {
  readonly sentence: PathSentence;
  readonly sources: ReadonlyMap<string, Source>;
  readonly onSelect: OnSelect;
}) {
  const { edge } = sentence;
  return (
    <FactItem kind="step" edge={edge} former={sentence.former} sources={sources}>
      <EntityButton node={sentence.subject} onSelect={onSelect} />
      <span className="step-verb">{` ${sentence.verb} `}</span>
      <EntityButton node={sentence.object} onSelect={onSelect} />
      {edge.title !== undefined && edge.title !== '' && <span className="relation-title">{`, ${edge.title}`}</span>}
    </FactItem>
  );
}

export interface PathReadoutProps {
  readonly paths: readonly ReadPath[];
  readonly sources: ReadonlyMap<string, Source>;
  readonly onSelect: OnSelect;
}

/**
 * Each shortest path as an ordered list of sentences, one per relation, each with its evidence. The
 * list is named by the path on one line ("Luan Jian holds role at Xiaomi · Lei Jun founded Xiaomi"),
 * so a screen reader hears the whole path before its steps.
 */
export function PathReadout({ paths, sources, onSelect }: PathReadoutProps) {
  return (
    <ol className="path-list">
      {paths.map((path, index) => {
        const summary = pathSummary(path);
        const key = path.nodes.map((node) => node.id).join('\u0000');
        return (
          <li key={key} className="path">
            {paths.length > 1 && (
              <h3 className="path-heading">{`Path ${index + 1} · ${plural(path.steps.length, 'step', 'steps')}`}</h3>
            )}
            <ol className="path-steps" aria-label={summary}>
              {path.steps.flatMap((step) =>
                step.map((sentence) => (
                  <StepSentence key={sentence.edge.id} sentence={sentence} sources={sources} onSelect={onSelect} />
                )),
              )}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}
