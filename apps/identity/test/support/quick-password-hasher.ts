import argon2 from 'argon2';
import { PasswordHasher } from '../../src/users/password-hasher.js';

/**
 * The real hasher with argon2id's cheapest settings: `verify` is the
 * production one (it reads the settings from the hash), only slow no more.
 */
export class QuickPasswordHasher extends PasswordHasher {
  override hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1 });
  }
}
