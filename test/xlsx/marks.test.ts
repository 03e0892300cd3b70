import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { LUOSONG_EXAMPLE } from '../../examples/luosong';
import { run } from '../../src/cli/main';
import { MARK_FILL } from '../../src/core/port/marks';
import { reconcileWorkbook } from '../../src/core/usecase/reconcileWorkbook';
import { XlsxPort } from '../../src/xlsx/XlsxPort';
import { saveAndReload, workbookSnapshot } from '../support/snapshot';
import { buildWorkbook, type WorkbookSpec } from '../support/workbookSpec';

/** The example with 基本支出 executed stated as 161.70: an error, on a cell the user had filled and noted. */
function withError(): ExcelJS.Workbook {
  const [budget, disbursement] = LUOSONG_EXAMPLE.sheets;
  const spec: WorkbookSpec = {
    sheets: [
      {
        ...budget,
        rows: budget.rows.map((row, r) =>
          r === 4
            ? ['基本支出', '基本支出', 161.87, { v: 161.7, fmt: '0.00' }, null]
            : r === 9
              ? ['合计', null, 176.87, { v: 176.7, fmt: '0.00' }, null]
              : row,
        ),
      },
      disbursement,
    ],
  };
  const workbook = buildWorkbook(spec);
  const cell = workbook.getWorksheet('预算执行表')?.getCell('D5');
  if (!cell) throw new Error('no D5');
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  cell.note = '待财务科确认';
  return workbook;
}

function d5(workbook: ExcelJS.Workbook): ExcelJS.Cell {
  const cell = workbook.getWorksheet('预算执行表')?.getCell('D5');
  if (!cell) throw new Error('no D5');
  return cell;
}

describe('marks', () => {
  it('are removed from a cell once the user fixes its figure, giving back its fill and note', async () => {
    const workbook = await saveAndReload(withError());
    await reconcileWorkbook(new XlsxPort(workbook));
    const marked = await saveAndReload(workbook);
    expect(d5(marked).fill).toMatchObject({ fgColor: { argb: `FF${MARK_FILL.error}` } });
    expect(d5(marked).note).toEqual(expect.stringMatching(/^待财务科确认\n【对账】「基本支出」/));

    d5(marked).value = 161.86;
    const fixed = await saveAndReload(marked);
    await reconcileWorkbook(new XlsxPort(fixed));
    const after = await saveAndReload(fixed);
    expect(d5(after).fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } });
    expect(d5(after).note).toBe('待财务科确认');
    expect(new XlsxPort(after).registry().marks.map((mark) => mark.cell)).not.toContain('D5');
  });

  it('are cleared exactly by `budget-reconcile clear`, after save and reopen', async () => {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'marks-'));
    const input = path.join(folder, 'input.xlsx');
    const annotated = path.join(folder, 'annotated.xlsx');
    const cleared = path.join(folder, 'cleared.xlsx');
    await withError().xlsx.writeFile(input);
    const io = { stdout: () => undefined, stderr: () => undefined, colour: false };
    expect(await run([input, '--out', annotated], io)).toBe(1);
    expect(await run(['clear', annotated, '--out', cleared], io)).toBe(0);
    const read = async (file: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      return workbookSnapshot(workbook);
    };
    const annotatedSheets = (await read(annotated)).map((sheet) => sheet.name);
    expect(annotatedSheets).toContain('对账摘要');
    expect(await read(cleared)).toEqual(await read(input));
    await fs.rm(folder, { recursive: true, force: true });
  });
});
