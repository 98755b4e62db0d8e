import { QuickPasswordHasher } from './quick-password-hasher.js';

/**
 * The quick hasher, counting every argon2 run (hashes and verifications) and
 * able to hold them all until the test lets them go, as a slow hash would.
 */
export class CountingPasswordHasher extends QuickPasswordHasher {
  /** argon2 runs started so far, hashes and verifications alike. */
  runs = 0;
  private held: Promise<void> | undefined;
  private letGoOfHeld: () => void = () => undefined;

  /** From now on every run waits until `letGo`. */
  hold(): void {
    this.held = new Promise((resolve) => (this.letGoOfHeld = resolve));
  }

  /** Lets the held runs go on, and later ones run at once. */
  letGo(): void {
    this.letGoOfHeld();
    this.held = undefined;
  }

  override async hash(password: string): Promise<string> {
    this.runs += 1;
    await this.held;
    return super.hash(password);
  }

  override async verify(hash: string, password: string): Promise<boolean> {
    this.runs += 1;
    await this.held;
    return super.verify(hash, password);
  }
}
