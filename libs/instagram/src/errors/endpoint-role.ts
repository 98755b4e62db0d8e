/**
 * What a failed call was for, which changes what some errors mean: a dead
 * token while exchanging a code or refreshing means the grant is gone
 * (`invalid_grant`, reconnect), while reading data it means "refresh first"
 * (`access_token_invalid`).
 * - `code-exchange`: the code → short-lived → long-lived token exchanges;
 * - `refresh`: refreshing the long-lived token;
 * - `graph`: reading the creator's data.
 */
export type EndpointRole = 'code-exchange' | 'refresh' | 'graph';
