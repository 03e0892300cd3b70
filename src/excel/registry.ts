import { REGISTRY_SHEET, type FillSnapshot, type MarkRecord } from '../core/port/marks';
import { SyncBatcher } from './batcher';
import { wireBytes } from './host';

/**
 * The marks registry, shared with the xlsx adapter: a very hidden sheet named REGISTRY_SHEET,
 * one JSON MarkRecord per row in column A, from row 1. Either front end can clear the other's
 * marks because both read and write exactly this.
 */
export interface Registry {
  readonly exists: boolean;
  /** Names of the workbook's sheets now: marks on a deleted sheet are dropped, not written. */
  readonly sheets: ReadonlySet<string>;
  /** Rows the sheet currently uses, to blank before rewriting. */
  readonly rows: number;
  readonly records: MarkRecord[];
}

function isFill(value: unknown): value is FillSnapshot {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return kind === 'none' || kind === 'solid' || kind === 'other';
}

/** One row's record, or undefined for a row that is not ours (skipped, never fatal). */
export function parseRecord(text: unknown): MarkRecord | undefined {
  if (typeof text !== 'string' || !text.startsWith('{')) return undefined;
  try {
    const record = JSON.parse(text) as Partial<MarkRecord>;
    const valid =
      typeof record.sheet === 'string' &&
      typeof record.cell === 'string' &&
      typeof record.note === 'string' &&
      (record.previousNote === null || typeof record.previousNote === 'string') &&
      isFill(record.previousFill);
    return valid ? (record as MarkRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** Rows of column A fetched per load: records are small, a few hundred bytes each. */
const ROW_BYTES_ESTIMATE = 600;

export async function readRegistry(
  context: Excel.RequestContext,
  budget: number,
): Promise<Registry> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const sheet = worksheets.getItemOrNullObject(REGISTRY_SHEET);
  await context.sync();
  const sheets = new Set(worksheets.items.map((item) => item.name));
  if (sheet.isNullObject) return { exists: false, sheets, rows: 0, records: [] };
  const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
  await context.sync();
  if (used.isNullObject) return { exists: true, sheets, rows: 0, records: [] };
  const rows = used.rowIndex + used.rowCount;
  const records: MarkRecord[] = [];
  const batcher = new SyncBatcher(context, budget);
  const perChunk = Math.max(1, Math.floor(budget / ROW_BYTES_ESTIMATE));
  for (let top = 0; top < rows; top += perChunk) {
    const count = Math.min(perChunk, rows - top);
    await batcher.queue(count * ROW_BYTES_ESTIMATE, () => {
      const range = sheet.getRangeByIndexes(top, 0, count, 1).load('values');
      return () => {
        for (const [text] of range.values) {
          const record = parseRecord(text);
          if (record) records.push(record);
        }
      };
    });
  }
  await batcher.flush();
  return { exists: true, sheets, rows, records };
}

/**
 * Queues the registry's new content: blank the old rows, write the records in blocks under the
 * budget, or delete the sheet when nothing is marked, so that Clear leaves no trace.
 */
export async function queueRegistryWrite(
  context: Excel.RequestContext,
  batcher: SyncBatcher,
  registry: Registry,
  records: readonly MarkRecord[],
  budget: number,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  if (records.length === 0) {
    if (registry.exists)
      await batcher.queue(100, () => void worksheets.getItem(REGISTRY_SHEET).delete());
    return;
  }
  await batcher.queue(200, () => {
    if (!registry.exists) {
      worksheets.add(REGISTRY_SHEET).visibility = 'VeryHidden';
    } else if (registry.rows > 0) {
      worksheets
        .getItem(REGISTRY_SHEET)
        .getRangeByIndexes(0, 0, registry.rows, 1)
        .clear('Contents');
    }
  });
  const lines = records.map((record) => [JSON.stringify(record)]);
  let top = 0;
  while (top < lines.length) {
    let bytes = 0;
    let end = top;
    while (end < lines.length && (end === top || bytes + wireBytes(lines[end]) < budget / 2)) {
      bytes += wireBytes(lines[end]);
      end += 1;
    }
    const block = lines.slice(top, end);
    const start = top;
    await batcher.queue(bytes + 100, () => {
      const sheet = worksheets.getItem(REGISTRY_SHEET);
      sheet.getRangeByIndexes(start, 0, block.length, 1).values = block;
    });
    top = end;
  }
}
