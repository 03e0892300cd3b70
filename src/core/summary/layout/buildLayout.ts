import { countFindings } from '../../findings/report';
import type { Finding, Language } from '../../model/finding';
import { SUMMARY_MESSAGES } from '../messages';
import { buildNarrative, isRounding } from '../narrative';
import type { CheckRow, SummaryInput } from '../types';
import { wrappedLines } from './text';
import {
  BLANK,
  checkRow,
  COLUMNS,
  findingRow,
  FULL_WIDTH,
  headerRow,
  masked,
  MESSAGE_SPAN,
  wide,
} from './rows';
import type { LayoutRow, SummaryLayout } from './types';

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
