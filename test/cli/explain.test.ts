import path from 'node:path';
import { gongkai05 } from '../fixtures/official/gongkai05';
import { buildWorkbook } from '../support/workbookSpec';
import { runCli, tempDir } from '../support/cli';

/** How the 公开05表 (merged three-row header, 类 | 款 | 项, 栏次 row, 合计 first) is read. */
const EXPLAINED_ZH = [
  '公开05表',
  '  表 1：A4:G22，表头第 4-7 行',
  '    列：',
  '      A6    项目 › 功能分类科目编码 › 类  (科目编码)',
  '      B6    项目 › 功能分类科目编码 › 款  (科目编码)',
  '      C6    项目 › 功能分类科目编码 › 项  (科目编码)',
  '      D5    项目 › 科目名称  (项目)',
  '      E5    本年支出 › 合计  (执行数, 万元)',
  '      F5    本年支出 › 基本支出  (执行数, 万元)',
  '      G5    本年支出 › 项目支出  (执行数, 万元)',
  '    合计关系：',
  '      E8 = E9 + E13 + E17 + E20',
  '      F8 = F9 + F13 + F17 + F20',
  '      G8 = G9 + G13 + G17 + G20',
  '      E9 = E10',
  '      F9 = F10',
  '      G9 = G10',
  '      E10 = E11:E12',
  '      F10 = F11:F12',
  '      G10 = G11:G12',
  '      E13 = E14',
  '      F13 = F14',
  '      G13 = G14',
  '      E14 = E15:E16',
  '      F14 = F15:F16',
  '      G14 = G15:G16',
  '      E17 = E18',
  '      F17 = F18',
  '      G17 = G18',
  '      E18 = E19',
  '      F18 = F19',
  '      G18 = G19',
  '      E20 = E21',
  '      F20 = F21',
  '      G20 = G21',
  '      E21 = E22',
  '      F21 = F22',
  '      G21 = G22',
  '      E8:E22 = F8:F22 + G8:G22',
];

const EXPLAINED_EN_HEAD = [
  '公开05表',
  '  Table 1: A4:G22, header rows 4-7',
  '    Columns:',
  '      A6    项目 › 功能分类科目编码 › 类  (code)',
  '      B6    项目 › 功能分类科目编码 › 款  (code)',
  '      C6    项目 › 功能分类科目编码 › 项  (code)',
  '      D5    项目 › 科目名称  (item)',
  '      E5    本年支出 › 合计  (actual, 万元)',
  '      F5    本年支出 › 基本支出  (actual, 万元)',
  '      G5    本年支出 › 项目支出  (actual, 万元)',
  '    Totals:',
  '      E8 = E9 + E13 + E17 + E20',
];

describe('budget-reconcile explain', () => {
  it('prints how the 公开05表 was read: header rows, each column path, every total and what it covers', async () => {
    const file = path.join(tempDir(), '公开05.xlsx');
    const { sheet } = gongkai05({
      header: 'merged',
      codes: 'split-own',
      unit: '万元',
      numbering: true,
      blankColumn: false,
    });
    await buildWorkbook({ sheets: [sheet] }).xlsx.writeFile(file);
    const zh = await runCli(['explain', file]);
    expect(zh).toEqual({ code: 0, stdout: EXPLAINED_ZH.join('\n') + '\n', stderr: '' });
    const en = await runCli(['explain', file, '--lang', 'en-US']);
    expect(en.stdout.split('\n').slice(0, EXPLAINED_EN_HEAD.length)).toEqual(EXPLAINED_EN_HEAD);
  });
});
