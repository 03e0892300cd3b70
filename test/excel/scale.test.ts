import type { CellValue, WorkbookGrid } from '../../src/core/model/grid';
import type { Mark } from '../../src/core/port/marks';
import { REQUEST_LIMIT_BYTES, SYNC_BUDGET_BYTES } from '../../src/excel/host';
import { reconcileWorkbook } from '../../src/core/usecase/reconcileWorkbook';
import { simPort } from '../excel-sim/harness';
import { documentFromGrid } from '../excel-sim/state';
import { EXAMPLE_ROWS, EXAMPLE_SHEET } from '../excel-sim/exampleGrid';
import type { SyncRecord } from '../excel-sim/context';

const ROSTER = '慰问名单';
const COLS = 4;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid, unique GB 11643 resident ID per index: birth date and sequence from `i`. */
function residentId(i: number): string {
  const birth = new Date(Date.UTC(1960, 0, 1) + Math.floor(i / 1000) * 86_400_000);
  const date = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const body = `430202${date}${String(i % 1000).padStart(3, '0')}`;
  const sum = [...body].reduce((total, digit, k) => total + Number(digit) * WEIGHTS[k], 0);
  return body + '10X98765432'[sum % 11];
}

/** The example budget sheet plus a clean roster of `rows` recipients (names, IDs, amounts). */
function rosterWorkbook(rows: number): WorkbookGrid {
  const roster: CellValue[][] = [['序号', '姓名', '身份证号', '金额']];
  for (let i = 1; i <= rows; i++) roster.push([i, `职工${i}`, residentId(i), 300]);
  return {
    sheets: [
      { name: EXAMPLE_SHEET, visibility: 'visible', rows: EXAMPLE_ROWS, numFmts: [], merges: [] },
      { name: ROSTER, visibility: 'visible', rows: roster, numFmts: [], merges: [] },
    ],
  };
}

const SUMMARY_SYNCS = 8;

const worst = (syncs: readonly SyncRecord[]) =>
  Math.max(...syncs.map((sync) => Math.max(sync.requestBytes, sync.responseBytes)));

/**
 * The chunking bound: a constant number of round trips plus one per budget's worth of planned
 * bytes (64 B per cell at least, 1 KiB to load and ~0.5 KiB to write per marked cell).
 */
function readBound(cells: number): number {
  return 3 + 2 + Math.ceil((cells * 64 * 1.25) / SYNC_BUDGET_BYTES);
}
function markBound(marks: number): number {
  const perMark = 1024 + 600 + 600;
  return 2 + 2 + Math.ceil((marks * perMark) / SYNC_BUDGET_BYTES) + 2;
}

describe('sync count as the roster grows', () => {
  const results: { rows: number; read: number; marks: number }[] = [];

  it.each([1_000, 10_000, 100_000])(
    '%i rows: bounded syncs, none over 4 MB',
    async (rows) => {
      const { port, host } = simPort(documentFromGrid(rosterWorkbook(rows)));
      const result = await reconcileWorkbook(port);
      expect(result.findings.some((f) => f.cell === 'D5')).toBe(true);
      const readSyncs = host.stats.syncs.length;
      // The core caps the summary sheet's size, so writing it adds a bounded number of syncs.
      expect(readSyncs).toBeLessThanOrEqual(
        readBound(rows * COLS) + markBound(result.marks.length) + SUMMARY_SYNCS,
      );

      // One mark on every tenth recipient's amount: the write side must batch just as well.
      host.stats.syncs.length = 0;
      const marks: Mark[] = [];
      for (let row = 2; row <= rows + 1; row += 10) {
        marks.push({
          sheet: ROSTER,
          cell: `D${row}`,
          severity: 'error',
          note: `【对账】第${row}行金额有误`,
        });
      }
      await port.applyMarks(marks);
      expect(host.stats.syncs.length).toBeLessThanOrEqual(markBound(marks.length));
      const written = host.stats.syncs.filter((sync) => sync.writes > 0);
      expect(
        written.every((sync) => sync.screenUpdatingSuspended && sync.calculationSuspended),
      ).toBe(true);

      await port.clearMarks();
      expect(worst(host.stats.syncs)).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
      results.push({ rows, read: readSyncs, marks: host.stats.syncs.length });
    },
    120_000,
  );

  it('grows with bytes, not with rows: 100x the rows costs far less than 100x the syncs', () => {
    const [small, , large] = results;
    // Measured: 15 round trips for 1 000 and 10 000 rows (a whole reconcile: read, the formulas
    // of the cells that state totals, the protection check, marks, summary sheet, registry).
    expect(small.read).toBeLessThanOrEqual(15);
    expect(large.read).toBeLessThan(small.read * 2);
    expect(large.marks).toBeLessThan(small.marks * 3);
  });
});
