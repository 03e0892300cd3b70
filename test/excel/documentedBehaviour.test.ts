import { MARK_FILL, REGISTRY_SHEET } from '../../src/core/port/marks';
import { clearWorkbook, reconcileWorkbook } from '../../src/core/usecase/reconcileWorkbook';
import { parseAreas, splitAreas } from '../../src/excel/addresses';
import { parseSelection } from '../../src/excel/navigate';
import { exampleGrid } from '../excel-sim/exampleGrid';
import { simPort } from '../excel-sim/harness';
import { createSimHost } from '../excel-sim/host';
import { documentFromGrid, exportDocument } from '../excel-sim/state';

/**
 * Behaviours Microsoft documents for the Excel object model that the simulator used to hide,
 * each first made to fail in the simulator, then handled by the adapter.
 */
describe('Worksheet.delete on a VeryHidden sheet (documented: InvalidOperation)', () => {
  it('the simulator refuses it, as Excel does', async () => {
    const sim = createSimHost(documentFromGrid(exampleGrid()));
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.add('secret').visibility = 'VeryHidden';
        await context.sync();
        context.workbook.worksheets.getItem('secret').delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });

  it('Clear removes the very hidden registry, and a second Clear is a no-op', async () => {
    const doc = documentFromGrid(exampleGrid());
    const before = exportDocument(doc);
    const { port } = simPort(doc);
    await reconcileWorkbook(port);
    expect(exportDocument(doc).find((s) => s.name === REGISTRY_SHEET)?.visibility).toBe(
      'VeryHidden',
    );
    await clearWorkbook(port);
    expect(exportDocument(doc)).toEqual(before);
    await clearWorkbook(port);
    expect(exportDocument(doc)).toEqual(before);
  });
});

describe('RangeAreas.address with a sheet name holding a comma', () => {
  const NAME = 'Budget, 2022';
  const grid = () => {
    const base = exampleGrid();
    return {
      sheets: [
        {
          ...base.sheets[0],
          name: NAME,
          merges: [...base.sheets[0].merges, { top: 1, left: 0, bottom: 1, right: 1 }],
        },
      ],
    };
  };

  it('the simulator reports each area quoted, joined by ", " as documented', async () => {
    const sim = createSimHost(documentFromGrid(grid()));
    const address = await sim.Excel.run(async (context) => {
      const areas = context.workbook.worksheets
        .getItem(NAME)
        .getRange()
        .getMergedAreasOrNullObject()
        .load('address,areaCount');
      await context.sync();
      expect(areas.areaCount).toBe(2);
      return areas.address;
    });
    expect(address).toBe(`'Budget, 2022'!A1:E1, 'Budget, 2022'!A2:B2`);
  });

  it('the adapter splits areas by the quoting rules and reconciles the sheet', async () => {
    const doc = documentFromGrid(grid());
    const { port } = simPort(doc);
    const read = await port.readGrid();
    expect(read.sheets[0].merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 1, left: 0, bottom: 1, right: 1 },
    ]);
    const result = await reconcileWorkbook(port);
    expect(result.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ['total-mismatch', NAME, 'D5'],
    ]);
    const sheet = exportDocument(doc).find((s) => s.name === NAME)!;
    expect(sheet.fills.D5?.color).toBe(`#${MARK_FILL.warning}`);
  });

  it('parses quoted names with quotes, commas and bangs', () => {
    expect(splitAreas(`'It''s, here'!A1:B2,'x!y'!C3, Plain!D4`)).toEqual([
      `'It''s, here'!A1:B2`,
      `'x!y'!C3`,
      'Plain!D4',
    ]);
    expect(parseAreas(`'a,b'!B2:C3, 'a,b'!$E$5`)).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
    expect(parseSelection(`'It''s, here'!C4:D9`)).toEqual({ sheet: "It's, here", cell: 'C4' });
  });
});
