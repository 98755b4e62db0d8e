import {
  ApiKeyView,
  CreatedApiKey,
  CreateKeyInput,
  CreateKeyRequest,
  IdentitySubjects,
  KeyRequest,
  ListRequest,
  PageResult,
  RollKeyInput,
  RollKeyRequest,
  validateInput,
  VerifyKeyReply,
  VerifyKeyRequest,
} from '@tally/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ApiKeysService } from './api-keys.service.js';
import { KeyVerificationService } from './key-verification.service.js';

@Controller()
export class KeysHandler {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly verification: KeyVerificationService,
  ) {}

  @MessagePattern(IdentitySubjects.verifyKey)
  verify(@Payload() request: VerifyKeyRequest): Promise<VerifyKeyReply> {
    return this.verification.verify(request.key);
  }

  @MessagePattern(IdentitySubjects.createKey)
  create(@Payload() request: CreateKeyRequest): Promise<CreatedApiKey> {
    return this.keys.create(request.principal, validateInput(CreateKeyInput, request.input));
  }

  @MessagePattern(IdentitySubjects.listKeys)
  list(@Payload() request: ListRequest): Promise<PageResult<ApiKeyView>> {
    return this.keys.list(request.principal, request.page);
  }

  @MessagePattern(IdentitySubjects.getKey)
  get(@Payload() request: KeyRequest): Promise<ApiKeyView> {
    return this.keys.get(request.principal, request.keyId);
  }

  @MessagePattern(IdentitySubjects.revokeKey)
  revoke(@Payload() request: KeyRequest): Promise<ApiKeyView> {
    return this.keys.revoke(request.principal, request.keyId);
  }

  @MessagePattern(IdentitySubjects.rollKey)
  roll(@Payload() request: RollKeyRequest): Promise<CreatedApiKey> {
    return this.keys.roll(
      request.principal,
      request.keyId,
      validateInput(RollKeyInput, request.input ?? {}),
    );
  }
}
