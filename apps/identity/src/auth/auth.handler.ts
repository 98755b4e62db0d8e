import {
  IdentityAuthLogin,
  IdentityAuthLogout,
  IdentityAuthSignup,
  IdentitySessionsVerify,
  IdentityUsersMe,
  type ReceivedRequestOf,
  type ReplyOf,
} from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuthService } from './auth.service.js';

@Controller()
export class AuthHandler {
  constructor(private readonly auth: AuthService) {}

  @Handles(IdentityAuthSignup)
  signup(
    @Payload() request: ReceivedRequestOf<typeof IdentityAuthSignup>,
  ): Promise<ReplyOf<typeof IdentityAuthSignup>> {
    return this.auth.signup(request.input, request.ip);
  }

  @Handles(IdentityAuthLogin)
  login(
    @Payload() request: ReceivedRequestOf<typeof IdentityAuthLogin>,
  ): Promise<ReplyOf<typeof IdentityAuthLogin>> {
    return this.auth.login(request.input, request.ip);
  }

  @Handles(IdentityAuthLogout)
  logout(
    @Payload() request: ReceivedRequestOf<typeof IdentityAuthLogout>,
  ): Promise<ReplyOf<typeof IdentityAuthLogout>> {
    return this.auth.logout(request.sessionToken);
  }

  @Handles(IdentitySessionsVerify)
  verifySession(
    @Payload() request: ReceivedRequestOf<typeof IdentitySessionsVerify>,
  ): Promise<ReplyOf<typeof IdentitySessionsVerify>> {
    return this.auth.verifySession(request.sessionToken);
  }

  @Handles(IdentityUsersMe)
  whoAmI(
    @Payload() request: ReceivedRequestOf<typeof IdentityUsersMe>,
  ): Promise<ReplyOf<typeof IdentityUsersMe>> {
    return this.auth.whoAmI(request.principal);
  }
}
