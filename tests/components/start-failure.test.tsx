import { afterEach, describe, expect, it } from 'vitest';
import { showStartFailure } from '../../src/start-failure.ts';

describe('when the explorer code cannot be loaded', () => {
  afterEach(() => document.body.replaceChildren());

  it('says so in the page, as text, instead of leaving it blank', () => {
    document.body.innerHTML = '<div id="root"><p>Loading…</p></div>';
    showStartFailure(new Error('Failed to fetch <b>app-start.js</b>'));
    const alert = document.querySelector('#root [role="alert"]');
    expect(alert?.textContent).toBe(
      'The explorer could not be loaded (Failed to fetch <b>app-start.js</b>). Reload the page to try again.',
    );
    expect(document.querySelector('#root b')).toBeNull();
    expect(document.querySelector('#root')?.textContent).not.toContain('Loading');
  });
});
