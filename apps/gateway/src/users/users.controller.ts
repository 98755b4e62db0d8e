import { Principal, WhoAmI, WhoAmISchema } from '@tally/contracts';
import { Controller, Get } from '@nestjs/common';
import { AnyCredential, CurrentPrincipal } from '../auth/auth.decorators.js';
import { PublicApi } from '../http/envelope.interceptor.js';
import { IdentityClient } from '../identity/identity.client.js';
import { ApiRoute } from '../openapi/index.js';

@Controller('api/v1/users')
@PublicApi()
export class UsersController {
  constructor(private readonly identity: IdentityClient) {}

  @Get('me')
  @AnyCredential()
  @ApiRoute({
    summary: 'Who am I',
    description:
      'The account, the user or key, its roles and permissions, its environment and when it expires.',
    response: WhoAmISchema,
    errors: [503, 504],
  })
  me(@CurrentPrincipal() principal: Principal): Promise<WhoAmI> {
    return this.identity.whoAmI(principal);
  }
}
