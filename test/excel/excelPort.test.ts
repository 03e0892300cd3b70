import { reconcileWorkbook, clearWorkbook } from '../../src/core/usecase/reconcileWorkbook';
import { REGISTRY_SHEET, MARK_FILL } from '../../src/core/port/marks';
import { documentFromGrid, exportDocument } from '../excel-sim/state';
import { simPort } from '../excel-sim/harness';
import { exampleGrid, EXAMPLE_SHEET } from '../excel-sim/exampleGrid';

describe('ExcelPort over the simulated host', () => {
  it('reads the example grid as the core expects', async () => {
    const { port } = simPort(documentFromGrid(exampleGrid()));
    const grid = await port.readGrid();
    expect(grid.sheets).toHaveLength(1);
    expect(grid.sheets[0].rows[4]).toEqual(['基本支出', '基本支出', 161.87, 161.87]);
    expect(grid.sheets[0].rows[2]).toBeUndefined();
    expect(grid.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
  });

  it('marks D5 with a warning fill and note, then Clear restores the workbook', async () => {
    const doc = documentFromGrid(exampleGrid());
    doc.sheets[0].notes.set('D5', 'checked by finance');
    const before = exportDocument(doc);
    const { port } = simPort(doc);
    const result = await reconcileWorkbook(port);
    const warning = result.findings.find((f) => f.rule === 'total-mismatch');
    expect(warning).toMatchObject({ sheet: EXAMPLE_SHEET, cell: 'D5', severity: 'warning' });
    expect(warning).toMatchObject({ expected: '161.86', actual: '161.87' });

    const marked = exportDocument(doc);
    const sheet = marked.find((s) => s.name === EXAMPLE_SHEET)!;
    expect(sheet.fills.D5).toMatchObject({ pattern: 'Solid', color: `#${MARK_FILL.warning}` });
    // The product's note below the user's, which Clear gives back alone.
    expect(sheet.notes.D5).toMatch(
      /^checked by finance\n【对账】「基本支出」执行数列示 161.87 万元/,
    );
    expect(marked.find((s) => s.name === REGISTRY_SHEET)?.visibility).toBe('VeryHidden');

    await reconcileWorkbook(port);
    expect(exportDocument(doc)).toEqual(marked);

    await clearWorkbook(port);
    expect(exportDocument(doc)).toEqual(before);
  });

  it('marks with fill only on hosts without notes (ExcelApi < 1.18)', async () => {
    const doc = documentFromGrid(exampleGrid());
    const { port } = simPort(doc, { excelApi: '1.12' });
    await reconcileWorkbook(port);
    const sheet = exportDocument(doc)[0];
    expect(sheet.fills.D5?.color).toBe(`#${MARK_FILL.warning}`);
    expect(sheet.notes).toEqual({});
  });
});
