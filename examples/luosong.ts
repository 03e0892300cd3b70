import type { WorkbookSpec } from '../test/support/workbookSpec';

/**
 * The example workbook, built from the figures of the seed report (芦淞区总工会 2022 整体支出
 * 绩效自评报告). The budget sheet states the report's 基本支出 161.87 万元 over 人员经费 141.1 and
 * 公用经费 20.76 (which add to 161.86: the report's own rounding difference). The report gives
 * no budget split of 基本支出, so those two budget cells stay empty rather than invent one.
 * The disbursement sheet holds the 两节慰问 lines: 568 困难职工 × 300 元 = 170 400 元, of which
 * 区财政资金 100 000 and 本级资金 70 400, and 38 劳模 50 000 元 from 区财政资金.
 */
export const LUOSONG_EXAMPLE: WorkbookSpec = {
  sheets: [
    {
      name: '预算执行表',
      merges: ['A1:E1'],
      rows: [
        ['2022年度株洲市芦淞区总工会一般公共预算支出执行情况表'],
        ['单位：万元'],
        [],
        ['支出类型', '项目', '预算数', '执行数', '备注'],
        ['基本支出', '基本支出', 161.87, 161.87, null],
        ['基本支出', '人员经费', null, 141.1, null],
        ['基本支出', '公用经费', null, 20.76, null],
        ['项目支出', '项目支出', 15, 15, null],
        ['项目支出', '两节慰问', 15, 15, '区级专项资金'],
        ['合计', null, 176.87, 176.87, null],
      ],
    },
    {
      name: '两节慰问发放明细',
      merges: ['A1:I1', 'A6:C6'],
      numFmt: '#,##0.00',
      rows: [
        ['2022年两节慰问资金发放明细'],
        ['单位：元'],
        [
          '序号',
          '项目',
          '慰问对象',
          '人数',
          '标准（元/人）',
          '金额',
          '区财政资金',
          '本级资金',
          '备注',
        ],
        [
          1,
          '两节慰问',
          '困难职工',
          { v: 568, fmt: '0' },
          300,
          170400,
          100000,
          70400,
          '每人300元，直接补贴入卡',
        ],
        [2, '两节慰问', '劳模', { v: 38, fmt: '0' }, null, 50000, 50000, null, '走访慰问'],
        [
          '合计',
          null,
          null,
          { f: 'SUM(D4:D5)', result: 606, fmt: '0' },
          null,
          { f: 'SUM(F4:F5)', result: 220400 },
          { f: 'SUM(G4:G5)', result: 150000 },
          { f: 'SUM(H4:H5)', result: 70400 },
          null,
        ],
      ],
    },
  ],
};
