import {
  ACCESS_TOKEN_LIFETIME_SECONDS,
  IdentityClientRevoked,
  IdentityCredentialsChanged,
  IdentityKeyRevoked,
  IdentityKeyRolled,
  IdentitySessionEnded,
  IdentityTokenRevoked,
  type Revocation,
  type RevokedCredentialKind,
} from '@tally/contracts';
import { ServiceClient } from '@tally/nest-kit';
import { Injectable } from '@nestjs/common';
import { RevocationFeed } from './revocation-feed.js';

/** Keys and sessions are dropped from the caches, not remembered: nothing to keep. */
function dropNow(kind: RevokedCredentialKind, credentialId: string): Revocation {
  return { kind, credentialId, forgetAfter: new Date().toISOString() };
}

/**
 * Identity's revocation events, the fast path: they reach every gateway at
 * once, but only while it is connected. The resync catches what they miss.
 */
@Injectable()
export class RevocationEvents {
  constructor(bus: ServiceClient, feed: RevocationFeed) {
    bus.subscribe(IdentityKeyRevoked, (event) => feed.publish([dropNow('api_key', event.keyId)]));
    bus.subscribe(IdentityKeyRolled, (event) => feed.publish([dropNow('api_key', event.keyId)]));
    bus.subscribe(IdentitySessionEnded, (event) =>
      feed.publish([dropNow('session', event.sessionId)]),
    );
    bus.subscribe(IdentityTokenRevoked, (event) =>
      feed.publish([
        { kind: 'oauth_token', credentialId: event.jti, forgetAfter: event.expiresAt },
      ]),
    );
    bus.subscribe(IdentityClientRevoked, (event) => {
      const lastTokenExpires = Date.parse(event.revokedAt) + ACCESS_TOKEN_LIFETIME_SECONDS * 1000;
      feed.publish([
        {
          kind: 'oauth_client',
          credentialId: event.id,
          forgetAfter: new Date(lastTokenExpires).toISOString(),
          recordedAt: event.revokedAt,
        },
      ]);
    });
    bus.subscribe(IdentityCredentialsChanged, (event) => feed.publish(event.revocations));
  }
}
