import unmatchedProject from '../../../src/core/rules/unmatched-project';
import { ruleTester } from '../../support/ruleTester';

const budget = {
  name: '预算',
  rows: [
    ['项目', '预算数', '执行数'],
    ['两节慰问专项资金', 15, 15],
    ['金秋助学', 5, 5],
    ['夏送清凉项目', 2, 2],
  ],
};

ruleTester(unmatchedProject, {
  valid: [
    {
      name: 'names that differ only in width, spaces, punctuation and suffixes link',
      sheets: [
        budget,
        {
          name: '明细',
          rows: [
            ['项目', '慰问对象', '人数', '金额'],
            ['两节慰问项目', '困难职工', 1, 300],
            ['「金秋助学」', '学生', 1, 500],
            ['夏 送 清 凉 专项', '一线职工', 1, 200],
          ],
        },
      ],
    },
    {
      name: 'disbursements alone have nothing to match against',
      sheets: [
        {
          rows: [
            ['项目', '慰问对象', '人数', '金额'],
            ['工会活动', '会员', 1, 100],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: 'a project with no budget line',
      sheets: [
        budget,
        {
          name: '明细',
          rows: [
            ['项目', '慰问对象', '人数', '金额'],
            ['两节慰问', '困难职工', 1, 300],
            ['工会活动', '会员', 1, 100],
            ['工会活动', '积极分子', 1, 100],
          ],
        },
      ],
      findings: [
        {
          rule: 'unmatched-project',
          severity: 'warning',
          sheet: '明细',
          cell: 'A3',
          actual: '工会活动',
        },
      ],
    },
  ],
});
