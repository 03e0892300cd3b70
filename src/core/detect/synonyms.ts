import type { ColumnRole } from '../model/roles';

/**
 * Header words per column role, Chinese and English, in normalised form (half-width, no spaces,
 * lower case). Order matters only for ties: the longest matching word wins, so 全年预算数 is a
 * budget column and 补助标准 a standard, not an amount.
 */
export const ROLE_SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
  item: ['项目', '科目', '名称', '项目名称', '科目名称', '预算项目', '支出项目', 'item', 'project', 'description'],
  category: ['类别', '支出类型', '经济分类', '支出类别', '分类', 'category', 'type'],
  code: ['科目编码', '编码', '科目代码', '功能分类科目编码', 'code', 'accountcode'],
  budget: ['预算数', '年初预算数', '全年预算数', '预算金额', '预算', '调整后预算数', '预算资金', 'budget', 'budgeted'],
  actual: ['执行数', '实际支出', '支出数', '全年执行数', '决算数', '实际执行数', '执行金额', 'actual', 'executed', 'spent'],
  headcount: ['人数', '户数', '人次', '慰问人数', '发放人数', '救助人数', 'headcount', 'persons', 'people', 'recipientscount'],
  standard: ['标准', '补助标准', '发放标准', '慰问标准', '元/人', '每人金额', 'rate', 'standard', 'perperson'],
  amount: ['金额', '发放金额', '慰问金额', '补助金额', '合计金额', '实发金额', 'amount', 'paid'],
  source: ['区财政资金', '本级资金', '财政资金', '市财政资金', '省财政资金', '上级资金', '上级补助', '自有资金', '工会经费', '其他资金', 'fiscalfunds', 'ownfunds', 'fiscal'],
  sourceName: ['资金来源', 'source', 'fundingsource'],
  group: ['慰问对象', '发放对象', '补助对象', '对象', '人员类别', 'group', 'recipients', 'recipientgroup'],
  name: ['姓名', '收款人', '户主姓名', '领款人', 'name', 'payee'],
  id: ['身份证号', '证件号码', '身份证号码', '身份证', '公民身份号码', 'id', 'idnumber', 'residentid'],
};

/** Words that make a header a ratio or a remark, never a figure column (执行率, 占比, 备注). */
export const NOT_A_FIGURE = /率|占比|比例|%|备注|说明|序号|^no\.?$|^#$|remark|note|ratio|percent/;
