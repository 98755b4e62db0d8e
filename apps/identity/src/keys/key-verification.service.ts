import { parseApiKey, Principal, VerifyKeyReply } from '@tally/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { SECRET_HASHER, SecretHasher } from '../crypto/secret-hasher.js';
import { ApiKeysRepository } from './api-keys.repository.js';

/** Answers the gateway's "who is this key?": one checksum test, one HMAC, one indexed lookup. */
@Injectable()
export class KeyVerificationService {
  constructor(
    private readonly keys: ApiKeysRepository,
    @Inject(SECRET_HASHER) private readonly hasher: SecretHasher,
  ) {}

  async verify(presented: string): Promise<VerifyKeyReply> {
    if (typeof presented !== 'string' || !parseApiKey(presented))
      return { valid: false, reason: 'malformed' };
    const key = await this.keys.findForVerification(this.hasher.hash(presented));
    if (!key) return { valid: false, reason: 'unknown' };
    if (key.revokedAt) return { valid: false, reason: 'revoked' };
    if (key.expiresAt.getTime() <= Date.now()) return { valid: false, reason: 'expired' };
    // A paused key may be enabled again: the gateway keeps its verdict by id, to drop it then.
    if (key.disabled) return { valid: false, reason: 'disabled', keyId: key.id };
    const principal: Principal = {
      accountId: key.accountId,
      credentialType: key.type === 'secret' ? 'secret_key' : 'publishable_key',
      credentialId: key.id,
      environment: key.environment,
      permissions: key.permissions,
      expiresAt: key.expiresAt.toISOString(),
      userId: key.ownerUserId,
      ...(key.type === 'publishable' ? { allowedOrigins: key.allowedOrigins } : {}),
    };
    return { valid: true, principal };
  }
}
