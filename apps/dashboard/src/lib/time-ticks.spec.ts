import { describe, expect, it } from 'vitest';
import { timeTicks, type TimeTick } from './time-ticks';

// Local times (the axis reads in the browser's time zone), away from
// daylight-saving changes, so the expectations hold in any zone.
const at = (day: number, hour = 0, minute = 0, second = 0) =>
  new Date(2026, 5, day, hour, minute, second).getTime();
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const text = (ticks: TimeTick[]) =>
  ticks.map((tick) => (tick.context ? `${tick.label} ${tick.context}` : tick.label));

describe('timeTicks', () => {
  it('labels a span under two days with round times of day, the date under the first', () => {
    const ticks = timeTicks(at(15, 9, 12), at(15, 21, 40), 7);
    expect(text(ticks)).toEqual(['10:00 Jun 15', '12:00', '14:00', '16:00', '18:00', '20:00']);
    expect(ticks[0].time).toBe(at(15, 10));
  });

  it('marks the day where the times cross midnight', () => {
    const ticks = timeTicks(at(14, 22), at(15, 21), 6);
    expect(text(ticks)).toEqual(['00:00 Jun 15', '06:00', '12:00', '18:00']);
    expect(text(timeTicks(at(14, 18), at(15, 10), 4))).toEqual([
      '18:00 Jun 14',
      '00:00 Jun 15',
      '06:00',
    ]);
  });

  it('steps by round hours that fit the number of ticks', () => {
    expect(text(timeTicks(at(15, 9, 12), at(15, 21, 40), 6))).toEqual([
      '12:00 Jun 15',
      '15:00',
      '18:00',
      '21:00',
    ]);
  });

  it('dates every time when a time of day would come twice', () => {
    const ticks = timeTicks(at(14, 1), at(15, 23), 8);
    expect(text(ticks)).toEqual([
      '06:00 Jun 14',
      '12:00 Jun 14',
      '18:00 Jun 14',
      '00:00 Jun 15',
      '06:00 Jun 15',
      '12:00 Jun 15',
      '18:00 Jun 15',
    ]);
  });

  it('labels two days or more with dates', () => {
    expect(text(timeTicks(at(8, 22), at(15, 21), 8))).toEqual([
      'Jun 9',
      'Jun 10',
      'Jun 11',
      'Jun 12',
      'Jun 13',
      'Jun 14',
      'Jun 15',
    ]);
    expect(text(timeTicks(at(1), at(30), 6))).toEqual([
      'Jun 1',
      'Jun 8',
      'Jun 15',
      'Jun 22',
      'Jun 29',
    ]);
  });

  it('adds the year only when the dates cross one', () => {
    const ticks = timeTicks(new Date(2025, 11, 28).getTime(), new Date(2026, 0, 3).getTime(), 8);
    expect(text(ticks)).toEqual([
      'Dec 28 2025',
      'Dec 29',
      'Dec 30',
      'Dec 31',
      'Jan 1 2026',
      'Jan 2',
      'Jan 3',
    ]);
  });

  it('gives a single moment one tick with its time and date', () => {
    expect(text(timeTicks(at(15, 14, 5), at(15, 14, 5)))).toEqual(['14:05 Jun 15']);
  });

  it('labels both ends of a span too short for two round times', () => {
    expect(text(timeTicks(at(15, 14, 5, 10), at(15, 14, 5, 40), 6))).toEqual([
      '14:05:10 Jun 15',
      '14:05:40',
    ]);
    expect(text(timeTicks(at(15, 14, 5, 50), at(15, 14, 6, 20), 2))).toEqual([
      '14:05 Jun 15',
      '14:06',
    ]);
  });

  it('keeps to the number of ticks asked for, and to at least two', () => {
    expect(timeTicks(at(15), at(15, 23), 3)).toHaveLength(2);
    expect(timeTicks(at(1), at(30), 1).length).toBeLessThanOrEqual(2);
  });

  it('never shows the same label twice, nor a tick outside the span', () => {
    const start = at(10, 7, 13);
    const spans = [1, 7, 45, 90, 200, 600, 1439, 1441, 2000, 2879, 2881, 5000, 20000, 60000];
    for (const minutes of spans) {
      for (const most of [2, 3, 4, 6, 10]) {
        const end = start + minutes * MINUTE;
        const ticks = timeTicks(start, end, most);
        const labels = text(ticks);
        expect(new Set(labels).size).toBe(labels.length);
        expect(ticks.length).toBeLessThanOrEqual(Math.max(2, most));
        expect(ticks.length).toBeGreaterThanOrEqual(1);
        for (const tick of ticks) {
          expect(tick.time).toBeGreaterThanOrEqual(start);
          expect(tick.time).toBeLessThanOrEqual(end);
        }
      }
    }
  });

  it('reads in times under two days and in dates from two days on', () => {
    const timeOfDay = /^\d\d:\d\d$/;
    expect(
      timeTicks(at(10), at(10) + 2 * DAY - MINUTE, 6).every((t) => timeOfDay.test(t.label)),
    ).toBe(true);
    expect(timeTicks(at(10), at(10) + 2 * DAY, 6).every((t) => /^Jun \d+$/.test(t.label))).toBe(
      true,
    );
  });
});
