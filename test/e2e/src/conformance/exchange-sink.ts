import type { ObservedExchange } from './response-checker.js';

/** What an observer knows of a request when its response arrives. */
export interface RequestFacts {
  method: string;
  url: string;
  header(name: string): string | undefined;
}

/** A response body being read on the side; `cancel` gives up on it. */
export interface PendingRead {
  done: Promise<void>;
  cancel(): void;
}

/** Where the fetch and node:http observers hand what they see. */
export interface ExchangeSink {
  /** Takes the exchange this request started, or undefined when it is not to be checked. */
  open(request: RequestFacts): ((exchange: ObservedExchange) => void) | undefined;
  /** A body is being read: the end of the test waits for it. */
  track(read: PendingRead): void;
}

/** The largest body worth reading for a check; a bigger one is left alone. */
export const MAX_OBSERVED_BODY_BYTES = 10 * 1024 * 1024;
