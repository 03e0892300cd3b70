import ExcelJS from 'exceljs';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { reconcileBytes } from '../../src/cli/reconcileInWorker';
import { reconcile } from '../../src/core/reconcile';
import { clearWorkbook, reconcileWorkbook } from '../../src/core/usecase/reconcileWorkbook';
import { workbookGridOf } from '../../src/xlsx/exceljsGrid';
import { SHEET_MARKER_NAME } from '../../src/core/port/marks';
import { annotatePackage, clearPackage } from '../../src/xlsx/patch';
import { FFLATE_CODEC } from '../../src/xlsx/patch/codec';
import { workbookPartOf } from '../../src/xlsx/patch/parts';
import { attribute, splice, withAttribute } from '../../src/xlsx/patch/xml';
import { ZipPackage } from '../../src/xlsx/patch/zipPackage';
import { simPort } from '../excel-sim/harness';
import { createSimHost } from '../excel-sim/host';
import { copySheet, type SimDocument } from '../excel-sim/state';
import {
  documentFromPackageBytes,
  packageFromDocument,
  workbookFromDocument,
} from '../excel-sim/xlsx';
import { looks, sheetNames, type CellLook } from './adapters';

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

/** The sheets holding marks, each with the name the user renames it to. */
function renames(marks: readonly { readonly sheet: string }[]): Map<string, string> {
  const sheets = [...new Set(marks.map((mark) => mark.sheet))];
  return new Map(sheets.map((sheet, i) => [sheet, `改名${i + 1}`]));
}

/** What the user saw before, under the sheets' new names. */
function renamedLooks(
  before: Record<string, CellLook>,
  names: ReadonlyMap<string, string>,
): Record<string, CellLook> {
  return Object.fromEntries(
    Object.entries(before).map(([at, look]) => {
      const bang = at.lastIndexOf('!');
      const sheet = at.slice(0, bang);
      return [`${names.get(sheet) ?? sheet}${at.slice(bang)}`, look];
    }),
  );
}

/** The user renames sheets on their tabs in Excel. */
async function renameInExcel(doc: SimDocument, names: ReadonlyMap<string, string>): Promise<void> {
  await createSimHost(doc).Excel.run(async (context) => {
    for (const [from, to] of names) context.workbook.worksheets.getItem(from).name = to;
    await context.sync();
  });
}

/** The sheets renamed in xl/workbook.xml, as any writer saves a renamed sheet. */
function renameInPackage(bytes: Uint8Array, names: ReadonlyMap<string, string>): Uint8Array {
  const pkg = new ZipPackage(bytes, FFLATE_CODEC);
  const part = workbookPartOf(pkg);
  let xml = pkg.text(part) ?? '';
  for (const tag of [...xml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].reverse()) {
    const to = names.get(attribute(tag[0], 'name') ?? '');
    const at = tag.index;
    if (to === undefined || at === undefined) continue;
    xml = splice(xml, at, at + tag[0].length, withAttribute(tag[0], 'name', to));
  }
  pkg.write(part, xml);
  return pkg.toBytes();
}

const hasMarker = (bytes: Uint8Array): boolean => {
  const pkg = new ZipPackage(bytes, FFLATE_CODEC);
  return (pkg.text(workbookPartOf(pkg)) ?? '').includes(SHEET_MARKER_NAME);
};

/** The sheet markers of a package: local sheet index → key. */
function markerKeys(bytes: Uint8Array): Map<number, string> {
  const pkg = new ZipPackage(bytes, FFLATE_CODEC);
  const xml = pkg.text(workbookPartOf(pkg)) ?? '';
  const keys = new Map<number, string>();
  const pattern = new RegExp(`<definedName name="${SHEET_MARKER_NAME}"[^>]*>([^<]*)<`, 'g');
  for (const [tag, value] of xml.matchAll(pattern)) {
    keys.set(Number(attribute(tag, 'localSheetId')), value);
  }
  return keys;
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
      const doc = await documentFromPackageBytes(marked.bytes);
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
      const doc = await documentFromPackageBytes(bytes);
      await reconcileWorkbook(simPort(doc).port);
      const marked = await packageFromDocument(doc);
      expect(looks(await load(marked))).not.toEqual(before);
      const cleared = await load(clearPackage(marked).bytes);
      expect(looks(cleared)).toEqual(before);
      expect(sheetNames(cleared)).toEqual(sheetNames(workbook));
    });

    it('marked by the command line, sheets renamed in Excel, cleared by the add-in', async () => {
      const workbook = await decorated(file);
      if (!workbook) return;
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
      const before = looks(await load(bytes));
      const reconciled = await reconcileBytes(file, bytes, OPTIONS);
      const names = renames(reconciled.marks);
      const marked = annotatePackage(bytes, {
        marks: reconciled.marks,
        summary: reconciled.summary,
      });
      const doc = await documentFromPackageBytes(marked.bytes);
      expect(doc.sheets.filter((s) => s.names?.length).map((s) => s.name)).toEqual([
        ...names.keys(),
      ]);
      await renameInExcel(doc, names);
      await clearWorkbook(simPort(doc).port);
      const cleared = workbookFromDocument(doc);
      expect(looks(cleared)).toEqual(renamedLooks(before, names));
      expect(sheetNames(cleared)).toEqual(sheetNames(workbook).map((n) => names.get(n) ?? n));
      expect(doc.sheets.flatMap((s) => s.names ?? [])).toEqual([]);
    });

    it('marked by the add-in, sheets renamed in the file, cleared by the command line', async () => {
      const workbook = await decorated(file);
      if (!workbook) return;
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
      const before = looks(await load(bytes));
      const doc = await documentFromPackageBytes(bytes);
      const result = await reconcileWorkbook(simPort(doc).port);
      const names = renames(result.marks);
      const marked = renameInPackage(await packageFromDocument(doc), names);
      expect(hasMarker(marked)).toBe(names.size > 0);
      const clearedBytes = clearPackage(marked).bytes;
      const cleared = await load(clearedBytes);
      expect(looks(cleared)).toEqual(renamedLooks(before, names));
      expect(sheetNames(cleared)).toEqual(sheetNames(workbook).map((n) => names.get(n) ?? n));
      expect(hasMarker(clearedBytes)).toBe(false);
    });
  },
);

describe('a visible sheet marker (hiding is not honoured by every Excel build)', () => {
  it('is read by the command line: marked by the add-in, renamed in the file, cleared', async () => {
    const workbook = await decorated(WORKBOOKS[0]);
    if (!workbook) throw new Error('the example has marks');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const before = looks(await load(bytes));
    const doc = await documentFromPackageBytes(bytes);
    const result = await reconcileWorkbook(simPort(doc).port);
    const names = renames(result.marks);
    for (const sheet of doc.sheets) for (const name of sheet.names ?? []) name.visible = true;
    const saved = await packageFromDocument(doc);
    const pkg = new ZipPackage(saved, FFLATE_CODEC);
    const markers = (pkg.text(workbookPartOf(pkg)) ?? '').match(/<definedName\b[^>]*>/g) ?? [];
    expect(markers).toEqual([`<definedName name="${SHEET_MARKER_NAME}" localSheetId="0">`]);
    const cleared = clearPackage(renameInPackage(saved, names));
    expect(cleared.restored).toBe(result.marks.length);
    expect(looks(await load(cleared.bytes))).toEqual(renamedLooks(before, names));
    expect(hasMarker(cleared.bytes)).toBe(false);
  });
});

describe('a copy of a marked sheet (Excel copies the sheet-scoped marker with it)', () => {
  it('the command line restores the original by its name, not the copy', async () => {
    const workbook = await decorated(WORKBOOKS[0]);
    if (!workbook) throw new Error('the example has marks');
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const before = looks(await load(bytes));
    const doc = await documentFromPackageBytes(bytes);
    const result = await reconcileWorkbook(simPort(doc).port);
    const sheet = result.marks[0].sheet;
    copySheet(doc, sheet, `${sheet} (2)`);
    const copied = looks(workbookFromDocument(doc));
    const cleared = looks(await load(clearPackage(await packageFromDocument(doc)).bytes));
    const ofSheet = (all: Record<string, CellLook>, name: string) =>
      Object.fromEntries(Object.entries(all).filter(([at]) => at.startsWith(`${name}!`)));
    expect(ofSheet(cleared, sheet)).toEqual(ofSheet(before, sheet));
    // The copy keeps what was copied: our highlights and notes, which no record describes.
    expect(ofSheet(cleared, `${sheet} (2)`)).toEqual(ofSheet(copied, `${sheet} (2)`));
  });
});

describe('a copy of a marked sheet, marked again by the command line', () => {
  it('gets a marker key of its own, so clearing after the copy is renamed restores it too', async () => {
    const bytes = new Uint8Array(await readFile(WORKBOOKS[0]));
    const first = await reconcileBytes('example.xlsx', bytes, OPTIONS);
    const marked = annotatePackage(bytes, first, { codec: FFLATE_CODEC }).bytes;
    const sheet = first.marks[0].sheet;
    const copy = `${sheet} (2)`;
    const doc = await documentFromPackageBytes(marked);
    copySheet(doc, sheet, copy);
    const withCopy = await packageFromDocument(doc);
    const again = await reconcileBytes('example.xlsx', withCopy, OPTIONS);
    expect(again.marks.map((mark) => mark.sheet)).toContain(copy);
    const remarked = annotatePackage(withCopy, again, { codec: FFLATE_CODEC }).bytes;
    const keys = markerKeys(remarked);
    expect(new Set(keys.values()).size).toBe(keys.size);
    const names = new Map([[copy, '复核用']]);
    const clearedRenamed = looks(await load(clearPackage(renameInPackage(remarked, names)).bytes));
    const cleared = looks(await load(clearPackage(remarked).bytes));
    expect(clearedRenamed).toEqual(renamedLooks(cleared, names));
  });
});
