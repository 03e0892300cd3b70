import path from 'node:path';
import ExcelJS from 'exceljs';
import { LUOSONG_EXAMPLE } from '../../../examples/luosong';
import { reconcile } from '../../../src/core/reconcile';
import { buildNarrative, projectFiguresOf, summaryInputOf } from '../../../src/core/summary';
import type { Language } from '../../../src/core/model/finding';
import { workbookGridOf } from '../../../src/xlsx/exceljsGrid';
import { buildWorkbook, type WorkbookSpec } from '../../support/workbookSpec';

function narrativeOf(spec: WorkbookSpec, language: Language): string[] {
  const result = reconcile(workbookGridOf(buildWorkbook(spec)), { language });
  // As the use case does: the projects the reconciliation reports, with the workbook's figures.
  const projects = projectFiguresOf(result.projects, result.model);
  return buildNarrative(summaryInputOf(result.model, result.findings, { projects }), language);
}

describe('narrative of the bundled example', () => {
  it('reads as the self-evaluation report does (zh-CN)', () => {
    expect(narrativeOf(LUOSONG_EXAMPLE, 'zh-CN')).toEqual([
      '2022年度基本支出161.87万元，其中：人员经费141.1万元，公用经费20.76万元。',
      '两节慰问项目：' +
        '2022年共收到专项资金15万元，支出15万元，结余0万元，预算执行率100%。' +
        '以每人300元的标准慰问困难职工568名，共计170400.00元（其中区财政资金100000元，本级资金70400元）。' +
        '慰问劳模38名，共计50000.00元（其中区财政资金50000元），人均1315.79元。',
      '经核对，发现1处尾差、0处错误。尾差：「预算执行表」D5单元格（基本支出）列示161.87万元，核算为161.86万元。',
    ]);
  });

  it('says the same in en-US', () => {
    expect(narrativeOf(LUOSONG_EXAMPLE, 'en-US')).toEqual([
      'In 2022, 基本支出 came to 161.87 (10k yuan), of which 人员经费 141.1 (10k yuan) and 公用经费 20.76 (10k yuan).',
      '两节慰问: in 2022, special funds of 15 (10k yuan) were received and 15 (10k yuan) spent, ' +
        'leaving a balance of 0 (10k yuan); the budget execution rate was 100%. ' +
        '568 困难职工 received 300 yuan each, 170400.00 yuan in all (of which 区财政资金 100000 yuan and 本级资金 70400 yuan). ' +
        '38 劳模 received 50000.00 yuan in all (of which 区财政资金 50000 yuan), 1315.79 yuan per person.',
      'On checking, 1 rounding difference and 0 errors were found. ' +
        'Rounding differences: 预算执行表!D5 (基本支出) states 161.87 (10k yuan), recomputed 161.86 (10k yuan).',
    ]);
  });
});

/** The example with its titles and sheet names stripped of the year, and one real error. */
function withoutYear(): WorkbookSpec {
  const [budget, disbursement] = LUOSONG_EXAMPLE.sheets;
  return {
    sheets: [
      {
        ...budget,
        name: '预算执行表',
        rows: budget.rows.map((row, r) =>
          r === 0
            ? ['芦淞区总工会一般公共预算支出执行情况表']
            : r === 4
              ? ['基本支出', '基本支出', 161.87, 161.7, null]
              : r === 9
                ? ['合计', null, 176.87, 176.7, null]
                : row,
        ),
      },
      {
        ...disbursement,
        rows: disbursement.rows.map((row, r) => (r === 0 ? ['两节慰问资金发放明细'] : row)),
      },
    ],
  };
}

describe('narrative details', () => {
  it('leaves the year out rather than guess it, and names each error', () => {
    const [basic, project, closing] = narrativeOf(withoutYear(), 'zh-CN');
    expect(basic).toBe('基本支出161.7万元，其中：人员经费141.1万元，公用经费20.76万元。');
    expect(project.startsWith('两节慰问项目：共收到专项资金15万元，')).toBe(true);
    expect(closing).toBe(
      '经核对，发现0处尾差、1处错误。错误：「预算执行表」D5单元格（基本支出）列示161.7万元，核算为161.86万元。',
    );
  });

  it('reports overspending and an execution rate rounded half up', () => {
    const [budget, disbursement] = LUOSONG_EXAMPLE.sheets;
    const spec: WorkbookSpec = {
      sheets: [
        {
          ...budget,
          rows: budget.rows.map((row, r) =>
            r === 7
              ? ['项目支出', '项目支出', 15, 14.5, null]
              : r === 8
                ? ['项目支出', '两节慰问', 15, 14.5, null]
                : r === 9
                  ? ['合计', null, 176.87, 176.37, null]
                  : row,
          ),
        },
        disbursement,
      ],
    };
    expect(narrativeOf(spec, 'zh-CN')[1]).toContain(
      '支出14.5万元，结余0.5万元，预算执行率96.67%。',
    );
  });
});

describe('closing sentence', () => {
  it('says what is wrong with a cell that states no recomputable figure', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(__dirname, '../../fixtures/bad-cells.xlsx'));
    const result = reconcile(workbookGridOf(workbook));
    expect(buildNarrative(summaryInputOf(result.model, result.findings), 'zh-CN').at(-1)).toBe(
      '经核对，发现0处尾差、2处错误。错误：「预算」C3单元格（办公费）无法识别为数字；「预算」B4单元格（维修费）无法识别为数字。',
    );
  });
});
