import { useState } from 'react';
import type { ImportOptions, ResolvedMapping } from '../../formats/import-mapping.ts';

export interface MappingFormProps {
  readonly mapping: ResolvedMapping;
  /** The file's node attributes, as named in the file. */
  readonly attributes: readonly string[];
  readonly onApply: (options: ImportOptions) => void;
}

const NONE = '';

const FIELDS = [
  { key: 'label', label: 'Label attribute', none: 'none: show the ids' },
  { key: 'type', label: 'Type attribute', none: 'none: every node is an Entity' },
  { key: 'organisation', label: 'Organisation attribute', none: 'none' },
] as const;

type Field = (typeof FIELDS)[number]['key'];

/** Which file attribute is the label, the type and the organisation; Apply reads the file again with it. */
export function MappingForm({ mapping, attributes, onApply }: MappingFormProps) {
  const [choice, setChoice] = useState<Record<Field, string>>({
    label: mapping.label ?? NONE,
    type: mapping.type ?? NONE,
    organisation: mapping.organisation ?? NONE,
  });
  const changed = FIELDS.some(({ key }) => choice[key] !== (mapping[key] ?? NONE));
  const apply = (): void => {
    const value = (key: Field): string | null => (choice[key] === NONE ? null : choice[key]);
    onApply({ label: value('label'), type: value('type'), organisation: value('organisation') });
  };
  return (
    <form
      className="mapping-form"
      aria-label="Mapping"
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      {FIELDS.map(({ key, label, none }) => (
        <label key={key}>
          {label}
          <select value={choice[key]} onChange={(event) => setChoice({ ...choice, [key]: event.currentTarget.value })}>
            <option value={NONE}>{none}</option>
            {attributes.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit" disabled={!changed}>
        Apply mapping
      </button>
    </form>
  );
}
