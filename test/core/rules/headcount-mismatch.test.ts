import headcountMismatch from '../../../src/core/rules/headcount-mismatch';
import { findingsOf, ruleTester } from '../../support/ruleTester';

const linesHeader = ['项目', '慰问对象', '人数', '标准（元/人）', '金额（元）'];

/** A roster sheet per group: the project and group are named in its title, not in a column. */
function rosterSheet(count: number) {
  const rows = [
    ['2022年两节慰问困难职工慰问金发放名单'],
    ['单位：元'],
    ['姓名', '身份证号', '金额'],
  ];
  for (let i = 0; i < count; i++) rows.push([`职工${i + 1}`, '', '300']);
  return { name: '困难职工名单', rows: rows.map((row) => row.map((cell) => cell || null)) };
}

ruleTester(headcountMismatch, {
  valid: [
    {
      name: 'the roster lists as many recipients as the line states',
      sheets: [
        { name: '汇总', rows: [linesHeader, ['两节慰问', '困难职工', 3, 300, 900]] },
        rosterSheet(3),
      ],
    },
    {
      name: 'a roster of another group does not tie to the only line',
      sheets: [
        { name: '汇总', rows: [linesHeader, ['两节慰问', '困难职工', 1, 300, 300]] },
        {
          name: '名单',
          rows: [
            ['项目', '慰问对象', '姓名', '金额（元）'],
            ['两节慰问', '劳模', '甲', 500],
            ['两节慰问', '劳模', '乙', 500],
          ],
        },
      ],
    },
    {
      name: 'a line without a roster is not counted',
      sheets: [{ name: '汇总', rows: [linesHeader, ['两节慰问', '劳模', 38, null, 50000]] }],
    },
  ],
  invalid: [
    {
      name: 'a stated 人数 that the roster does not bear out',
      sheets: [
        { name: '汇总', rows: [linesHeader, ['两节慰问', '困难职工', 4, 300, 1200]] },
        rosterSheet(3),
      ],
      findings: [
        {
          rule: 'headcount-mismatch',
          severity: 'error',
          sheet: '汇总',
          cell: 'C2',
          related: ["'困难职工名单'!A4:A6"],
          expected: '3',
          actual: '4',
          unit: null,
        },
      ],
    },
    {
      name: 'a roster with project and group columns ties to its line',
      sheets: [
        {
          name: '汇总',
          rows: [
            linesHeader,
            ['两节慰问项目', '困难职工', 1, 300, 300],
            ['两节慰问项目', '劳模', 1, 500, 500],
          ],
        },
        {
          name: '名单',
          rows: [
            ['项目', '慰问对象', '姓名', '金额（元）'],
            ['「两节慰问」', '困难职工', '甲', 300],
            ['「两节慰问」', '劳模', '乙', 500],
            ['「两节慰问」', '劳模', '丙', 500],
          ],
        },
      ],
      findings: [
        { rule: 'headcount-mismatch', severity: 'error', cell: 'C3', expected: '2', actual: '1' },
      ],
    },
  ],
});

describe('headcount-mismatch messages', () => {
  it('names the roster sheet', () => {
    const [finding] = findingsOf(headcountMismatch, {
      name: 'zh',
      sheets: [
        { name: '汇总', rows: [linesHeader, ['两节慰问', '困难职工', 4, 300, 1200]] },
        rosterSheet(3),
      ],
    });
    expect(finding.message).toBe(
      '「两节慰问·困难职工」人数列示 4 人，但发放名单（困难职工名单）列有 3 人，相差 1 人。',
    );
  });
});
