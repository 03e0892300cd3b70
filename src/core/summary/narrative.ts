import { displayName } from '../detect/projects';
import type { Finding, Language } from '../model/finding';
import { UNITS, YUAN } from '../model/unit';
import type { Amount } from '../money/fen';
import { formatFen } from '../money/format';
import { divideHalfUp } from '../money/divide';
import { percentOf } from '../money/percent';
import { rowKey } from './overlay';
import { SUMMARY_MESSAGES, type FindingMention, type Money } from './messages';
import type { ProjectFigures, SummaryInput } from './types';

/** The closing sentence names this many errors (and rounding differences), then counts the rest. */
export const MAX_MENTIONS = 10;

/** A budget-sheet figure as the report states it: its own unit and shown decimals (15万元). */
function asStated(amount: Amount): Money {
  return { value: formatFen(amount.fen, amount.unit, amount.shownDecimals), unit: amount.unit };
}

/** A disbursement figure in 元: totals with two decimals (170400.00), parts as they are (300). */
function yuan(fen: number, decimals: number): string {
  return formatFen(fen, YUAN, decimals);
}

function projectParagraph(
  project: ProjectFigures,
  input: SummaryInput,
  language: Language,
): string {
  const messages = SUMMARY_MESSAGES[language];
  const { budget, actual } = project;
  let balance: Money | null = null;
  let overspent = false;
  if (budget && actual) {
    const fen = budget.fen - actual.fen;
    overspent = fen < 0;
    const decimals = Math.max(budget.shownDecimals, actual.shownDecimals);
    balance = { value: formatFen(Math.abs(fen), budget.unit, decimals), unit: budget.unit };
  }
  const rate =
    budget && actual && budget.fen !== 0 ? (percentOf(actual.fen, budget.fen) ?? null) : null;
  const sentences = [
    messages.project({
      name: project.name,
      year: input.year,
      budget: budget && asStated(budget),
      actual: actual && asStated(actual),
      balance,
      overspent,
      rate,
    }),
    ...project.lines.map((line) =>
      messages.line({
        project: project.name,
        group: line.group,
        headcount: line.headcount,
        standard: line.standard && yuan(line.standard.fen, 0),
        amount: yuan(line.amount.fen, 2),
        perCapita:
          line.standard === null && line.headcount
            ? yuan(Number(divideHalfUp(BigInt(line.amount.fen), BigInt(line.headcount))), 2)
            : null,
        funding: line.funding.map((part) => ({
          source: part.source,
          amount: yuan(part.amount.fen, 0),
        })),
      }),
    ),
  ];
  return sentences.join(language === 'zh-CN' ? '' : ' ');
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

function mentionOf(finding: Finding, input: SummaryInput): FindingMention {
  const unit = Object.values(UNITS).find((candidate) => candidate.zh === finding.unit);
  const figure = (value: string | null): Money | string | null =>
    value === null ? null : unit ? { value, unit } : value;
  // Figures are named only when both are numbers (not a duplicated ID against a count).
  const numeric = [finding.actual, finding.expected].every(
    (value) => value !== null && NUMBER.test(value),
  );
  return {
    rule: finding.rule,
    ref: { sheet: finding.sheet, cell: finding.cell },
    label: displayName(input.labels.get(rowKey(finding.sheet, finding.cell)) ?? ''),
    stated: numeric ? figure(finding.actual) : null,
    recomputed: numeric ? figure(finding.expected) : null,
  };
}

/** Rounding differences are the warnings that recomputed a figure; other warnings are notices. */
export function isRounding(finding: Finding): boolean {
  return finding.severity === 'warning' && finding.expected !== null && finding.actual !== null;
}

/**
 * The narrative, one string per paragraph: basic expenditure, one paragraph per project (its
 * budget, execution, balance and rate, then each disbursement line), and what was found.
 */
export function buildNarrative(input: SummaryInput, language: Language): string[] {
  const messages = SUMMARY_MESSAGES[language];
  const paragraphs: string[] = [];
  // The official tables open the narrative as the report's section 二 does; their 基本支出 and
  // its parts then need no paragraph of their own.
  if (input.official) paragraphs.push(messages.official(input.official));
  else if (input.basic) {
    const { label, total, parts } = input.basic;
    paragraphs.push(
      messages.basic(
        input.year,
        label,
        asStated(total),
        parts.map((part) => ({ label: part.label, amount: asStated(part.amount) })),
      ),
    );
  }
  for (const project of input.projects) paragraphs.push(projectParagraph(project, input, language));
  const errors = input.findings.filter((finding) => finding.severity === 'error');
  const roundings = input.findings.filter(isRounding);
  const notices = input.findings.filter(
    (finding) => finding.severity === 'warning' && !isRounding(finding),
  ).length;
  paragraphs.push(
    messages.closing({
      errors: errors.slice(0, MAX_MENTIONS).map((finding) => mentionOf(finding, input)),
      roundings: roundings.slice(0, MAX_MENTIONS).map((finding) => mentionOf(finding, input)),
      errorCount: errors.length,
      roundingCount: roundings.length,
      notices,
    }),
  );
  return paragraphs;
}
