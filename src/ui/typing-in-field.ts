/**
 * Whether a key press lands in something the user types into (a field, a select, editable text):
 * page-wide shortcuts (`/`, Ctrl+Z, Escape) must leave those keys to it.
 */
export function typingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
