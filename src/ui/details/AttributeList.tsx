import type { Attributes } from '../../graph/graph-model.ts';

/** An attribute value as text: imported formats put strings, numbers, lists and objects here. */
function attributeText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null || value === undefined) return '';
  try {
    return JSON.stringify(value);
  } catch {
    // A value JSON cannot write (a cycle) still gets a place, just not its content.
    return '(unreadable value)';
  }
}

export interface AttributeListProps {
  readonly attributes: Attributes;
}

/** What an imported file carried that the model has no place for, as a small definition list. */
export function AttributeList({ attributes }: AttributeListProps) {
  if (attributes.size === 0) return null;
  return (
    <dl className="attribute-list">
      {[...attributes].map(([key, value]) => (
        <div key={key} className="attribute">
          <dt>{key}</dt>
          <dd>{attributeText(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
