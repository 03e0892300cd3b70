import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { workbookBytes } from '../support/workbookSpec';
import { filesIn, sha256, spawnCli, tempDir } from '../support/cli';

interface BadCase {
  readonly name: string;
  /** Creates the input in `folder` and returns its path. */
  readonly make: (folder: string) => Promise<string>;
  readonly reason: RegExp;
}

const CASES: readonly BadCase[] = [
  {
    name: 'a text file renamed .xlsx',
    make: async (folder) => {
      const file = path.join(folder, 'notes.xlsx');
      writeFileSync(file, '预算说明：这不是工作簿\n');
      return file;
    },
    reason: /notes\.xlsx: not an \.xlsx workbook/,
  },
  {
    name: 'a zip that is not a workbook',
    make: async (folder) => {
      const file = path.join(folder, 'archive.xlsx');
      writeFileSync(file, Buffer.from('504b0506000000000000000000000000000000000000', 'hex'));
      return file;
    },
    reason: /archive\.xlsx: not an \.xlsx workbook/,
  },
  {
    name: 'an empty workbook',
    make: async (folder) => {
      const file = path.join(folder, 'empty.xlsx');
      writeFileSync(file, Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer()));
      return file;
    },
    reason: /empty\.xlsx: the workbook has no sheets/,
  },
  {
    name: 'a workbook with one empty sheet',
    make: async (folder) => {
      const file = path.join(folder, 'blank.xlsx');
      writeFileSync(file, await workbookBytes({ sheets: [{ name: 'Sheet1', rows: [] }] }));
      return file;
    },
    reason: /未找到预算表或发放明细表/,
  },
  {
    name: 'a workbook with no budget or disbursement sheet',
    make: async (folder) => {
      const file = path.join(folder, 'contacts.xlsx');
      writeFileSync(
        file,
        await workbookBytes({
          sheets: [
            {
              name: '通讯录',
              rows: [
                ['姓名', '电话'],
                ['张三', '13800000000'],
              ],
            },
          ],
        }),
      );
      return file;
    },
    reason: /未找到预算表或发放明细表：表头中应有「预算数」「执行数」/,
  },
  {
    name: 'a missing path',
    make: async (folder) => path.join(folder, 'missing.xlsx'),
    reason: /missing\.xlsx: no such file/,
  },
  {
    name: 'a folder with no workbooks',
    make: async (folder) => {
      const empty = path.join(folder, 'inbox');
      mkdirSync(empty);
      writeFileSync(path.join(empty, 'readme.txt'), 'no workbooks here');
      return empty;
    },
    reason: /inbox: no \.xlsx workbooks in this folder/,
  },
];

describe('input that cannot be reconciled', () => {
  for (const badCase of CASES) {
    it(`${badCase.name}: exit 2, one line, no stack trace, no output file`, async () => {
      const folder = tempDir();
      const input = await badCase.make(folder);
      const before = existsSync(input) && !input.endsWith('inbox') ? sha256(input) : undefined;
      const listing = filesIn(folder);
      const out = path.join(folder, 'out', 'annotated.xlsx');
      const json = path.join(folder, 'out', 'report.json');
      const result = spawnCli([input, '--out', out, '--json', json]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(badCase.reason);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^budget-reconcile: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(path.join(folder, 'out'))).toBe(false);
      expect(filesIn(folder)).toEqual(listing);
      if (before) expect(sha256(input)).toBe(before);
    });
  }

  it('refuses to write the annotated copy over its input', async () => {
    const folder = tempDir();
    const input = path.join(folder, 'budget.xlsx');
    writeFileSync(
      input,
      await workbookBytes({
        sheets: [
          {
            name: '预算',
            rows: [
              ['项目', '预算数'],
              ['甲', 1],
            ],
          },
        ],
      }),
    );
    const before = sha256(input);
    const result = spawnCli([input, '--out', input]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/refusing to overwrite the input workbook/);
    expect(sha256(input)).toBe(before);
  });

  it('answers a bad option with one line and exit 2', () => {
    const result = spawnCli(['x.xlsx', '--lang', 'fr-FR']);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/fr-FR/);
  });
});
