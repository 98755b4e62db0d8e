import { Principal, WhoAmI } from '@tally/contracts';
import { Controller, Get } from '@nestjs/common';
import { AnyCredential, CurrentPrincipal } from '../auth/auth.decorators.js';
import { PublicApi } from '../http/envelope.interceptor.js';
import { IdentityClient } from '../identity/identity.client.js';

@Controller('api/v1/users')
@PublicApi()
export class UsersController {
  constructor(private readonly identity: IdentityClient) {}

  @Get('me')
  @AnyCredential()
  me(@CurrentPrincipal() principal: Principal): Promise<WhoAmI> {
    return this.identity.whoAmI(principal);
  }
}
