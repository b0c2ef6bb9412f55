/** The user moved on (another entity, other text, another graph): not an error to show. */
export class SparqlCancelled extends Error {
  constructor() {
    super('The query was cancelled');
  }
}

/** A failure with the sentence the user sees: what happened at which endpoint, and what to try. */
export class SparqlError extends Error {}
