import type { ReactNode } from 'react';

export interface DisclosureButtonProps {
  readonly open: boolean;
  /** The id of the element it shows and hides. */
  readonly controls: string;
  readonly className: string;
  readonly onToggle: () => void;
  readonly children: ReactNode;
}

/** A button that shows and hides a part of the page, saying which and whether it is shown (WAI-ARIA disclosure). */
export function DisclosureButton({ open, controls, className, onToggle, children }: DisclosureButtonProps) {
  return (
    <button type="button" className={className} aria-expanded={open} aria-controls={controls} onClick={onToggle}>
      {children}
    </button>
  );
}
