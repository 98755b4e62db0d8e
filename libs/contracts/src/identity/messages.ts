import type { Principal } from './principal.js';

/** A request made on behalf of a caller: services scope everything to its account. */
export interface Scoped {
  principal: Principal;
}
