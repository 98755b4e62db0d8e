import { type Job, UnrecoverableError } from 'bullmq';
import { JobHandler } from './job-handler.js';
import { JobRouter } from './job-router.js';

function jobNamed(name: string): Job {
  return { name, queueName: 'creator-sync', data: {} } as Job;
}

describe('JobRouter', () => {
  it('hands a job to the handler registered for its name', async () => {
    const handler: JobHandler = {
      jobName: 'sync',
      handle: jest.fn().mockResolvedValue({ videos: 3 }),
    };
    const sut = new JobRouter([handler]);

    await expect(sut.route(jobNamed('sync'))).resolves.toEqual({ videos: 3 });
    expect(handler.handle).toHaveBeenCalledTimes(1);
  });

  it('fails a job nobody handles without spending retries', async () => {
    const sut = new JobRouter([]);

    await expect(sut.route(jobNamed('mystery'))).rejects.toBeInstanceOf(UnrecoverableError);
  });
});
