import type { MarkRecord } from '../../../src/core/port/marks';
import {
  decodeRegistry,
  encodeRegistry,
  freeMarkerKey,
  markerIndex,
  REGISTRY_CELL_CHARS,
  sheetOfRecord,
  splitText,
} from '../../../src/core/port/registry';

const record = (note: string): MarkRecord => ({
  sheet: '预算执行表',
  sheetKey: 's1',
  cell: 'D5',
  previousFill: { kind: 'solid', color: 'FFFF00', xml: '<fill/>' },
  previousNote: note,
  note: `${note}\n【对账】x`,
  style: { previous: 3, marked: 9, xf: '<xf numFmtId="0"/>' },
});

describe('marks registry version 2', () => {
  it('splits a record longer than a cell holds over several cells and reads it back whole', () => {
    const long = '长'.repeat(70_000);
    const rows = encodeRegistry({ marks: [record(long)], sheets: ['对账摘要'] });
    expect(rows[0]).toEqual(['budget-reconciler-registry', '2']);
    const markRow = rows[2];
    expect(markRow[0]).toBe('mark');
    // Twice 70 000 characters of note (previous and current): five cells of JSON.
    expect(markRow.length).toBe(
      1 + Math.ceil(JSON.stringify(record(long)).length / REGISTRY_CELL_CHARS),
    );
    expect(markRow.length).toBe(6);
    for (const cell of markRow) expect(cell.length).toBeLessThanOrEqual(REGISTRY_CELL_CHARS);
    expect(decodeRegistry(rows)).toEqual({ marks: [record(long)], sheets: ['对账摘要'] });
  });

  it('never cuts a surrogate pair in two', () => {
    const text = 'a' + '😀'.repeat(10);
    const pieces = splitText(text, 4);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(piece).toBe(Array.from(piece).join(''));
  });

  it('still reads a version 1 registry (one JSON cell per record)', () => {
    const v1 = [
      ['budget-reconciler-registry', '1'],
      ['sheet', '{"name":"对账摘要"}'],
      [
        'mark',
        '{"sheet":"表","cell":"B2","previousFill":{"kind":"none"},"previousNote":null,"note":"【对账】n"}',
      ],
    ];
    expect(decodeRegistry(v1)).toEqual({
      sheets: ['对账摘要'],
      marks: [
        {
          sheet: '表',
          cell: 'B2',
          previousFill: { kind: 'none' },
          previousNote: null,
          note: '【对账】n',
        },
      ],
    });
  });

  it('finds a renamed sheet by its marker key, else by the recorded name', () => {
    expect(sheetOfRecord(record(''), new Map([['s1', '预算执行表（改）']]))).toBe(
      '预算执行表（改）',
    );
    expect(sheetOfRecord(record(''), new Map())).toBe('预算执行表');
  });

  it('indexes markers by key, leaving out a key two sheets carry (a copied sheet)', () => {
    const index = markerIndex([
      { sheet: '预算', key: 's1' },
      { sheet: '预算 (2)', key: 's1' },
      { sheet: '明细', key: 's2' },
    ]);
    expect([...index]).toEqual([['s2', '明细']]);
    expect(sheetOfRecord(record(''), index)).toBe('预算执行表');
  });

  it('gives the first free key of the patcher scheme', () => {
    expect(freeMarkerKey(new Set())).toBe('s1');
    expect(freeMarkerKey(new Set(['s1', 's2', 's4']))).toBe('s3');
  });
});
