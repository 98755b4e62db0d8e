import type { SecretBox } from './secret-box.js';

/**
 * Secrets being rotated: seals with the current box (the first), opens with
 * whichever box sealed it, so that boxes sealed under an older secret stay
 * readable while it is still listed.
 */
export class RotatingSecretBox {
  constructor(private readonly boxes: readonly [current: SecretBox, ...older: SecretBox[]]) {}

  seal(plaintext: string): string {
    return this.boxes[0].seal(plaintext);
  }

  open(box: string): string {
    for (const candidate of this.boxes) {
      try {
        return candidate.open(box);
      } catch {
        // Sealed under another secret (GCM refuses it): try the next one.
      }
    }
    throw new Error('none of the configured secrets opens this box');
  }
}
