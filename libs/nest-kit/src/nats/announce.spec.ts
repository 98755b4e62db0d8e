import { declareEvent } from '@tally/contracts';
import { z } from 'zod';
import { announce } from './announce.js';

const Happened = declareEvent('test.something.happened', z.object({ id: z.string() }));

describe('announce', () => {
  it('publishes the event with its payload', async () => {
    const sent: [string, unknown][] = [];
    const logged: unknown[] = [];
    const bus = {
      emit: (event: { subject: string }, payload: unknown) => {
        sent.push([event.subject, payload]);
        return Promise.resolve();
      },
    };

    await announce(bus, { error: (entry: unknown) => logged.push(entry) }, Happened, { id: 'a' });

    expect(sent).toEqual([['test.something.happened', { id: 'a' }]]);
    expect(logged).toEqual([]);
  });

  it('logs a failure to publish with the subject, and does not throw it', async () => {
    const failure = new Error('NATS is not reachable');
    const logged: unknown[] = [];
    const bus = { emit: () => Promise.reject(failure) };

    await expect(
      announce(bus, { error: (entry: unknown) => logged.push(entry) }, Happened, { id: 'a' }),
    ).resolves.toBeUndefined();

    expect(logged).toEqual([{ msg: 'could not publish test.something.happened', err: failure }]);
  });
});
