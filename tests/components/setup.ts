import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first parse of a file loads the schema and the importers on demand: on a busy 2-core machine
// that takes longer than Testing Library's default second. Waiting is for a condition, never a time.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
});

// jsdom's Blob has no text() (browsers do): read it through FileReader, as a browser would.
if (typeof Blob.prototype.text !== 'function') {
  Blob.prototype.text = function text(this: Blob): Promise<string> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
      reader.onerror = () => reject(reader.error ?? new Error('read failed'));
      reader.readAsText(this);
    });
  };
}
