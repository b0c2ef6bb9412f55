import { useEffect, type RefObject } from 'react';
import { typingInField } from '../typing-in-field.ts';

/** `/` from anywhere on the page focuses the field (as on GitHub and MDN), unless the user is typing. */
export function useSlashFocus(field: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== '/' || event.defaultPrevented) return;
      if (event.ctrlKey || event.metaKey || event.altKey || typingInField(event.target)) return;
      const input = field.current;
      if (!input) return;
      event.preventDefault(); // or the "/" would be typed into the box
      input.focus();
      input.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [field]);
}
