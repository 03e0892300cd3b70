/**
 * The workbook's zip, read part by part with fflate: the central directory once, then each part
 * inflated only when asked for, so a sheet's XML is released before the next one is inflated.
 */
import { unzipSync } from 'fflate';

/** Thrown when the bytes are not a readable .xlsx package (the CLI exits with code 2). */
export class NotAWorkbookError extends Error {
  override readonly name = 'NotAWorkbookError';
}

/** Zip entry names as ExcelJS sees them (a leading `/` dropped), mapped to their stored names. */
export class ZipParts {
  private readonly stored = new Map<string, string>();

  constructor(private readonly bytes: Uint8Array) {
    try {
      unzipSync(bytes, {
        filter: (file) => {
          if (!file.name.endsWith('/')) {
            this.stored.set(file.name.startsWith('/') ? file.name.slice(1) : file.name, file.name);
          }
          return false;
        },
      });
    } catch (error) {
      throw new NotAWorkbookError(
        `not an .xlsx workbook (cannot read it as a zip archive: ${(error as Error).message})`,
      );
    }
  }

  get names(): IterableIterator<string> {
    return this.stored.keys();
  }

  has(name: string): boolean {
    return this.stored.has(name);
  }

  /** The inflated bytes of one part, or undefined when the package has no such part. */
  read(name: string): Uint8Array | undefined {
    const storedName = this.stored.get(name);
    if (storedName === undefined) return undefined;
    let parts: Record<string, Uint8Array>;
    try {
      parts = unzipSync(this.bytes, { filter: (file) => file.name === storedName });
    } catch (error) {
      throw new NotAWorkbookError(`Cannot inflate ${name}: ${(error as Error).message}`);
    }
    return parts[storedName];
  }
}
