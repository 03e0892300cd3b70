import { reconcile } from '../../src/core/reconcile';
import type { Finding, Language } from '../../src/core/model/finding';
import { workbookGridOf } from '../../src/xlsx/exceljsGrid';
import { buildWorkbook, type WorkbookSpec } from './workbookSpec';

/** What the official-table tests assert of a finding. */
export type Essential = Pick<
  Finding,
  'rule' | 'severity' | 'sheet' | 'cell' | 'related' | 'expected' | 'actual'
>;

export function essentialOf(finding: Finding): Essential {
  const { rule, severity, sheet, cell, related, expected, actual } = finding;
  return { rule, severity, sheet, cell, related, expected, actual };
}

/** Reconciles a generated workbook as a real one (built by ExcelJS, read back as cells). */
export function findingsOfSpec(
  spec: WorkbookSpec,
  options: { language?: Language; strict?: boolean } = {},
): Finding[] {
  const grid = workbookGridOf(buildWorkbook(spec));
  return [...reconcile(grid, options).findings];
}

/** Every language and strictness a clean table must stay clean in. */
export const SETTINGS: ReadonlyArray<{ language: Language; strict: boolean }> = [
  { language: 'zh-CN', strict: false },
  { language: 'zh-CN', strict: true },
  { language: 'en-US', strict: false },
  { language: 'en-US', strict: true },
];
