/**
 * A value sent on purpose outside its declared type, to see the receiver
 * refuse it: the typed client would not compile it otherwise.
 */
export function outOfContract(value: unknown): never {
  return value as never;
}
