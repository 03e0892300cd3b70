import duplicateRecipient from '../../../src/core/rules/duplicate-recipient';
import { findingsOf, ruleTester } from '../../support/ruleTester';
import { residentId } from '../../support/residentIds';

const header = ['项目', '姓名', '身份证号', '金额（元）'];
const [a, b] = [residentId(1), residentId(2)];

ruleTester(duplicateRecipient, {
  valid: [
    {
      name: 'one person in two projects is not a duplicate',
      sheets: [
        {
          rows: [header, ['两节慰问', '张伟', a, 300], ['金秋助学', '张伟', a, 500]],
        },
      ],
    },
    {
      name: 'same name, different IDs: two people',
      sheets: [{ rows: [header, ['两节慰问', '张伟', a, 300], ['两节慰问', '张伟', b, 300]] }],
    },
  ],
  invalid: [
    {
      name: 'one ID paid twice in one project (x and X are the same)',
      sheets: [
        {
          rows: [
            header,
            ['两节慰问', '张伟', a, 300],
            ['两节慰问', '李娜', b, 300],
            ['两节慰问', '张伟', ` ${a.toLowerCase()} `, 300],
          ],
        },
      ],
      findings: [
        {
          rule: 'duplicate-recipient',
          severity: 'error',
          cell: 'C4',
          related: ['C2'],
          expected: null,
          actual: `${a.slice(0, 6)}********${a.slice(-4)}`,
        },
      ],
    },
    {
      name: 'no IDs: the same name twice',
      sheets: [
        {
          rows: [
            ['项目', '姓名', '金额（元）'],
            ['两节慰问', '张伟', 300],
            ['两节慰问', '张 伟', 300],
          ],
        },
      ],
      findings: [
        {
          rule: 'duplicate-recipient',
          severity: 'error',
          cell: 'B3',
          related: ['B2'],
          actual: null,
        },
      ],
    },
  ],
});

describe('duplicate-recipient messages', () => {
  it('names the person by masked ID, never by name', () => {
    const [finding] = findingsOf(duplicateRecipient, {
      name: 'zh',
      sheets: [{ rows: [header, ['两节慰问', '张伟', a, 300], ['两节慰问', '张伟', a, 300]] }],
    });
    expect(finding.message).toBe(
      `身份证号 ${a.slice(0, 6)}********${a.slice(-4)} 在「两节慰问」中重复发放：第 2 行已发放，第 3 行再次发放，请核实。`,
    );
    expect(finding.message).not.toContain('张伟');
    expect(finding.message).not.toContain(a);
  });

  it('without IDs says 姓名相同 and gives the rows', () => {
    const [finding] = findingsOf(duplicateRecipient, {
      name: 'zh',
      sheets: [
        {
          rows: [
            ['项目', '姓名', '金额（元）'],
            ['两节慰问', '张伟', 300],
            ['两节慰问', '张伟', 300],
          ],
        },
      ],
    });
    expect(finding.message).toBe(
      '姓名相同（第 2 行与第 3 行），均未填身份证号，请核实「两节慰问」中是否重复发放。',
    );
  });
});
