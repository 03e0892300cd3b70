import type { CellValue, WorkbookGrid } from '../../src/core/model/grid';
import { simPort } from '../excel-sim/harness';
import { documentFromGrid } from '../excel-sim/state';

/** A sheet whose rows differ in width and content, starting below and right of A1. */
function ragged(rows: number): WorkbookGrid {
  const grid: (CellValue[] | undefined)[] = [];
  const numFmts: ((string | undefined)[] | undefined)[] = [];
  for (let r = 2; r < rows + 2; r++) {
    if (r % 7 === 0) continue; // blank rows stay undefined
    const row: CellValue[] = [null, null, `行${r}`, r * 1.25, r % 3 === 0 ? '#N/A' : null];
    if (r % 5 === 0) row.push('一段较长的备注文字，'.repeat(r % 40));
    grid[r] = row;
    numFmts[r] = [undefined, undefined, undefined, '0.00'];
  }
  return { sheets: [{ name: '明细', visibility: 'hidden', rows: grid, numFmts, merges: [] }] };
}

describe('reading in chunks', () => {
  it('gives the same grid whatever the chunk size, row seams included', async () => {
    const source = ragged(3_000);
    const whole = await simPort(documentFromGrid(source)).port.readGrid();
    const { port, host } = simPort(documentFromGrid(source), { budget: 16 * 1024 });
    const chunked = await port.readGrid();
    expect(host.stats.syncs.length).toBeGreaterThan(10);
    expect(chunked).toEqual(whole);
    const sheet = chunked.sheets[0];
    expect(sheet.visibility).toBe('hidden');
    expect(sheet.rows[7]).toBeUndefined();
    expect(sheet.rows[3]).toEqual([null, null, '行3', 3.75, { error: '#N/A' }]);
    expect(sheet.numFmts[3]).toEqual([undefined, undefined, undefined, '0.00']);
  });

  it('keeps every sync under the budget once rows have been measured', async () => {
    const budget = 32 * 1024;
    const { port, host } = simPort(documentFromGrid(ragged(5_000)), { budget });
    await port.readGrid();
    for (const sync of host.stats.syncs) expect(sync.responseBytes).toBeLessThanOrEqual(budget);
  });
});
