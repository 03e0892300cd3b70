import { LUOSONG_EXAMPLE } from '../../../examples/luosong';
import type { Finding } from '../../../src/core/model/finding';
import { UNITS } from '../../../src/core/model/unit';
import { reconcile } from '../../../src/core/reconcile';
import {
  buildNarrative,
  buildSummaryLayout,
  MAX_AGREEING_ROWS,
  MAX_FINDING_ROWS,
  summaryLayoutOf,
  type CheckRow,
  type LayoutCell,
  type SummaryInput,
} from '../../../src/core/summary';
import { workbookGridOf } from '../../../src/xlsx/exceljsGrid';
import { buildWorkbook } from '../../support/workbookSpec';

function error(row: number): Finding {
  return {
    rule: 'total-mismatch',
    severity: 'error',
    sheet: '预算',
    cell: `D${row}`,
    related: [],
    expected: '2.00',
    actual: '1.00',
    unit: '元',
    message: `第${row}行 430203199001011234 不符`,
  };
}

function agreeing(row: number): CheckRow {
  return {
    label: `第${row}行`,
    measure: { kind: 'column', header: '金额' },
    ref: { sheet: '预算', cell: `D${row}` },
    unit: UNITS.yuan,
    decimals: 2,
    stated: '1.00',
    recomputed: '1.00',
    difference: '0.00',
    status: 'equal',
  };
}

const many: SummaryInput = {
  year: null,
  basic: null,
  official: null,
  projects: [],
  checks: Array.from({ length: MAX_AGREEING_ROWS + 50 }, (_, i) => agreeing(i + 2)),
  findings: Array.from({ length: MAX_FINDING_ROWS + 12 }, (_, i) => error(i + 2)),
  labels: new Map(),
};

const texts = (cells: readonly LayoutCell[]): string[] =>
  cells.flatMap((cell) => (cell.kind === 'text' || cell.kind === 'link' ? [cell.text] : []));

describe('summary layout', () => {
  it('lays out the example: title, narrative, linked table, findings', () => {
    const workbook = buildWorkbook(LUOSONG_EXAMPLE);
    const result = reconcile(workbookGridOf(workbook));
    const layout = summaryLayoutOf(result);
    expect(layout.sheetName).toBe('对账摘要');
    expect(layout.columns).toHaveLength(7);
    expect(layout.rows[0].cells[0]).toEqual({
      kind: 'text',
      text: '对账摘要',
      style: 'title',
      span: 7,
    });
    const row = layout.rows.find((r) => texts(r.cells)[0] === '基本支出 执行数');
    expect(row?.cells).toEqual([
      { kind: 'text', text: '基本支出 执行数', style: 'cell' },
      { kind: 'text', text: '万元', style: 'cell' },
      { kind: 'number', value: '161.87', format: '#,##0.00', style: 'cell' },
      { kind: 'number', value: '161.86', format: '#,##0.00', style: 'cell' },
      { kind: 'number', value: '0.01', format: '#,##0.00', style: 'cell' },
      { kind: 'text', text: '尾差', style: 'warning' },
      {
        kind: 'link',
        text: '预算执行表!D5',
        target: { sheet: '预算执行表', cell: 'D5' },
        style: 'link',
      },
    ]);
  });

  it('lists every finding up to a cap, counts the rest, and masks resident IDs', () => {
    const layout = buildSummaryLayout(many, 'zh-CN');
    const all = layout.rows.flatMap((row) => texts(row.cells));
    expect(all).toContain('另有 50 项核对相符，未逐项列出。');
    expect(all).toContain('另有 12 条未列出，详见 JSON 报告或各单元格批注。');
    expect(all.some((text) => text.includes('430203199001011234'))).toBe(false);
    expect(all).toContain('第2行 430203********1234 不符');
  });

  it('names the first errors in the closing sentence and counts the rest', () => {
    const closing = buildNarrative(many, 'zh-CN').at(-1) ?? '';
    expect(
      closing.startsWith(
        '经核对，发现0处尾差、1012处错误。错误：「预算」D2单元格列示1.00元，核算为2.00元；',
      ),
    ).toBe(true);
    expect(closing.endsWith('「预算」D11单元格列示1.00元，核算为2.00元等1012处。')).toBe(true);
    const english = buildNarrative(many, 'en-US').at(-1) ?? '';
    expect(
      english.endsWith('预算!D11 states 1.00 yuan, recomputed 2.00 yuan; and 1002 more.'),
    ).toBe(true);
  });
});
