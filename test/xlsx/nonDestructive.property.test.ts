import fc from 'fast-check';
import { clearWorkbook, reconcileWorkbook } from '../../src/core/usecase/reconcileWorkbook';
import { XlsxPort } from '../../src/xlsx/XlsxPort';
import { build, spec } from '../support/generatedWorkbook';
import { saveAndReload, workbookSnapshot, type SheetSnapshot } from '../support/snapshot';

/** The user's sheets' values, as typed: what reconciling must never change. */
function values(snapshot: readonly SheetSnapshot[], names: readonly string[]): unknown {
  return snapshot
    .filter((sheet) => names.includes(sheet.name))
    .map((sheet) => Object.entries(sheet.cells).map(([address, cell]) => [address, cell.value]));
}

describe('reconciling is non-destructive (generated workbooks, saved and reopened between steps)', () => {
  it('never changes a typed value; twice equals once; Clear restores every value, fill and note', async () => {
    let marked = 0;
    await fc.assert(
      fc.asyncProperty(spec, async (input) => {
        const opened = await saveAndReload(build(input));
        const before = workbookSnapshot(opened);
        const userSheets = before.map((sheet) => sheet.name);

        await reconcileWorkbook(new XlsxPort(opened));
        marked += new XlsxPort(opened).registry().marks.length;
        const once = await saveAndReload(opened);
        const afterOnce = workbookSnapshot(once);
        expect(values(afterOnce, userSheets)).toEqual(values(before, userSheets));

        await reconcileWorkbook(new XlsxPort(once));
        const twice = await saveAndReload(once);
        expect(workbookSnapshot(twice)).toEqual(afterOnce);

        await clearWorkbook(new XlsxPort(twice));
        const cleared = await saveAndReload(twice);
        expect(workbookSnapshot(cleared)).toEqual(before);
      }),
      { numRuns: 40 },
    );
    // The generator must exercise marking, not only clean workbooks.
    expect(marked).toBeGreaterThan(0);
  }, 60_000);
});
