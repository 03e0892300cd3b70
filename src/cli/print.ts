import type { JsonReport } from '../core/findings/report';
import { countFindings } from '../core/findings/report';
import type { Finding, Language, Severity } from '../core/model/finding';
import { maskIds } from '../core/findings/privacy';
import { CLI_TEXT } from './text';

const COLOUR: Readonly<Record<Severity, string>> = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  info: '\x1b[36m',
};
const RESET = '\x1b[0m';
const ICON: Readonly<Record<Severity, string>> = { error: '✖', warning: '⚠', info: 'ℹ' };

function paint(text: string, severity: Severity, colour: boolean): string {
  return colour ? `${COLOUR[severity]}${text}${RESET}` : text;
}

function line(finding: Finding, language: Language, colour: boolean): string {
  const label = `${ICON[finding.severity]} ${CLI_TEXT[language].severity[finding.severity]}`;
  return `  ${paint(label, finding.severity, colour)}  ${finding.cell.padEnd(6)} ${finding.rule}  ${finding.message}`;
}

/** Findings grouped by sheet, errors first within a sheet, then the count line. */
export function formatReport(report: JsonReport, language: Language, colour: boolean): string {
  const text = CLI_TEXT[language];
  const out: string[] = [];
  const sheets = report.sheets
    .map((sheet) => `${sheet.name}（${text.roles[sheet.role]}）`)
    .join('，');
  out.push(`${report.workbook} — ${text.sheets}: ${sheets}`);
  const order: Severity[] = ['error', 'warning', 'info'];
  for (const sheet of report.sheets) {
    const findings = report.findings.filter((finding) => finding.sheet === sheet.name);
    if (!findings.length) continue;
    out.push('', sheet.name);
    for (const severity of order) {
      for (const finding of findings)
        if (finding.severity === severity) out.push(line(finding, language, colour));
    }
  }
  const counts = countFindings(report.findings);
  out.push(
    '',
    report.findings.length
      ? text.totals(counts.error, counts.warning, counts.info)
      : text.noFindings,
  );
  return maskIds(out.join('\n')) + '\n';
}
