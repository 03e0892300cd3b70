/**
 * A zip package to patch: entries the patcher does not touch are written back as their stored
 * compressed bytes with their CRC (never inflated and deflated again); replaced and new parts
 * are deflated with the codec. Part names are used without a leading `/`.
 */
import { inflateSync } from 'fflate';
import { NotAWorkbookError } from '../fast/zip';
import type { Codec } from './codec';

interface StoredEntry {
  /** The name exactly as stored (it may start with `/`). */
  readonly stored: Uint8Array;
  readonly versionNeeded: number;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly data: Uint8Array;
  readonly externalAttributes: number;
  readonly versionMadeBy: number;
}

type Content =
  | { readonly kind: 'stored'; readonly entry: StoredEntry }
  | {
      readonly kind: 'new';
      readonly pieces: readonly Uint8Array[];
    };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const utf8 = new TextDecoder();
const encoder = new TextEncoder();

function notAZip(reason: string): NotAWorkbookError {
  return new NotAWorkbookError(
    `not an .xlsx workbook (cannot read it as a zip archive: ${reason})`,
  );
}

export class ZipPackage {
  private readonly parts = new Map<string, Content>();
  private readonly cache = new Map<string, Uint8Array>();

  constructor(
    bytes: Uint8Array,
    private readonly codec: Codec,
  ) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let end = -1;
    for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
      if (view.getUint32(at, true) === EOCD) {
        end = at;
        break;
      }
    }
    if (end < 0) throw notAZip('no end of central directory');
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL)
        throw notAZip('damaged central directory');
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const stored = bytes.slice(at + 46, at + 46 + nameLength);
      const local = view.getUint32(at + 42, true);
      if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL)
        throw notAZip('damaged local header');
      const start =
        local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const compressedSize = view.getUint32(at + 20, true);
      const entry: StoredEntry = {
        stored,
        versionMadeBy: view.getUint16(at + 4, true),
        versionNeeded: view.getUint16(at + 6, true),
        // Bit 3 (sizes in a trailing data descriptor) is dropped: the local header gets them.
        flags: view.getUint16(at + 8, true) & ~0x0008,
        method: view.getUint16(at + 10, true),
        time: view.getUint16(at + 12, true),
        date: view.getUint16(at + 14, true),
        crc: view.getUint32(at + 16, true),
        compressedSize,
        size: view.getUint32(at + 24, true),
        data: bytes.subarray(start, start + compressedSize),
        externalAttributes: view.getUint32(at + 38, true),
      };
      const name = utf8.decode(stored).replace(/^\//, '');
      if (!name.endsWith('/')) this.parts.set(name, { kind: 'stored', entry });
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  get names(): string[] {
    return [...this.parts.keys()];
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  /** A stored entry's CRC and compressed bytes, as read (tests compare them across packages). */
  stored(
    name: string,
  ): { readonly crc: number; readonly method: number; readonly data: Uint8Array } | undefined {
    const part = this.parts.get(name);
    if (part?.kind !== 'stored') return undefined;
    return { crc: part.entry.crc, method: part.entry.method, data: part.entry.data };
  }

  /** True when the part is written as it was read. */
  untouched(name: string): boolean {
    return this.parts.get(name)?.kind === 'stored';
  }

  read(name: string): Uint8Array | undefined {
    const cached = this.cache.get(name);
    if (cached) return cached;
    const part = this.parts.get(name);
    if (!part) return undefined;
    if (part.kind === 'new') return join(part.pieces);
    const { entry } = part;
    if (entry.method === 0) return entry.data;
    if (entry.method !== 8) throw notAZip(`${name} uses unsupported compression ${entry.method}`);
    try {
      const out = this.codec.inflateRaw
        ? this.codec.inflateRaw(entry.data, entry.size)
        : inflateSync(entry.data, { out: new Uint8Array(entry.size) });
      if (entry.size < 1 << 20) this.cache.set(name, out);
      return out;
    } catch (error) {
      throw notAZip(`cannot inflate ${name}: ${(error as Error).message}`);
    }
  }

  text(name: string): string | undefined {
    const bytes = this.read(name);
    return bytes === undefined ? undefined : utf8.decode(bytes);
  }

  /** Replaces or adds a part (added parts go last, in the order written). */
  write(name: string, content: string | readonly Uint8Array[]): void {
    const pieces = typeof content === 'string' ? [encoder.encode(content)] : content;
    this.cache.delete(name);
    this.parts.set(name, { kind: 'new', pieces });
  }

  remove(name: string): void {
    this.cache.delete(name);
    this.parts.delete(name);
  }

  /** The package's bytes: stored entries copied, new ones deflated. */
  toBytes(): Uint8Array {
    const chunks: Uint8Array[] = [];
    const central: Uint8Array[] = [];
    let offset = 0;
    let count = 0;
    for (const [name, part] of this.parts) {
      const entry = part.kind === 'stored' ? part.entry : this.deflated(name, part.pieces);
      const local = localHeader(entry);
      central.push(centralHeader(entry, offset));
      chunks.push(local, entry.data);
      offset += local.length + entry.data.length;
      count++;
    }
    const centralSize = central.reduce((sum, c) => sum + c.length, 0);
    const end = new Uint8Array(22);
    const view = new DataView(end.buffer);
    view.setUint32(0, EOCD, true);
    view.setUint16(8, count, true);
    view.setUint16(10, count, true);
    view.setUint32(12, centralSize, true);
    view.setUint32(16, offset, true);
    return join([...chunks, ...central, end]);
  }

  private deflated(name: string, pieces: readonly Uint8Array[]): StoredEntry {
    const size = pieces.reduce((sum, p) => sum + p.length, 0);
    const data = this.codec.deflateRaw(pieces);
    const { time, date } = dosNow();
    return {
      stored: encoder.encode(name),
      versionMadeBy: 20,
      versionNeeded: 20,
      flags: 0x0800, // UTF-8 names
      method: 8,
      time,
      date,
      crc: this.codec.crc32(pieces),
      compressedSize: data.length,
      size,
      data,
      externalAttributes: 0,
    };
  }
}

/** 1980-01-01 00:00, as many writers stamp parts: the output does not depend on the clock. */
function dosNow(): { time: number; date: number } {
  return { time: 0, date: (0 << 9) | (1 << 5) | 1 };
}

function localHeader(entry: StoredEntry): Uint8Array {
  const header = new Uint8Array(30 + entry.stored.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, LOCAL, true);
  view.setUint16(4, entry.versionNeeded, true);
  view.setUint16(6, entry.flags, true);
  view.setUint16(8, entry.method, true);
  view.setUint16(10, entry.time, true);
  view.setUint16(12, entry.date, true);
  view.setUint32(14, entry.crc, true);
  view.setUint32(18, entry.compressedSize, true);
  view.setUint32(22, entry.size, true);
  view.setUint16(26, entry.stored.length, true);
  header.set(entry.stored, 30);
  return header;
}

function centralHeader(entry: StoredEntry, offset: number): Uint8Array {
  const header = new Uint8Array(46 + entry.stored.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, CENTRAL, true);
  view.setUint16(4, entry.versionMadeBy, true);
  view.setUint16(6, entry.versionNeeded, true);
  view.setUint16(8, entry.flags, true);
  view.setUint16(10, entry.method, true);
  view.setUint16(12, entry.time, true);
  view.setUint16(14, entry.date, true);
  view.setUint32(16, entry.crc, true);
  view.setUint32(20, entry.compressedSize, true);
  view.setUint32(24, entry.size, true);
  view.setUint16(28, entry.stored.length, true);
  view.setUint32(38, entry.externalAttributes, true);
  view.setUint32(42, offset, true);
  header.set(entry.stored, 46);
  return header;
}

export function join(pieces: readonly Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0];
  const out = new Uint8Array(pieces.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
