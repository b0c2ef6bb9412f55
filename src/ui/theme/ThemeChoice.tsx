import { useStore } from 'zustand';
import { pageThemeStore, type ThemeChoice as Choice } from '../../view/reader-theme.ts';

const CHOICES: readonly { readonly value: Choice; readonly label: string }[] = [
  { value: 'system', label: 'As the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

function isChoice(value: string): value is Choice {
  return CHOICES.some((choice) => choice.value === value);
}

/** Light, dark or as the system: remembered in this browser, never put in a link (see reader-theme.ts). */
export function ThemeChoice() {
  const themes = pageThemeStore();
  const choice = useStore(themes, (state) => state.choice);
  return (
    <label className="theme-choice">
      Theme{' '}
      <select
        value={choice}
        onChange={(event) => {
          if (isChoice(event.target.value)) themes.choose(event.target.value);
        }}
      >
        {CHOICES.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
