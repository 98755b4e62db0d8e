import {
  IdentityOAuthClientsCreate,
  IdentityOAuthClientsList,
  IdentityOAuthClientsRevoke,
  IdentityOAuthClientsUpdate,
  IdentityOAuthIntrospect,
  IdentityOAuthJwks,
  IdentityOAuthRevocations,
  IdentityOAuthRevoke,
  IdentityOAuthToken,
  type ReceivedRequestOf,
  type ReplyOf,
} from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { OAuthClientsService } from './oauth-clients.service.js';
import { TokenService } from './token.service.js';

@Controller()
export class OAuthHandler {
  constructor(
    private readonly clients: OAuthClientsService,
    private readonly tokens: TokenService,
  ) {}

  @Handles(IdentityOAuthClientsCreate)
  create(
    @Payload() request: ReceivedRequestOf<typeof IdentityOAuthClientsCreate>,
  ): Promise<ReplyOf<typeof IdentityOAuthClientsCreate>> {
    return this.clients.create(request.principal, request.input);
  }

  @Handles(IdentityOAuthClientsList)
  list(
    @Payload() request: ReceivedRequestOf<typeof IdentityOAuthClientsList>,
  ): Promise<ReplyOf<typeof IdentityOAuthClientsList>> {
    return this.clients.list(request.principal, request.page);
  }

  @Handles(IdentityOAuthClientsUpdate)
  update(
    @Payload() request: ReceivedRequestOf<typeof IdentityOAuthClientsUpdate>,
  ): Promise<ReplyOf<typeof IdentityOAuthClientsUpdate>> {
    return this.clients.update(request.principal, request.id, request.input);
  }

  @Handles(IdentityOAuthClientsRevoke)
  revoke(
    @Payload() request: ReceivedRequestOf<typeof IdentityOAuthClientsRevoke>,
  ): Promise<ReplyOf<typeof IdentityOAuthClientsRevoke>> {
    return this.clients.revoke(request.principal, request.id);
  }

  @Handles(IdentityOAuthToken)
  issue(
    @Payload() request: ReceivedRequestOf<typeof IdentityOAuthToken>,
  ): Promise<ReplyOf<typeof IdentityOAuthToken>> {
    return this.tokens.issue(request);
  }

  @Handles(IdentityOAuthIntrospect)
  introspect(
    @Payload() request: ReceivedRequestOf<typeof IdentityOAuthIntrospect>,
  ): Promise<ReplyOf<typeof IdentityOAuthIntrospect>> {
    return this.tokens.introspect(request);
  }

  @Handles(IdentityOAuthRevoke)
  revokeToken(
    @Payload() request: ReceivedRequestOf<typeof IdentityOAuthRevoke>,
  ): Promise<ReplyOf<typeof IdentityOAuthRevoke>> {
    return this.tokens.revoke(request);
  }

  @Handles(IdentityOAuthJwks)
  jwks(): Promise<ReplyOf<typeof IdentityOAuthJwks>> {
    return this.tokens.jwks();
  }

  @Handles(IdentityOAuthRevocations)
  revocations(): Promise<ReplyOf<typeof IdentityOAuthRevocations>> {
    return this.tokens.revocations();
  }
}
