/**
 * Says so in the page when the explorer's code could not be loaded (a dropped connection, a deploy
 * that replaced the files under an open tab): without it the page would stay blank.
 */
export function showStartFailure(error: unknown): void {
  const root = document.getElementById('root');
  if (!root) return;
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.className = 'start-failure';
  message.textContent = `The explorer could not be loaded (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.`;
  root.replaceChildren(message);
}
