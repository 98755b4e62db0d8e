import {
  AuditEventFilter,
  ClientCredentials,
  CreateKeyInput,
  CreateOAuthClientInput,
  CreateRoleInput,
  IdentityAuditEventsList,
  IdentityAuthLogin,
  IdentityAuthLogout,
  IdentityAuthSignup,
  IdentityKeysCreate,
  IdentityKeysGet,
  IdentityKeysList,
  IdentityKeysRevoke,
  IdentityKeysRoll,
  IdentityKeysUpdate,
  IdentityKeysVerify,
  IdentityOAuthClientsCreate,
  IdentityOAuthClientsList,
  IdentityOAuthClientsRevoke,
  IdentityOAuthClientsUpdate,
  IdentityOAuthIntrospect,
  IdentityOAuthJwks,
  IdentityOAuthRevoke,
  IdentityOAuthToken,
  IdentityRevocationsSince,
  IdentityRolesCreate,
  IdentityRolesList,
  IdentitySessionsVerify,
  IdentityUsersMe,
  LoginInput,
  PageRequest,
  Principal,
  KeyListFilter,
  RollKeyInput,
  SignupInput,
  UpdateKeyInput,
  UpdateOAuthClientInput,
  type ReplyOf,
} from '@tally/contracts';
import { ServiceClient } from '@tally/nest-kit';
import { Injectable } from '@nestjs/common';

/** The identity service as the gateway sees it: one typed method per declared message. */
@Injectable()
export class IdentityClient {
  constructor(private readonly bus: ServiceClient) {}

  verifyKey(key: string): Promise<ReplyOf<typeof IdentityKeysVerify>> {
    return this.bus.request(IdentityKeysVerify, { key });
  }

  verifySession(sessionToken: string): Promise<ReplyOf<typeof IdentitySessionsVerify>> {
    return this.bus.request(IdentitySessionsVerify, { sessionToken });
  }

  createKey(
    principal: Principal,
    input: CreateKeyInput,
  ): Promise<ReplyOf<typeof IdentityKeysCreate>> {
    return this.bus.request(IdentityKeysCreate, { principal, input });
  }

  listKeys(
    principal: Principal,
    page: PageRequest,
    filter: KeyListFilter = {},
  ): Promise<ReplyOf<typeof IdentityKeysList>> {
    return this.bus.request(IdentityKeysList, { principal, page, filter });
  }

  updateKey(
    principal: Principal,
    keyId: string,
    input: UpdateKeyInput,
  ): Promise<ReplyOf<typeof IdentityKeysUpdate>> {
    return this.bus.request(IdentityKeysUpdate, { principal, keyId, input });
  }

  getKey(principal: Principal, keyId: string): Promise<ReplyOf<typeof IdentityKeysGet>> {
    return this.bus.request(IdentityKeysGet, { principal, keyId });
  }

  revokeKey(principal: Principal, keyId: string): Promise<ReplyOf<typeof IdentityKeysRevoke>> {
    return this.bus.request(IdentityKeysRevoke, { principal, keyId });
  }

  rollKey(
    principal: Principal,
    keyId: string,
    input: RollKeyInput,
  ): Promise<ReplyOf<typeof IdentityKeysRoll>> {
    return this.bus.request(IdentityKeysRoll, { principal, keyId, input });
  }

  listRoles(principal: Principal): Promise<ReplyOf<typeof IdentityRolesList>> {
    return this.bus.request(IdentityRolesList, { principal });
  }

  createRole(
    principal: Principal,
    input: CreateRoleInput,
  ): Promise<ReplyOf<typeof IdentityRolesCreate>> {
    return this.bus.request(IdentityRolesCreate, { principal, input });
  }

  signup(input: SignupInput, ip: string): Promise<ReplyOf<typeof IdentityAuthSignup>> {
    return this.bus.request(IdentityAuthSignup, { input, ip });
  }

  login(input: LoginInput, ip: string): Promise<ReplyOf<typeof IdentityAuthLogin>> {
    return this.bus.request(IdentityAuthLogin, { input, ip });
  }

  logout(sessionToken: string): Promise<ReplyOf<typeof IdentityAuthLogout>> {
    return this.bus.request(IdentityAuthLogout, { sessionToken });
  }

  whoAmI(principal: Principal): Promise<ReplyOf<typeof IdentityUsersMe>> {
    return this.bus.request(IdentityUsersMe, { principal });
  }

  listAuditEvents(
    principal: Principal,
    page: PageRequest,
    filter: AuditEventFilter,
  ): Promise<ReplyOf<typeof IdentityAuditEventsList>> {
    return this.bus.request(IdentityAuditEventsList, { principal, page, filter });
  }

  createOAuthClient(
    principal: Principal,
    input: CreateOAuthClientInput,
  ): Promise<ReplyOf<typeof IdentityOAuthClientsCreate>> {
    return this.bus.request(IdentityOAuthClientsCreate, { principal, input });
  }

  listOAuthClients(
    principal: Principal,
    page: PageRequest,
  ): Promise<ReplyOf<typeof IdentityOAuthClientsList>> {
    return this.bus.request(IdentityOAuthClientsList, { principal, page });
  }

  revokeOAuthClient(
    principal: Principal,
    id: string,
  ): Promise<ReplyOf<typeof IdentityOAuthClientsRevoke>> {
    return this.bus.request(IdentityOAuthClientsRevoke, { principal, id });
  }

  updateOAuthClient(
    principal: Principal,
    id: string,
    input: UpdateOAuthClientInput,
  ): Promise<ReplyOf<typeof IdentityOAuthClientsUpdate>> {
    return this.bus.request(IdentityOAuthClientsUpdate, { principal, id, input });
  }

  issueToken(
    credentials: ClientCredentials,
    grantType: string,
    scope: string | undefined,
  ): Promise<ReplyOf<typeof IdentityOAuthToken>> {
    return this.bus.request(IdentityOAuthToken, { ...credentials, grantType, scope });
  }

  introspectToken(
    credentials: ClientCredentials,
    token: string,
  ): Promise<ReplyOf<typeof IdentityOAuthIntrospect>> {
    return this.bus.request(IdentityOAuthIntrospect, { ...credentials, token });
  }

  revokeToken(
    credentials: ClientCredentials,
    token: string,
  ): Promise<ReplyOf<typeof IdentityOAuthRevoke>> {
    return this.bus.request(IdentityOAuthRevoke, { ...credentials, token });
  }

  jwks(): Promise<ReplyOf<typeof IdentityOAuthJwks>> {
    return this.bus.request(IdentityOAuthJwks, {});
  }

  revocationsSince(after: number): Promise<ReplyOf<typeof IdentityRevocationsSince>> {
    return this.bus.request(IdentityRevocationsSince, { after });
  }
}
