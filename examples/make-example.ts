import path from 'node:path';
import { buildWorkbook } from '../test/support/workbookSpec';
import { LUOSONG_EXAMPLE } from './luosong';

/** Writes examples/luosong-union-2022.xlsx from the seed's figures (see luosong.ts). */
async function main(): Promise<void> {
  const target = path.join(__dirname, 'luosong-union-2022.xlsx');
  const workbook = buildWorkbook(LUOSONG_EXAMPLE);
  workbook.creator = 'budget-reconciler example';
  workbook.created = new Date(Date.UTC(2023, 2, 31));
  workbook.modified = workbook.created;
  await workbook.xlsx.writeFile(target);
  process.stdout.write(`wrote ${target}\n`);
}

void main();
