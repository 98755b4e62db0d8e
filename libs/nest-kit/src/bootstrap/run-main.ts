import { ConfigError } from '../config/load-config.js';

/**
 * Runs an app's start-up and turns a failure into one clear message on stderr
 * and a non-zero exit, instead of a stack trace or a half-started process.
 */
export function runMain(service: string, start: () => Promise<unknown>): void {
  // Through a promise, so that a synchronous throw (a configuration error) gets the same treatment.
  Promise.resolve()
    .then(start)
    .catch((error: unknown) => {
      const message =
        error instanceof ConfigError || error instanceof StartupError
          ? error.message
          : error instanceof Error
            ? `${error.name}: ${error.message}`
            : String(error);
      process.stderr.write(`${service} failed to start. ${message}\n`);
      process.exit(1);
    });
}

/** A start-up failure whose message already says what to fix. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
