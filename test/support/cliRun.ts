import { run } from '../../src/cli/main';

export interface CliOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real command line in-process and captures what it prints. */
export async function runCli(argv: readonly string[]): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    colour: false,
  });
  return { code, stdout, stderr };
}
