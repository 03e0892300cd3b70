/**
 * The browser's inflater for the fast reader. The reader asks for parts synchronously; the
 * browser's native inflater (`DecompressionStream('deflate-raw')`, Chromium 103+, Firefox 113+,
 * Safari 16.4+) is asynchronous. So every XML part is inflated natively up front, all at once,
 * and the reader is handed a lookup; where the browser has no such stream (or refuses a part)
 * fflate inflates it, as the reader would by itself.
 */
import { inflateSync } from 'fflate';
import { ZipParts, type InflateRaw } from '../../xlsx/fast/zip';

const EMPTY = new Uint8Array(0);
/** The parts the reader reads: XML and relationships, never images or the VBA project. */
const XML_PART = /\.(xml|rels)$/i;

export const fflateInflateRaw: InflateRaw = (data, size) =>
  inflateSync(data, { out: new Uint8Array(size) });

/** Whether this browser can inflate raw DEFLATE natively. */
export function hasNativeInflate(): boolean {
  if (typeof DecompressionStream !== 'function') return false;
  try {
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    // Chromium 80–102 knows only gzip and deflate.
    return false;
  }
}

async function inflateNatively(data: Uint8Array): Promise<Uint8Array> {
  // The package's bytes are an ArrayBuffer the page transferred, never shared memory.
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The compressed slices of the package's XML parts, found by the reader's own zip code. */
function compressedParts(bytes: Uint8Array): Uint8Array[] {
  const slices: Uint8Array[] = [];
  let probe: ZipParts;
  try {
    probe = new ZipParts(bytes, (data) => {
      slices.push(data);
      return EMPTY;
    });
  } catch {
    return []; // not a zip: the reader says so in its own words
  }
  for (const name of probe.names) {
    if (!XML_PART.test(name)) continue;
    try {
      probe.read(name);
    } catch {
      // A damaged part: left to the reader, which reports it.
    }
  }
  return slices;
}

/**
 * An inflater for this package: parts inflated natively in advance where the browser can,
 * fflate for the rest.
 */
export async function inflaterFor(bytes: Uint8Array): Promise<InflateRaw> {
  if (!hasNativeInflate()) return fflateInflateRaw;
  const inflated = new Map<number, Uint8Array>();
  await Promise.all(
    compressedParts(bytes).map(async (data) => {
      try {
        inflated.set(data.byteOffset, await inflateNatively(data));
      } catch {
        // Left to fflate, whose error message the reader knows how to word.
      }
    }),
  );
  return (data, size) => {
    const ready = inflated.get(data.byteOffset);
    if (ready !== undefined && ready.length === size) {
      inflated.delete(data.byteOffset); // read once: let the memory go
      return ready;
    }
    return fflateInflateRaw(data, size);
  };
}
