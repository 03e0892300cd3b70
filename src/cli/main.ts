import { promises as fs } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { CannotReconcileError } from '../core/errors';
import { maskIds } from '../core/findings/privacy';
import type { Language } from '../core/model/finding';
import { clearFile } from './clearFile';
import { explainFile } from './explain';
import { reconcileFolder } from './folder';
import { EXIT, maskedIo, processIo, type CliIo } from './io';
import { formatReport } from './print';
import { reconcileFile } from './reconcileFile';
import { removeTemporaryFilesOnSignals } from './outputs';
import { CLI_TEXT } from './text';

interface ReconcileFlags {
  readonly out?: string;
  readonly json?: string;
  readonly lang: Language;
  readonly strict?: boolean;
}

async function isFolder(target: string): Promise<boolean> {
  try {
    return (await fs.stat(target)).isDirectory();
  } catch {
    return false;
  }
}

async function reconcileCommand(target: string, flags: ReconcileFlags, io: CliIo): Promise<number> {
  const options = {
    out: flags.out,
    json: flags.json,
    language: flags.lang,
    strict: Boolean(flags.strict),
  };
  if (await isFolder(target)) return reconcileFolder(target, options, io);
  const outcome = await reconcileFile(target, options);
  io.stdout(formatReport(outcome.report, flags.lang, io.colour));
  for (const { what, file } of outcome.wrote) {
    const label =
      what === 'out'
        ? flags.lang === 'zh-CN'
          ? '标注副本'
          : 'annotated copy'
        : flags.lang === 'zh-CN'
          ? 'JSON 报告'
          : 'JSON report';
    io.stdout(`${CLI_TEXT[flags.lang].wrote(label, maskIds(file))}\n`);
  }
  if (outcome.fromLegacy) io.stderr(`${CLI_TEXT[flags.lang].legacyCopy(target)}\n`);
  return outcome.exitCode;
}

function program(io: CliIo, setExit: (code: number) => void): Command {
  const lang = new Option('--lang <language>', 'language of messages and summary')
    .choices(['zh-CN', 'en-US'])
    .default('zh-CN');
  const root = new Command('budget-reconcile')
    .description(
      'Reconcile a budget workbook: recompute totals and per-capita amounts, flag wrong figures.',
    )
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });
  root
    .command('reconcile <workbook>', { isDefault: true })
    .description('reconcile a workbook (.xlsx, .xlsm, .xls, .et) or every workbook in a folder')
    .option('--out <file>', 'write an annotated copy: highlights, notes, summary sheet')
    .option('--json <file>', 'write the JSON report (schemaVersion 1)')
    .addOption(lang)
    .option('--strict', 'treat every difference as an error, rounding included')
    .action(async (target: string, flags: ReconcileFlags) =>
      setExit(await reconcileCommand(target, flags, io)),
    );
  root
    .command('clear <workbook>')
    .description("write a copy with the product's highlights and notes removed")
    .requiredOption('--out <file>', 'where to write the cleared copy (the input is never changed)')
    .addOption(new Option('--lang <language>').choices(['zh-CN', 'en-US']).default('zh-CN'))
    .action(async (target: string, flags: { out: string; lang: Language }) => {
      const cells = await clearFile(target, flags.out);
      io.stdout(`${CLI_TEXT[flags.lang].cleared(cells, flags.out)}\n`);
      setExit(EXIT.clean);
    });
  root
    .command('explain <workbook>')
    .description('print how each sheet was read: tables, header paths, roles, units and totals')
    .addOption(new Option('--lang <language>').choices(['zh-CN', 'en-US']).default('zh-CN'))
    .action(async (target: string, flags: { lang: Language }) => {
      io.stdout(await explainFile(target, flags.lang));
      setExit(EXIT.clean);
    });
  return root;
}

/**
 * Runs the command line on `argv` (without node and script) and returns the exit code. Every
 * failure becomes one line on stderr, never a stack trace.
 */
export async function run(argv: readonly string[], outputs: CliIo = processIo): Promise<number> {
  const io = maskedIo(outputs, maskIds);
  let exitCode: number = EXIT.clean;
  try {
    await program(io, (code) => (exitCode = code)).parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT.clean;
      io.stderr(`budget-reconcile: ${error.message.replace(/^error: /, '')}\n`);
      return EXIT.cannotReconcile;
    }
    const message =
      error instanceof CannotReconcileError
        ? error.message
        : `internal error: ${(error as Error).message}`;
    io.stderr(`budget-reconcile: ${maskIds(message.split('\n')[0])}\n`);
    if (process.env.BUDGET_RECONCILE_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return EXIT.cannotReconcile;
  }
}

export { removeTemporaryFilesOnSignals } from './outputs';

if (require.main === module) {
  removeTemporaryFilesOnSignals();
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
