/**
 * A run's outputs (the annotated copy, the JSON report) are each written to a temporary file
 * beside its target and renamed into place only once every one of them was written: a run that
 * fails halfway leaves no output behind, not even the one that had succeeded. Temporary files
 * still on disk when the process is interrupted (SIGINT, SIGTERM) are removed before it exits.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CannotReconcileError } from '../core/errors';

/** Temporary files of this process not yet renamed or removed (for the signal handler). */
const live = new Set<string>();
/** Folders outputs go to, worker threads' included: swept for our temporary files on a signal. */
const outputFolders = new Set<string>();

/** Notes a folder that outputs (possibly from worker threads) are written to. */
export function watchOutputFolder(folder: string): void {
  outputFolders.add(path.resolve(folder));
}

function temporaryFor(target: string): string {
  const tag = `${process.pid}.${randomBytes(4).toString('hex')}`;
  return path.join(path.dirname(target), `.${path.basename(target)}.${tag}.tmp`);
}

/** Two paths that name one file on this machine's usual file systems (case-insensitive). */
export function sameTarget(a: string, b: string): boolean {
  return path.resolve(a).toLowerCase() === path.resolve(b).toLowerCase();
}

/**
 * Refuses outputs that would overwrite the input or each other (`--out` = `--json`), compared
 * case-insensitively (`预算.xlsx` and `预算.XLSX` are one file on Windows and macOS) and, where
 * a file already exists, by identity (a link to the input is the input).
 */
export async function checkOutputs(
  input: string,
  outputs: readonly { readonly flag: string; readonly file: string | undefined }[],
): Promise<void> {
  const given = outputs.filter((output): output is { flag: string; file: string } =>
    Boolean(output.file),
  );
  const inputId = await identity(input);
  for (const [i, output] of given.entries()) {
    const id = await identity(output.file);
    if (sameTarget(output.file, input) || (id !== undefined && id === inputId)) {
      throw new CannotReconcileError(
        `${output.file}: refusing to overwrite the input workbook; choose another output path`,
      );
    }
    for (const other of given.slice(0, i)) {
      if (
        sameTarget(output.file, other.file) ||
        (id !== undefined && id === (await identity(other.file)))
      ) {
        throw new CannotReconcileError(
          `${other.flag} ${other.file} and ${output.flag} ${output.file} name the same file; choose two paths`,
        );
      }
    }
  }
}

async function identity(file: string): Promise<string | undefined> {
  try {
    const stat = await fs.stat(file);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

/** Best effort: a file that cannot be there (its folder is a file) is not there. */
async function removeQuietly(file: string): Promise<void> {
  try {
    await fs.rm(file, { force: true });
  } catch {
    // nothing to remove
  }
}

export class StagedOutputs {
  private readonly staged: { readonly temporary: string; readonly target: string }[] = [];

  /** Writes one output to its temporary file (created beside the target). */
  async stage(target: string, write: (temporary: string) => Promise<void>): Promise<void> {
    const temporary = temporaryFor(target);
    live.add(temporary);
    watchOutputFolder(path.dirname(target));
    this.staged.push({ temporary, target });
    try {
      await fs.mkdir(path.dirname(target), { recursive: true });
      await write(temporary);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error;
      throw new CannotReconcileError(`${target}: cannot be written (${code})`);
    }
  }

  /** Renames every staged output into place; on a failure, none is left behind. */
  async commit(): Promise<void> {
    const done: string[] = [];
    try {
      for (const { temporary, target } of this.staged) {
        await fs.rename(temporary, target);
        live.delete(temporary);
        done.push(target);
      }
    } catch (error) {
      await Promise.all(done.map(removeQuietly));
      await this.discard();
      throw error;
    }
    this.staged.length = 0;
  }

  /** Removes every temporary file written so far. */
  async discard(): Promise<void> {
    await Promise.all(
      this.staged.map(async ({ temporary }) => {
        await removeQuietly(temporary);
        live.delete(temporary);
      }),
    );
    this.staged.length = 0;
  }
}

/**
 * Removes every temporary file of this process still on disk, synchronously (a signal handler
 * cannot wait): those this thread knows, and, in `folders`, those worker threads wrote.
 */
export function removeTemporaryFiles(folders: readonly string[] = [...outputFolders]): void {
  for (const temporary of live) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // its folder went away or is not a folder: nothing left there
    }
  }
  live.clear();
  const ours = new RegExp(`^\\..*\\.${process.pid}\\.[0-9a-f]{8}\\.tmp$`);
  for (const folder of folders) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) if (ours.test(name)) rmSync(path.join(folder, name), { force: true });
  }
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15 } as const;

/**
 * On Ctrl-C or SIGTERM: remove every temporary file, then exit as the signal would (130, 143).
 * Installed by the executable only, never by in-process runs.
 */
export function removeTemporaryFilesOnSignals(): void {
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.once(signal, () => {
      removeTemporaryFiles();
      process.exit(128 + number);
    });
  }
}

/** Reads only regular files: a device (`/dev/zero`), a FIFO or a socket would never end. */
export async function checkRegularFile(file: string): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    return; // the read that follows says what is wrong (no such file, no permission)
  }
  if (stat.isDirectory()) throw new CannotReconcileError(`${file}: is a folder, not a workbook`);
  if (!stat.isFile()) {
    throw new CannotReconcileError(
      `${file}: not a regular file (a device, pipe or socket is never read)`,
    );
  }
}
