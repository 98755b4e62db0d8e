export const CREATORS_CONFIG = Symbol('CREATORS_CONFIG');
