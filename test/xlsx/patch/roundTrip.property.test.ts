import fc from 'fast-check';
import { reconcileBytes } from '../../../src/cli/reconcileInWorker';
import { annotatePackage, clearPackage } from '../../../src/xlsx/patch';
import { build, spec } from '../../support/generatedWorkbook';
import { cellsOf, notesOf, partNames } from './packageView';

const OPTIONS = { language: 'zh-CN' as const, strict: false, today: '2026-01-01', summary: true };

async function annotate(bytes: Uint8Array): Promise<Uint8Array> {
  const reconciled = await reconcileBytes('generated.xlsx', bytes, OPTIONS);
  return annotatePackage(bytes, { marks: reconciled.marks, summary: reconciled.summary }).bytes;
}

describe('the package patcher on generated workbooks', () => {
  it('clear(--out(x)) gives back every cell’s value, style index and note, and the same parts; twice equals once', async () => {
    let marked = 0;
    await fc.assert(
      fc.asyncProperty(spec, async (input) => {
        const x = new Uint8Array(await build(input).xlsx.writeBuffer());
        const once = await annotate(x);
        const before = cellsOf(x);
        const after = cellsOf(once);
        if (Object.keys(before).some((cell) => after[cell].s !== before[cell].s)) marked++;
        const twice = await annotate(once);
        expect(Buffer.from(twice).equals(Buffer.from(once))).toBe(true);
        const cleared = clearPackage(once).bytes;
        expect(cellsOf(cleared)).toEqual(cellsOf(x));
        expect(notesOf(cleared)).toEqual(notesOf(x));
        expect(partNames(cleared)).toEqual(partNames(x));
      }),
      { numRuns: 40 },
    );
    // The generator must exercise marking, not only clean workbooks.
    expect(marked).toBeGreaterThan(0);
  }, 120_000);
});
