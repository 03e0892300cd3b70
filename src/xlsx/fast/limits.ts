/**
 * What the fast reader will read, checked while it reads: a hostile package (a zip bomb, a part
 * whose declared size lies, a row number far past Excel's last) stops with one line naming the
 * part and the limit, in bounded time and memory, instead of exhausting the machine.
 * README "Limits" states these numbers and what the product does at each.
 */

const MiB = 1024 * 1024;

export const READ_LIMITS = {
  /** Inflated size of one part (a real 1 048 576-row roster's sheet XML is a few hundred MB). */
  partBytes: 512 * MiB,
  /** Inflated size of every part read, together. */
  packageBytes: 1024 * MiB,
  /** Inflated : compressed, above `ratioFloor` (real sheet XML stays under about 100 : 1). */
  ratio: 250,
  /** Parts smaller than this inflated are never refused for their ratio. */
  ratioFloor: 16 * MiB,
  /** Cells with a value or a style, over the whole workbook. */
  cells: 10_000_000,
  /** Merged ranges in one sheet (each is checked against the others for overlap). */
  merges: 20_000,
  /** Excel's limit on a cell's text. */
  textChars: 32_767,
  /** Bytes of one text or tag in the XML (32 767 characters, escaped, fit many times over). */
  tokenBytes: 4 * MiB,
  /** Excel's grid: 1 048 576 rows by 16 384 columns (XFD). */
  rows: 1_048_576,
  columns: 16_384,
} as const;

/** A read limit was reached: the message names the part and the limit (the CLI exits 2). */
export class ReadLimitError extends Error {
  override readonly name = 'ReadLimitError';
}

/** `512 MB` — sizes in messages, in the units the README uses. */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / MiB) * 10) / 10} MB`;
}

/** Thousands grouped with spaces, as the README writes them: 1 048 576. */
export function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

export function checkRow(part: string, row: number): void {
  if (!(row >= 1 && row <= READ_LIMITS.rows)) {
    throw new ReadLimitError(
      `${part}: row ${grouped(row)} is past Excel's last row ${grouped(READ_LIMITS.rows)}`,
    );
  }
}

export function checkColumn(part: string, column: number): void {
  if (column > READ_LIMITS.columns) {
    throw new ReadLimitError(
      `${part}: column ${grouped(column)} is past Excel's last column XFD (${grouped(READ_LIMITS.columns)})`,
    );
  }
}

export function checkText(part: string, length: number): void {
  if (length > READ_LIMITS.textChars) {
    throw new ReadLimitError(
      `${part}: a text of ${grouped(length)} characters is over Excel's limit of ${grouped(READ_LIMITS.textChars)} per cell`,
    );
  }
}

export function checkTokenBytes(part: string, bytes: number): void {
  if (bytes > READ_LIMITS.tokenBytes) {
    throw new ReadLimitError(
      `${part}: one XML text or tag is over ${megabytes(READ_LIMITS.tokenBytes)} (the limit per token)`,
    );
  }
}

/** Counts cells across a workbook's sheets. */
export class CellBudget {
  private used = 0;

  constructor(private readonly limit: number = READ_LIMITS.cells) {}

  spend(part: string, count = 1): void {
    this.used += count;
    if (this.used > this.limit) {
      throw new ReadLimitError(
        `${part}: more than ${grouped(this.limit)} cells in the workbook (the limit on cells)`,
      );
    }
  }
}
