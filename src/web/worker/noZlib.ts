/**
 * Stands in for node:zlib in the browser build (webpack.web.js): the fast reader's node inflater
 * is never called there — the worker passes its own (./inflate.ts) — and this says so if it were.
 */
export function inflateRawSync(): never {
  throw new Error('node:zlib is not available in the browser');
}
