import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REGISTRY_SHEET } from '../../src/core/port/marks';
import { readWorkbookGrid } from '../../src/xlsx/fast';
import { EXAMPLE, runCli, tempDir } from '../support/cli';

/** The annotated example, its parts unzipped for editing as a user's Excel would change them. */
async function annotated(folder: string): Promise<Record<string, Uint8Array>> {
  const out = path.join(folder, 'annotated.xlsx');
  expect((await runCli([EXAMPLE, '--out', out])).code).toBe(0);
  return unzipSync(new Uint8Array(readFileSync(out)));
}

function workbookXml(parts: Record<string, Uint8Array>): string {
  return strFromU8(parts['xl/workbook.xml']);
}

/** The notes the fast reader cannot see; the fills are what a user sees of a mark. */
function stylesOf(file: string, sheet: string, cell: string): string {
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  const grid = readWorkbookGrid(new Uint8Array(readFileSync(file)));
  expect(grid.sheets.map((s) => s.name)).toContain(sheet);
  const sheetXml = Object.entries(parts)
    .filter(([name]) => name.startsWith('xl/worksheets/sheet'))
    .map(([, bytes]) => strFromU8(bytes))
    .join('');
  return new RegExp(`<c r="${cell}"[^>]*>`).exec(sheetXml)?.[0] ?? '';
}

describe('clear is honest', () => {
  it('clears a sheet the user renamed after it was marked (the marker survives the rename)', async () => {
    const folder = tempDir();
    const parts = await annotated(folder);
    parts['xl/workbook.xml'] = strToU8(
      workbookXml(parts).replace('name="预算执行表"', 'name="预算执行表（已改名）"'),
    );
    const renamed = path.join(folder, 'renamed.xlsx');
    writeFileSync(renamed, zipSync(parts));
    // The mark is there: D5's style is the product's, not the one it had.
    expect(stylesOf(renamed, '预算执行表（已改名）', 'D5')).not.toBe(
      stylesOf(EXAMPLE, '预算执行表', 'D5'),
    );
    const cleared = path.join(folder, 'cleared.xlsx');
    const run = await runCli(['clear', renamed, '--out', cleared]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const names = readWorkbookGrid(new Uint8Array(readFileSync(cleared))).sheets.map((s) => s.name);
    expect(names).toEqual(['预算执行表（已改名）', '两节慰问发放明细']);
    // D5 carried the mark; cleared, it has the style it had before the first run.
    expect(stylesOf(cleared, '预算执行表（已改名）', 'D5')).toBe(
      stylesOf(EXAMPLE, '预算执行表', 'D5'),
    );
  });

  it('without its registry, names the cells that still carry the product’s notes and writes nothing', async () => {
    const folder = tempDir();
    const parts = await annotated(folder);
    const xml = workbookXml(parts);
    const registry = new RegExp(`<sheet [^>]*name="${REGISTRY_SHEET}"[^>]*/>`).exec(xml)?.[0];
    expect(registry).toBeDefined();
    parts['xl/workbook.xml'] = strToU8(xml.replace(registry ?? '', ''));
    const damaged = path.join(folder, 'no-registry.xlsx');
    writeFileSync(damaged, zipSync(parts));
    const cleared = path.join(folder, 'cleared.xlsx');
    const run = await runCli(['clear', damaged, '--out', cleared]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      /no marks registry; cells still carry the product's notes \(预算执行表!D5\)/,
    );
    expect(existsSync(cleared)).toBe(false);
  });
});
