/** Where the command line writes; tests pass their own to capture output in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Colour only on a terminal. */
  readonly colour: boolean;
  /** A progress bar on stderr, only when stderr is a terminal. */
  readonly progress?: boolean;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  progress: Boolean(process.stderr.isTTY),
};

/**
 * The same outputs with resident IDs and card numbers masked in every line: the last net under
 * the masking each piece of user text already had before it entered a line.
 */
export function maskedIo(io: CliIo, mask: (text: string) => string): CliIo {
  return {
    ...io,
    stdout: (text) => io.stdout(mask(text)),
    stderr: (text) => io.stderr(mask(text)),
  };
}

/** Exit codes of the contract. */
export const EXIT = { clean: 0, errors: 1, cannotReconcile: 2 } as const;
