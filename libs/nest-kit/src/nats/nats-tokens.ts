export const NATS_CLIENT = Symbol('NATS_CLIENT');
export const NATS_CLIENT_OPTIONS = Symbol('NATS_CLIENT_OPTIONS');
