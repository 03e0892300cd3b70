import type { WorkbookModel } from '../detect/workbook';
import type { CheckRow } from '../model/check';
import { RULE_NAMES, type Finding, type Severity } from '../model/finding';
import { parseA1 } from '../model/address';
import { maskIds } from '../findings/privacy';
import type { MessageData, Report, Rule, RuleOptions } from './rule';

/** A rule list that names a rule twice or outside the contract is a programming error. */
export class RuleRegistryError extends Error {}

export function validateRules(rules: readonly Rule[]): void {
  const seen = new Set<string>();
  for (const rule of rules) {
    if (!(RULE_NAMES as readonly string[]).includes(rule.meta.name)) {
      throw new RuleRegistryError(`rule ${rule.meta.name} is not in the findings contract`);
    }
    if (seen.has(rule.meta.name))
      throw new RuleRegistryError(`rule ${rule.meta.name} is listed twice`);
    seen.add(rule.meta.name);
  }
}

/**
 * Fills `{name}` placeholders; an unknown name stays visible rather than vanishing. Each value is
 * masked before it enters the sentence (an ID next to a figure must not run into it).
 */
export function interpolate(template: string, data: MessageData): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in data ? maskIds(String(data[key])) : whole,
  );
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** What the rules found, and every comparison they made (agreeing ones included). */
export interface RuleRun {
  readonly findings: Finding[];
  readonly checks: CheckRow[];
}

/**
 * Runs the given rules over a detected workbook and returns the findings in reading order:
 * by sheet as the workbook orders them, then row, then column, then rule.
 */
export function runRules(
  workbook: WorkbookModel,
  rules: readonly Rule[],
  options: RuleOptions,
): Finding[] {
  return runRulesWithChecks(workbook, rules, options).findings;
}

/** Runs the rules and keeps, besides the findings, every comparison they recorded. */
export function runRulesWithChecks(
  workbook: WorkbookModel,
  rules: readonly Rule[],
  options: RuleOptions,
): RuleRun {
  validateRules(rules);
  const findings: Finding[] = [];
  const checks: CheckRow[] = [];
  const record = (check: CheckRow): void => void checks.push(check);
  for (const rule of rules) {
    const messages = rule.meta.messages[options.language];
    const report = (item: Report<string>): void => {
      const data: MessageData = {
        expected: item.expected ?? '',
        actual: item.actual ?? '',
        unit: item.unit ?? '',
        sheet: item.sheet.name,
        cell: item.cell,
        ...item.data,
      };
      findings.push({
        rule: rule.meta.name,
        severity: item.severity ?? rule.meta.severity,
        sheet: item.sheet.name,
        cell: item.cell,
        related: item.related ?? [],
        expected: item.expected ?? null,
        actual: item.actual ?? null,
        unit: item.unit ?? null,
        message: interpolate(messages[item.messageId], data),
      });
    };
    rule.check({ workbook, options, report, record });
  }
  const sheetOrder = new Map(workbook.sheets.map((sheet, index) => [sheet.name, index]));
  return { findings: findings.sort((a, b) => compareFindings(a, b, sheetOrder)), checks };
}

function compareFindings(a: Finding, b: Finding, sheetOrder: Map<string, number>): number {
  const bySheet = (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0);
  if (bySheet) return bySheet;
  const left = parseA1(a.cell);
  const right = parseA1(b.cell);
  return (
    left.row - right.row ||
    left.col - right.col ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.rule.localeCompare(b.rule)
  );
}
