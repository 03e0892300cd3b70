import type { Money, SummaryMessages } from './types';

const money = (amount: Money): string => `${amount.value}${amount.unit.zh}`;
const figure = (value: Money | string | null): string =>
  value === null ? '' : typeof value === 'string' ? value : money(value);

/** What a finding without figures says of its cell. */
const PROBLEMS: Readonly<Record<string, string>> = {
  'not-a-number': '无法识别为数字',
  'duplicate-recipient': '重复发放',
  'invalid-id': '身份证号无效',
  'unmatched-project': '未找到对应预算项目',
};

const RULE_LABELS: Readonly<Record<string, string>> = {
  'balance-mismatch': '收支平衡',
  'budget-actual-mismatch': '执行数与发放数',
  'funding-split-mismatch': '资金来源合计',
  'headcount-mismatch': '人数与名单',
  'over-budget': '执行数与预算数',
  'per-capita-mismatch': '人数×标准',
  'rate-mismatch': '比率',
  'total-mismatch': '合计',
};

/** 简体中文：与绩效自评报告的行文一致（「2022年共收到专项资金15万元……」）。 */
export const zhCN: SummaryMessages = {
  sheetName: '对账摘要',
  title: '对账摘要',
  counts: (errors, roundings, notices, infos) =>
    `共 ${errors} 处错误，${roundings} 处尾差，${notices ? `${notices} 处其他警告，` : ''}${infos} 条提示`,
  narrativeHeading: '一、情况说明',
  tableHeading: '二、核对明细',
  findingsHeading: '三、发现的问题',
  noFindings: '未发现问题。',
  moreChecks: (n) => `另有 ${n} 项核对相符，未逐项列出。`,
  moreFindings: (n) => `另有 ${n} 条未列出，详见 JSON 报告或各单元格批注。`,
  tableHeader: {
    item: '核对项目',
    unit: '单位',
    stated: '列示数',
    recomputed: '核算数',
    difference: '差额',
    status: '结果',
    location: '位置',
  },
  findingsHeader: { location: '位置', severity: '级别', rule: '规则', message: '说明' },
  status: { equal: '相符', rounding: '尾差', mismatch: '不符' },
  severity: { error: '错误', warning: '警告', info: '提示' },
  measure: {
    perCapita: '人数×标准',
    funding: '资金来源合计',
    rule: (rule) => RULE_LABELS[rule] ?? rule,
  },
  countUnit: '人',
  unitName: (unit) => unit.zh,
  location: (ref) => `${ref.sheet}!${ref.cell}`,
  basic: (year, label, total, parts) =>
    `${year ? `${year}年度` : ''}${label}${money(total)}，其中：${parts
      .map((part) => `${part.label}${money(part.amount)}`)
      .join('，')}。`,
  official: (s) => {
    const whole: string[] = [];
    if (s.income) whole.push(`收入${money(s.income)}`);
    if (s.spending) whole.push(`支出${money(s.spending)}`);
    const spent: string[] = [];
    if (s.project) spent.push(`项目支出${money(s.project)}`);
    if (s.basic) spent.push(`基本支出${money(s.basic)}`);
    const basic: string[] = [];
    if (s.personnel) basic.push(`人员经费${money(s.personnel)}`);
    if (s.operating) basic.push(`公用经费${money(s.operating)}`);
    const head = `${s.year ? `${s.year}年度` : ''}单位一般公共预算财政拨款`;
    return `${head}${[
      whole.join('，'),
      spent.length ? `其中：${spent.join('，')}` : '',
      basic.length ? `其中：${basic.join('，')}` : '',
    ]
      .filter(Boolean)
      .join('，')}。`;
  },
  project: (s) => {
    const clauses: string[] = [];
    if (s.budget) clauses.push(`共收到专项资金${money(s.budget)}`);
    if (s.actual) clauses.push(`${s.budget ? '' : '共'}支出${money(s.actual)}`);
    if (s.balance) clauses.push(`${s.overspent ? '超支' : '结余'}${money(s.balance)}`);
    if (s.rate !== null) clauses.push(`预算执行率${s.rate}%`);
    const name = /(项目|专项|资金)$/.test(s.name) ? s.name : `${s.name}项目`;
    if (!clauses.length) return `${name}：`;
    return `${name}：${s.year ? `${s.year}年` : ''}${clauses.join('，')}。`;
  },
  line: (s) => {
    const verb = /慰问/.test(s.project) ? '慰问' : '补助';
    const split = s.funding.length
      ? `（其中${s.funding.map((part) => `${part.source}${part.amount}元`).join('，')}）`
      : '';
    if (s.headcount === null) {
      return `${s.group ? `${verb}${s.group}` : '发放资金'}共计${s.amount}元${split}。`;
    }
    const who = s.group ? `${s.group}${s.headcount}名` : `${s.headcount}人`;
    const rate = s.standard === null ? '' : `以每人${s.standard}元的标准`;
    const average = s.perCapita === null ? '' : `，人均${s.perCapita}元`;
    return `${rate}${verb}${who}，共计${s.amount}元${split}${average}。`;
  },
  closing: ({ errors, roundings, errorCount, roundingCount, notices }) => {
    if (!errorCount && !roundingCount && !notices) return '经核对，未发现尾差或错误。';
    const mention = (m: (typeof errors)[number]): string =>
      `「${m.ref.sheet}」${m.ref.cell}单元格${m.label ? `（${m.label}）` : ''}` +
      (m.stated !== null && m.recomputed !== null
        ? `列示${figure(m.stated)}，核算为${figure(m.recomputed)}`
        : (PROBLEMS[m.rule] ?? ''));
    const more = (shown: number, count: number): string => (shown < count ? `等${count}处` : '');
    let text = `经核对，发现${roundingCount}处尾差、${errorCount}处错误${notices ? `，另有${notices}处其他警告` : ''}。`;
    if (errors.length)
      text += `错误：${errors.map(mention).join('；')}${more(errors.length, errorCount)}。`;
    if (roundings.length)
      text += `尾差：${roundings.map(mention).join('；')}${more(roundings.length, roundingCount)}。`;
    return text;
  },
};
