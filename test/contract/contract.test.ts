import ExcelJS from 'exceljs';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { reconcile, type ReconcileResult } from '../../src/core/reconcile';
import { combinedNote, MARK_FILL, type Mark } from '../../src/core/port/marks';
import { clearWorkbook, reconcileWorkbook } from '../../src/core/usecase/reconcileWorkbook';
import { workbookGridOf } from '../../src/xlsx/exceljsGrid';
import {
  ADAPTERS,
  copyWorkbook,
  EXCEL_ADAPTER,
  looks,
  registryState,
  sheetNames,
  values,
  XLSX_ADAPTER,
  type AdapterUnderTest,
} from './adapters';

/**
 * The shared contract: every fixture workbook, through every adapter, gives the same findings
 * and the same marks, never changes a value, is idempotent, and Clear restores each cell's
 * previous fill and note — also when the other front end marked it.
 */
const ROOT = path.join(__dirname, '..', '..');
const WORKBOOKS = [
  path.join(ROOT, 'examples', 'luosong-union-2022.xlsx'),
  ...readdirSync(path.join(ROOT, 'test', 'fixtures'))
    .filter((name) => name.endsWith('.xlsx'))
    .sort()
    .map((name) => path.join(ROOT, 'test', 'fixtures', name)),
];

const PRIOR_NOTE = '财务科已核对';

/**
 * The workbook with the user's own formatting on the cells about to be marked: a solid fill
 * and a note on the first, a pattern fill on the second, so Clear has something to restore.
 */
async function decorated(
  file: string,
): Promise<{ workbook: ExcelJS.Workbook; marks: readonly Mark[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  let marks: readonly Mark[] = [];
  try {
    marks = reconcile(workbookGridOf(workbook)).marks;
  } catch {
    // Not reconcilable: the suite then checks both adapters refuse it alike.
  }
  const [first, second] = marks;
  if (first) {
    const cell = workbook.getWorksheet(first.sheet)!.getCell(first.cell);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } };
    cell.note = PRIOR_NOTE;
  }
  if (second) {
    workbook.getWorksheet(second.sheet)!.getCell(second.cell).fill = {
      type: 'pattern',
      pattern: 'lightGray',
      fgColor: { argb: 'FF0070C0' },
      bgColor: { argb: 'FFFFFF00' },
    };
  }
  return { workbook, marks };
}

async function run(adapter: AdapterUnderTest, workbook: ExcelJS.Workbook) {
  const opened = adapter.open(await copyWorkbook(workbook));
  let result: ReconcileResult | Error;
  try {
    result = await reconcileWorkbook(opened.port);
  } catch (error) {
    result = error as Error;
  }
  return { ...opened, result };
}

describe.each(WORKBOOKS.map((file) => [path.basename(file), file]))(
  'contract: %s',
  (_name, file) => {
    it('both adapters find exactly the same, or refuse alike', async () => {
      const { workbook } = await decorated(file);
      const [xlsx, excel] = await Promise.all(ADAPTERS.map((adapter) => run(adapter, workbook)));
      if (xlsx.result instanceof Error || excel.result instanceof Error) {
        const outcome = (result: ReconcileResult | Error) =>
          result instanceof Error ? `${result.name}: ${result.message}` : 'reconciled';
        expect(outcome(excel.result)).toBe(outcome(xlsx.result));
        return;
      }
      expect(excel.result.findings).toEqual(xlsx.result.findings);
      expect(excel.result.sheets).toEqual(xlsx.result.sheets);
      expect(looks(excel.saved())).toEqual(looks(xlsx.saved()));
      // The summary sheet included: same name, same texts and figures, cell for cell.
      expect(sheetNames(excel.saved())).toEqual(sheetNames(xlsx.saved()));
      expect(values(excel.saved())).toEqual(values(xlsx.saved()));
    });

    it.each(ADAPTERS.map((adapter) => [adapter.name, adapter] as const))(
      '%s: marks, stays idempotent and clears back to the original',
      async (_adapter, adapter) => {
        const { workbook, marks } = await decorated(file);
        const before = looks(workbook);
        const original = sheetNames(workbook);
        const opened = await run(adapter, workbook);
        if (opened.result instanceof Error) return;
        const marked = looks(opened.saved());
        for (const mark of marks) {
          // The product's note goes below the user's own note, which stays first.
          const userNote = before[`${mark.sheet}!${mark.cell}`]?.note ?? null;
          expect(marked[`${mark.sheet}!${mark.cell}`]).toEqual({
            fill: `solid:${MARK_FILL[mark.severity]}`,
            note: combinedNote(userNote, mark.note),
          });
        }
        expect(values(opened.saved(), original)).toEqual(values(workbook));
        // The summary sheet is added and registered, so the registry exists even without marks.
        expect(registryState(opened.saved())).toBe('veryHidden');
        expect(sheetNames(opened.saved())).toHaveLength(original.length + 1);
        const markedValues = values(opened.saved());

        await reconcileWorkbook(opened.port);
        expect(looks(opened.saved())).toEqual(marked);
        expect(values(opened.saved())).toEqual(markedValues);

        await clearWorkbook(opened.port);
        expect(looks(opened.saved())).toEqual(before);
        expect(values(opened.saved())).toEqual(values(workbook));
        expect(sheetNames(opened.saved())).toEqual(original);
        expect(registryState(opened.saved())).toBe('absent');
      },
    );

    it.each([
      [XLSX_ADAPTER, EXCEL_ADAPTER],
      [EXCEL_ADAPTER, XLSX_ADAPTER],
    ])('marked by %s, cleared by the other front end', async (marker, clearer) => {
      const { workbook } = await decorated(file);
      const before = looks(workbook);
      const opened = await run(marker, workbook);
      if (opened.result instanceof Error) return;
      const reopened = clearer.open(await copyWorkbook(opened.saved()));
      await clearWorkbook(reopened.port);
      expect(looks(reopened.saved())).toEqual(before);
      expect(sheetNames(reopened.saved())).toEqual(sheetNames(workbook));
    });
  },
);
