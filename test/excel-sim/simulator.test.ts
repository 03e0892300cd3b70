import { createSimHost } from './host';
import { documentFromGrid, exportDocument } from './state';
import { exampleGrid } from './exampleGrid';

function thrown(read: () => unknown): unknown {
  try {
    read();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('simulated Excel host', () => {
  const host = () => createSimHost(documentFromGrid(exampleGrid()));

  it('throws PropertyNotLoaded for a property read before load() and sync()', async () => {
    await host().Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('预算执行表').getRange('D5');
      expect(thrown(() => range.values)).toMatchObject({ code: 'PropertyNotLoaded' });
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([[161.87]]);
    });
  });

  it('applies writes only at sync and counts every sync with its payload', async () => {
    const sim = host();
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('预算执行表');
      sheet.getRange('E5').values = [['见附表']];
      sheet.getRange('E5').format.fill.color = '#ffeb9c';
      expect(exportDocument(sim.doc)[0].values.E5).toBeUndefined();
      await context.sync();
    });
    const sheet = exportDocument(sim.doc)[0];
    expect(sheet.values.E5).toBe('见附表');
    expect(sheet.fills.E5).toEqual({ pattern: 'Solid', color: '#FFEB9C', patternColor: '#000000' });
    expect(sim.stats.syncs).toHaveLength(1);
    expect(sim.stats.syncs[0].requestBytes).toBeGreaterThan(20);
  });

  it('reports null objects, very hidden sheets and used ranges as Excel does', async () => {
    const sim = host();
    await sim.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('nope');
      const added = context.workbook.worksheets.add('registry');
      added.visibility = 'VeryHidden';
      const used = context.workbook.worksheets
        .getItem('预算执行表')
        .getUsedRange(true)
        .load('address');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.address).toBe('预算执行表!A1:E10');
    });
    expect(exportDocument(sim.doc)[1]).toMatchObject({
      name: 'registry',
      visibility: 'VeryHidden',
    });
  });

  it('rejects a shape mismatch and a second note on one cell', async () => {
    const sim = host();
    await expect(
      sim.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('预算执行表').getRange('A1:B1').values = [['x']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      sim.Excel.run(async (context) => {
        const notes = context.workbook.worksheets.getItem('预算执行表').notes;
        notes.add('A1', 'one');
        notes.add('A1', 'two');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
