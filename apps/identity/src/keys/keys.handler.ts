import {
  IdentityKeysCreate,
  IdentityKeysGet,
  IdentityKeysList,
  IdentityKeysRevoke,
  IdentityKeysRoll,
  IdentityKeysUpdate,
  IdentityKeysVerify,
  type ReceivedRequestOf,
  type ReplyOf,
} from '@tally/contracts';
import { Handles } from '@tally/nest-kit';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ApiKeysService } from './api-keys.service.js';
import { KeyVerificationService } from './key-verification.service.js';

@Controller()
export class KeysHandler {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly verification: KeyVerificationService,
  ) {}

  @Handles(IdentityKeysVerify)
  verify(
    @Payload() request: ReceivedRequestOf<typeof IdentityKeysVerify>,
  ): Promise<ReplyOf<typeof IdentityKeysVerify>> {
    return this.verification.verify(request.key);
  }

  @Handles(IdentityKeysCreate)
  create(
    @Payload() request: ReceivedRequestOf<typeof IdentityKeysCreate>,
  ): Promise<ReplyOf<typeof IdentityKeysCreate>> {
    return this.keys.create(request.principal, request.input);
  }

  @Handles(IdentityKeysList)
  list(
    @Payload() request: ReceivedRequestOf<typeof IdentityKeysList>,
  ): Promise<ReplyOf<typeof IdentityKeysList>> {
    return this.keys.list(request.principal, request.page, request.filter);
  }

  @Handles(IdentityKeysUpdate)
  update(
    @Payload() request: ReceivedRequestOf<typeof IdentityKeysUpdate>,
  ): Promise<ReplyOf<typeof IdentityKeysUpdate>> {
    return this.keys.update(request.principal, request.keyId, request.input);
  }

  @Handles(IdentityKeysGet)
  get(
    @Payload() request: ReceivedRequestOf<typeof IdentityKeysGet>,
  ): Promise<ReplyOf<typeof IdentityKeysGet>> {
    return this.keys.get(request.principal, request.keyId);
  }

  @Handles(IdentityKeysRevoke)
  revoke(
    @Payload() request: ReceivedRequestOf<typeof IdentityKeysRevoke>,
  ): Promise<ReplyOf<typeof IdentityKeysRevoke>> {
    return this.keys.revoke(request.principal, request.keyId);
  }

  @Handles(IdentityKeysRoll)
  roll(
    @Payload() request: ReceivedRequestOf<typeof IdentityKeysRoll>,
  ): Promise<ReplyOf<typeof IdentityKeysRoll>> {
    return this.keys.roll(request.principal, request.keyId, request.input);
  }
}
