import { inProcessLock } from './creator-lock.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('inProcessLock', () => {
  it('runs work under the same key one at a time, in order', async () => {
    const lock = inProcessLock();
    const events: string[] = [];
    const work = (name: string) => async () => {
      events.push(`${name} starts`);
      await tick();
      events.push(`${name} ends`);
      return name;
    };

    const results = await Promise.all([lock('c1', work('a')), lock('c1', work('b'))]);

    expect(results).toEqual(['a', 'b']);
    expect(events).toEqual(['a starts', 'a ends', 'b starts', 'b ends']);
  });

  it('lets work under different keys overlap', async () => {
    const lock = inProcessLock();
    const events: string[] = [];
    const work = (name: string) => async () => {
      events.push(`${name} starts`);
      await tick();
      events.push(`${name} ends`);
    };

    await Promise.all([lock('c1', work('a')), lock('c2', work('b'))]);

    expect(events.slice(0, 2)).toEqual(['a starts', 'b starts']);
  });

  it('passes the failure to its caller and lets the next one run', async () => {
    const lock = inProcessLock();

    const failed = lock('c1', async () => {
      throw new Error('boom');
    });
    const next = lock('c1', async () => 'ran');

    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ran');
  });
});
