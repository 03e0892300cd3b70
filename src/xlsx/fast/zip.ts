/**
 * The workbook's zip, read from its central directory: each part is inflated with fflate only
 * when asked for, either whole (`read`) or in chunks (`stream`), so a large sheet's XML never
 * has to sit in memory at once.
 */
import { Inflate } from 'fflate';
import { grouped, megabytes, READ_LIMITS, ReadLimitError } from './limits';

/** Thrown when the bytes are not a readable .xlsx package (the CLI exits with code 2). */
export class NotAWorkbookError extends Error {
  override readonly name = 'NotAWorkbookError';
}

/**
 * Inflates raw DEFLATE data whose inflated size is declared as `size`; it must stop once the
 * output would exceed `size` (returning more, or throwing a RangeError, both count as a lie).
 */
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
/**
 * The largest part handed to the whole-part inflater (node:zlib) when streamed. A larger sheet is
 * inflated chunk by chunk with fflate: slower, but its XML (52 MB for a 200 000-row roster) is
 * never one buffer, which lives outside the JS heap until a full collection frees it.
 */
const WHOLE_PART_LIMIT = 8 * 1024 * 1024;

const STREAM_CHUNK = 64 * 1024;

function sizeLie(name: string, declared: number): ReadLimitError {
  return new ReadLimitError(
    `${name}: inflates to more than the ${grouped(declared)} bytes its zip entry declares (a size that lies)`,
  );
}

function notAZip(reason: string): NotAWorkbookError {
  return new NotAWorkbookError(
    `not an .xlsx workbook (cannot read it as a zip archive: ${reason})`,
  );
}

/** Part names as ExcelJS sees them (a leading `/` dropped). */
export class ZipParts {
  private readonly entries = new Map<string, Entry>();
  private readonly view: DataView;
  /** Declared inflated bytes of the parts read so far (each checked while inflating). */
  private inflated = 0;

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
    this.spend(name, entry);
    return { entry, data: this.bytes.subarray(start, start + entry.compressedSize) };
  }

  /** Refuses a part by its declared sizes, before inflating a byte of it. */
  private spend(name: string, entry: Entry): void {
    const { partBytes, packageBytes, ratio, ratioFloor } = READ_LIMITS;
    if (entry.size > partBytes) {
      throw new ReadLimitError(
        `${name}: inflates to ${megabytes(entry.size)}, over the limit of ${megabytes(partBytes)} per part`,
      );
    }
    if (entry.size > ratioFloor && entry.size > ratio * Math.max(1, entry.compressedSize)) {
      const actual = Math.round(entry.size / Math.max(1, entry.compressedSize));
      throw new ReadLimitError(
        `${name}: compressed ${grouped(actual)} : 1, over the limit of ${ratio} : 1 (a zip bomb?)`,
      );
    }
    this.inflated += entry.size;
    if (this.inflated > packageBytes) {
      throw new ReadLimitError(
        `${name}: the parts read inflate to more than ${megabytes(packageBytes)}, the limit per workbook`,
      );
    }
  }

  /** Checks every part's declared sizes at once (before a second reader loads the package). */
  checkDeclaredSizes(): void {
    const saved = this.inflated;
    try {
      for (const [name, entry] of this.entries) {
        if (entry.method === DEFLATED || entry.method === STORED) this.spend(name, entry);
      }
    } finally {
      this.inflated = saved;
    }
  }

  /** The inflated bytes of one part, or undefined when the package has no such part. */
  read(name: string): Uint8Array | undefined {
    const inflateRaw = this.inflateRaw;
    if (!inflateRaw && this.entries.get(name)?.method === DEFLATED) return this.collect(name);
    const part = this.raw(name);
    if (part === undefined) return undefined;
    const { entry, data } = part;
    if (entry.method === STORED) {
      if (data.length > entry.size) throw sizeLie(name, entry.size);
      return data;
    }
    if (!inflateRaw) throw notAZip(`${name} uses unsupported compression ${entry.method}`);
    let out: Uint8Array;
    try {
      out = inflateRaw(data, entry.size);
    } catch (error) {
      if (error instanceof RangeError) throw sizeLie(name, entry.size);
      throw notAZip(`cannot inflate ${name}: ${(error as Error).message}`);
    }
    if (out.length > entry.size) throw sizeLie(name, entry.size);
    return out;
  }

  /** A whole part inflated with fflate, chunk by chunk (so a lie stops at the declared size). */
  private collect(name: string): Uint8Array | undefined {
    const chunks: Uint8Array[] = [];
    let length = 0;
    const found = this.stream(name, (chunk) => {
      chunks.push(chunk);
      length += chunk.length;
    });
    if (!found) return undefined;
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  /**
   * Inflates one part chunk by chunk, handing each piece to `onChunk` as it comes.
   * @returns false when the package has no such part
   */
  stream(name: string, onChunk: (chunk: Uint8Array, final: boolean) => void): boolean {
    const part = this.raw(name);
    if (part === undefined) return false;
    if (part.entry.method === STORED || (this.inflateRaw && part.entry.size <= WHOLE_PART_LIMIT)) {
      this.inflated -= part.entry.size; // read() spends it again
      onChunk(this.read(name) ?? new Uint8Array(0), true);
      return true;
    }
    const declared = part.entry.size;
    let inflated = 0;
    const inflater = new Inflate((chunk, final) => {
      // Caught while streaming: a part never inflates past the size its entry declares.
      inflated += chunk.length;
      if (inflated > declared) throw sizeLie(name, declared);
      onChunk(chunk, final);
    });
    const data = part.data;
    try {
      for (let at = 0; at < data.length; at += STREAM_CHUNK) {
        inflater.push(data.subarray(at, at + STREAM_CHUNK), at + STREAM_CHUNK >= data.length);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      if (error instanceof NotAWorkbookError || error instanceof ReadLimitError) throw error;
      if (!(error instanceof Error)) throw error;
      if (/^(invalid|unexpected EOF)/.test(error.message)) {
        throw notAZip(`cannot inflate ${name}: ${error.message}`);
      }
      throw error;
    }
    return true;
  }
}
