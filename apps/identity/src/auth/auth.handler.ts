import {
  IdentitySubjects,
  LoginInput,
  LoginRequest,
  Scoped,
  SessionCreated,
  SessionTokenRequest,
  SessionVerification,
  SignupInput,
  SignupRequest,
  validateInput,
  WhoAmI,
} from '@tally/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ApiKeysService } from '../keys/api-keys.service.js';
import { AuthService } from './auth.service.js';

@Controller()
export class AuthHandler {
  constructor(
    private readonly auth: AuthService,
    private readonly keys: ApiKeysService,
  ) {}

  @MessagePattern(IdentitySubjects.signup)
  signup(@Payload() request: SignupRequest): Promise<SessionCreated> {
    return this.auth.signup(validateInput(SignupInput, request.input));
  }

  @MessagePattern(IdentitySubjects.login)
  login(@Payload() request: LoginRequest): Promise<SessionCreated> {
    return this.auth.login(validateInput(LoginInput, request.input), String(request.ip));
  }

  @MessagePattern(IdentitySubjects.logout)
  logout(@Payload() request: SessionTokenRequest): Promise<{ loggedOut: boolean }> {
    return this.auth.logout(String(request.sessionToken));
  }

  @MessagePattern(IdentitySubjects.verifySession)
  verifySession(@Payload() request: SessionTokenRequest): Promise<SessionVerification> {
    return this.auth.verifySession(String(request.sessionToken));
  }

  @MessagePattern(IdentitySubjects.whoAmI)
  async whoAmI(@Payload() request: Scoped): Promise<WhoAmI> {
    const { principal } = request;
    const roles =
      principal.credentialType === 'secret_key' || principal.credentialType === 'publishable_key'
        ? (await this.keys.get(principal, principal.credentialId)).roles
        : [];
    return this.auth.whoAmI(principal, roles);
  }
}
