import { detectWorkbook, ledgerOf, type RoleOverrides, type WorkbookModel } from './detect';
import { CannotReconcileError } from './errors';
import { evaluateFormulas } from './formula';
import { marksOf } from './findings/marks';
import { capCellText } from './findings/cellLimit';
import { maskIds } from './findings/privacy';
import { projectReports } from './findings/projects';
import { describeTable, type TableReport } from './findings/tables';
import type { ProjectReport } from './findings/report';
import type { Finding, Language } from './model/finding';
import type { WorkbookGrid } from './model/grid';
import type { SheetRole } from './model/roles';
import type { Mark } from './port/marks';
import type { CheckRow } from './model/check';
import { RULES, runRulesWithChecks, type Rule } from './rules';

export interface ReconcileOptions {
  /** Every difference is an error, rounding included. */
  readonly strict?: boolean;
  readonly language?: Language;
  /** Sheets the product wrote (summary, registry): never reconciled. */
  readonly ignoreSheets?: readonly string[];
  /** Per sheet name, the user's column-role choices (role → A1 of the header cell). */
  readonly overrides?: Readonly<Record<string, RoleOverrides>>;
  /**
   * The reference date (`YYYY-MM-DD`) birth dates in resident IDs must not be after. The core
   * never reads the clock: front ends pass today's date; absent, the future is not checked.
   */
  readonly today?: string;
  /** The rules to run; all of them unless a test narrows it. */
  readonly rules?: readonly Rule[];
}

export interface ReconcileResult {
  readonly model: WorkbookModel;
  readonly sheets: readonly {
    readonly name: string;
    readonly role: SheetRole;
    readonly tables: readonly TableReport[];
  }[];
  readonly findings: readonly Finding[];
  /** Every comparison the rules made, agreeing ones included: the reconciliation table. */
  readonly checks: readonly CheckRow[];
  readonly marks: readonly Mark[];
  /** Each project the disbursements name, with budget, execution and recipients (in 元). */
  readonly projects: readonly ProjectReport[];
}

const NO_TABLE: Record<Language, string> = {
  'zh-CN':
    '未找到预算表或发放明细表：表头中应有「预算数」「执行数」或「金额」「人数」「标准」等列名',
  'en-US':
    'no budget or disbursement sheet found: looked for headers such as 预算数 / 执行数 (Budget / Actual) or 金额 / 人数 / 标准 (Amount / Headcount / Rate)',
};

/** Every text field of a finding that could carry a resident ID, masked (first 6 + last 4). */
function maskFinding(finding: Finding): Finding {
  return {
    ...finding,
    message: capCellText(maskIds(finding.message)),
    related: finding.related.map(maskIds),
    expected: finding.expected && maskIds(finding.expected),
    actual: finding.actual && maskIds(finding.actual),
  };
}

/**
 * The whole reconciliation, pure and synchronous: detect sheets, columns and rows, run every
 * rule, and derive the marks to write. Throws CannotReconcileError when the workbook has no
 * budget or disbursement sheet.
 */
export function reconcile(grid: WorkbookGrid, options: ReconcileOptions = {}): ReconcileResult {
  const language = options.language ?? 'zh-CN';
  // Formulas saved without results get their figures first, so the totals they state are checked.
  const model = detectWorkbook(evaluateFormulas(grid), options);
  if (!model.sheets.some((sheet) => sheet.role === 'budget' || sheet.role === 'disbursement')) {
    throw new CannotReconcileError(NO_TABLE[language]);
  }
  const run = runRulesWithChecks(model, options.rules ?? RULES, {
    strict: options.strict ?? false,
    language,
    ...(options.today ? { today: options.today } : {}),
  });
  const findings = run.findings.map(maskFinding);
  return {
    model,
    sheets: model.sheets.map((sheet) => ({
      name: sheet.name,
      role: sheet.role,
      tables: sheet.tables.map(describeTable),
    })),
    findings,
    checks: run.checks,
    marks: marksOf(findings),
    projects: projectReports(ledgerOf(model)),
  };
}
