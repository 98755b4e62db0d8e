/** The answer to `<service>.health.ping`. */
export interface PingReply {
  service: string;
  status: 'ok';
}

/** What `GET /api/v1/ping` returns: one entry per service asked. */
export interface PlatformPing {
  identity: 'ok';
  creators: 'ok';
}
