import { useId, useState, type ReactNode } from 'react';
import { DisclosureButton } from '../DisclosureButton.tsx';

/**
 * The top bar's tools (layout, history, files, reading choices). On a wide screen they are always
 * shown and the Tools button is not; on a phone they fold behind it, so the canvas gets the screen
 * (app.css, narrow layout). One element either way: nothing is rendered twice.
 */
export function TopTools({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <DisclosureButton open={open} controls={id} className="tools-toggle" onToggle={() => setOpen(!open)}>
        {open ? 'Hide tools' : 'Tools'}
      </DisclosureButton>
      <div id={id} className="top-tools" data-open={open}>
        {children}
      </div>
    </>
  );
}
