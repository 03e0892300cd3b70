import notANumber from '../../../src/core/rules/not-a-number';
import { ruleTester } from '../../support/ruleTester';

ruleTester(notANumber, {
  valid: [
    {
      name: 'numbers, text numbers and blanks',
      sheets: [
        {
          rows: [
            ['项目', '金额（元）', '人数'],
            ['甲', '1,234.50', '5'],
            ['乙', '-', null],
            ['丙', '无', 3],
          ],
        },
      ],
    },
    {
      name: 'text outside figure columns',
      sheets: [
        {
          rows: [
            ['项目', '金额（元）', '备注'],
            ['甲', 5, '一万五'],
            ['注：以上为暂估数', null, null],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: 'an error cell and a figure in words',
      sheets: [
        {
          name: '明细',
          rows: [
            ['项目', '金额（元）', '人数'],
            ['甲', { error: '#REF!' }, 1],
            ['乙', '一万五', '三'],
          ],
        },
      ],
      findings: [
        {
          rule: 'not-a-number',
          severity: 'error',
          sheet: '明细',
          cell: 'B2',
          actual: '#REF!',
          expected: null,
          unit: '元',
        },
        {
          rule: 'not-a-number',
          severity: 'error',
          sheet: '明细',
          cell: 'B3',
          actual: '一万五',
          unit: '元',
        },
        {
          rule: 'not-a-number',
          severity: 'error',
          sheet: '明细',
          cell: 'C3',
          actual: '三',
          unit: null,
        },
      ],
    },
  ],
});
