import { SecretBox } from './secret-box.js';

describe('SecretBox', () => {
  const sut = new SecretBox('a-server-secret-of-at-least-32-chars', 'tests');

  it('opens what it sealed', () => {
    expect(sut.open(sut.seal('{"d":"private"}'))).toBe('{"d":"private"}');
  });

  it('never seals the same text the same way', () => {
    expect(sut.seal('x')).not.toBe(sut.seal('x'));
  });

  it('refuses a box that was altered', () => {
    const parts = sut.seal('secret').split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');

    expect(() => sut.open(parts.join('.'))).toThrow();
  });

  it('cannot open a box sealed for another purpose', () => {
    const other = new SecretBox('a-server-secret-of-at-least-32-chars', 'elsewhere');

    expect(() => other.open(sut.seal('secret'))).toThrow();
  });
});
