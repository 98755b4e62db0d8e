import { LoggerService } from '@nestjs/common';
import { pino, type Logger, type LevelWithSilent } from 'pino';
import { RequestContext } from '../request-context/request-context.js';
import { logTraceFields } from '../tracing/log-trace-fields.js';
import { redactValue, scrubSecrets } from './redaction.js';

export interface LoggerOptions {
  service: string;
  level: LevelWithSilent;
  destination?: pino.DestinationStream;
}

/**
 * JSON logs on stdout, one line per event, with the service name, request id,
 * trace and span ids (when tracing is on) and no secrets.
 */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = RequestContext.requestId();
        const trace = logTraceFields();
        return requestId ? { requestId, ...trace } : trace;
      },
      hooks: {
        logMethod(args, method) {
          const cleaned = args.map((arg) => redactValue(arg)) as Parameters<typeof method>;
          method.apply(this, cleaned);
        },
      },
    },
    // Synchronous writes: a process that exits on a signal must not lose its last lines.
    options.destination ?? pino.destination({ sync: true }),
  );
}

/** Adapts pino to Nest's LoggerService so framework messages share the same format. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...optional: unknown[]): void {
    this.write('info', message, optional);
  }

  error(message: unknown, ...optional: unknown[]): void {
    this.write('error', message, optional);
  }

  warn(message: unknown, ...optional: unknown[]): void {
    this.write('warn', message, optional);
  }

  debug(message: unknown, ...optional: unknown[]): void {
    this.write('debug', message, optional);
  }

  verbose(message: unknown, ...optional: unknown[]): void {
    this.write('trace', message, optional);
  }

  fatal(message: unknown, ...optional: unknown[]): void {
    this.write('fatal', message, optional);
  }

  private write(level: pino.Level, message: unknown, optional: unknown[]): void {
    // Nest passes the logger context (a class name) last; a stack trace may precede it.
    const rest = optional.filter((value) => value !== undefined && value !== null);
    const context = typeof rest.at(-1) === 'string' ? (rest.pop() as string) : undefined;
    const extra = rest.length > 0 ? { extra: rest } : {};
    if (message instanceof Error) {
      this.logger[level]({ context, err: message, ...extra }, scrubSecrets(message.message));
    } else if (typeof message === 'object' && message !== null) {
      this.logger[level]({ context, ...(message as object), ...extra });
    } else {
      this.logger[level]({ context, ...extra }, String(message));
    }
  }
}
