/**
 * Deterministic roster workbooks for the benchmark: a budget sheet (单位：元; 项目 | 预算数 |
 * 执行数) and a disbursement roster of N recipients at 300 元 each, written by ExcelJS's
 * streaming writer, plus a copy re-zipped with sharedStrings.xml before the sheets (Excel's order).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'.split('');
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红'.split('');
const REGIONS = ['110105', '310104', '440106', '510107', '330106', '420111'];
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** A resident ID with a valid GB 11643 check digit, unique per index below 1 000 000. */
export function residentId(i: number): string {
  const block = Math.floor(i / 1000);
  const year = 1940 + (block % 60);
  const month = 1 + (Math.floor(block / 60) % 12);
  const day = 1 + (Math.floor(block / 720) % 28);
  const body =
    REGIONS[i % REGIONS.length] +
    String(year) +
    String(month).padStart(2, '0') +
    String(day).padStart(2, '0') +
    String(i % 1000).padStart(3, '0');
  let sum = 0;
  for (let k = 0; k < 17; k++) sum += Number(body[k]) * WEIGHTS[k];
  return body + CHECK[sum % 11];
}

function personName(i: number): string {
  return (
    SURNAMES[i % SURNAMES.length] +
    GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length] +
    GIVEN[Math.floor(i / (SURNAMES.length * GIVEN.length)) % GIVEN.length]
  );
}

export const AMOUNT = 300;

/** What sets a roster apart from the plain one. */
export type Variant = 'plain' | 'marked' | 'distinct';

/** Every few thousand rows a wrong check digit: marks spread through the whole sheet. */
const PLANT_EVERY = 4000;

function wrongCheckDigit(id: string): string {
  const right = id[17];
  return id.slice(0, 17) + (right === '0' ? '1' : '0');
}

/** 姓名, 身份证号 and 备注 nearly all distinct: some 300 000 distinct shared strings on 100 000 rows. */
function distinctName(i: number): string {
  return personName(i) + GIVEN[i % GIVEN.length] + String(i);
}

async function writeRoster(file: string, rows: number, variant: Variant = 'plain'): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const budget = workbook.addWorksheet('预算表');
  budget.addRow(['2023年两节慰问预算执行表']).commit();
  budget.addRow(['单位：元']).commit();
  budget.addRow(['项目', '预算数', '执行数']).commit();
  budget.addRow(['两节慰问', AMOUNT * rows, AMOUNT * rows]).commit();
  budget.addRow(['合计', AMOUNT * rows, AMOUNT * rows]).commit();
  budget.commit();
  const roster = workbook.addWorksheet('发放明细');
  roster.addRow(['序号', '姓名', '身份证号', '项目', '慰问对象', '金额', '备注']).commit();
  for (let i = 0; i < rows; i++) {
    const id = residentId(i);
    const planted = variant === 'marked' && i % PLANT_EVERY === PLANT_EVERY / 2;
    roster
      .addRow([
        i + 1,
        variant === 'distinct' ? distinctName(i) : personName(i),
        planted ? wrongCheckDigit(id) : id,
        '两节慰问',
        '困难职工',
        AMOUNT,
        variant === 'distinct' ? `第${i + 1}号 ${id.slice(-4)}签收` : i % 7 === 0 ? '已签收' : null,
      ])
      .commit();
  }
  roster.commit();
  await workbook.commit();
}

/** The same package with xl/sharedStrings.xml moved before every other part. */
export function sharedStringsFirst(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const ordered: Record<string, Uint8Array> = {};
  ordered['xl/sharedStrings.xml'] = parts['xl/sharedStrings.xml'];
  for (const [name, data] of Object.entries(parts)) if (!(name in ordered)) ordered[name] = data;
  return zipSync(ordered, { level: 6 });
}

export interface BenchFile {
  readonly rows: number;
  readonly order: 'exceljs' | 'excel';
  readonly variant: Variant;
  readonly file: string;
}

/** Writes the benchmark workbooks under `folder` unless they are there already. */
export async function ensureRosters(
  folder: string,
  sizes: readonly number[],
): Promise<BenchFile[]> {
  mkdirSync(folder, { recursive: true });
  const files: BenchFile[] = [];
  for (const rows of sizes) {
    const exceljsOrder = path.join(folder, `roster-${rows}.xlsx`);
    const excelOrder = path.join(folder, `roster-${rows}-sst-first.xlsx`);
    if (!existsSync(exceljsOrder)) await writeRoster(exceljsOrder, rows);
    if (!existsSync(excelOrder)) {
      writeFileSync(excelOrder, sharedStringsFirst(new Uint8Array(readFileSync(exceljsOrder))));
    }
    files.push(
      { rows, order: 'exceljs', variant: 'plain', file: exceljsOrder },
      { rows, order: 'excel', variant: 'plain', file: excelOrder },
    );
  }
  // The largest roster again with planted faults (marks through the sheet), and a roster of
  // mostly distinct strings (a large shared-string table).
  const largest = Math.max(...sizes);
  const marked = path.join(folder, `roster-${largest}-marked.xlsx`);
  if (!existsSync(marked)) await writeRoster(marked, largest, 'marked');
  files.push({ rows: largest, order: 'exceljs', variant: 'marked', file: marked });
  const distinctRows = Number(process.env.BENCH_DISTINCT_ROWS ?? 100000);
  const distinct = path.join(folder, `roster-${distinctRows}-distinct.xlsx`);
  if (!existsSync(distinct)) await writeRoster(distinct, distinctRows, 'distinct');
  files.push({ rows: distinctRows, order: 'exceljs', variant: 'distinct', file: distinct });
  return files;
}
