import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export interface RequestContextStore {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContextStore>();

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** Carries the request id through every await of one request, across HTTP and NATS. */
export const RequestContext = {
  run<T>(store: RequestContextStore, fn: () => T): T {
    return storage.run(store, fn);
  },

  current(): RequestContextStore | undefined {
    return storage.getStore();
  },

  requestId(): string | undefined {
    return storage.getStore()?.requestId;
  },

  /** Keeps a caller's id when it is sane, otherwise makes a new one. */
  acceptOrGenerate(candidate: unknown): string {
    return typeof candidate === 'string' && REQUEST_ID_PATTERN.test(candidate)
      ? candidate
      : randomUUID();
  },
};
