import {
  ApiKeyView,
  AuditEventFilter,
  AuditEventView,
  ClientCredentials,
  CreatedOAuthClient,
  CreateOAuthClientInput,
  IntrospectionResponse,
  Jwks,
  OAuthClientView,
  OAuthOutcome,
  Revocations,
  TokenResponse,
  CreatedApiKey,
  CreateKeyInput,
  CreateRoleInput,
  IdentityKeysCreate,
  IdentityKeysGet,
  IdentityKeysList,
  IdentityKeysRevoke,
  IdentityKeysRoll,
  IdentityKeysVerify,
  IdentitySubjects,
  ListAuditEventsRequest,
  LoginInput,
  PageRequest,
  PageResult,
  Principal,
  RoleView,
  RollKeyInput,
  SessionCreated,
  SessionVerification,
  SignupInput,
  VerifyKeyReply,
  WhoAmI,
} from '@tally/contracts';
import { ServiceClient } from '@tally/nest-kit';
import { Injectable } from '@nestjs/common';

/** The identity service as the gateway sees it: one typed method per NATS subject. */
@Injectable()
export class IdentityClient {
  constructor(private readonly bus: ServiceClient) {}

  verifyKey(key: string): Promise<VerifyKeyReply> {
    return this.bus.request(IdentityKeysVerify, { key });
  }

  verifySession(sessionToken: string): Promise<SessionVerification> {
    return this.bus.request(IdentitySubjects.verifySession, { sessionToken });
  }

  createKey(principal: Principal, input: CreateKeyInput): Promise<CreatedApiKey> {
    return this.bus.request(IdentityKeysCreate, { principal, input });
  }

  listKeys(principal: Principal, page: PageRequest): Promise<PageResult<ApiKeyView>> {
    return this.bus.request(IdentityKeysList, { principal, page });
  }

  getKey(principal: Principal, keyId: string): Promise<ApiKeyView> {
    return this.bus.request(IdentityKeysGet, { principal, keyId });
  }

  revokeKey(principal: Principal, keyId: string): Promise<ApiKeyView> {
    return this.bus.request(IdentityKeysRevoke, { principal, keyId });
  }

  rollKey(principal: Principal, keyId: string, input: RollKeyInput): Promise<CreatedApiKey> {
    return this.bus.request(IdentityKeysRoll, { principal, keyId, input });
  }

  listRoles(principal: Principal): Promise<RoleView[]> {
    return this.bus.request(IdentitySubjects.listRoles, { principal });
  }

  createRole(principal: Principal, input: CreateRoleInput): Promise<RoleView> {
    return this.bus.request(IdentitySubjects.createRole, { principal, input });
  }

  signup(input: SignupInput, ip: string): Promise<SessionCreated> {
    return this.bus.request(IdentitySubjects.signup, { input, ip });
  }

  login(input: LoginInput, ip: string): Promise<SessionCreated> {
    return this.bus.request(IdentitySubjects.login, { input, ip });
  }

  logout(sessionToken: string): Promise<{ loggedOut: boolean }> {
    return this.bus.request(IdentitySubjects.logout, { sessionToken });
  }

  whoAmI(principal: Principal): Promise<WhoAmI> {
    return this.bus.request(IdentitySubjects.whoAmI, { principal });
  }

  listAuditEvents(
    principal: Principal,
    page: PageRequest,
    filter: AuditEventFilter,
  ): Promise<PageResult<AuditEventView>> {
    return this.bus.request(IdentitySubjects.listAuditEvents, {
      principal,
      page,
      filter,
    } satisfies ListAuditEventsRequest);
  }

  createOAuthClient(
    principal: Principal,
    input: CreateOAuthClientInput,
  ): Promise<CreatedOAuthClient> {
    return this.bus.request(IdentitySubjects.createOAuthClient, { principal, input });
  }

  listOAuthClients(principal: Principal, page: PageRequest): Promise<PageResult<OAuthClientView>> {
    return this.bus.request(IdentitySubjects.listOAuthClients, { principal, page });
  }

  revokeOAuthClient(principal: Principal, id: string): Promise<OAuthClientView> {
    return this.bus.request(IdentitySubjects.revokeOAuthClient, { principal, id });
  }

  issueToken(
    credentials: ClientCredentials,
    grantType: string,
    scope: string | undefined,
  ): Promise<OAuthOutcome<TokenResponse>> {
    return this.bus.request(IdentitySubjects.issueToken, { ...credentials, grantType, scope });
  }

  introspectToken(
    credentials: ClientCredentials,
    token: string,
  ): Promise<OAuthOutcome<IntrospectionResponse>> {
    return this.bus.request(IdentitySubjects.introspectToken, { ...credentials, token });
  }

  revokeToken(
    credentials: ClientCredentials,
    token: string,
  ): Promise<OAuthOutcome<Record<string, never>>> {
    return this.bus.request(IdentitySubjects.revokeToken, { ...credentials, token });
  }

  jwks(): Promise<Jwks> {
    return this.bus.request(IdentitySubjects.jwks, {});
  }

  revocations(): Promise<Revocations> {
    return this.bus.request(IdentitySubjects.revocations, {});
  }
}
