/**
 * LibreOffice Calc (Debian's libreoffice-calc-nogui, installed by .ci/run) as a real spreadsheet
 * program in tests: headless conversions, and the fill colours a printed PDF paints. Where it is
 * not installed the tests that need it are skipped, with the reason printed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

const SOFFICE = ['soffice', 'libreoffice'].find(
  (command) => spawnSync(command, ['--version'], { encoding: 'utf8' }).status === 0,
);
if (!SOFFICE) {
  // Printed, not hidden: CI installs it (.ci/run); a developer machine may not have it.
  console.log(
    'LibreOffice tests skipped: no soffice on PATH (apt-get install libreoffice-calc-nogui)',
  );
}
export const describeWithLibreOffice = SOFFICE ? describe : describe.skip;

/** Runs a headless conversion with a profile of its own (parallel tests must not share one). */
export function convert(file: string, to: string, outdir: string): string {
  const profile = `file://${path.join(outdir, '.profile')}`;
  const result = spawnSync(
    SOFFICE ?? 'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      to,
      '--outdir',
      outdir,
      file,
    ],
    { encoding: 'utf8', timeout: 90_000 },
  );
  const target = path.join(
    outdir,
    `${path.basename(file, path.extname(file))}.${to.split(':')[0]}`,
  );
  if (result.status !== 0 || !existsSync(target)) {
    throw new Error(`soffice --convert-to ${to} failed: ${result.stderr || result.stdout}`);
  }
  return target;
}

/** The fill colours a PDF paints (`r g b rg` in its content streams), as RGB hex. */
export function pdfFillColours(pdf: Buffer): Set<string> {
  const colours = new Set<string>();
  const text = pdf.toString('latin1');
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = text.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const c of content.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) rg/g)) {
      const hex = [c[1], c[2], c[3]]
        .map((v) =>
          Math.round(Number(v) * 255)
            .toString(16)
            .padStart(2, '0'),
        )
        .join('')
        .toUpperCase();
      colours.add(hex);
    }
  }
  return colours;
}
