import { checkResidentId } from '../../../src/core/parse/residentId';
import invalidId from '../../../src/core/rules/invalid-id';
import { residentId, residentIdWith, withWrongCheckDigit } from '../../support/residentIds';
import { findingsOf, ruleTester } from '../../support/ruleTester';

const header = ['姓名', '身份证号', '金额（元）'];
/** GB 11643-1999's own worked example, and one with a lower-case x. */
const STANDARD_EXAMPLE = '11010519491231002X';
const masked = (id: string): string => `${id.slice(0, 6)}********${id.slice(-4)}`;

function roster(...ids: string[]) {
  return [{ rows: [header, ...ids.map((id, i) => [`职工${i + 1}`, id, 300])] }];
}

ruleTester(invalidId, {
  valid: [
    {
      name: 'valid IDs, the standard example and a lower-case x among them',
      sheets: roster(
        STANDARD_EXAMPLE,
        STANDARD_EXAMPLE.toLowerCase(),
        residentId(7),
        residentId(8),
      ),
    },
  ],
  invalid: [
    {
      name: 'a wrong check digit',
      sheets: roster(residentId(1), withWrongCheckDigit(residentId(2))),
      findings: [
        {
          rule: 'invalid-id',
          severity: 'error',
          cell: 'B3',
          expected: residentId(2)[17],
          actual: masked(withWrongCheckDigit(residentId(2))),
        },
      ],
    },
    {
      name: 'an impossible birth date (19990230), even with a matching check digit',
      sheets: roster(residentIdWith('430203', '19990230', 12)),
      findings: [{ rule: 'invalid-id', severity: 'error', cell: 'B2', expected: null }],
    },
    {
      name: 'born after the reference date, or before 1900',
      today: '2023-03-31',
      sheets: roster(
        residentIdWith('430203', '20230401', 1),
        residentIdWith('430203', '18991231', 1),
      ),
      findings: [
        { rule: 'invalid-id', severity: 'error', cell: 'B2' },
        { rule: 'invalid-id', severity: 'error', cell: 'B3' },
      ],
    },
    {
      name: 'wrong length, a letter inside, an area code starting with 9 or 0',
      sheets: roster(
        '43020319900101123',
        '4302031990O1011234',
        residentIdWith('930203', '19900101', 1),
      ),
      findings: [
        { rule: 'invalid-id', severity: 'error', cell: 'B2' },
        { rule: 'invalid-id', severity: 'error', cell: 'B3' },
        { rule: 'invalid-id', severity: 'error', cell: 'B4' },
      ],
    },
    {
      name: 'an 18-digit ID stored as a number has lost its last digits',
      sheets: [{ rows: [header, ['职工1', 430203199001011200, 300]] }],
      findings: [
        { rule: 'invalid-id', severity: 'error', cell: 'B2', actual: '430203********1200' },
      ],
    },
    {
      name: 'a 15-digit legacy ID is information, not an error',
      sheets: roster('430203900101123'),
      findings: [
        {
          rule: 'invalid-id',
          severity: 'info',
          cell: 'B2',
          actual: '430203*****1123',
        },
      ],
    },
  ],
});

describe('checkResidentId', () => {
  it('tells the faults apart', () => {
    expect(checkResidentId(STANDARD_EXAMPLE)).toEqual({ kind: 'valid' });
    expect(checkResidentId('11010519491231002x')).toEqual({ kind: 'valid' });
    expect(checkResidentId('110105194912310021')).toEqual({
      kind: 'checkDigit',
      expected: 'X',
      stated: '1',
    });
    expect(checkResidentId(residentIdWith('430203', '20000229', 5)).kind).toBe('valid');
    expect(checkResidentId(residentIdWith('430203', '19000229', 5)).kind).toBe('birthDate');
    expect(checkResidentId(residentIdWith('430203', '20300101', 5)).kind).toBe('valid');
    expect(checkResidentId(residentIdWith('430203', '20300101', 5), '2026-01-01').kind).toBe(
      'birthDate',
    );
  });

  it('accepts every generated test ID', () => {
    for (let n = 0; n < 2000; n++) expect(checkResidentId(residentId(n)).kind).toBe('valid');
  });
});

describe('invalid-id messages', () => {
  it('masks the ID and does not reveal the birth date', () => {
    const id = residentIdWith('430203', '19990230', 12);
    const [finding] = findingsOf(invalidId, { name: 'zh', sheets: roster(id) });
    expect(finding.message).toBe(
      `身份证号 ${masked(id)} 中的出生日期（第 7–14 位）不是有效日期，或早于 1900 年、晚于核对日期。`,
    );
    expect(finding.message).not.toContain('19990230');
  });
});
