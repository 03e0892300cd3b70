import overBudget from '../../../src/core/rules/over-budget';
import { findingsOf, ruleTester } from '../../support/ruleTester';

const header = ['项目', '预算数', '执行数'];

ruleTester(overBudget, {
  valid: [
    {
      name: 'executed within budget, or no budget stated',
      sheets: [
        {
          rows: [
            ['单位：万元'],
            header,
            ['两节慰问', 15, 15],
            ['人员经费', null, 141.1],
            ['困难帮扶', 5, 4.8],
          ],
        },
      ],
    },
  ],
  invalid: [
    {
      name: 'executed above budget',
      sheets: [{ rows: [['单位：万元'], header, ['困难帮扶', 5, 5.2]] }],
      findings: [
        {
          rule: 'over-budget',
          severity: 'error',
          cell: 'C3',
          related: ['B3'],
          expected: '5.0',
          actual: '5.2',
          unit: '万元',
        },
      ],
    },
  ],
});

describe('over-budget messages', () => {
  it('gives the overspend and the execution rate', () => {
    const [finding] = findingsOf(overBudget, {
      name: 'zh',
      sheets: [{ rows: [['单位：万元'], header, ['困难帮扶', 5, 5.2]] }],
    });
    expect(finding.message).toBe(
      '「困难帮扶」执行数 5.2 万元，超过预算数 5.0 万元，超支 0.2 万元（执行率 104.00%），请说明原因或办理预算调整。',
    );
  });
});
