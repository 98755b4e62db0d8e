import { BUILT_IN_ROLES, type CreateRoleInput } from '@tally/contracts';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openIdentityDatabase } from '../../test/support/identity-database.js';
import { IdentityFixtures } from '../../test/support/identity-fixtures.js';
import { RolesRepository } from './roles.repository.js';
import { RolesService } from './roles.service.js';

const BUILT_IN_NAMES = Object.keys(BUILT_IN_ROLES).sort();

function roleInput(overrides: Partial<CreateRoleInput> = {}): CreateRoleInput {
  return {
    name: `analysts-${randomBytes(4).toString('hex')}`,
    description: 'Read and sync creators.',
    permissions: ['creators:read', 'creators:sync'],
    ...overrides,
  };
}

describe('RolesService', () => {
  let db: DataSource;
  let fixtures: IdentityFixtures;
  let sut: RolesService;

  beforeAll(async () => {
    db = await openIdentityDatabase();
    fixtures = new IdentityFixtures(db);
  });

  afterAll(async () => {
    await db.destroy();
  });

  beforeEach(() => {
    sut = new RolesService(new RolesRepository(db), fixtures.auditService());
  });

  describe('list', () => {
    it("lists the built-in roles first, then the account's own", async () => {
      const account = await fixtures.account();
      const own = await fixtures.role(account, ['creators:read']);

      const roles = await sut.list(fixtures.sessionOf(account));

      expect(roles.map((role) => [role.name, role.builtIn])).toEqual([
        ...BUILT_IN_NAMES.map((name) => [name, true]),
        [own.name, false],
      ]);
    });

    it('lists the built-in roles with their permissions', async () => {
      const account = await fixtures.account();

      const roles = await sut.list(fixtures.sessionOf(account));

      const permissionsByName = (entries: [string, readonly string[]][]) =>
        Object.fromEntries(entries.map(([name, permissions]) => [name, [...permissions].sort()]));
      expect(permissionsByName(roles.map((role) => [role.name, role.permissions]))).toEqual(
        permissionsByName(Object.entries(BUILT_IN_ROLES)),
      );
    });

    it("leaves out other accounts' roles", async () => {
      const [account, other] = [await fixtures.account(), await fixtures.account()];
      const othersRole = await fixtures.role(other, ['creators:read']);

      const roles = await sut.list(fixtures.sessionOf(account));

      expect(roles.map((role) => role.id)).not.toContain(othersRole.id);
    });
  });

  describe('create', () => {
    it('creates a role of the account, not built in, which the account then lists', async () => {
      const account = await fixtures.account();
      const input = roleInput();

      const created = await sut.create(fixtures.sessionOf(account), input);

      expect(created).toMatchObject({
        name: input.name,
        description: input.description,
        permissions: ['creators:read', 'creators:sync'],
        builtIn: false,
      });
      expect(await sut.list(fixtures.sessionOf(account))).toContainEqual(created);
    });

    it('keeps each permission once, in order', async () => {
      const account = await fixtures.account();

      const created = await sut.create(
        fixtures.sessionOf(account),
        roleInput({ permissions: ['keys:read', 'creators:read', 'keys:read'] }),
      );

      expect(created.permissions).toEqual(['creators:read', 'keys:read']);
    });

    it('gives a role without a description an empty one', async () => {
      const account = await fixtures.account();

      const created = await sut.create(
        fixtures.sessionOf(account),
        roleInput({ description: undefined }),
      );

      expect(created.description).toBe('');
    });

    it('refuses a permission the caller does not hold, and stores no role', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account, ['creators:read', 'keys:write']);
      const input = roleInput({ permissions: ['creators:read', 'account:admin'] });

      await expect(sut.create(caller, input)).rejects.toMatchObject({
        code: 'insufficient_scope',
        details: [{ field: 'roles', reason: 'missing account:admin' }],
      });
      const names = (await sut.list(caller)).map((role) => role.name);
      expect(names).not.toContain(input.name);
    });

    it('refuses the name of a built-in role, which stays as it was', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);

      await expect(
        sut.create(caller, roleInput({ name: 'read-only', permissions: ['account:admin'] })),
      ).rejects.toMatchObject({ code: 'conflict', details: [{ field: 'name', reason: 'taken' }] });
      const readOnly = (await sut.list(caller)).filter((role) => role.name === 'read-only');
      expect(readOnly).toEqual([
        expect.objectContaining({ builtIn: true, permissions: ['creators:read'] }),
      ]);
    });

    it('refuses a name the account already uses', async () => {
      const account = await fixtures.account();
      const caller = fixtures.sessionOf(account);
      const first = await sut.create(caller, roleInput());

      await expect(sut.create(caller, roleInput({ name: first.name }))).rejects.toMatchObject({
        code: 'conflict',
      });
    });

    it('lets two accounts each have a role of the same name', async () => {
      const [account, other] = [await fixtures.account(), await fixtures.account()];
      const first = await sut.create(fixtures.sessionOf(other), roleInput());

      const second = await sut.create(fixtures.sessionOf(account), roleInput({ name: first.name }));

      expect(second.id).not.toBe(first.id);
    });

    it('records the creation in the audit log', async () => {
      const account = await fixtures.account();

      await sut.create(fixtures.sessionOf(account), roleInput());

      expect(await fixtures.auditActions(account)).toEqual(['role.created']);
    });
  });
});
