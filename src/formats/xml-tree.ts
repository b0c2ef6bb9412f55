import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import type { ProblemList } from '../graph/parse-report.ts';

/**
 * A small, worker-safe XML reader for GEXF and GraphML (a Web Worker has no DOMParser): fast-xml-parser
 * turns the text into plain objects, every child element an array, attributes under `@name`, text under
 * `#text`, namespace prefixes dropped (`viz:color` is `color`). Entities are decoded; no DTD is fetched.
 */
export interface XmlElement {
  readonly [name: string]: unknown;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  // Ids and values keep their spaces (" a " is an id); readers trim where the format means it (labels, titles).
  trimValues: false,
  alwaysCreateTextNode: true,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** The document's root element, or undefined with an error naming line and column. */
export function parseXml(text: string, problems: ProblemList): XmlElement | undefined {
  try {
    SyntaxValidator.validate(text);
  } catch (error) {
    const where = error as { line?: unknown; col?: unknown; message?: unknown };
    const at = typeof where.line === 'number' ? `line ${where.line}, column ${String(where.col)}` : '';
    problems.error(at, `XML syntax error: ${typeof where.message === 'string' ? where.message : String(error)}`);
    return undefined;
  }
  let document: Record<string, unknown>;
  try {
    document = parser.parse(text) as Record<string, unknown>;
  } catch (error) {
    // The parser refuses what would hurt the page (nesting past its limit, runaway entities): say so.
    const message = error instanceof Error ? error.message : String(error);
    problems.error(
      '',
      `the XML could not be read: ${/nested/i.test(message) ? 'it nests elements too deeply' : message}`,
    );
    return undefined;
  }
  for (const [name, value] of Object.entries(document)) {
    if (name.startsWith('?') || !Array.isArray(value)) continue;
    const root: unknown = value[0];
    if (root !== null && typeof root === 'object') return { '#name': name, ...(root as XmlElement) };
  }
  problems.error('', 'the XML file has no root element');
  return undefined;
}

/** The name of the first element in an XML text, without parsing it all (for detection). */
export function xmlRootName(text: string): string | undefined {
  const match = /<(?![?!])(?:[\w.-]+:)?([\w.-]+)/.exec(text);
  return match?.[1];
}

export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  const value = element?.[name];
  return Array.isArray(value)
    ? value.filter((item): item is XmlElement => item !== null && typeof item === 'object')
    : [];
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return children(element, name)[0];
}

export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[`@${name}`];
  return typeof value === 'string' ? value : undefined;
}

export function text(element: XmlElement | undefined): string | undefined {
  const value = element?.['#text'];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** A GEXF/GraphML typed value: numbers and booleans as such, anything else as text. */
export function typedValue(raw: string, type: string | undefined): unknown {
  switch ((type ?? 'string').toLowerCase()) {
    case 'int':
    case 'integer':
    case 'long':
    case 'float':
    case 'double': {
      const number = Number(raw);
      return raw.trim() !== '' && Number.isFinite(number) ? number : raw;
    }
    case 'boolean':
      return raw === 'true' || raw === '1' ? true : raw === 'false' || raw === '0' ? false : raw;
    default:
      return raw;
  }
}
