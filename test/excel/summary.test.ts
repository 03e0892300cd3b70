import type { SummaryLayout } from '../../src/core/summary/layout';
import { REGISTRY_SHEET } from '../../src/core/port/marks';
import { widthInPoints } from '../../src/excel/summary';
import { exampleGrid, EXAMPLE_SHEET } from '../excel-sim/exampleGrid';
import { simPort } from '../excel-sim/harness';
import { cellKey, documentFromGrid, type SimDocument } from '../excel-sim/state';
import { emptySheet } from '../excel-sim/worksheet';

/** A small layout with everything a host must render: title, formula-like text, a link, a span. */
const LAYOUT: SummaryLayout = {
  language: 'zh-CN',
  sheetName: '对账摘要',
  columns: [30, 12],
  rows: [
    { cells: [{ kind: 'text', text: '对账摘要', style: 'title', span: 2 }] },
    { cells: [{ kind: 'text', text: '=HYPERLINK("http://x","y")', style: 'paragraph' }], lines: 2 },
    {
      cells: [
        {
          kind: 'link',
          text: '基本支出 执行数',
          target: { sheet: EXAMPLE_SHEET, cell: 'D5' },
          style: 'link',
        },
        { kind: 'number', value: '161.86', format: '#,##0.00', style: 'warning' },
      ],
    },
  ],
};

const cell = (doc: SimDocument, sheet: string, row: number, col: number) =>
  doc.sheets.find((s) => s.name === sheet)?.cells.get(cellKey(row, col));

describe('the summary sheet in Excel', () => {
  it('renders the layout: texts stay text, numbers formatted, links, merges, sizes', async () => {
    const doc = documentFromGrid(exampleGrid());
    const { port, host } = simPort(doc);
    await expect(port.writeSummary(LAYOUT)).resolves.toBe('对账摘要');
    const formula = cell(doc, '对账摘要', 1, 0);
    expect(formula).toMatchObject({ value: '=HYPERLINK("http://x","y")', numberFormat: '@' });
    expect(formula?.formula).toBeUndefined();
    expect(cell(doc, '对账摘要', 2, 0)?.hyperlink).toEqual({
      documentReference: "'预算执行表'!D5",
      textToDisplay: '基本支出 执行数',
    });
    expect(cell(doc, '对账摘要', 2, 1)).toMatchObject({ value: 161.86, numberFormat: '#,##0.00' });
    expect(cell(doc, '对账摘要', 2, 1)?.fill.color).toBe('#FFEB9C');
    expect(cell(doc, '对账摘要', 0, 0)?.style).toMatchObject({
      'font.bold': true,
      'font.size': 16,
    });
    const sheet = doc.sheets.find((s) => s.name === '对账摘要')!;
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(sheet.columnWidths.get(0)).toBe(widthInPoints(30));
    expect(sheet.rowHeights.get(1)).toBe(32);
    expect(sheet.showGridlines).toBe(false);
    expect(host.stats.syncs.filter((s) => s.writes > 0)).toHaveLength(1);
  });

  it("never touches a user's sheet of that name, and Clear removes only its own", async () => {
    const doc = documentFromGrid(exampleGrid());
    const mine = emptySheet('对账摘要');
    mine.cells.set(cellKey(0, 0), {
      value: '我的笔记',
      numberFormat: 'General',
      fill: cell(doc, EXAMPLE_SHEET, 0, 0)!.fill,
    });
    doc.sheets.push(mine);
    const { port } = simPort(doc);
    await expect(port.writeSummary(LAYOUT)).resolves.toBe('对账摘要 (2)');
    await expect(port.writeSummary(LAYOUT)).resolves.toBe('对账摘要 (2)');
    expect(doc.sheets.map((s) => s.name)).toEqual([
      EXAMPLE_SHEET,
      '对账摘要',
      REGISTRY_SHEET,
      '对账摘要 (2)',
    ]);
    await port.clearMarks();
    expect(doc.sheets.map((s) => s.name)).toEqual([EXAMPLE_SHEET, '对账摘要']);
    expect(cell(doc, '对账摘要', 0, 0)?.value).toBe('我的笔记');
  });
});
