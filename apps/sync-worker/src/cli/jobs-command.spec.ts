import { Queues } from '@tally/contracts';
import { parseJobsCommand, UsageError } from './jobs-command.js';

describe('parseJobsCommand', () => {
  const queue = Queues.creatorSync;

  it('reads every command', () => {
    expect(parseJobsCommand([])).toEqual({ action: 'help' });
    expect(parseJobsCommand(['counts'])).toEqual({ action: 'counts', queue });
    expect(parseJobsCommand(['failed'])).toEqual({ action: 'failed', limit: 20, queue });
    expect(parseJobsCommand(['failed', '--limit', '5'])).toEqual({
      action: 'failed',
      limit: 5,
      queue,
    });
    expect(parseJobsCommand(['retry', '12', '12', '13'])).toEqual({
      action: 'retry',
      target: { ids: ['12', '13'] },
      queue,
    });
    expect(parseJobsCommand(['drop', '--all'])).toEqual({
      action: 'drop',
      target: { all: true },
      queue,
    });
  });

  it('reads the queue a command is about, wherever --queue stands', () => {
    expect(parseJobsCommand(['--queue', 'creator-revocations', 'failed'])).toEqual({
      action: 'failed',
      limit: 20,
      queue: Queues.creatorRevocations,
    });
    expect(parseJobsCommand(['retry', '7', '--queue', 'creator-revocations'])).toEqual({
      action: 'retry',
      target: { ids: ['7'] },
      queue: Queues.creatorRevocations,
    });
  });

  it.each([
    [['retry']],
    [['drop', '--all', '3']],
    [['failed', '--limit', '0']],
    [['failed', '--limit', 'many']],
    [['retry', 'a:b']],
    [['purge']],
    [['counts', '--all']],
    [['counts', '--queue']],
    [['counts', '--queue', 'emails']],
    [['counts', '--queue', 'creator-sync', '--queue', 'creator-revocations']],
  ])('refuses %j with a usage error', (argv) => {
    expect(() => parseJobsCommand(argv)).toThrow(UsageError);
  });
});
