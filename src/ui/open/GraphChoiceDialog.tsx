import { importInput } from '../../view/import-graph-input.ts';
import { plural } from '../plural.ts';
import { useImports, useOpening } from './opening-context.ts';

/** A file holding several graphs (JSON Graph Format `graphs`): the user picks the one to open. */
export function GraphChoiceDialog() {
  const opening = useOpening();
  const choice = useImports((state) => state.choice);
  if (!choice) return null;
  const { input, graphs } = choice;
  const open = (index: number): void => {
    void importInput(opening, { ...input, options: { ...input.options, graph: index } }, 'open');
  };
  return (
    <div className="import-dialog" role="dialog" aria-labelledby="graph-choice-title">
      <h2 id="graph-choice-title">Choose a graph</h2>
      <p>
        {input.name} holds {graphs.length} graphs. Which one do you want to open?
      </p>
      <ul className="graph-choices">
        {graphs.map((graph, index) => (
          <li key={index}>
            <button type="button" onClick={() => open(index)}>
              {graph.label} ({plural(graph.nodes, 'node', 'nodes')}, {plural(graph.edges, 'edge', 'edges')})
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => opening.imports.setState({ choice: null })}>
        Cancel
      </button>
    </div>
  );
}
