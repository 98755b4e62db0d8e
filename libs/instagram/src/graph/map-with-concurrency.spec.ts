import { mapWithConcurrency } from './map-with-concurrency.js';

describe('mapWithConcurrency', () => {
  it('keeps at most `concurrency` calls in flight and answers in input order', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const releases: Array<() => void> = [];
    const work = async (item: number) => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise<void>((resolve) => releases.push(resolve));
      inFlight -= 1;
      return item * 10;
    };

    const done = mapWithConcurrency([1, 2, 3, 4, 5], 2, work);
    // Release the waiting calls last-first, so that finishing order differs from input order.
    while (releases.length > 0 || inFlight > 0) {
      await new Promise((resolve) => setImmediate(resolve));
      releases.pop()?.();
    }

    expect(await done).toEqual([10, 20, 30, 40, 50]);
    expect(mostInFlight).toBe(2);
  });

  it('answers an empty list without calling anything', async () => {
    const work = jest.fn(async () => 1);

    expect(await mapWithConcurrency([], 4, work)).toEqual([]);
    expect(work).not.toHaveBeenCalled();
  });
});
