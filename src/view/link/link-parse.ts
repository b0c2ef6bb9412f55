import { decodeLinkValue } from './link-encoding.ts';

/** A link split into its parameters, nothing judged yet: the first step of opening a link. */
export interface RawLink {
  /** In link order; names and values still percent-encoded, repeats kept. */
  readonly entries: ReadonlyArray<{ readonly name: string; readonly value: string }>;
}

/**
 * Splits a URL fragment into parameters. Never throws and judges nothing: accepts the fragment
 * with or without its leading `#`, skips empty parts, reads `name` without `=` as value `''`, and
 * splits each part at its first `=` only (so values may hold `=`).
 * @example parseLink('#v=1&node=a%2Cb').entries // [{ name: 'v', value: '1' }, { name: 'node', value: 'a%2Cb' }]
 * @example parseLink('current&&types=').entries // [{ name: 'current', value: '' }, { name: 'types', value: '' }]
 */
export function parseLink(fragment: string): RawLink {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const entries: Array<{ name: string; value: string }> = [];
  for (const part of body.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    if (equals === -1) entries.push({ name: part, value: '' });
    else entries.push({ name: part.slice(0, equals), value: part.slice(equals + 1) });
  }
  return { entries };
}

/** A parameter's name as a person reads it: decoded when it can be. */
export function linkParamName(rawName: string): string {
  return decodeLinkValue(rawName) ?? rawName;
}

/**
 * The graph the link was made for: the first `graph` parameter that decodes to a non-empty id, so the
 * app can load that graph before cleaning the rest against it.
 * @example linkedGraph(parseLink('#v=1&node=x&graph=xiaomi-ai')) // 'xiaomi-ai'
 * @example linkedGraph(parseLink('#graph=%E0&graph=a%2Cb')) // 'a,b'
 * @example linkedGraph(parseLink('#v=1')) // undefined
 */
export function linkedGraph(raw: RawLink): string | undefined {
  for (const { name, value } of raw.entries) {
    if (linkParamName(name) !== 'graph') continue;
    const decoded = decodeLinkValue(value);
    if (decoded !== undefined && decoded !== '') return decoded;
  }
  return undefined;
}
