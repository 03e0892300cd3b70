/**
 * `--out` for a binary .xls / .et: the annotated copy is a new .xlsx built from the workbook's
 * values (src/xlsx/legacyPackage.ts) and marked by the same package patcher as any .xlsx.
 */
import ExcelJS from 'exceljs';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CLI_TEXT } from '../../src/cli/text';
import type { Finding, Severity } from '../../src/core/model/finding';
import { MARK_FILL, REGISTRY_SHEET } from '../../src/core/port/marks';
import { readWorkbookGrid } from '../../src/xlsx/fast';
import { readLegacyWorkbookGrid } from '../../src/xlsx/legacy';
import { legacyToXlsxPackage } from '../../src/xlsx/legacyPackage';
import {
  EXAMPLE,
  FIXTURE_DIR,
  essentials,
  filesIn,
  readReport,
  runCli,
  spawnCli,
  tempDir,
} from '../support/cli';
import { convert, describeWithLibreOffice, pdfFillColours } from '../support/libreoffice';
import { lines } from '../support/hostile';
import {
  cellsOf,
  inSchemaOrder,
  notesOf,
  openPackage,
  partsWithoutContentType,
  rootChildren,
  unresolvedRelationships,
  WORKSHEET_ORDER,
} from '../xlsx/patch/packageView';
import { readSheets, workbookPartOf } from '../../src/xlsx/patch/parts';

const ROLLUP_XLS = path.join(FIXTURE_DIR, 'code-rollup.xls');

/** A copy of a fixture under the given name, alone in a new folder. */
function given(fixture: string, name: string): { folder: string; input: string } {
  const folder = tempDir();
  const input = path.join(folder, name);
  copyFileSync(fixture, input);
  return { folder, input };
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The most severe finding of each cell: the one whose colour the cell's mark takes. */
function markedCells(findings: readonly Finding[]): Map<string, Severity> {
  const out = new Map<string, Severity>();
  for (const finding of findings) {
    const key = `${finding.sheet}!${finding.cell}`;
    const before = out.get(key);
    if (before === undefined || RANK[finding.severity] < RANK[before]) {
      out.set(key, finding.severity);
    }
  }
  return out;
}

function noteOf(cell: ExcelJS.Cell): string {
  const note = cell.note;
  if (note === undefined) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((run) => run.text).join('');
}

describe('--out for an .xls / .et: a new annotated .xlsx', () => {
  it.each([
    ['code-rollup.xls', 'code-rollup.xls', 1, [['total-mismatch', 'C7']]],
    ['code-rollup.xls', '预算.et', 1, [['total-mismatch', 'C7']]],
    ['luosong-union-2022.xls', '芦淞.xls', 0, [['total-mismatch', 'D5']]],
  ])(
    '%s as %s — the findings and exit code of --json, the same values, the marks and the summary',
    async (fixture, name, code, cells) => {
      const { folder, input } = given(path.join(FIXTURE_DIR, fixture), name);
      const alone = path.join(folder, 'alone.json');
      const jsonRun = await runCli([input, '--json', alone]);
      const out = path.join(folder, '预算.annotated.xlsx');
      const json = path.join(folder, 'report.json');
      const outRun = await runCli([input, '--out', out, '--json', json]);

      expect([jsonRun.code, outRun.code]).toEqual([code, code]);
      expect(jsonRun.stderr).toBe('');
      expect(lines(outRun.stderr)).toEqual([CLI_TEXT['zh-CN'].legacyCopy(input)]);
      expect(outRun.stdout).toContain(`已写入标注副本：${out}`);
      const findings = readReport(json).findings;
      expect(findings).toEqual(readReport(alone).findings);
      expect(findings.map((f) => [f.rule, f.cell])).toEqual(cells);
      expect(filesIn(folder)).toEqual(
        [name, 'alone.json', 'report.json', '预算.annotated.xlsx'].sort(),
      );

      // Every cell of every sheet of the .xls, then the product's summary and registry sheets.
      const copy = readFileSync(out);
      const grid = readWorkbookGrid(copy);
      const legacy = readLegacyWorkbookGrid(readFileSync(input));
      expect(grid.sheets.slice(0, legacy.sheets.length)).toEqual(legacy.sheets);
      expect(grid.sheets.slice(legacy.sheets.length).map((s) => [s.name, s.visibility])).toEqual([
        ['对账摘要', 'visible'],
        [REGISTRY_SHEET, 'veryHidden'],
      ]);

      // Reconciled again, the copy gives the same findings.
      const again = path.join(folder, 'again.json');
      expect((await runCli([out, '--json', again])).code).toBe(code);
      expect(essentials(readReport(again).findings)).toEqual(essentials(findings));

      // The marked cells carry the product's fill and note (read by ExcelJS, another reader).
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(copy as unknown as ExcelJS.Buffer);
      for (const [key, severity] of markedCells(findings)) {
        const [sheet, address] = key.split('!');
        const cell = workbook.getWorksheet(sheet)!.getCell(address);
        expect(cell.fill).toMatchObject({
          pattern: 'solid',
          fgColor: { argb: `FF${MARK_FILL[severity]}` },
        });
        const forCell = findings.filter((f) => `${f.sheet}!${f.cell}` === key);
        expect(noteOf(cell)).toMatch(/^【对账】/);
        for (const finding of forCell) expect(noteOf(cell)).toContain(finding.message);
      }
    },
  );

  it('keeps the merged ranges and number formats of the .xls in the copy', async () => {
    const { folder, input } = given(path.join(FIXTURE_DIR, 'luosong-union-2022.xls'), '芦淞.xls');
    const out = path.join(folder, 'copy.xlsx');
    expect((await runCli([input, '--out', out])).code).toBe(0);
    const sheets = readWorkbookGrid(readFileSync(out)).sheets;
    expect(sheets.slice(0, 2).map((s) => s.merges)).toEqual([
      [{ top: 0, left: 0, bottom: 0, right: 4 }],
      [
        { top: 0, left: 0, bottom: 0, right: 8 },
        { top: 5, left: 0, bottom: 5, right: 2 },
      ],
    ]);
    expect(sheets[1].numFmts[3]).toEqual([
      '#,##0.00',
      undefined,
      undefined,
      '0',
      '#,##0.00',
      '#,##0.00',
      '#,##0.00',
      '#,##0.00',
    ]);
  });

  it('is a package Excel opens without a repair: content types, relationships, element order', async () => {
    const { folder, input } = given(ROLLUP_XLS, 'code-rollup.xls');
    const out = path.join(folder, 'copy.xlsx');
    expect((await runCli([input, '--out', out])).code).toBe(1);
    const copy = readFileSync(out);
    expect(partsWithoutContentType(copy)).toEqual([]);
    expect(unresolvedRelationships(copy)).toEqual([]);
    const pkg = openPackage(copy);
    for (const sheet of readSheets(pkg, workbookPartOf(pkg))) {
      const children = rootChildren(pkg.text(sheet.part ?? '') ?? '');
      expect([sheet.name, inSchemaOrder(children, WORKSHEET_ORDER)]).toEqual([sheet.name, true]);
    }
    expect(rootChildren(pkg.text('xl/worksheets/sheet1.xml') ?? '')).toContain('legacyDrawing');
  });

  it('says what was not kept in the language of the run, once', async () => {
    const { folder, input } = given(ROLLUP_XLS, 'budget.xls');
    const out = path.join(folder, 'copy.xlsx');
    const result = await runCli([input, '--out', out, '--lang', 'en-US']);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      `${input}: the annotated copy is a new .xlsx written from the values (number formats, merged cells, column widths and hidden sheets kept); formulas (only their results are kept), other formatting, notes, links, names, charts and macros of the original are not carried over. To keep them, save it as .xlsx in Excel or WPS first`,
    ]);
    const zh = await runCli([input, '--out', out]);
    expect(lines(zh.stderr)).toEqual([
      `${input}：标注副本按数值另存为新的 .xlsx（保留数值、数字格式、合并单元格、列宽和工作表的隐藏状态）；原文件中的公式（只留计算结果）、其他格式、批注、链接、名称、图表和宏未带入。如需保留，请先在 Excel 或 WPS 中另存为 .xlsx 再核对`,
    ]);
  });

  it.each(['copy.xls', 'copy.et', 'copy.xlsm', 'copy'])(
    '--out %s is refused with one line: the copy of an .xls is an .xlsx; nothing is written',
    async (target) => {
      const { folder, input } = given(ROLLUP_XLS, '预算.xls');
      const out = path.join(folder, target);
      const result = await runCli([input, '--out', out, '--json', path.join(folder, 'r.json')]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)).toEqual([
        `budget-reconcile: ${out}: 预算.xls is a binary .xls / .et workbook; its annotated copy is a new .xlsx, so --out must end in .xlsx`,
      ]);
      expect(filesIn(folder)).toEqual(['预算.xls']);
    },
  );

  it('an upper-case .XLSX name is an .xlsx name', async () => {
    const { folder, input } = given(ROLLUP_XLS, '预算.xls');
    expect((await runCli([input, '--out', path.join(folder, 'COPY.XLSX')])).code).toBe(1);
    expect(filesIn(folder)).toEqual(['COPY.XLSX', '预算.xls']);
  });
});

describe('clear and the copy of an .xls', () => {
  it('clears the annotated copy back to the values the .xls holds, without marks or notes', async () => {
    const { folder, input } = given(ROLLUP_XLS, '预算.xls');
    const out = path.join(folder, 'annotated.xlsx');
    expect((await runCli([input, '--out', out])).code).toBe(1);
    const cleared = path.join(folder, 'cleared.xlsx');
    const result = await runCli(['clear', out, '--out', cleared]);
    expect(result).toEqual({
      code: 0,
      stdout: `已清除 1 个标记单元格，写入：${cleared}\n`,
      stderr: '',
    });
    const back = readFileSync(cleared);
    const xls = readFileSync(input);
    expect(readWorkbookGrid(back)).toEqual(readLegacyWorkbookGrid(xls));
    const styles = (bytes: Uint8Array): Record<string, number> =>
      Object.fromEntries(Object.entries(cellsOf(bytes)).map(([key, cell]) => [key, cell.s]));
    expect(styles(back)).toEqual(styles(legacyToXlsxPackage(xls)));
    expect(cellsOf(readFileSync(out))['功能分类!C7'].s).not.toBe(0);
    expect(notesOf(back)).toEqual({});
  });

  it('clear given the .xls itself is refused with one line; nothing is written', async () => {
    const { folder, input } = given(ROLLUP_XLS, '预算.xls');
    const result = await runCli(['clear', input, '--out', path.join(folder, 'cleared.xlsx')]);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([
      `budget-reconcile: ${input}: a binary .xls / .et workbook carries no marks; clear the annotated .xlsx copy instead`,
    ]);
    expect(filesIn(folder)).toEqual(['预算.xls']);
  });
});

describe('folder mode with .xls / .et among .xlsx workbooks', () => {
  /** a.xlsx, b.xls, c.et, and d.xls beside d.xlsx (one stem: the second copy gets " (2)"). */
  function mixedFolder(): string {
    const folder = tempDir();
    copyFileSync(EXAMPLE, path.join(folder, 'a.xlsx'));
    copyFileSync(path.join(FIXTURE_DIR, 'code-rollup.xls'), path.join(folder, 'b.xls'));
    copyFileSync(path.join(FIXTURE_DIR, 'luosong-union-2022.xls'), path.join(folder, 'c.et'));
    copyFileSync(path.join(FIXTURE_DIR, 'code-rollup.xls'), path.join(folder, 'd.xls'));
    copyFileSync(path.join(FIXTURE_DIR, 'code-rollup.xlsx'), path.join(folder, 'd.xlsx'));
    return folder;
  }

  const LINES = [
    '✔ a.xlsx  0 处错误，1 处警告',
    '✖ b.xls  1 处错误，0 处警告',
    '✔ c.et  0 处错误，1 处警告',
    '✖ d.xls  1 处错误，0 处警告',
    '✖ d.xlsx  1 处错误，0 处警告',
    '共 5 个工作簿：2 个无错误，3 个有错误，0 个无法核对',
    '',
  ];
  const COPIES = [
    'a.annotated.xlsx',
    'b.annotated.xlsx',
    'c.annotated.xlsx',
    'd (2).annotated.xlsx',
    'd.annotated.xlsx',
  ];

  it('writes <name>.annotated.xlsx for each, with the findings of its --json run; one notice line', async () => {
    const folder = mixedFolder();
    const out = path.join(tempDir(), 'annotated');
    const reports = path.join(tempDir(), 'reports');
    const result = await runCli([folder, '--out', out, '--json', reports]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual(LINES);
    expect(lines(result.stderr)).toEqual([CLI_TEXT['zh-CN'].legacyCopies(3)]);
    expect(lines(result.stderr)).toEqual([
      '3 个 .xls / .et 工作簿：标注副本按数值另存为新的 .xlsx（保留数值、数字格式、合并单元格、列宽和工作表的隐藏状态）；原文件中的公式（只留计算结果）、其他格式、批注、链接、名称、图表和宏未带入。如需保留，请先在 Excel 或 WPS 中另存为 .xlsx 再核对',
    ]);
    expect(filesIn(out)).toEqual(COPIES);
    for (const [input, copy] of [
      ['b.xls', 'b.annotated.xlsx'],
      ['c.et', 'c.annotated.xlsx'],
      ['d.xls', 'd.annotated.xlsx'],
    ]) {
      const alone = path.join(tempDir(), 'alone.json');
      await runCli([path.join(folder, input), '--json', alone]);
      const fromCopy = path.join(tempDir(), 'copy.json');
      await runCli([path.join(out, copy), '--json', fromCopy]);
      expect([input, essentials(readReport(fromCopy).findings)]).toEqual([
        input,
        essentials(readReport(alone).findings),
      ]);
      const legacy = readLegacyWorkbookGrid(readFileSync(path.join(folder, input)));
      const grid = readWorkbookGrid(readFileSync(path.join(out, copy)));
      expect(grid.sheets.slice(0, legacy.sheets.length)).toEqual(legacy.sheets);
    }
    // The .xlsx beside an .xls of the same name is patched, not rebuilt: its own package.
    expect(
      readWorkbookGrid(readFileSync(path.join(out, 'd (2).annotated.xlsx'))).sheets[0],
    ).toEqual(readWorkbookGrid(readFileSync(path.join(folder, 'd.xlsx'))).sheets[0]);
    expect(filesIn(folder)).toEqual(['a.xlsx', 'b.xls', 'c.et', 'd.xls', 'd.xlsx']);
  });

  it('does the same on worker threads, in its own process (SheetJS loaded there on demand)', () => {
    const folder = mixedFolder();
    const out = path.join(tempDir(), 'annotated');
    const result = spawnCli([folder, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual(LINES);
    expect(lines(result.stderr)).toEqual([CLI_TEXT['zh-CN'].legacyCopies(3)]);
    expect(filesIn(out)).toEqual(COPIES);
  });

  it('a report-only folder run says nothing about copies', async () => {
    const result = await runCli([mixedFolder()]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual(LINES);
    expect(result.stderr).toBe('');
  });
});

describeWithLibreOffice('the copy of an .xls in LibreOffice Calc', () => {
  it('opens and prints to PDF with the error fill on the marked cell', async () => {
    const folder = tempDir();
    const input = path.join(folder, 'rollup.xls');
    copyFileSync(path.join(FIXTURE_DIR, 'code-rollup.xls'), input);
    const out = path.join(folder, 'annotated.xlsx');
    expect((await runCli([input, '--out', out])).code).toBe(1);
    const before = pdfFillColours(readFileSync(convert(input, 'pdf', folder)));
    const after = pdfFillColours(readFileSync(convert(out, 'pdf', folder)));
    expect(before.has(MARK_FILL.error)).toBe(false);
    expect(after.has(MARK_FILL.error)).toBe(true);
  }, 120_000);
});
