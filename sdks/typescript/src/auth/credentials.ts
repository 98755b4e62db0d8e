/** Where the `Authorization` header of each request comes from. */
export interface Credentials {
  authorization(): Promise<string>;
  /**
   * Called after a 401 to the header that was sent: true when sending the
   * request once more, with a new header, may succeed.
   */
  rejected(authorization: string): boolean;
}

/** An API key (`tly_sk_...`): the same header on every request; a 401 is final. */
export function apiKeyCredentials(apiKey: string): Credentials {
  const header = `Bearer ${apiKey}`;
  return {
    authorization: () => Promise.resolve(header),
    rejected: () => false,
  };
}
