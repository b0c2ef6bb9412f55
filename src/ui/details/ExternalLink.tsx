import type { ReactNode } from 'react';

/** The address as a link target only when it is a well-formed http(s) URL; anything else is never a link. */
function httpHref(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export interface ExternalLinkProps {
  /** An address read from a file: untrusted. */
  readonly url: string | undefined;
  readonly children: ReactNode;
}

/**
 * A link that opens outside the explorer, for http(s) addresses only: `javascript:`, `data:` and the
 * like come from files too, and render as plain text so nothing from a file can run in the page.
 */
export function ExternalLink({ url, children }: ExternalLinkProps) {
  const href = url === undefined ? undefined : httpHref(url);
  if (href === undefined) return <span className="external-text">{children}</span>;
  return (
    <a className="external-link" href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
