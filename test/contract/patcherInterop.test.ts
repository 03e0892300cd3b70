import ExcelJS from 'exceljs';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { reconcileBytes } from '../../src/cli/reconcileInWorker';
import { reconcile } from '../../src/core/reconcile';
import { clearWorkbook, reconcileWorkbook } from '../../src/core/usecase/reconcileWorkbook';
import { workbookGridOf } from '../../src/xlsx/exceljsGrid';
import { annotatePackage, clearPackage } from '../../src/xlsx/patch';
import { simPort } from '../excel-sim/harness';
import { documentFromWorkbook, workbookFromDocument } from '../excel-sim/xlsx';
import { looks, sheetNames } from './adapters';

/**
 * The command line writes marks with the package patcher, the add-in with office.js: marks
 * either front end wrote are cleared by the other (the registry is one format, version 2).
 */
const ROOT = path.join(__dirname, '..', '..');
const WORKBOOKS = [
  path.join(ROOT, 'examples', 'luosong-union-2022.xlsx'),
  ...readdirSync(path.join(ROOT, 'test', 'fixtures'))
    .filter((name) => name.endsWith('.xlsx'))
    .sort()
    .map((name) => path.join(ROOT, 'test', 'fixtures', name)),
];

const OPTIONS = { language: 'zh-CN' as const, strict: false, today: '2026-01-01', summary: true };

/** The workbook with a user's fill and note on the first cell to be marked, a pattern on the second. */
async function decorated(file: string): Promise<ExcelJS.Workbook | undefined> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  let marks;
  try {
    marks = reconcile(workbookGridOf(workbook)).marks;
  } catch {
    return undefined;
  }
  const [first, second] = marks;
  if (first) {
    const cell = workbook.getWorksheet(first.sheet)!.getCell(first.cell);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } };
    cell.note = '财务科已核对';
  }
  if (second) {
    workbook.getWorksheet(second.sheet)!.getCell(second.cell).fill = {
      type: 'pattern',
      pattern: 'lightGray',
      fgColor: { argb: 'FF0070C0' },
      bgColor: { argb: 'FFFFFF00' },
    };
  }
  return workbook;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe.each(WORKBOOKS.map((file) => [path.basename(file), file]))(
  'interop: %s',
  (_name, file) => {
    it('marked by the command line (package patcher), cleared by the add-in', async () => {
      const workbook = await decorated(file);
      if (!workbook) return;
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
      const before = looks(await load(bytes));
      const reconciled = await reconcileBytes(file, bytes, OPTIONS);
      const marked = annotatePackage(bytes, {
        marks: reconciled.marks,
        summary: reconciled.summary,
      });
      expect(looks(await load(marked.bytes))).not.toEqual(before);
      const doc = documentFromWorkbook(await load(marked.bytes));
      await clearWorkbook(simPort(doc).port);
      const cleared = workbookFromDocument(doc);
      expect(looks(cleared)).toEqual(before);
      expect(sheetNames(cleared)).toEqual(sheetNames(workbook));
    });

    it('marked by the add-in, cleared by the command line (package patcher)', async () => {
      const workbook = await decorated(file);
      if (!workbook) return;
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
      const before = looks(await load(bytes));
      const doc = documentFromWorkbook(await load(bytes));
      await reconcileWorkbook(simPort(doc).port);
      const marked = new Uint8Array(await workbookFromDocument(doc).xlsx.writeBuffer());
      expect(looks(await load(marked))).not.toEqual(before);
      const cleared = await load(clearPackage(marked).bytes);
      expect(looks(cleared)).toEqual(before);
      expect(sheetNames(cleared)).toEqual(sheetNames(workbook));
    });
  },
);
