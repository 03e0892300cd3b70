/**
 * The annotated copy in a real spreadsheet program: LibreOffice Calc (Debian's
 * libreoffice-calc-nogui, installed by .ci/run) opens it, prints it to PDF with the marked fill,
 * and re-saves it — renumbering every style — after which Clear still restores fills and notes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { reconcileBytes } from '../../../src/cli/reconcileInWorker';
import { annotatePackage, clearPackage } from '../../../src/xlsx/patch';
import { MARK_FILL } from '../../../src/core/port/marks';
import { tempDir } from '../../support/cli';
import { convert, describeWithLibreOffice, pdfFillColours } from '../../support/libreoffice';
import { buildCorpusWorkbook } from './corpus';
import { cellsOf, noteText, notesOf, openPackage } from './packageView';

const OPTIONS = { language: 'zh-CN' as const, strict: false, today: '2026-01-01', summary: true };

async function annotate(bytes: Uint8Array): Promise<Uint8Array> {
  const reconciled = await reconcileBytes('corpus.xlsx', bytes, OPTIONS);
  return annotatePackage(bytes, { marks: reconciled.marks, summary: reconciled.summary }).bytes;
}

/** The `<fill>` element a cell's style uses, whitespace between tags ignored. */
function fillOf(bytes: Uint8Array, cell: string): string {
  const styles = openPackage(bytes).text('xl/styles.xml') ?? '';
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const xf = [...xfs.matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)][cellsOf(bytes)[cell].s][0];
  const fillId = Number(/fillId="(\d+)"/.exec(xf)?.[1] ?? 0);
  const fills = /<fills[^>]*>([\s\S]*?)<\/fills>/.exec(styles)?.[1] ?? '';
  return [...fills.matchAll(/<fill>[\s\S]*?<\/fill>|<fill\/>/g)][fillId][0].replace(/>\s+</g, '><');
}

describeWithLibreOffice('LibreOffice Calc', () => {
  const features = [
    'chart',
    'notes',
    'frozen',
    'validation',
    'conditional',
    'names',
    'custom',
  ] as const;

  it('opens the annotated copy and prints it to PDF with the marked fill', async () => {
    const folder = tempDir();
    const input = buildCorpusWorkbook({ features: [...features] }).bytes;
    writeFileSync(path.join(folder, 'input.xlsx'), input);
    writeFileSync(path.join(folder, 'annotated.xlsx'), await annotate(input));
    const before = pdfFillColours(
      readFileSync(convert(path.join(folder, 'input.xlsx'), 'pdf', folder)),
    );
    const after = pdfFillColours(
      readFileSync(convert(path.join(folder, 'annotated.xlsx'), 'pdf', folder)),
    );
    expect(before.has(MARK_FILL.error)).toBe(false);
    expect(after.has(MARK_FILL.error)).toBe(true);
  }, 120_000);

  it('a copy marked, then re-saved by LibreOffice (styles renumbered), clears back to its fills and notes', async () => {
    const folder = tempDir();
    const input = buildCorpusWorkbook({ features: [...features] }).bytes;
    writeFileSync(path.join(folder, 'input.xlsx'), input);
    writeFileSync(path.join(folder, 'marked.xlsx'), await annotate(input));
    // LibreOffice's own round trip of the unmarked input is the baseline for its renumbering.
    const resavedInput = path.join(folder, 'input-resaved');
    const resavedMarked = path.join(folder, 'marked-resaved');
    const baseline = readFileSync(convert(path.join(folder, 'input.xlsx'), 'xlsx', resavedInput));
    const resaved = readFileSync(convert(path.join(folder, 'marked.xlsx'), 'xlsx', resavedMarked));
    expect(cellsOf(resaved)['预算执行表!C5'].s).not.toBe(cellsOf(input)['预算执行表!C5'].s);

    const cleared = clearPackage(resaved);
    expect(cleared.restored).toBe(1);
    const back = cleared.bytes;
    // The theme-coloured fill the user had on C5 is back exactly: the registry kept the fill
    // itself, not the style index LibreOffice renumbered.
    expect(fillOf(back, '预算执行表!C5')).toBe(fillOf(input, '预算执行表!C5'));
    expect(fillOf(back, '预算执行表!C5')).not.toMatch(new RegExp(MARK_FILL.error));
    // The user's own note, exactly as the input had it (the registry kept the element).
    expect(notesOf(back)['预算执行表!C5']).toBe(notesOf(input)['预算执行表!C5']);
    expect(noteText(notesOf(baseline)['预算执行表!C5'])).toBe('张三:\n请复核此数');
    expect(noteText(notesOf(back)['预算执行表!D5'])).toBe('待财务科确认');
    expect(openPackage(back).text('xl/workbook.xml')).not.toMatch(/_budget_reconciler|对账摘要/);
  }, 180_000);
});
