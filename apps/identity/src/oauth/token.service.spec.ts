import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_LIFETIME_SECONDS,
  IdentityTokenRevoked,
  type CreatedOAuthClient,
  type OAuthOutcome,
  type TokenResponse,
} from '@tally/contracts';
import { Logger } from '@nestjs/common';
import {
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  generateKeyPair,
  jwtVerify,
  SignJWT,
} from 'jose';
import type { DataSource } from 'typeorm';
import { backToThePresent, MINUTE_MS, travelInTime } from '../../test/support/date-travel.js';
import { openIdentityDatabase } from '../../test/support/identity-database.js';
import { IdentityFixtures, type TestAccount } from '../../test/support/identity-fixtures.js';
import { identityTestConfig } from '../../test/support/identity-test-config.js';
import { RecordingBus } from '../../test/support/recording-bus.js';
import { SecretHasher } from '../crypto/secret-hasher.js';
import { RolesRepository } from '../roles/roles.repository.js';
import { OAuthClientsRepository } from './oauth-clients.repository.js';
import { OAuthClientsService } from './oauth-clients.service.js';
import { RevokedTokensRepository } from './revoked-tokens.repository.js';
import { SigningKeysRepository } from './signing-keys.repository.js';
import { SigningKeysService } from './signing-keys.service.js';
import { TokenService } from './token.service.js';

const config = identityTestConfig({ PUBLIC_BASE_URL: 'http://tally.test/' });

const credentialsOf = (client: CreatedOAuthClient) => ({
  clientId: client.clientId,
  clientSecret: client.clientSecret,
});

/** The access token of a successful answer; fails the test on a refusal. */
function accessTokenOf(outcome: OAuthOutcome<TokenResponse>): string {
  if (!outcome.ok)
    throw new Error(`expected a token, got ${outcome.error}: ${outcome.description}`);
  return outcome.value.access_token;
}

describe('TokenService', () => {
  let db: DataSource;
  let fixtures: IdentityFixtures;
  let clientsService: OAuthClientsService;
  let bus: RecordingBus;
  let sut: TokenService;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    db = await openIdentityDatabase();
    fixtures = new IdentityFixtures(db);
  });

  afterAll(async () => {
    await db.destroy();
  });

  beforeEach(() => {
    const hasher = new SecretHasher(config.KEY_HASH_SECRET);
    const clients = new OAuthClientsRepository(db);
    const audit = fixtures.auditService();
    bus = new RecordingBus();
    clientsService = new OAuthClientsService(
      db,
      clients,
      new RolesRepository(db),
      audit,
      new RecordingBus().client,
      fixtures.credentialOwners(),
      hasher,
    );
    sut = new TokenService(
      config,
      hasher,
      clients,
      new RevokedTokensRepository(db),
      new SigningKeysService(db, config, new SigningKeysRepository(db)),
      audit,
      bus.client,
    );
  });

  afterEach(() => {
    backToThePresent();
  });

  /** A new client of `account` (a new account by default) holding `roles`. */
  async function clientWith(
    roles: string[],
    account?: TestAccount,
  ): Promise<CreatedOAuthClient & { account: TestAccount }> {
    const owner = account ?? (await fixtures.account());
    const client = await clientsService.create(fixtures.sessionOf(owner), {
      name: 'reporting',
      environment: 'production',
      roles,
    });
    return { ...client, account: owner };
  }

  async function tokenFor(client: CreatedOAuthClient, scope?: string): Promise<string> {
    return accessTokenOf(
      await sut.issue({ ...credentialsOf(client), grantType: 'client_credentials', scope }),
    );
  }

  async function isActive(token: string, asker: CreatedOAuthClient): Promise<boolean> {
    const outcome = await sut.introspect({ ...credentialsOf(asker), token });
    if (!outcome.ok) throw new Error(`introspection refused: ${outcome.error}`);
    return outcome.value.active;
  }

  describe('issue', () => {
    it("gives a bearer token with all the client's permissions when no scope is asked for", async () => {
      const client = await clientWith(['creators-manager']);

      const outcome = await sut.issue({
        ...credentialsOf(client),
        grantType: 'client_credentials',
      });

      expect(outcome).toEqual({
        ok: true,
        value: {
          access_token: expect.any(String),
          token_type: 'bearer',
          expires_in: ACCESS_TOKEN_LIFETIME_SECONDS,
          scope: 'creators:read creators:sync creators:write',
        },
      });
    });

    it('signs a token that names the client, its account and environment, for one lifetime', async () => {
      const client = await clientWith(['read-only']);

      const claims = decodeJwt(await tokenFor(client));

      expect(claims).toMatchObject({
        iss: 'http://tally.test',
        aud: ACCESS_TOKEN_AUDIENCE,
        sub: client.clientId,
        client_id: client.clientId,
        cid: client.id,
        account_id: client.account.id,
        environment: 'production',
        scope: 'creators:read',
      });
      expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(ACCESS_TOKEN_LIFETIME_SECONDS);
    });

    it('narrows the token to the scope asked for', async () => {
      const client = await clientWith(['creators-manager']);

      const claims = decodeJwt(await tokenFor(client, 'creators:sync creators:read'));

      expect(claims.scope).toBe('creators:read creators:sync');
    });

    it('refuses a scope the client does not hold, naming it', async () => {
      const client = await clientWith(['read-only']);

      const outcome = await sut.issue({
        ...credentialsOf(client),
        grantType: 'client_credentials',
        scope: 'creators:read keys:write',
      });

      expect(outcome).toMatchObject({
        ok: false,
        status: 400,
        error: 'invalid_scope',
        description: expect.stringContaining('keys:write'),
      });
    });

    it('refuses a scope that is no permission at all', async () => {
      const client = await clientWith(['full-access']);

      const outcome = await sut.issue({
        ...credentialsOf(client),
        grantType: 'client_credentials',
        scope: 'admin',
      });

      expect(outcome).toMatchObject({ ok: false, status: 400, error: 'invalid_scope' });
    });

    it('refuses an empty scope', async () => {
      const client = await clientWith(['read-only']);

      const outcome = await sut.issue({
        ...credentialsOf(client),
        grantType: 'client_credentials',
        scope: ' ',
      });

      expect(outcome).toMatchObject({ ok: false, status: 400, error: 'invalid_scope' });
    });

    it('refuses a wrong secret', async () => {
      const client = await clientWith(['read-only']);

      const outcome = await sut.issue({
        clientId: client.clientId,
        clientSecret: `${client.clientSecret}x`,
        grantType: 'client_credentials',
      });

      expect(outcome).toMatchObject({ ok: false, status: 401, error: 'invalid_client' });
    });

    it("refuses another client's secret", async () => {
      const client = await clientWith(['read-only']);
      const other = await clientWith(['read-only'], client.account);

      const outcome = await sut.issue({
        clientId: client.clientId,
        clientSecret: other.clientSecret,
        grantType: 'client_credentials',
      });

      expect(outcome).toMatchObject({ ok: false, status: 401, error: 'invalid_client' });
    });

    it('refuses an unknown client id', async () => {
      const outcome = await sut.issue({
        clientId: 'tly_ci_0000000000000000000000',
        clientSecret: 'tly_cs_anything',
        grantType: 'client_credentials',
      });

      expect(outcome).toMatchObject({ ok: false, status: 401, error: 'invalid_client' });
    });

    it('refuses a revoked client, even with the right secret', async () => {
      const client = await clientWith(['read-only']);
      await clientsService.revoke(fixtures.sessionOf(client.account), client.id);

      const outcome = await sut.issue({
        ...credentialsOf(client),
        grantType: 'client_credentials',
      });

      expect(outcome).toMatchObject({ ok: false, status: 401, error: 'invalid_client' });
    });

    it('refuses a grant type other than client_credentials', async () => {
      const client = await clientWith(['read-only']);

      const outcome = await sut.issue({ ...credentialsOf(client), grantType: 'password' });

      expect(outcome).toMatchObject({ ok: false, status: 400, error: 'unsupported_grant_type' });
    });

    it('asks for the grant type when none is given', async () => {
      const client = await clientWith(['read-only']);

      const outcome = await sut.issue({ ...credentialsOf(client), grantType: '' });

      expect(outcome).toMatchObject({ ok: false, status: 400, error: 'invalid_request' });
    });
  });

  describe('introspect', () => {
    it("describes an active token of the caller's account", async () => {
      const client = await clientWith(['creators-manager']);
      const token = await tokenFor(client, 'creators:read');

      const outcome = await sut.introspect({ ...credentialsOf(client), token });

      expect(outcome).toEqual({
        ok: true,
        value: expect.objectContaining({
          active: true,
          scope: 'creators:read',
          client_id: client.clientId,
          token_type: 'bearer',
          jti: decodeJwt(token).jti,
        }),
      });
    });

    it('lets another client of the same account see the token', async () => {
      const client = await clientWith(['read-only']);
      const sibling = await clientWith(['read-only'], client.account);

      expect(await isActive(await tokenFor(client), sibling)).toBe(true);
    });

    it("reports another account's token as inactive", async () => {
      const client = await clientWith(['read-only']);
      const stranger = await clientWith(['read-only']);

      expect(await isActive(await tokenFor(client), stranger)).toBe(false);
    });

    it('reports a revoked token as inactive', async () => {
      const client = await clientWith(['read-only']);
      const token = await tokenFor(client);
      await sut.revoke({ ...credentialsOf(client), token });

      expect(await isActive(token, client)).toBe(false);
    });

    it('reports the token of a revoked client as inactive', async () => {
      const client = await clientWith(['read-only']);
      const sibling = await clientWith(['read-only'], client.account);
      const token = await tokenFor(client);

      await clientsService.revoke(fixtures.sessionOf(client.account), client.id);

      expect(await isActive(token, sibling)).toBe(false);
    });

    it('reports a token past its lifetime as inactive', async () => {
      const client = await clientWith(['read-only']);
      const token = await tokenFor(client);

      travelInTime(ACCESS_TOKEN_LIFETIME_SECONDS * 1000 + MINUTE_MS);

      expect(await isActive(token, client)).toBe(false);
    });

    it('reports a token signed by anyone else as inactive, even with our claims and key id', async () => {
      const client = await clientWith(['read-only']);
      const genuine = await tokenFor(client);
      const { privateKey } = await generateKeyPair('ES256');
      const forged = await new SignJWT(decodeJwt(genuine))
        .setProtectedHeader(decodeProtectedHeader(genuine) as { alg: string })
        .sign(privateKey);

      expect(await isActive(forged, client)).toBe(false);
    });

    it('reports something that is no token as inactive', async () => {
      const client = await clientWith(['read-only']);

      expect(await isActive('not.a.token', client)).toBe(false);
    });

    it('refuses a caller whose secret is wrong', async () => {
      const client = await clientWith(['read-only']);
      const token = await tokenFor(client);

      const outcome = await sut.introspect({
        clientId: client.clientId,
        clientSecret: 'tly_cs_wrong',
        token,
      });

      expect(outcome).toMatchObject({ ok: false, status: 401, error: 'invalid_client' });
    });
  });

  describe('revoke', () => {
    it('makes the token inactive', async () => {
      const client = await clientWith(['read-only']);
      const token = await tokenFor(client);

      const outcome = await sut.revoke({ ...credentialsOf(client), token });

      expect(outcome).toEqual({ ok: true, value: {} });
      expect(await isActive(token, client)).toBe(false);
    });

    it('tells the gateways which token is revoked and when it would have expired', async () => {
      const client = await clientWith(['read-only']);
      const token = await tokenFor(client);
      const { jti, exp } = decodeJwt(token);

      await sut.revoke({ ...credentialsOf(client), token });

      expect(bus.eventsOf(IdentityTokenRevoked)).toEqual([
        { jti, expiresAt: new Date((exp ?? 0) * 1000).toISOString() },
      ]);
    });

    it("leaves another client's token active, with the same answer as a revocation", async () => {
      const client = await clientWith(['read-only']);
      const sibling = await clientWith(['read-only'], client.account);
      const token = await tokenFor(client);

      const outcome = await sut.revoke({ ...credentialsOf(sibling), token });

      expect(outcome).toEqual({ ok: true, value: {} });
      expect(await isActive(token, client)).toBe(true);
      expect(bus.eventsOf(IdentityTokenRevoked)).toEqual([]);
    });

    it('gives the same answer for something that is no token', async () => {
      const client = await clientWith(['read-only']);

      const outcome = await sut.revoke({ ...credentialsOf(client), token: 'not.a.token' });

      expect(outcome).toEqual({ ok: true, value: {} });
    });

    it('refuses a caller whose secret is wrong, and the token stays active', async () => {
      const client = await clientWith(['read-only']);
      const token = await tokenFor(client);

      const outcome = await sut.revoke({
        clientId: client.clientId,
        clientSecret: 'tly_cs_wrong',
        token,
      });

      expect(outcome).toMatchObject({ ok: false, status: 401, error: 'invalid_client' });
      expect(await isActive(token, client)).toBe(true);
    });

    it('records the revocation in the audit log', async () => {
      const client = await clientWith(['read-only']);
      const token = await tokenFor(client);

      await sut.revoke({ ...credentialsOf(client), token });

      expect(await fixtures.auditActions(client.account)).toEqual([
        'oauth_client.created',
        'oauth_token.revoked',
      ]);
    });
  });

  describe('revocations', () => {
    it('lists a revoked token until it expires', async () => {
      const client = await clientWith(['read-only']);
      const token = await tokenFor(client);
      await sut.revoke({ ...credentialsOf(client), token });
      const { jti, exp } = decodeJwt(token);

      const { tokens } = await sut.revocations();

      expect(tokens).toContainEqual({ jti, expiresAt: new Date((exp ?? 0) * 1000).toISOString() });
    });

    it('lists a client revoked within the last token lifetime', async () => {
      const client = await clientWith(['read-only']);
      const revoked = await clientsService.revoke(fixtures.sessionOf(client.account), client.id);

      const { clients } = await sut.revocations();

      expect(clients).toContainEqual({ id: client.id, revokedAt: revoked.revokedAt });
    });
  });

  describe('jwks', () => {
    it('publishes the key that signs the tokens', async () => {
      const client = await clientWith(['read-only']);
      const token = await tokenFor(client);

      const keys = createLocalJWKSet(await sut.jwks());

      await expect(jwtVerify(token, keys)).resolves.toBeDefined();
    });
  });
});
