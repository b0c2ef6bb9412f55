import { parse as parseLenient, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Problem } from './parse-report.ts';

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/** 1-based line and column of an offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'property name expected',
  ValueExpected: 'value expected',
  ColonExpected: 'colon expected',
  CommaExpected: 'comma expected',
  CloseBraceExpected: 'closing brace } expected',
  CloseBracketExpected: 'closing bracket ] expected',
  EndOfFileExpected: 'end of file expected',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unexpected end of comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unexpected end of number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

function describe(error: ParseError): string {
  const code = printParseErrorCode(error.error);
  return WORDS[code] ?? code;
}

/** The offset of a comma that stands right before `offset` (white space aside), if there is one. */
function trailingCommaBefore(text: string, offset: number): number | undefined {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text.charAt(i))) i--;
  return text.charAt(i) === ',' ? i : undefined;
}

/** One problem per line: the parser's follow-on errors on the same line add nothing for a person. */
function toProblems(text: string, errors: readonly ParseError[]): Problem[] {
  const problems: Problem[] = [];
  let lastLine = 0;
  for (const error of errors) {
    const code = printParseErrorCode(error.error);
    const expected = code === 'PropertyNameExpected' || code === 'ValueExpected';
    const comma = expected ? trailingCommaBefore(text, error.offset) : undefined;
    const { line, column } = lineAndColumn(text, comma ?? error.offset);
    if (line === lastLine) continue;
    lastLine = line;
    const words =
      comma === undefined ? describe(error) : 'trailing comma (remove the comma before the closing bracket)';
    problems.push({
      severity: 'error',
      path: '',
      message: `line ${line}, column ${column}: JSON syntax error: ${words}`,
    });
  }
  return problems;
}

/**
 * Parses JSON text; on failure reports every syntax error with its line and column.
 * `JSON.parse` does the work when the text is valid (it is much faster); the lenient
 * parser only runs to locate errors, so messages do not depend on the browser's wording.
 * @example parseJsonText('{"a": 1,}') // { ok: false, problems: [{ message: 'line 1, column 9: JSON syntax error: property name expected', … }] }
 */
export function parseJsonText(text: string): JsonTextResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const errors: ParseError[] = [];
    parseLenient(text, errors, { allowTrailingComma: false, disallowComments: true });
    const problems = toProblems(text, errors);
    if (problems.length === 0) {
      problems.push({ severity: 'error', path: '', message: 'JSON syntax error: the file is not valid JSON' });
    }
    return { ok: false, problems };
  }
}
