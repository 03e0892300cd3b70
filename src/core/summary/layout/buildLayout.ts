import { maskIds } from '../../findings/privacy';
import { countFindings } from '../../findings/report';
import type { Finding, Language, Severity } from '../../model/finding';
import { SUMMARY_MESSAGES, type SummaryMessages } from '../messages';
import { buildNarrative, isRounding } from '../narrative';
import type { CheckRow, CheckStatus, SummaryInput } from '../types';
import { wrappedLines } from './text';
import type { CellStyle, LayoutCell, LayoutRow, SummaryLayout } from './types';

/** 核对项目 | 单位 | 列示数 | 核算数 | 差额 | 结果 | 位置, in Excel character units. */
const COLUMNS = [30, 8, 14, 14, 12, 10, 26] as const;
const FULL_WIDTH = COLUMNS.reduce((total, width) => total + width, 0);
/** The findings' message spans the four columns right of 位置 | 级别 | 规则. */
const MESSAGE_SPAN = 4;
const MESSAGE_WIDTH = COLUMNS.slice(3).reduce((total, width) => total + width, 0);

/** Agreeing checks listed one by one; the rest are counted (a roster can have thousands). */
export const MAX_AGREEING_ROWS = 200;
/** Findings listed one by one, errors and warnings first; every one is in the cell notes. */
export const MAX_FINDING_ROWS = 1000;

/** The checks to list: every one that differs, and the first agreeing ones. */
function listedChecks(checks: readonly CheckRow[]): CheckRow[] {
  let agreeing = 0;
  return checks.filter((check) => check.status !== 'equal' || agreeing++ < MAX_AGREEING_ROWS);
}

/** The findings to list, in reading order: errors and warnings first, then notes, up to the cap. */
function listedFindings(findings: readonly Finding[]): Finding[] {
  const keep = new Set(
    [
      ...findings.filter((f) => f.severity !== 'info'),
      ...findings.filter((f) => f.severity === 'info'),
    ].slice(0, MAX_FINDING_ROWS),
  );
  return findings.filter((finding) => keep.has(finding));
}

const STATUS_STYLE: Readonly<Record<CheckStatus, CellStyle>> = {
  equal: 'ok',
  rounding: 'warning',
  mismatch: 'error',
};

const SEVERITY_STYLE: Readonly<Record<Severity, CellStyle>> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
};

const text = (value: string, style: CellStyle, span?: number): LayoutCell =>
  span ? { kind: 'text', text: value, style, span } : { kind: 'text', text: value, style };

const wide = (value: string, style: CellStyle, lines?: number): LayoutRow => ({
  cells: [text(value, style, COLUMNS.length)],
  ...(lines ? { lines } : {}),
});

const BLANK: LayoutRow = { cells: [] };

/** `#,##0.00` for two shown decimals, `#,##0` for none. */
function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

function number(value: string, decimals: number): LayoutCell {
  if (!value) return { kind: 'empty' };
  return { kind: 'number', value, format: numberFormat(decimals), style: 'cell' };
}

function itemOf(check: CheckRow, messages: SummaryMessages): string {
  const { measure } = check;
  const what =
    measure.kind === 'column'
      ? measure.header
      : measure.kind === 'perCapita'
        ? messages.measure.perCapita
        : measure.kind === 'funding'
          ? messages.measure.funding
          : messages.measure.rule(measure.rule);
  return check.label ? `${check.label} ${what}` : what;
}

function checkRow(check: CheckRow, messages: SummaryMessages): LayoutRow {
  const item = itemOf(check, messages);
  return {
    cells: [
      text(item, 'cell'),
      text(check.unit ? messages.unitName(check.unit) : messages.countUnit, 'cell'),
      number(check.stated, check.decimals),
      number(check.recomputed, check.decimals),
      number(check.difference, check.decimals),
      text(messages.status[check.status], STATUS_STYLE[check.status]),
      { kind: 'link', text: messages.location(check.ref), target: check.ref, style: 'link' },
    ],
    lines: wrappedLines(item, COLUMNS[0]),
  };
}

function findingRow(finding: Finding, messages: SummaryMessages): LayoutRow {
  const ref = { sheet: finding.sheet, cell: finding.cell };
  const severity =
    finding.severity === 'warning' && isRounding(finding)
      ? messages.status.rounding
      : messages.severity[finding.severity];
  return {
    cells: [
      { kind: 'link', text: messages.location(ref), target: ref, style: 'link' },
      text(severity, SEVERITY_STYLE[finding.severity]),
      text(finding.rule, 'cell'),
      text(finding.message, 'cell', MESSAGE_SPAN),
    ],
    lines: wrappedLines(finding.message, MESSAGE_WIDTH),
  };
}

function headerRow(titles: readonly string[], spans: readonly number[] = []): LayoutRow {
  return { cells: titles.map((title, i) => text(title, 'tableHeader', spans[i])) };
}

/** Resident IDs masked in every text the sheet shows (link targets keep the real sheet name). */
function masked(row: LayoutRow): LayoutRow {
  return {
    ...row,
    cells: row.cells.map((cell) =>
      cell.kind === 'text' || cell.kind === 'link' ? { ...cell, text: maskIds(cell.text) } : cell,
    ),
  };
}

/**
 * The summary sheet: title and counts, the narrative, the reconciliation table (every check,
 * linked to the cell that states the figure), then the findings.
 */
export function buildSummaryLayout(input: SummaryInput, language: Language): SummaryLayout {
  const messages = SUMMARY_MESSAGES[language];
  const counts = countFindings(input.findings);
  const roundings = input.findings.filter(isRounding).length;
  const h = messages.tableHeader;
  const checks = listedChecks(input.checks);
  const findings = listedFindings(input.findings);
  const omittedChecks = input.checks.length - checks.length;
  const omittedFindings = input.findings.length - findings.length;
  const f = messages.findingsHeader;
  const rows: LayoutRow[] = [
    wide(messages.title, 'title', 2),
    wide(
      messages.counts(counts.error, roundings, counts.warning - roundings, counts.info),
      'subtitle',
    ),
    BLANK,
    wide(messages.narrativeHeading, 'heading'),
    ...buildNarrative(input, language).map((paragraph) =>
      wide(paragraph, 'paragraph', wrappedLines(paragraph, FULL_WIDTH)),
    ),
    BLANK,
    wide(messages.tableHeading, 'heading'),
    headerRow([h.item, h.unit, h.stated, h.recomputed, h.difference, h.status, h.location]),
    ...checks.map((check) => checkRow(check, messages)),
    ...(omittedChecks ? [wide(messages.moreChecks(omittedChecks), 'subtitle')] : []),
    BLANK,
    wide(messages.findingsHeading, 'heading'),
    ...(input.findings.length
      ? [
          headerRow([f.location, f.severity, f.rule, f.message], [1, 1, 1, MESSAGE_SPAN]),
          ...findings.map((finding) => findingRow(finding, messages)),
          ...(omittedFindings ? [wide(messages.moreFindings(omittedFindings), 'subtitle')] : []),
        ]
      : [wide(messages.noFindings, 'paragraph')]),
  ];
  return {
    language,
    sheetName: messages.sheetName,
    columns: [...COLUMNS],
    rows: rows.map(masked),
    // One page wide, so the table is never cut between pages.
    page: { orientation: 'landscape', fitToPagesWide: 1 },
  };
}
