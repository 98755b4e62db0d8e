/** A request as the client sends it, any number of times: its body read once, into memory. */
export interface OutgoingRequest {
  url: string;
  method: string;
  headers: Headers;
  body: ArrayBuffer | string | null;
  /** The caller's signal: aborting it stops the attempt and every retry. */
  signal: AbortSignal | null;
}

/** The fetch the client calls: the global one, or one passed in the options. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;
