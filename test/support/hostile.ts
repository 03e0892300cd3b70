import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { tempDir, type CliRun } from './cli';

export interface ZipEntry {
  readonly name: string;
  /** The bytes as stored: raw DEFLATE for method 8. */
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  /** The inflated size the entry declares: the truth, or a lie. */
  readonly size: number;
  readonly crc?: number;
}

/** A zip archive written entry by entry, so a test can declare any size it likes. */
export function zipOf(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc ?? 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc ?? 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.data));
    centrals.push(central, name);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** An honest, deflated entry. */
export function deflated(name: string, text: string | Uint8Array): ZipEntry {
  const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { name, data: deflateRawSync(data), method: 8, size: data.length, crc: crc32(data) };
}

/**
 * Raw DEFLATE of `head`, then `body` repeated `times` times, then `tail`, built from a few KB:
 * the body is compressed once and its bytes repeated (each segment ends on a full flush, so the
 * segments join into one valid stream). Returns the data and its true inflated size.
 */
export function repeatedDeflate(
  head: string,
  body: string,
  times: number,
  tail: string,
): { data: Buffer; size: number } {
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const first = deflateRawSync(Buffer.from(head), flush);
  const middle = deflateRawSync(Buffer.from(body), flush);
  const last = deflateRawSync(Buffer.from(tail), { level: 9 });
  const data = Buffer.concat([first, ...Array.from({ length: times }, () => middle), last]);
  return {
    data,
    size: Buffer.byteLength(head) + Buffer.byteLength(body) * times + Buffer.byteLength(tail),
  };
}

export const WORKSHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const WORKSHEET_TAIL = '</sheetData></worksheet>';

/** The package parts around one or more sheet entries (named xl/worksheets/sheetN.xml). */
export function packageAround(
  sheets: readonly ZipEntry[],
  extra: readonly ZipEntry[] = [],
): Buffer {
  const names = sheets.map((_, i) => `Sheet${i + 1}`);
  return zipOf([
    deflated(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ),
    deflated(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    deflated(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names
        .map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    deflated(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('')}</Relationships>`,
    ),
    ...sheets,
    ...extra,
  ]);
}

export interface MeasuredRun extends CliRun {
  /** The child's peak resident set size, in MB. */
  readonly peakMb: number;
}

const BIN = path.join(__dirname, '..', '..', 'bin', 'budget-reconcile.js');
const REPORTER = path.join(__dirname, 'rssReporter.js');

/** Runs the real executable and reads back its peak memory (process.resourceUsage().maxRSS). */
export function spawnMeasured(argv: readonly string[]): MeasuredRun {
  const rssFile = path.join(tempDir(), 'rss');
  const result = spawnSync(process.execPath, ['-r', REPORTER, BIN, ...argv], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', BUDGET_RECONCILE_TEST_RSS_FILE: rssFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  let peakKb = Number.NaN;
  try {
    peakKb = Number(readFileSync(rssFile, 'utf8'));
  } catch {
    // No file: the child died before exiting normally; the test's code assertion says so.
  }
  return {
    code: result.status ?? -1,
    stdout: result.stdout,
    stderr: result.stderr,
    peakMb: peakKb / 1024,
  };
}

/** Lines of a stderr text (a trailing newline does not make an extra line). */
export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}
