import { parseJobsCommand, UsageError } from './jobs-command.js';

describe('parseJobsCommand', () => {
  it('reads every command', () => {
    expect(parseJobsCommand([])).toEqual({ action: 'help' });
    expect(parseJobsCommand(['counts'])).toEqual({ action: 'counts' });
    expect(parseJobsCommand(['failed'])).toEqual({ action: 'failed', limit: 20 });
    expect(parseJobsCommand(['failed', '--limit', '5'])).toEqual({ action: 'failed', limit: 5 });
    expect(parseJobsCommand(['retry', '12', '12', '13'])).toEqual({
      action: 'retry',
      target: { ids: ['12', '13'] },
    });
    expect(parseJobsCommand(['drop', '--all'])).toEqual({ action: 'drop', target: { all: true } });
  });

  it.each([
    [['retry']],
    [['drop', '--all', '3']],
    [['failed', '--limit', '0']],
    [['failed', '--limit', 'many']],
    [['retry', 'a:b']],
    [['purge']],
    [['counts', '--all']],
  ])('refuses %j with a usage error', (argv) => {
    expect(() => parseJobsCommand(argv)).toThrow(UsageError);
  });
});
