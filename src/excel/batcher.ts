/**
 * A batcher for writes: screen updating and calculation are suspended for each sync that
 * carries writes (they only last until that sync), so Excel repaints and recalculates once per
 * batch, not once per cell.
 */
export function writeBatcher(context: Excel.RequestContext, budget: number): SyncBatcher {
  return new SyncBatcher(context, budget, () => {
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
    context.workbook.application.suspendApiCalculationUntilNextSync();
  });
}

/**
 * Groups queued office.js commands into as few `context.sync()` calls as the payload budget
 * allows: the caller says what each command will cost, and the batcher syncs only when the next
 * one would overflow. This is what keeps the number of round trips independent of the number of
 * rows or findings, beyond the chunking the size limit forces.
 */
export class SyncBatcher {
  private bytes = 0;
  private commands = 0;
  private after: (() => void)[] = [];

  constructor(
    private readonly context: { sync(): Promise<void> },
    private readonly budget: number,
    /** Queued first in every request, e.g. suspending screen updating for a write. */
    private readonly onOpen: () => void = () => undefined,
  ) {}

  /**
   * Queues commands costing about `bytes`; `enqueue` may return a callback run after the sync
   * that carried them, when their loaded values can be read.
   */
  async queue(bytes: number, enqueue: () => (() => void) | void): Promise<void> {
    if (this.commands > 0 && this.bytes + bytes > this.budget) await this.flush();
    if (this.commands === 0) this.onOpen();
    const done = enqueue();
    if (done) this.after.push(done);
    this.bytes += bytes;
    this.commands += 1;
  }

  /** Sends whatever is queued and runs the callbacks waiting on it. */
  async flush(): Promise<void> {
    if (this.commands === 0) return;
    await this.context.sync();
    const after = this.after;
    this.after = [];
    this.bytes = 0;
    this.commands = 0;
    for (const done of after) done();
  }
}
