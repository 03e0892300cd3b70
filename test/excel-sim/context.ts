import type { SimDocument, SimName } from './state';

/** Behaviours of some Excel builds, reported rather than documented, a host may be given. */
export interface SimQuirks {
  /**
   * `NamedItem.visible = false` is ignored on a name that existed before the request (office-js
   * issues 3878 and 3949, Excel on Windows): the name stays visible, no error is raised.
   */
  readonly namesIgnoreHiding?: boolean;
}

/** The error office.js raises (OfficeExtension.Error): a code tests and adapters can branch on. */
export class SimError extends Error {
  override readonly name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** One `context.sync()` round trip as the host saw it. */
export interface SyncRecord {
  /** Approximate UTF-8 size of the queued actions and written values. */
  readonly requestBytes: number;
  /** Approximate UTF-8 size of the loaded properties sent back. */
  readonly responseBytes: number;
  readonly actions: number;
  readonly writes: number;
  readonly screenUpdatingSuspended: boolean;
  readonly calculationSuspended: boolean;
}

export interface SimStats {
  readonly syncs: SyncRecord[];
  /**
   * Fault injection: write actions the host still accepts; the next one fails as a host in
   * trouble would (GeneralException), leaving the earlier writes of that request applied — as
   * Excel does, it does not roll back a failed batch.
   */
  writesLeft?: number;
}

const encoder = new TextEncoder();

export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

interface QueuedOp {
  readonly requestBytes: number;
  readonly write: boolean;
  /** Runs at sync time; returns the response bytes it produced. */
  readonly run: () => number;
}

/** Excel on the web refuses requests or responses over 5 MB; the simulator does the same. */
export const HOST_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * A request context: every proxy call queues an action, nothing touches the document until
 * `sync()`, and each sync is recorded with its payload size.
 */
export class SimContext {
  private queue: QueuedOp[] = [];
  private tracked: ClientObject<unknown>[] = [];
  private suspendScreen = false;
  private suspendCalc = false;

  /** Names added through this context: a quirky host still hides those. */
  readonly createdNames = new WeakSet<SimName>();

  constructor(
    readonly doc: SimDocument,
    readonly stats: SimStats,
    readonly quirks: SimQuirks = {},
    /** Highest ExcelApi version the host supports. */
    readonly excelApi = '1.18',
  ) {}

  /** As a host without the requirement set: the API is not there (ApiNotFound). */
  requires(version: string, api: string): void {
    const [haveMajor, haveMinor = 0] = this.excelApi.split('.').map(Number);
    const [wantMajor, wantMinor = 0] = version.split('.').map(Number);
    const ok = haveMajor !== wantMajor ? haveMajor > wantMajor : haveMinor >= wantMinor;
    if (!ok) throw new SimError('ApiNotFound', `${api} needs ExcelApi ${version}`);
  }

  /** A method call or property write, sent in the next request. */
  queueAction(name: string, args: unknown, run: () => void, write = false): void {
    const requestBytes = jsonBytes({ a: name, p: args }) + 16;
    this.queue.push({ requestBytes, write, run: () => (run(), 0) });
  }

  /** A load: the request names the properties, the response carries their values. */
  queueLoad(name: string, run: () => unknown): void {
    this.queue.push({
      requestBytes: jsonBytes({ l: name }) + 16,
      write: false,
      run: () => jsonBytes(run()),
    });
  }

  track(object: ClientObject<unknown>): void {
    this.tracked.push(object);
  }

  suspendScreenUpdating(): void {
    this.queueAction('suspendScreenUpdatingUntilNextSync', [], () => undefined);
    this.suspendScreen = true;
  }

  suspendCalculation(): void {
    this.queueAction('suspendApiCalculationUntilNextSync', [], () => undefined);
    this.suspendCalc = true;
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const requestBytes = ops.reduce((sum, op) => sum + op.requestBytes, 0);
    const record = {
      requestBytes,
      responseBytes: 0,
      actions: ops.length,
      writes: ops.filter((op) => op.write).length,
      screenUpdatingSuspended: this.suspendScreen,
      calculationSuspended: this.suspendCalc,
    };
    this.suspendScreen = false;
    this.suspendCalc = false;
    // Yield like a real round trip, so code that forgets to await sync() misbehaves in tests too.
    await Promise.resolve();
    if (requestBytes > HOST_PAYLOAD_LIMIT) {
      this.stats.syncs.push(record);
      throw new SimError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`);
    }
    for (const op of ops) {
      if (op.write && this.stats.writesLeft !== undefined) {
        if (this.stats.writesLeft <= 0) {
          this.stats.syncs.push(record);
          throw new SimError('GeneralException', 'An internal error has occurred.');
        }
        this.stats.writesLeft -= 1;
      }
      record.responseBytes += op.run();
    }
    // Objects created in this batch learn whether they exist (isNullObject) at this sync.
    const created = this.tracked;
    this.tracked = [];
    for (const object of created) object.settle();
    this.stats.syncs.push(record);
    if (record.responseBytes > HOST_PAYLOAD_LIMIT) {
      throw new SimError('ResponsePayloadSizeLimitExceeded', `${record.responseBytes} bytes`);
    }
  }
}

function notLoaded(property: string): SimError {
  return new SimError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Names passed to load(): 'a,b', ['a', 'b'] or 'items/name' forms, trimmed. */
export function propertyNames(props: string | readonly string[] | undefined): string[] {
  if (props === undefined) return [];
  const list = typeof props === 'string' ? props.split(',') : [...props];
  return list.map((name) => name.trim()).filter(Boolean);
}

/**
 * Base of every proxy: `locate` finds the target in the document at sync time (null for a
 * missing *OrNullObject item); properties read before load()+sync() throw PropertyNotLoaded.
 */
export abstract class ClientObject<T> {
  private data: Record<string, unknown> | undefined;
  private nullState: boolean | undefined;

  constructor(
    readonly context: SimContext,
    private readonly locate: () => T | null,
    readonly label: string,
    fromLoad = false,
  ) {
    context.track(this);
    // Getting an object is itself an action in the request (getRange, getItem, ...).
    if (!fromLoad) context.queueAction(label, null, () => undefined);
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  /** Called by the context after each sync, as the real host reports null objects. */
  settle(): void {
    if (this.nullState !== undefined) return;
    try {
      this.nullState = this.locate() === null;
    } catch {
      // A plain getItem of something missing is not a null object; reading it fails instead.
      this.nullState = false;
    }
  }

  load(props?: string | readonly string[]): this {
    const names = propertyNames(props);
    this.context.queueLoad(`${this.label}.${names.join(',')}`, () => {
      const target = this.locate();
      if (target === null) return null;
      const snapshot = this.snapshot(target, names);
      this.data = { ...this.data, ...snapshot };
      return snapshot;
    });
    return this;
  }

  /** The target, or ItemNotFound like the host when a non-null accessor misses. */
  protected target(): T {
    const target = this.locate();
    if (target === null) throw new SimError('ItemNotFound', `${this.label} does not exist`);
    return target;
  }

  protected abstract snapshot(target: T, names: readonly string[]): Record<string, unknown>;

  protected loaded<V>(name: string): V {
    if (!this.data || !(name in this.data)) throw notLoaded(name);
    return this.data[name] as V;
  }

  /** As office.js: the loaded properties, so a loaded collection serialises as its items. */
  toJSON(): Record<string, unknown> {
    return this.data ?? {};
  }

  /** Pre-fills properties a collection load already fetched (items/name). */
  preload(data: Record<string, unknown>): this {
    this.data = { ...this.data, ...data };
    this.nullState = false;
    return this;
  }

  protected write(name: string, value: unknown, apply: (target: T) => void): void {
    this.context.queueAction(`${this.label}.${name}=`, value, () => apply(this.target()), true);
  }

  protected call(name: string, args: unknown, apply: (target: T) => void, write = true): void {
    this.context.queueAction(`${this.label}.${name}()`, args, () => apply(this.target()), write);
  }
}
