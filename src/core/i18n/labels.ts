import type { Language } from '../model/finding';
import type { ColumnRole } from '../model/roles';
import type { Unit } from '../model/unit';

export function unitLabel(unit: Unit, language: Language): string {
  return language === 'zh-CN' ? unit.zh : unit.en;
}

const ROLE_LABELS: Readonly<Record<Language, Readonly<Record<ColumnRole, string>>>> = {
  'zh-CN': {
    item: '项目',
    category: '类别',
    code: '科目编码',
    budget: '预算数',
    actual: '执行数',
    headcount: '人数',
    standard: '标准',
    amount: '金额',
    source: '资金',
    sourceName: '资金来源',
    group: '对象',
    name: '姓名',
    id: '身份证号',
    rate: '执行率',
    changeRate: '增减率',
    change: '增减',
    points: '分值',
    score: '得分',
  },
  'en-US': {
    item: 'item',
    category: 'category',
    code: 'code',
    budget: 'budget',
    actual: 'actual',
    headcount: 'headcount',
    standard: 'standard',
    amount: 'amount',
    source: 'funding',
    sourceName: 'funding source',
    group: 'group',
    name: 'name',
    id: 'ID',
    rate: 'execution rate',
    changeRate: 'change rate',
    change: 'change',
    points: 'points',
    score: 'score',
  },
};

export function roleLabel(role: ColumnRole, language: Language): string {
  return ROLE_LABELS[language][role];
}

/** `人员经费 + 公用经费`, or `the 12 rows it covers` when there are too many to name. */
export function partsLabel(labels: readonly string[], language: Language): string {
  if (labels.length > 0 && labels.length <= 4 && labels.every((label) => label))
    return labels.join(' + ');
  return language === 'zh-CN' ? `其下 ${labels.length} 行` : `the ${labels.length} rows it covers`;
}
