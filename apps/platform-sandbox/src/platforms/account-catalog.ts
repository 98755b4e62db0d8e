/** What every platform's sandbox account has: a stable id and a name to sign in with. */
export interface CatalogAccount {
  id: string;
  username: string;
}

/** The accounts of one platform who can sign in, seeded and added by tests. */
export class AccountCatalog<Account extends CatalogAccount> {
  private readonly all: Account[];

  constructor(seeded: readonly Account[]) {
    this.all = [...seeded];
  }

  get accounts(): readonly Account[] {
    return this.all;
  }

  /** False when an account with the same id or username exists. */
  add(account: Account): boolean {
    if (this.all.some((known) => known.id === account.id || known.username === account.username)) {
      return false;
    }
    this.all.push(account);
    return true;
  }

  first(): Account {
    return this.all[0] as Account;
  }

  /** The account named by a sign-in hint: a username (with or without `@`), an id or a 1-based position. */
  find(hint: string): Account | undefined {
    const trimmed = hint.trim().replace(/^@/, '');
    if (/^\d{1,4}$/.test(trimmed)) return this.all[Number(trimmed) - 1];
    return this.all.find((account) => account.id === trimmed || account.username === trimmed);
  }

  withId(id: string): Account | undefined {
    return this.all.find((account) => account.id === id);
  }
}
