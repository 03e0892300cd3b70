/**
 * How the patcher compresses the parts it writes anew. fflate by default, so the same code runs
 * in a browser's Web Worker; the command line injects node:zlib's (native, faster).
 */
import { deflateSync, Deflate } from 'fflate';
import type { InflateRaw } from '../fast/zip';
import { crc32 } from './crc32';

export interface Codec {
  /** Raw DEFLATE of the concatenation of `pieces`. */
  readonly deflateRaw: (pieces: readonly Uint8Array[]) => Uint8Array;
  readonly crc32: (pieces: readonly Uint8Array[]) => number;
  /** Inflates a whole raw-DEFLATE part of known size (fflate when absent). */
  readonly inflateRaw?: InflateRaw;
}

/**
 * Level 4: on a 200 000-row roster sheet it compresses within 0.2 % of level 6 in a little over
 * half the time (bench/RESULTS.md, `--out` with marks through the sheet).
 */
export const DEFLATE_LEVEL = 4;

function fflateDeflate(pieces: readonly Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return deflateSync(pieces[0], { level: DEFLATE_LEVEL });
  const out: Uint8Array[] = [];
  let length = 0;
  const deflater = new Deflate({ level: DEFLATE_LEVEL }, (chunk) => {
    out.push(chunk);
    length += chunk.length;
  });
  if (pieces.length === 0) deflater.push(new Uint8Array(0), true);
  pieces.forEach((piece, i) => deflater.push(piece, i === pieces.length - 1));
  const joined = new Uint8Array(length);
  let at = 0;
  for (const chunk of out) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}

export const FFLATE_CODEC: Codec = { deflateRaw: fflateDeflate, crc32 };
