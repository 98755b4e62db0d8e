import type { LoginInput, SignupInput } from './auth-messages.js';
import type { CreateRoleInput } from './role-messages.js';
import type { Principal } from './principal.js';
import type { PageRequest } from '../pagination.js';

/** A request made on behalf of a caller: services scope everything to its account. */
export interface Scoped {
  principal: Principal;
}

export interface ListRequest extends Scoped {
  page: PageRequest;
}

export interface CreateRoleRequest extends Scoped {
  input: CreateRoleInput;
}

export interface SignupRequest {
  input: SignupInput;
  ip: string;
}

export interface LoginRequest {
  input: LoginInput;
  ip: string;
}

export interface SessionTokenRequest {
  sessionToken: string;
}

export interface KeyRevokedEvent {
  keyId: string;
  accountId: string;
}

export interface KeyRolledEvent {
  keyId: string;
  accountId: string;
  replacedBy: string;
  graceUntil: string;
}

export interface SessionEndedEvent {
  sessionId: string;
}

export interface KeysUsedEvent {
  uses: { keyId: string; at: string }[];
}
