/**
 * The largest graph file the explorer opens: 50 MB (decimal megabytes, as file managers show sizes).
 * A file over it is refused before a byte is read, so a wrong pick cannot freeze the tab.
 */
export const MAX_FILE_BYTES = 50_000_000;

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The refusal for files that are too large, or undefined when all fit. */
export function sizeRefusal(files: readonly { readonly name: string; readonly size: number }[]): string | undefined {
  const large = files.filter((file) => file.size > MAX_FILE_BYTES);
  if (large.length === 0) return undefined;
  const list = large.map((file) => `"${file.name}" (${megabytes(file.size)})`).join(', ');
  return `${list} ${large.length === 1 ? 'is' : 'are'} larger than the ${megabytes(MAX_FILE_BYTES)} limit for graph files; nothing was opened.`;
}
