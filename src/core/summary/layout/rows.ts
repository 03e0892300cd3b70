import { capCellText } from '../../findings/cellLimit';
import { maskIds } from '../../findings/privacy';
import type { Finding, Severity } from '../../model/finding';
import type { SummaryMessages } from '../messages';
import { isRounding } from '../narrative';
import type { CheckRow, CheckStatus } from '../types';
import { wrappedLines } from './text';
import type { CellStyle, LayoutCell, LayoutRow } from './types';

/** 核对项目 | 单位 | 列示数 | 核算数 | 差额 | 结果 | 位置, in Excel character units. */
export const COLUMNS = [30, 8, 14, 14, 12, 10, 26] as const;
export const FULL_WIDTH = COLUMNS.reduce((total, width) => total + width, 0);
/** The findings' message spans the four columns right of 位置 | 级别 | 规则. */
export const MESSAGE_SPAN = 4;
const MESSAGE_WIDTH = COLUMNS.slice(3).reduce((total, width) => total + width, 0);

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

export const text = (value: string, style: CellStyle, span?: number): LayoutCell =>
  span ? { kind: 'text', text: value, style, span } : { kind: 'text', text: value, style };

export const wide = (value: string, style: CellStyle, lines?: number): LayoutRow => ({
  cells: [text(value, style, COLUMNS.length)],
  ...(lines ? { lines } : {}),
});

export const BLANK: LayoutRow = { cells: [] };

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
  // User text masked before it is joined (an ID in a label must not run into what follows).
  const label = maskIds(check.label);
  return label ? `${label} ${maskIds(what)}` : maskIds(what);
}

export function checkRow(check: CheckRow, messages: SummaryMessages): LayoutRow {
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

export function findingRow(finding: Finding, messages: SummaryMessages): LayoutRow {
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

export function headerRow(titles: readonly string[], spans: readonly number[] = []): LayoutRow {
  return { cells: titles.map((title, i) => text(title, 'tableHeader', spans[i])) };
}

/**
 * Resident IDs masked in every text the sheet shows (link targets keep the real sheet name),
 * and each text cut to Excel's cell limit.
 */
export function masked(row: LayoutRow): LayoutRow {
  return {
    ...row,
    cells: row.cells.map((cell) =>
      cell.kind === 'text' || cell.kind === 'link'
        ? { ...cell, text: capCellText(maskIds(cell.text)) }
        : cell,
    ),
  };
}
