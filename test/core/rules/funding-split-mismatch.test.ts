import fundingSplitMismatch from '../../../src/core/rules/funding-split-mismatch';
import { findingsOf, ruleTester } from '../../support/ruleTester';

const header = ['项目', '慰问对象', '人数', '金额', '区财政资金', '本级资金'];

ruleTester(fundingSplitMismatch, {
  valid: [
    {
      name: 'the seed: 170 400 = 100 000 + 70 400; 50 000 from one source',
      sheets: [
        {
          rows: [
            ['单位：元'],
            header,
            ['两节慰问', '困难职工', 568, 170400, 100000, 70400],
            ['两节慰问', '劳模', 38, 50000, 50000, null],
          ],
        },
      ],
    },
    {
      name: 'a line with no split is not checked',
      sheets: [{ rows: [['单位：元'], header, ['两节慰问', '劳模', 38, 50000, null, null]] }],
    },
  ],
  invalid: [
    {
      name: 'parts off by 100 元',
      sheets: [
        {
          rows: [['单位：元'], header, ['两节慰问', '困难职工', 568, 170400, 100000, 70300]],
        },
      ],
      findings: [
        {
          rule: 'funding-split-mismatch',
          severity: 'error',
          cell: 'D3',
          related: ['E3', 'F3'],
          expected: '170300',
          actual: '170400',
          unit: '元',
        },
      ],
    },
  ],
});

describe('funding-split-mismatch messages', () => {
  it('names the sources', () => {
    const [finding] = findingsOf(fundingSplitMismatch, {
      name: 'zh',
      sheets: [
        {
          rows: [['单位：元'], header, ['两节慰问', '困难职工', 568, 170400, 100000, 70300]],
        },
      ],
    });
    expect(finding.message).toBe(
      '「两节慰问·困难职工」金额列示 170400 元，但资金来源（区财政资金 + 本级资金）合计为 170300 元，相差 100 元。',
    );
  });
});
