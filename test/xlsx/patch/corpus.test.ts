import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { reconcileBytes } from '../../../src/cli/reconcileInWorker';
import { MARK_FILL } from '../../../src/core/port/marks';
import { runCli, tempDir } from '../../support/cli';
import { ALL_FEATURES, buildCorpusWorkbook, type CorpusSpec } from './corpus';
import {
  cellsOf,
  changedEntries,
  danglingOverrides,
  inflatesCleanly,
  inSchemaOrder,
  noteText,
  notesOf,
  openPackage,
  partNames,
  partsWithoutContentType,
  rootChildren,
  STYLES_ORDER,
  unresolvedRelationships,
  vmlShapeIds,
  WORKBOOK_ORDER,
  WORKSHEET_ORDER,
} from './packageView';

/** The parts DESIGN.md "Non-destructive" lets the product rewrite on this corpus. */
const REWRITABLE = new Set([
  '[Content_Types].xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/worksheets/sheet1.xml',
  'xl/worksheets/_rels/sheet1.xml.rels',
  'xl/comments1.xml',
  'xl/drawings/vmlDrawing1.vml',
]);

const CASES: readonly [string, CorpusSpec][] = [
  ['every feature', { features: ALL_FEATURES.filter((f) => f !== 'vba') }],
  [
    'every feature, x:-prefixed',
    { features: ALL_FEATURES.filter((f) => f !== 'vba'), prefixed: true },
  ],
  ['a macro-enabled workbook (.xlsm)', { features: ['vba', 'chart', 'names', 'custom'] }],
  ['chart, image and pivot table, no notes', { features: ['chart', 'image', 'pivot', 'frozen'] }],
  ['notes and a threaded comment only', { features: ['notes', 'threaded'] }],
  ['nothing but the table', { features: [] }],
];

const TODAY = { language: 'zh-CN' as const, strict: false, today: '2026-01-01', summary: false };

async function findings(bytes: Uint8Array): Promise<unknown> {
  return (await reconcileBytes('x', bytes, TODAY)).findings;
}

describe.each(CASES)('--out on %s', (_name, spec) => {
  const folder = tempDir();
  const { bytes, extension } = buildCorpusWorkbook(spec);
  const input = path.join(folder, `input${extension}`);
  const out = path.join(folder, `annotated${extension}`);
  const cleared = path.join(folder, `cleared${extension}`);
  writeFileSync(input, bytes);
  let annotated: Uint8Array;
  let restored: Uint8Array;

  beforeAll(async () => {
    const first = await runCli([input, '--out', out]);
    expect([first.code, first.stderr]).toEqual([1, '']);
    annotated = readFileSync(out);
    const second = await runCli(['clear', out, '--out', cleared]);
    expect([second.code, second.stderr]).toEqual([0, '']);
    restored = readFileSync(cleared);
  });

  it('keeps every part it has no reason to change byte for byte (compressed bytes and CRC)', () => {
    const changed = changedEntries(bytes, annotated);
    expect(changed.filter((name) => !REWRITABLE.has(name))).toEqual([]);
    expect(changed).toContain('xl/worksheets/sheet1.xml');
    // Every input part is still there; the product's two sheets are new.
    const added = partNames(annotated).filter((name) => !partNames(bytes).includes(name));
    expect(
      added.filter(
        (name) =>
          !/^xl\/(worksheets\/sheet\d+\.xml|comments\d+\.xml|drawings\/vmlDrawing\d+\.vml|worksheets\/_rels\/sheet1\.xml\.rels)$/.test(
            name,
          ),
      ),
    ).toEqual([]);
    expect(added.filter((name) => name.startsWith('xl/worksheets/sheet'))).toHaveLength(2);
    expect(inflatesCleanly(annotated)).toBe(true);
  });

  it('reads back the same findings, and the user’s notes are kept', async () => {
    const found = await findings(bytes);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: '预算执行表',
          cell: 'C5',
          expected: '161.86',
          actual: '161.70',
        }),
      ]),
    );
    expect(await findings(annotated)).toEqual(found);
    const before = notesOf(bytes);
    const after = notesOf(annotated);
    // An unmarked cell's note is untouched; on the marked cell the product's text is below the user's.
    for (const [cell, comment] of Object.entries(before)) {
      if (cell !== '预算执行表!C5') expect(after[cell]).toBe(comment);
    }
    const c5 = noteText(after['预算执行表!C5']);
    if (before['预算执行表!C5'])
      expect(c5.startsWith('张三:\n请复核此数\n【对账】「基本支出」')).toBe(true);
    else expect(c5.startsWith('【对账】「基本支出」')).toBe(true);
    expect(cellsOf(annotated)['预算执行表!C5'].s).not.toBe(cellsOf(bytes)['预算执行表!C5'].s);
  });

  it('is structurally sound: schema order, unique VML ids, content types, relationships', () => {
    const pkg = openPackage(annotated);
    for (const part of [
      'xl/worksheets/sheet1.xml',
      ...partNames(annotated).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)),
    ]) {
      expect([part, inSchemaOrder(rootChildren(pkg.text(part) ?? ''), WORKSHEET_ORDER)]).toEqual([
        part,
        true,
      ]);
    }
    expect(inSchemaOrder(rootChildren(pkg.text('xl/workbook.xml') ?? ''), WORKBOOK_ORDER)).toBe(
      true,
    );
    expect(inSchemaOrder(rootChildren(pkg.text('xl/styles.xml') ?? ''), STYLES_ORDER)).toBe(true);
    const ids = vmlShapeIds(annotated);
    expect(new Set(ids).size).toBe(ids.length);
    expect(partsWithoutContentType(annotated)).toEqual([]);
    expect(danglingOverrides(annotated)).toEqual([]);
    expect(unresolvedRelationships(annotated)).toEqual([]);
    // The workbook's content type (macro-enabled or not) is the input's.
    expect(
      /PartName="\/xl\/workbook.xml" ContentType="([^"]+)"/.exec(
        pkg.text('[Content_Types].xml') ?? '',
      )?.[1],
    ).toBe(
      /PartName="\/xl\/workbook.xml" ContentType="([^"]+)"/.exec(
        openPackage(bytes).text('[Content_Types].xml') ?? '',
      )?.[1],
    );
  });

  it('clear gives back every cell’s value, style index and note, and the same parts', () => {
    expect(cellsOf(restored)).toEqual(cellsOf(bytes));
    expect(notesOf(restored)).toEqual(notesOf(bytes));
    expect(partNames(restored)).toEqual(partNames(bytes));
    // Only the parts carrying marks were rewritten; the rest are still the input's bytes.
    expect(changedEntries(bytes, restored).filter((name) => !REWRITABLE.has(name))).toEqual([]);
  });

  it('reads back through ExcelJS, an independent reader, where ExcelJS can load the package', async () => {
    if (spec.features.some((f) => ['chart', 'image', 'pivot'].includes(f))) return;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(annotated) as unknown as ExcelJS.Buffer);
    const c5 = workbook.getWorksheet('预算执行表')!.getCell('C5');
    expect(c5.value).toBe(161.7);
    expect(c5.fill).toMatchObject({ pattern: 'solid', fgColor: { argb: `FF${MARK_FILL.error}` } });
    const note = c5.note;
    const text = typeof note === 'string' ? note : (note.texts ?? []).map((r) => r.text).join('');
    expect(text).toContain('【对账】「基本支出」');
    // ExcelJS itself leaves out 说明, whose part is not named sheetN.xml (the fast reader reads it).
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['预算执行表', 'visible'],
      ['对账摘要', 'visible'],
      ['_budget_reconciler_marks', 'veryHidden'],
    ]);
  });

  it('running twice gives the same package as running once', async () => {
    const again = path.join(folder, `again${extension}`);
    expect((await runCli([out, '--out', again])).code).toBe(1);
    expect(readFileSync(again)).toEqual(readFileSync(out));
  });
});

describe('.xlsm', () => {
  it('refuses an --out that does not end in .xlsm, in one line, writing nothing', async () => {
    const folder = tempDir();
    const input = path.join(folder, 'macro.xlsm');
    writeFileSync(input, buildCorpusWorkbook({ features: ['vba'] }).bytes);
    const result = await runCli([input, '--out', path.join(folder, 'copy.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /copy\.xlsx: macro\.xlsm holds macros; the annotated copy must end in \.xlsm too/,
    );
    expect(partNames(readFileSync(input))).toContain('xl/vbaProject.bin');
  });
});
