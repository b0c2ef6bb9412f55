/** How an import report names a file already in the explorer's format v1 (nothing was mapped). */
export const NATIVE_FORMAT = 'kg-explorer format v1';
