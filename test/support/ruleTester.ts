import { detectWorkbook } from '../../src/core/detect';
import type { Finding, Language } from '../../src/core/model/finding';
import type { CellValue, SheetGrid } from '../../src/core/model/grid';
import { parseA1 } from '../../src/core/model/address';
import { runRules, type Rule } from '../../src/core/rules';

/** A sheet for a rule test: rows of cell values, optional number formats by A1 address. */
export interface GridSheet {
  readonly name?: string;
  readonly rows: ReadonlyArray<ReadonlyArray<CellValue | undefined>>;
  readonly formats?: Readonly<Record<string, string>>;
}

/** A grid literal as the core's SheetGrid, so rule tests read like the sheet an accountant sees. */
export function grid(sheet: GridSheet, index = 0): SheetGrid {
  const numFmts: (string | undefined)[][] = [];
  for (const [address, format] of Object.entries(sheet.formats ?? {})) {
    const { row, col } = parseA1(address);
    (numFmts[row] ??= [])[col] = format;
  }
  return {
    name: sheet.name ?? `Sheet${index + 1}`,
    visibility: 'visible',
    rows: sheet.rows.map((row) => row.map((value) => value ?? null)),
    numFmts,
    merges: [],
  };
}

/** The fields a rule test asserts; message text is checked separately where it matters. */
export type ExpectedFinding = Pick<Finding, 'rule' | 'severity' | 'cell'> &
  Partial<Pick<Finding, 'sheet' | 'related' | 'expected' | 'actual' | 'unit'>>;

export interface RuleCase {
  readonly name: string;
  readonly sheets: readonly GridSheet[];
  readonly strict?: boolean;
  readonly language?: Language;
  /** The reference date rules see (invalid-id: no birth after it), `YYYY-MM-DD`. */
  readonly today?: string;
}

export interface InvalidCase extends RuleCase {
  readonly findings: readonly ExpectedFinding[];
}

export function findingsOf(rule: Rule, testCase: RuleCase): Finding[] {
  const model = detectWorkbook({ sheets: testCase.sheets.map(grid) });
  return runRules(model, [rule], {
    strict: testCase.strict ?? false,
    language: testCase.language ?? 'zh-CN',
    today: testCase.today ?? '2023-03-31',
  });
}

function pick(finding: Finding, expected: ExpectedFinding): ExpectedFinding {
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(expected)) picked[key] = finding[key as keyof Finding];
  return picked as ExpectedFinding;
}

/**
 * ESLint's RuleTester, for reconciliation rules: `valid` cases must report nothing, `invalid`
 * cases exactly the listed findings, in order, no more and no fewer.
 */
export function ruleTester(
  rule: Rule,
  cases: { valid: readonly RuleCase[]; invalid: readonly InvalidCase[] },
): void {
  describe(rule.meta.name, () => {
    describe('valid', () => {
      for (const testCase of cases.valid) {
        it(testCase.name, () => {
          expect(findingsOf(rule, testCase)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        it(testCase.name, () => {
          const found = findingsOf(rule, testCase);
          expect(found.map((finding, i) => pick(finding, testCase.findings[i] ?? finding))).toEqual(
            testCase.findings,
          );
          for (const finding of found) expect(finding.rule).toBe(rule.meta.name);
        });
      }
    });
  });
}
