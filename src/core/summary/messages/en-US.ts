import type { Money, SummaryMessages } from './types';

const money = (amount: Money): string =>
  amount.unit.id === 'yuan' ? `${amount.value} yuan` : `${amount.value} (${amount.unit.en})`;
const figure = (value: Money | string | null): string =>
  value === null ? '' : typeof value === 'string' ? value : money(value);
const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** `a`, `a and b`, `a, b and c`. */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What a finding without figures says of its cell. */
const PROBLEMS: Readonly<Record<string, string>> = {
  'not-a-number': 'cannot be read as a number',
  'duplicate-recipient': 'paid more than once',
  'invalid-id': 'invalid resident ID',
  'unmatched-project': 'no matching budget line',
};

const RULE_LABELS: Readonly<Record<string, string>> = {
  'balance-mismatch': 'income vs spending',
  'budget-actual-mismatch': 'actual vs disbursed',
  'funding-split-mismatch': 'funding split',
  'headcount-mismatch': 'headcount vs roster',
  'over-budget': 'actual vs budget',
  'per-capita-mismatch': 'headcount × rate',
  'rate-mismatch': 'rate',
  'total-mismatch': 'total',
};

/** US English, the same statements as the Chinese text, figure for figure. */
export const enUS: SummaryMessages = {
  sheetName: 'Reconciliation Summary',
  title: 'Reconciliation Summary',
  counts: (errors, roundings, notices, infos) =>
    `${plural(errors, 'error')}, ${plural(roundings, 'rounding difference')}, ${notices ? `${plural(notices, 'other warning')}, ` : ''}${plural(infos, 'note')}`,
  narrativeHeading: '1. Overview',
  tableHeading: '2. Reconciliation',
  findingsHeading: '3. Findings',
  noFindings: 'No findings.',
  moreChecks: (n) => `${plural(n, 'more check')} agree and are not listed one by one.`,
  moreFindings: (n) =>
    `${plural(n, 'more finding')} not listed: see the JSON report or the cell notes.`,
  tableHeader: {
    item: 'Item',
    unit: 'Unit',
    stated: 'Stated',
    recomputed: 'Recomputed',
    difference: 'Difference',
    status: 'Status',
    location: 'Cell',
  },
  findingsHeader: { location: 'Cell', severity: 'Severity', rule: 'Rule', message: 'Message' },
  status: { equal: 'agrees', rounding: 'rounding', mismatch: 'mismatch' },
  severity: { error: 'error', warning: 'warning', info: 'note' },
  measure: {
    perCapita: 'headcount × rate',
    funding: 'funding split',
    rule: (rule) => RULE_LABELS[rule] ?? rule,
  },
  countUnit: 'persons',
  unitName: (unit) => unit.en,
  location: (ref) => `${ref.sheet}!${ref.cell}`,
  basic: (year, label, total, parts) =>
    `${year ? `In ${year}, ` : ''}${label} came to ${money(total)}, of which ${list(
      parts.map((part) => `${part.label} ${money(part.amount)}`),
    )}.`,
  official: (s) => {
    const whole: string[] = [];
    if (s.income) whole.push(`income of ${money(s.income)}`);
    if (s.spending) whole.push(`spending of ${money(s.spending)}`);
    const spent: string[] = [];
    if (s.project) spent.push(`project expenditure ${money(s.project)}`);
    if (s.basic) spent.push(`basic expenditure ${money(s.basic)}`);
    const basic: string[] = [];
    if (s.personnel) basic.push(`personnel ${money(s.personnel)}`);
    if (s.operating) basic.push(`operating ${money(s.operating)}`);
    const head = `${s.year ? `In ${s.year}, the` : 'The'} unit's general public budget appropriations`;
    return `${head} came to ${[
      list(whole),
      spent.length ? `of which ${list(spent)}` : '',
      basic.length ? `of which ${list(basic)}` : '',
    ]
      .filter(Boolean)
      .join('; ')}.`;
  },
  project: (s) => {
    let text = '';
    if (s.budget && s.actual) {
      text = `special funds of ${money(s.budget)} were received and ${money(s.actual)} spent`;
    } else if (s.budget) {
      text = `special funds of ${money(s.budget)} were received`;
    } else if (s.actual) {
      text = `${money(s.actual)} was spent`;
    }
    if (s.balance) {
      text += s.overspent
        ? `, overspending by ${money(s.balance)}`
        : `, leaving a balance of ${money(s.balance)}`;
    }
    if (s.rate !== null) text += `; the budget execution rate was ${s.rate}%`;
    if (!text) return `${s.name}:`;
    return `${s.name}: ${s.year ? `in ${s.year}, ` : ''}${text}.`;
  },
  line: (s) => {
    const split = s.funding.length
      ? ` (of which ${list(s.funding.map((part) => `${part.source} ${part.amount} yuan`))})`
      : '';
    const who =
      s.headcount === null
        ? s.group || 'Recipients'
        : `${s.headcount} ${s.group || (s.headcount === 1 ? 'person' : 'people')}`;
    const each = s.standard === null ? '' : `${s.standard} yuan each, `;
    const average = s.perCapita === null ? '' : `, ${s.perCapita} yuan per person`;
    return `${who} received ${each}${s.amount} yuan in all${split}${average}.`;
  },
  closing: ({ errors, roundings, errorCount, roundingCount, notices }) => {
    if (!errorCount && !roundingCount && !notices) {
      return 'On checking, no rounding differences or errors were found.';
    }
    const mention = (m: (typeof errors)[number]): string =>
      `${m.ref.sheet}!${m.ref.cell}${m.label ? ` (${m.label})` : ''}` +
      (m.stated !== null && m.recomputed !== null
        ? ` states ${figure(m.stated)}, recomputed ${figure(m.recomputed)}`
        : PROBLEMS[m.rule]
          ? `: ${PROBLEMS[m.rule]}`
          : '');
    const more = (shown: number, count: number): string =>
      shown < count ? `; and ${count - shown} more` : '';
    let text = `On checking, ${plural(roundingCount, 'rounding difference')} and ${plural(errorCount, 'error')} were found${notices ? `, besides ${plural(notices, 'other warning')}` : ''}.`;
    if (errors.length)
      text += ` Errors: ${errors.map(mention).join('; ')}${more(errors.length, errorCount)}.`;
    if (roundings.length)
      text += ` Rounding differences: ${roundings.map(mention).join('; ')}${more(roundings.length, roundingCount)}.`;
    return text;
  },
};
