/**
 * Whether this browser can run the page: a Web Worker, blob: URLs, Blob.arrayBuffer and the
 * regular-expression lookbehind the core uses (Chromium 62+, Firefox 78+, Safari 16.4+). A
 * browser too old even to parse the bundle never gets here and keeps the page's plain message.
 */
export function unsupportedFeature(scope: typeof globalThis): string | undefined {
  if (typeof scope.Worker !== 'function') return 'Web Worker';
  if (typeof scope.Blob !== 'function' || typeof scope.Blob.prototype.arrayBuffer !== 'function')
    return 'Blob.arrayBuffer';
  if (typeof scope.URL?.createObjectURL !== 'function') return 'URL.createObjectURL';
  if (typeof scope.TextDecoder !== 'function') return 'TextDecoder';
  try {
    new RegExp('(?<!a)b');
  } catch {
    return 'RegExp lookbehind';
  }
  return undefined;
}

/** The plain message, in both languages: the page cannot know which one the user reads. */
export const UNSUPPORTED_MESSAGE =
  '此页面需要较新的浏览器：Chrome / Edge 90 及以上（含 360、信创浏览器的极速模式）、Firefox ESR 或 Safari 16.4 及以上。' +
  ' This page needs a current browser: Chromium 90+ (Chrome, Edge, 360 and other Chromium-based browsers), Firefox ESR, or Safari 16.4+.';
