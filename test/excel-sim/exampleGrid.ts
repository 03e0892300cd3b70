import type { CellValue, WorkbookGrid } from '../../src/core/model/grid';

/**
 * The seed's budget sheet (examples/luosong-union-2022.xlsx in main): 人员经费 141.1 + 公用经费
 * 20.76 = 161.86 against a stated 161.87 on D5 — the rounding warning every front end must show.
 */
export const EXAMPLE_ROWS: CellValue[][] = [
  ['2022年度芦淞区总工会预算执行情况表'],
  ['单位：万元'],
  [],
  ['支出类型', '项目', '预算数', '执行数', '备注'],
  ['基本支出', '基本支出', 161.87, 161.87],
  ['基本支出', '人员经费', 141.11, 141.1],
  ['基本支出', '公用经费', 20.76, 20.76],
  ['项目支出', '项目支出', 15, 15],
  ['项目支出', '两节慰问', 15, 15],
  ['合计', null, 176.87, 176.87],
];

export const EXAMPLE_SHEET = '预算执行表';

export function exampleGrid(): WorkbookGrid {
  return {
    sheets: [
      {
        name: EXAMPLE_SHEET,
        visibility: 'visible',
        rows: EXAMPLE_ROWS,
        numFmts: [],
        merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
      },
    ],
  };
}
