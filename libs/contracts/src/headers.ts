/** Header carrying the request id, over HTTP and on every NATS message. */
export const REQUEST_ID_HEADER = 'x-request-id';
