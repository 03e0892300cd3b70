import { reconcileFromRibbon } from '../../src/commands/ribbon';
import { exampleGrid } from '../excel-sim/exampleGrid';
import { createSimHost } from '../excel-sim/host';
import { documentFromGrid } from '../excel-sim/state';

/** The ribbon command must call event.completed() on every path, or the button stays busy. */
describe('ribbon command completes its event', () => {
  const globals = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete globals.Office;
    delete globals.Excel;
  });

  it('when the host cannot even be created (Office not initialised)', async () => {
    // No Office.context at all: createExcelHost() throws before anything runs.
    globals.Office = {};
    const completed = jest.fn();
    await reconcileFromRibbon({ completed }).catch(() => undefined);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('after a run on the example, with the first warning selected', async () => {
    const sim = createSimHost(documentFromGrid(exampleGrid()));
    globals.Office = sim.Office;
    globals.Excel = sim.Excel;
    const completed = jest.fn();
    await reconcileFromRibbon({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(sim.doc.selection).toEqual({ sheet: '预算执行表', address: 'D5' });
  });
});
