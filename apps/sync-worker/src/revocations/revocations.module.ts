import { grantRevokerProvider } from '@tally/creators-data';
import { Module } from '@nestjs/common';
import { PlatformsModule } from '../platforms/platforms.module.js';
import { TokensModule } from '../tokens/tokens.module.js';
import { LegacyRevocationForwarder } from './legacy-revocation-forwarder.js';
import { revocationTokenRefresherProvider } from './revocation-token-refresher.provider.js';
import { RevokeAuthorizationHandler } from './revoke-authorization.handler.js';
import { RevokeAuthorizationService } from './revoke-authorization.service.js';

@Module({
  imports: [PlatformsModule, TokensModule],
  providers: [
    revocationTokenRefresherProvider,
    grantRevokerProvider,
    RevokeAuthorizationService,
    RevokeAuthorizationHandler,
    LegacyRevocationForwarder,
  ],
  exports: [RevokeAuthorizationHandler, LegacyRevocationForwarder],
})
export class RevocationsModule {}
