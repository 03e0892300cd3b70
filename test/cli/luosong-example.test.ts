import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { JsonReport } from '../../src/core/findings/report';
import { LUOSONG_EXAMPLE } from '../../examples/luosong';
import { essentials, runCli } from '../support/cli';
import { workbookBytes } from '../support/workbookSpec';

const BUNDLED = path.join(__dirname, '..', '..', 'examples', 'luosong-union-2022.xlsx');

async function reportOf(input: string, dir: string): Promise<{ code: number; report: JsonReport }> {
  const json = path.join(dir, `${path.basename(input)}.json`);
  const { code } = await runCli([input, '--json', json]);
  return { code, report: JSON.parse(await fs.readFile(json, 'utf8')) as JsonReport };
}

describe('the bundled example (芦淞区总工会 2022)', () => {
  let dir: string;
  const inputs: Record<string, string> = {};

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'luosong-'));
    inputs.bundled = BUNDLED;
    inputs.built = path.join(dir, 'built-from-spec.xlsx');
    await fs.writeFile(inputs.built, await workbookBytes(LUOSONG_EXAMPLE));
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  for (const which of ['bundled', 'built']) {
    it(`${which}: the only finding stays the 161.87 rounding warning`, async () => {
      const { code, report } = await reportOf(inputs[which], dir);
      expect(code).toBe(0);
      expect(essentials(report.findings)).toEqual([
        {
          rule: 'total-mismatch',
          severity: 'warning',
          sheet: '预算执行表',
          cell: 'D5',
          expected: '161.86',
          actual: '161.87',
        },
      ]);
    });

    it(`${which}: 两节慰问 — 15 万元 budgeted and executed, 606 recipients, 220 400 元 paid`, async () => {
      const { report } = await reportOf(inputs[which], dir);
      expect(report.projects).toEqual([
        {
          name: '两节慰问',
          budget: '150000.00',
          actual: '150000.00',
          disbursed: '220400.00',
          executionRate: '100.00',
          headcount: 606,
          perCapita: '363.70',
          year: 2022,
          funding: [
            { source: '区财政资金', amount: '150000.00', fiscal: true },
            { source: '本级资金', amount: '70400.00', fiscal: false },
          ],
        },
      ]);
    });
  }
});
