import { sheetNameFor, type SummaryLayout } from '../core/summary/layout';
import { writeBatcher } from './batcher';
import { queueRegistryWrite, readRegistry } from './registry';
import { ourSummarySheets, queueSummary } from './summary';

/**
 * Replaces the product's summary sheet: delete the summaries it wrote before, add the new one
 * under the preferred name (or the next free one if a user's sheet holds it), and record it as
 * the registry's only product sheet — as XlsxPort.writeSummary does.
 */
export async function writeSummaryIn(
  context: Excel.RequestContext,
  layout: SummaryLayout,
  budget: number,
): Promise<string> {
  const registry = await readRegistry(context, budget);
  const ours = await ourSummarySheets(context, registry.state.sheets, registry.sheets);
  const remaining = [...registry.sheets].filter((name) => !ours.includes(name));
  const name = sheetNameFor(layout.sheetName, remaining, []);
  const batcher = writeBatcher(context, budget);
  for (const old of ours) {
    await batcher.queue(100, () => context.workbook.worksheets.getItem(old).delete());
  }
  await queueSummary(context, batcher, layout, name, budget);
  const state = { marks: registry.state.marks, sheets: [name] };
  await queueRegistryWrite(context, batcher, registry, state, budget);
  await batcher.flush();
  return name;
}
