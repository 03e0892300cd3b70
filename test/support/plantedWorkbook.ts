import { personName, residentId, residentIdWith, withWrongCheckDigit } from './residentIds';
import type { CellSpec, WorkbookSpec } from './workbookSpec';

/**
 * A district union's workbook of about 600 generated recipients with valid IDs and a set of
 * planted faults, each at a known cell; everything else reconciles. Three project names differ
 * from the budget's only in ways normalisation ignores (两节慰问专项资金 / 两节慰问项目,
 * 金秋助学 / 「金秋助学」, 夏送清凉专项 / 夏 送 清 凉 资金).
 */
export interface PlantedWorkbook {
  readonly spec: WorkbookSpec;
  /** Every resident ID written into the workbook, faulty ones included. */
  readonly ids: readonly string[];
  readonly badCheckDigitId: string;
  readonly impossibleBirthId: string;
  readonly duplicatedId: string;
}

const MONEY = '#,##0.00';
const count = (value: number): CellSpec => ({ v: value, fmt: '0' });

const BUDGET: CellSpec[][] = [
  ['2023年度某区总工会项目支出预算执行表'],
  ['单位：元'],
  ['项目', '预算数', '执行数'],
  ['两节慰问专项资金', 120000, 100000],
  ['金秋助学', 50000, 50000],
  ['夏送清凉专项', 20000, 20000],
  // Planted: executed above budget (C7).
  ['困难帮扶', 50000, 52000],
  ['合计', 240000, 222000],
];

const LINES: CellSpec[][] = [
  ['2023年慰问金发放汇总表'],
  ['单位：元'],
  ['项目', '慰问对象', '人数', '标准（元/人）', '金额', '区财政资金', '本级资金'],
  // Planted: 100 000 + 19 900 ≠ 120 000 (E4).
  ['两节慰问项目', '困难职工', count(400), 300, 120000, 100000, 19900],
  // Planted: 100 stated, the roster lists 99 (C5).
  ['「金秋助学」', '困难学生', count(100), 500, 50000, 50000, null],
  ['夏 送 清 凉 资金', '一线职工', count(100), 200, 20000, 20000, null],
  ['困难帮扶', '困难家庭', count(104), 500, 52000, 52000, null],
  // Planted: no budget line (A8).
  ['工会活动', '会员', count(10), 100, 1000, 1000, null],
];

export function plantedWorkbook(): PlantedWorkbook {
  const ids: string[] = [];
  const hardship: CellSpec[][] = [
    ['2023年两节慰问困难职工慰问金发放名单'],
    ['单位：元'],
    ['序号', '姓名', '身份证号', '金额'],
  ];
  for (let i = 0; i < 400; i++) {
    // Planted: row 61 pays person 12 again (C61); row 204 pays 3000 instead of 300 (D204).
    const person = i === 57 ? 12 : i;
    const id = residentId(person);
    ids.push(id);
    hardship.push([i + 1, personName(person), id, i === 200 ? 3000 : 300]);
  }
  const others: CellSpec[][] = [['单位：元'], ['项目', '慰问对象', '姓名', '身份证号', '金额']];
  const badCheckDigitId = withWrongCheckDigit(residentId(450));
  const impossibleBirthId = residentIdWith('430203', '19990230', 77);
  for (let i = 0; i < 99; i++) {
    // Planted: a wrong check digit (D53).
    const id = i === 50 ? badCheckDigitId : residentId(400 + i);
    ids.push(id);
    others.push(['金秋助学', '困难学生', personName(400 + i), id, 500]);
  }
  for (let i = 0; i < 100; i++) {
    // Planted: born on 30 February 1999 (D152).
    const id = i === 50 ? impossibleBirthId : residentId(500 + i);
    ids.push(id);
    others.push(['夏送清凉', '一线职工', personName(500 + i), id, 200]);
  }
  return {
    spec: {
      sheets: [
        { name: '预算执行表', rows: BUDGET, numFmt: MONEY },
        { name: '慰问金发放汇总', rows: LINES, numFmt: MONEY },
        { name: '困难职工名单', rows: hardship, numFmt: MONEY },
        { name: '其他发放名单', rows: others, numFmt: MONEY },
      ],
    },
    ids,
    badCheckDigitId,
    impossibleBirthId,
    duplicatedId: residentId(12),
  };
}
