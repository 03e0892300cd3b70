import type { Finding } from '../model/finding';
import type { SheetRole } from '../model/roles';
import { maskDeep, maskIds } from './privacy';
import type { TableReport } from './tables';

/** One project's figures in the JSON report, decimal strings in 元 (null where not stated). */
export interface ProjectReport {
  readonly name: string;
  /** The year its disbursements (or its budget line) name; one entry per project and year. */
  readonly year?: number | null;
  readonly budget: string | null;
  readonly actual: string | null;
  readonly disbursed: string | null;
  readonly executionRate: string | null;
  readonly headcount: number | null;
  readonly perCapita: string | null;
  /** The funding split of what was paid, per source column (区财政资金 fiscal, 本级资金 not). */
  readonly funding?: readonly FundingReport[];
  readonly [extra: string]: unknown;
}

/** One funding source's share of a project, a decimal string in 元. */
export interface FundingReport {
  readonly source: string;
  readonly amount: string;
  readonly fiscal: boolean;
}

/** The `--json` report, schema version 1 (DESIGN.md). */
export interface JsonReport {
  readonly schemaVersion: 1;
  readonly workbook: string;
  /** Every sheet reconciled, with how each of its tables was read (`explain`). */
  readonly sheets: readonly {
    readonly name: string;
    readonly role: SheetRole;
    readonly tables?: readonly TableReport[];
  }[];
  readonly findings: readonly Finding[];
  readonly projects: readonly ProjectReport[];
}

export interface FindingCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

export function buildReport(
  workbook: string,
  result: {
    sheets: JsonReport['sheets'];
    findings: readonly Finding[];
    projects?: readonly ProjectReport[];
  },
): JsonReport {
  // The report is output: the workbook's and sheets' names are masked here, while marks and
  // navigation inside the workbook keep using the real names.
  return {
    schemaVersion: 1,
    workbook: maskIds(workbook),
    // Sheet names and every text of how their tables were read (header paths) masked.
    sheets: maskDeep(result.sheets),
    findings: result.findings.map((finding) => ({ ...finding, sheet: maskIds(finding.sheet) })),
    projects: result.projects ?? [],
  };
}
