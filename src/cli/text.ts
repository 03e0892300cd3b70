import type { Language, Severity } from '../core/model/finding';
import { LEGACY_COPY_NOTICE } from '../xlsx/legacyNotice';

type Texts = {
  readonly sheets: string;
  readonly roles: Readonly<Record<string, string>>;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly totals: (errors: number, warnings: number, infos: number) => string;
  readonly noFindings: string;
  readonly wrote: (what: string, file: string) => string;
  readonly folderLine: (errors: number, warnings: number) => string;
  readonly folderTotal: (
    files: number,
    clean: number,
    withErrors: number,
    failed: number,
  ) => string;
  readonly cleared: (cells: number, file: string) => string;
  /** Said once when an .xls / .et got its annotated copy as a new .xlsx (src/xlsx/legacyPackage.ts). */
  readonly legacyCopy: (file: string) => string;
  /** The same, once for a folder run, with how many workbooks it concerns. */
  readonly legacyCopies: (files: number) => string;
};

const ZH_LEGACY = LEGACY_COPY_NOTICE['zh-CN'];
const EN_LEGACY = LEGACY_COPY_NOTICE['en-US'];

export const CLI_TEXT: Readonly<Record<Language, Texts>> = {
  'zh-CN': {
    sheets: '工作表',
    roles: { budget: '预算表', disbursement: '发放明细', other: '其他' },
    severity: { error: '错误', warning: '警告', info: '提示' },
    totals: (e, w, i) => `共 ${e} 处错误，${w} 处警告，${i} 条提示`,
    noFindings: '未发现问题。',
    wrote: (what, file) => `已写入${what}：${file}`,
    folderLine: (e, w) => `${e} 处错误，${w} 处警告`,
    folderTotal: (n, ok, bad, failed) =>
      `共 ${n} 个工作簿：${ok} 个无错误，${bad} 个有错误，${failed} 个无法核对`,
    cleared: (cells, file) => `已清除 ${cells} 个标记单元格，写入：${file}`,
    legacyCopy: (file) => `${file}：${ZH_LEGACY}`,
    legacyCopies: (n) => `${n} 个 .xls / .et 工作簿：${ZH_LEGACY}`,
  },
  'en-US': {
    sheets: 'sheets',
    roles: { budget: 'budget', disbursement: 'disbursement', other: 'other' },
    severity: { error: 'error', warning: 'warning', info: 'info' },
    totals: (e, w, i) => `${e} error(s), ${w} warning(s), ${i} note(s)`,
    noFindings: 'No problems found.',
    wrote: (what, file) => `Wrote ${what}: ${file}`,
    folderLine: (e, w) => `${e} error(s), ${w} warning(s)`,
    folderTotal: (n, ok, bad, failed) =>
      `${n} workbook(s): ${ok} without errors, ${bad} with errors, ${failed} could not be reconciled`,
    cleared: (cells, file) => `Cleared ${cells} marked cell(s), wrote ${file}`,
    legacyCopy: (file) => `${file}: ${EN_LEGACY}`,
    legacyCopies: (n) => `${n} .xls / .et workbook(s): ${EN_LEGACY}`,
  },
};
