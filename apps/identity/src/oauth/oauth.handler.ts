import {
  CreatedOAuthClient,
  CreateOAuthClientInput,
  CreateOAuthClientRequest,
  IdentitySubjects,
  IntrospectionResponse,
  Jwks,
  ListRequest,
  OAuthClientRequest,
  OAuthClientView,
  OAuthOutcome,
  PageResult,
  Revocations,
  TokenQuestion,
  TokenRequest,
  TokenResponse,
  validateInput,
} from '@tally/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { OAuthClientsService } from './oauth-clients.service.js';
import { TokenService } from './token.service.js';

@Controller()
export class OAuthHandler {
  constructor(
    private readonly clients: OAuthClientsService,
    private readonly tokens: TokenService,
  ) {}

  @MessagePattern(IdentitySubjects.createOAuthClient)
  create(@Payload() request: CreateOAuthClientRequest): Promise<CreatedOAuthClient> {
    return this.clients.create(
      request.principal,
      validateInput(CreateOAuthClientInput, request.input),
    );
  }

  @MessagePattern(IdentitySubjects.listOAuthClients)
  list(@Payload() request: ListRequest): Promise<PageResult<OAuthClientView>> {
    return this.clients.list(request.principal, request.page);
  }

  @MessagePattern(IdentitySubjects.revokeOAuthClient)
  revoke(@Payload() request: OAuthClientRequest): Promise<OAuthClientView> {
    return this.clients.revoke(request.principal, request.id);
  }

  @MessagePattern(IdentitySubjects.issueToken)
  issue(@Payload() request: TokenRequest): Promise<OAuthOutcome<TokenResponse>> {
    return this.tokens.issue(request);
  }

  @MessagePattern(IdentitySubjects.introspectToken)
  introspect(@Payload() request: TokenQuestion): Promise<OAuthOutcome<IntrospectionResponse>> {
    return this.tokens.introspect(request);
  }

  @MessagePattern(IdentitySubjects.revokeToken)
  revokeToken(@Payload() request: TokenQuestion): Promise<OAuthOutcome<Record<string, never>>> {
    return this.tokens.revoke(request);
  }

  @MessagePattern(IdentitySubjects.jwks)
  jwks(): Promise<Jwks> {
    return this.tokens.jwks();
  }

  @MessagePattern(IdentitySubjects.revocations)
  revocations(): Promise<Revocations> {
    return this.tokens.revocations();
  }
}
