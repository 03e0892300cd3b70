import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { JsonReport } from '../../src/core/findings/report';
import { REGISTRY_SHEET } from '../../src/core/port/marks';
import { checkCharacter } from '../../src/core/parse/residentId';
import { essentials, runCli, type CliRun as CliOutcome } from '../support/cli';
import { plantedWorkbook } from '../support/plantedWorkbook';
import { workbookBytes } from '../support/workbookSpec';

const planted = plantedWorkbook();
const masked = (id: string): string => `${id.slice(0, 6)}********${id.slice(-4)}`;

/** Every note of every cell, and every value of the product's registry sheet. */
async function notesOf(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const texts: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const note = cell.note;
        if (typeof note === 'string') texts.push(note);
        else if (note) texts.push((note.texts ?? []).map((run) => run.text).join(''));
        if (sheet.name === REGISTRY_SHEET) texts.push(cell.text);
      }),
    );
  });
  return texts.join('\n');
}

describe('a roster of ~600 recipients with planted faults, through the command line', () => {
  let dir: string;
  let outcome: CliOutcome;
  let jsonText: string;
  let report: JsonReport;
  let notes: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'planted-'));
    const input = path.join(dir, 'union-2023.xlsx');
    await fs.writeFile(input, await workbookBytes(planted.spec));
    const json = path.join(dir, 'report.json');
    const out = path.join(dir, 'annotated.xlsx');
    outcome = await runCli([input, '--json', json, '--out', out]);
    jsonText = await fs.readFile(json, 'utf8');
    report = JSON.parse(jsonText) as JsonReport;
    notes = await notesOf(out);
  }, 60_000);

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('exits 1 for the error-level findings', () => {
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(1);
  });

  it('finds each planted fault at its cell, and nothing else', () => {
    const found = essentials(report.findings);
    expect(found).toEqual([
      {
        rule: 'over-budget',
        severity: 'error',
        sheet: '预算执行表',
        cell: 'C7',
        expected: '50000.00',
        actual: '52000.00',
      },
      {
        rule: 'funding-split-mismatch',
        severity: 'error',
        sheet: '慰问金发放汇总',
        cell: 'E4',
        expected: '119900.00',
        actual: '120000.00',
      },
      {
        rule: 'headcount-mismatch',
        severity: 'error',
        sheet: '慰问金发放汇总',
        cell: 'C5',
        expected: '99',
        actual: '100',
      },
      {
        rule: 'unmatched-project',
        severity: 'warning',
        sheet: '慰问金发放汇总',
        cell: 'A8',
        expected: null,
        actual: '工会活动',
      },
      {
        rule: 'duplicate-recipient',
        severity: 'error',
        sheet: '困难职工名单',
        cell: 'C61',
        expected: null,
        actual: masked(planted.duplicatedId),
      },
      {
        rule: 'per-capita-mismatch',
        severity: 'error',
        sheet: '困难职工名单',
        cell: 'D204',
        expected: '300.00',
        actual: '3000.00',
      },
      {
        rule: 'invalid-id',
        severity: 'error',
        sheet: '其他发放名单',
        cell: 'D53',
        expected: checkCharacter(planted.badCheckDigitId.slice(0, 17)),
        actual: masked(planted.badCheckDigitId),
      },
      {
        rule: 'invalid-id',
        severity: 'error',
        sheet: '其他发放名单',
        cell: 'D152',
        expected: null,
        actual: masked(planted.impossibleBirthId),
      },
    ]);
  });

  it('links the three names that differ only by normalisation to their budget lines', () => {
    const names = report.projects.map((project) => [project.name, project.budget, project.actual]);
    expect(names).toEqual([
      ['两节慰问专项资金', '120000.00', '100000.00'],
      ['金秋助学', '50000.00', '50000.00'],
      ['夏送清凉专项', '20000.00', '20000.00'],
      ['困难帮扶', '50000.00', '52000.00'],
      ['工会活动', null, null],
    ]);
    expect(report.projects[0]).toMatchObject({
      disbursed: '120000.00',
      executionRate: '83.33',
      headcount: 400,
      perCapita: '300.00',
      funding: [
        { source: '区财政资金', amount: '100000.00', fiscal: true },
        { source: '本级资金', amount: '19900.00', fiscal: false },
      ],
    });
    expect(report.projects[3]).toMatchObject({ executionRate: '104.00' });
  });

  it('never shows a resident ID unmasked: stdout, stderr, the JSON, the notes', () => {
    expect(planted.ids).toHaveLength(599);
    const outputs = { stdout: outcome.stdout, stderr: outcome.stderr, json: jsonText, notes };
    for (const [where, text] of Object.entries(outputs)) {
      const leaked = planted.ids.filter((id) => text.toUpperCase().includes(id.toUpperCase()));
      expect({ where, leaked }).toEqual({ where, leaked: [] });
    }
    expect(notes).toContain(masked(planted.duplicatedId));
  });

  it('keeps recipients’ names out of the JSON messages', () => {
    for (const finding of report.findings) {
      expect(finding.message).not.toMatch(
        /[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗][伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英]/,
      );
    }
  });
});
