import {
  ChangePasswordInput,
  PasswordChanged,
  PasswordChangedSchema,
  Principal,
  WhoAmI,
  WhoAmISchema,
} from '@tally/contracts';
import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { AnyCredential, CurrentPrincipal } from '../auth/auth.decorators.js';
import { PublicApi } from '../http/public-api.decorator.js';
import { IdentityClient } from '../identity/identity.client.js';
import { ApiRoute } from '../openapi/index.js';
import { TeamClient } from '../team/team.client.js';

@Controller('api/v1/users')
@PublicApi()
export class UsersController {
  constructor(
    private readonly identity: IdentityClient,
    private readonly team: TeamClient,
  ) {}

  @Get('me')
  @AnyCredential()
  @ApiRoute({
    summary: 'Who am I',
    description:
      'The account, the user or key, its roles and permissions, its environment and when it expires; for a key or an OAuth client, its name, metadata and owner.',
    response: WhoAmISchema,
    errors: [503, 504],
  })
  me(@CurrentPrincipal() principal: Principal): Promise<WhoAmI> {
    return this.identity.whoAmI(principal);
  }

  @Post('me/password')
  @AnyCredential()
  @HttpCode(200)
  @ApiRoute({
    summary: 'Change your password',
    description:
      'For a person signed in to the dashboard: the current password, and a new one with the same rules as sign-up. Your other sessions end; this one goes on.',
    response: PasswordChangedSchema,
    errors: [
      {
        status: 400,
        description:
          'The body is invalid, the new password breaks the rules, or `currentPassword` is not right (`validation_failed` naming it).',
      },
      { status: 403, description: 'The credential is a key or an OAuth client, not a session.' },
      503,
      504,
    ],
  })
  changePassword(
    @CurrentPrincipal() principal: Principal,
    @Body() input: ChangePasswordInput,
  ): Promise<PasswordChanged> {
    return this.team.changePassword(principal, input);
  }
}
