import unitAssumed from '../../../src/core/rules/unit-assumed';
import { ruleTester } from '../../support/ruleTester';

ruleTester(unitAssumed, {
  valid: [
    { name: 'unit line', sheets: [{ rows: [['单位：元'], ['项目', '金额'], ['甲', 1]] }] },
    {
      name: 'unit in the header',
      sheets: [
        {
          rows: [
            ['Item', 'Amount (yuan)'],
            ['A', 1],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: 'no unit anywhere',
      sheets: [{ name: 'Budget', rows: [['Report'], ['Item', 'Budget', 'Actual'], ['A', 1, 1]] }],
      findings: [
        {
          rule: 'unit-assumed',
          severity: 'info',
          sheet: 'Budget',
          cell: 'B2',
          unit: '元',
          expected: null,
          actual: null,
        },
      ],
    },
  ],
});
