/** Where an operator command writes: the process's streams, or a test's buffers. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

export type Command = (
  argv: readonly string[],
  env: Record<string, string | undefined>,
  output: CliOutput,
) => Promise<number>;

/**
 * Runs an operator command as this process: its arguments and environment,
 * stdout and stderr, and its answer as the exit code (1, with the stack on
 * stderr, when it throws).
 */
export function runCommand(name: string, command: Command): void {
  command(process.argv.slice(2), process.env, {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `${name} failed: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
