import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildReport } from '../../src/core/findings/report';
import { reconcileWorkbook } from '../../src/core/usecase/reconcileWorkbook';
import { CannotReconcileError } from '../../src/core/errors';
import { loadWorkbook } from '../../src/xlsx/file';
import { XlsxPort } from '../../src/xlsx/XlsxPort';
import { openGridPort } from '../../src/xlsx/fast/GridPort';

const root = path.join(__dirname, '..', '..');
const workbooks = [
  ...readdirSync(path.join(root, 'test', 'fixtures'))
    .filter((name) => name.endsWith('.xlsx'))
    .map((name) => path.join('test', 'fixtures', name)),
  ...readdirSync(path.join(root, 'examples'))
    .filter((name) => name.endsWith('.xlsx'))
    .map((name) => path.join('examples', name)),
];

describe('report-only runs on the fast reader', () => {
  it.each(workbooks)('%s: same report as through ExcelJS', async (file) => {
    const bytes = readFileSync(path.join(root, file));
    const slow = new XlsxPort(await loadWorkbook(file, bytes));
    const fast = openGridPort(file, bytes);
    const [viaExcelJs, viaFast] = [
      await reconcileWorkbook(slow, { language: 'zh-CN' }),
      await reconcileWorkbook(fast, { language: 'zh-CN' }),
    ];
    expect(buildReport(file, viaFast)).toStrictEqual(buildReport(file, viaExcelJs));
    expect(fast.marks).toStrictEqual(viaExcelJs.marks);
    // The summary sheet XlsxPort wrote is the one GridPort names (and lists as the product's).
    const written = (await slow.productSheets()).slice(1);
    expect(written).toStrictEqual([fast.summary?.sheetName]);
  });

  it('reads the product sheets from the marks registry', async () => {
    const file = path.join(root, 'examples', 'luosong-union-2022.xlsx');
    const workbook = await loadWorkbook(file);
    const slow = new XlsxPort(workbook);
    await reconcileWorkbook(slow, {});
    slow.registerSheet('对账摘要');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const fast = openGridPort(file, bytes);
    expect(await fast.productSheets()).toStrictEqual(await new XlsxPort(workbook).productSheets());
    expect(await fast.productSheets()).toContain('对账摘要');
  });

  it('turns an unreadable file into a one-line reason naming it', () => {
    expect(() => openGridPort('notes.xlsx', new TextEncoder().encode('not a zip'))).toThrow(
      CannotReconcileError,
    );
    expect(() => openGridPort('notes.xlsx', new TextEncoder().encode('not a zip'))).toThrow(
      /^notes\.xlsx: not an \.xlsx workbook/,
    );
  });
});
