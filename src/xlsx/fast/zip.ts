/**
 * The workbook's zip, read from its central directory: each part is inflated with fflate only
 * when asked for, either whole (`read`) or in chunks (`stream`), so a large sheet's XML never
 * has to sit in memory at once.
 */
import { Inflate, inflateSync } from 'fflate';

/** Thrown when the bytes are not a readable .xlsx package (the CLI exits with code 2). */
export class NotAWorkbookError extends Error {
  override readonly name = 'NotAWorkbookError';
}

/** Inflates raw DEFLATE data whose inflated size is `size`. */
export type InflateRaw = (data: Uint8Array, size: number) => Uint8Array;

interface Entry {
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes handed to the inflater at a time (~0.5 MB of sheet XML out). */
const STREAM_CHUNK = 64 * 1024;

function notAZip(reason: string): NotAWorkbookError {
  return new NotAWorkbookError(
    `not an .xlsx workbook (cannot read it as a zip archive: ${reason})`,
  );
}

/** Part names as ExcelJS sees them (a leading `/` dropped). */
export class ZipParts {
  private readonly entries = new Map<string, Entry>();
  private readonly view: DataView;

  /**
   * @param inflateRaw inflates a whole raw-DEFLATE part (node:zlib's is several times faster
   *   than fflate's); without it parts are inflated with fflate, and sheets streamed in chunks
   */
  constructor(
    private readonly bytes: Uint8Array,
    readonly inflateRaw?: InflateRaw,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = this.findEndOfCentralDirectory();
    const count = this.view.getUint16(end + 10, true);
    let at = this.view.getUint32(end + 16, true);
    const decoder = new TextDecoder();
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || this.view.getUint32(at, true) !== CENTRAL) {
        throw notAZip('damaged central directory');
      }
      const nameLength = this.view.getUint16(at + 28, true);
      const extraLength = this.view.getUint16(at + 30, true);
      const commentLength = this.view.getUint16(at + 32, true);
      const stored = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
      const name = stored.startsWith('/') ? stored.slice(1) : stored;
      if (!name.endsWith('/')) {
        this.entries.set(name, {
          method: this.view.getUint16(at + 10, true),
          compressedSize: this.view.getUint32(at + 20, true),
          size: this.view.getUint32(at + 24, true),
          localHeader: this.view.getUint32(at + 42, true),
        });
      }
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  private findEndOfCentralDirectory(): number {
    const last = this.bytes.length - 22;
    const first = Math.max(0, last - 0xffff);
    for (let at = last; at >= first; at--) {
      if (this.view.getUint32(at, true) === EOCD) return at;
    }
    throw notAZip(this.bytes.length < 22 ? 'too short' : 'no end of central directory');
  }

  get names(): IterableIterator<string> {
    return this.entries.keys();
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** A part's still-compressed bytes and how they are compressed. */
  private raw(name: string): { entry: Entry; data: Uint8Array } | undefined {
    const entry = this.entries.get(name);
    if (entry === undefined) return undefined;
    const at = entry.localHeader;
    if (at + 30 > this.bytes.length || this.view.getUint32(at, true) !== LOCAL) {
      throw notAZip(`damaged local header of ${name}`);
    }
    const start = at + 30 + this.view.getUint16(at + 26, true) + this.view.getUint16(at + 28, true);
    if (entry.method !== STORED && entry.method !== DEFLATED) {
      throw notAZip(`${name} uses unsupported compression ${entry.method}`);
    }
    return { entry, data: this.bytes.subarray(start, start + entry.compressedSize) };
  }

  /** The inflated bytes of one part, or undefined when the package has no such part. */
  read(name: string): Uint8Array | undefined {
    const part = this.raw(name);
    if (part === undefined) return undefined;
    if (part.entry.method === STORED) return part.data;
    try {
      if (this.inflateRaw) return this.inflateRaw(part.data, part.entry.size);
      return inflateSync(part.data, { out: new Uint8Array(part.entry.size) });
    } catch (error) {
      throw notAZip(`cannot inflate ${name}: ${(error as Error).message}`);
    }
  }

  /**
   * Inflates one part chunk by chunk, handing each piece to `onChunk` as it comes.
   * @returns false when the package has no such part
   */
  stream(name: string, onChunk: (chunk: Uint8Array, final: boolean) => void): boolean {
    const part = this.raw(name);
    if (part === undefined) return false;
    if (part.entry.method === STORED || this.inflateRaw) {
      onChunk(this.read(name) ?? new Uint8Array(0), true);
      return true;
    }
    const inflater = new Inflate((chunk, final) => onChunk(chunk, final));
    const data = part.data;
    try {
      for (let at = 0; at < data.length; at += STREAM_CHUNK) {
        inflater.push(data.subarray(at, at + STREAM_CHUNK), at + STREAM_CHUNK >= data.length);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof NotAWorkbookError || !(error instanceof Error)) throw error;
      if (/^(invalid|unexpected EOF)/.test(error.message)) {
        throw notAZip(`cannot inflate ${name}: ${error.message}`);
      }
      throw error;
    }
    return true;
  }
}
