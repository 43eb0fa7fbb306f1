import { describe, expect, it } from 'vitest';
import { formatCalendarDay, formatDay, toZonedIso, wallClockToZonedIso } from '../../../src/lib/dates';

describe('formatDay', () => {
  it.each([
    ['2026-11-25T07:00:00+01:00', '25 novembre 2026'],
    // 23:30 UTC is already the next day in Paris: the build machine's zone must not matter.
    ['2026-11-24T23:30:00Z', '25 novembre 2026'],
    ['2026-03-01T12:00:00+01:00', '1er mars 2026'],
    ['2026-08-15T12:00:00+02:00', '15 août 2026'],
  ])('formats %s as "%s" in Europe/Paris', (iso, expected) => {
    expect(formatDay(new Date(iso), 'Europe/Paris')).toBe(expected);
  });

  it('follows the time zone it is given, the same moment formatted in another zone just before', () => {
    const moment = new Date('2026-11-24T23:30:00Z');
    expect(formatDay(moment, 'Europe/Paris')).toBe('25 novembre 2026');
    expect(formatDay(moment, 'America/New_York')).toBe('24 novembre 2026');
    expect(toZonedIso(moment, 'Europe/Paris')).toBe('2026-11-25T00:30:00+01:00');
    expect(toZonedIso(moment, 'America/New_York')).toBe('2026-11-24T18:30:00-05:00');
  });

  it('gives the same moment in another locale its own words', () => {
    const moment = new Date('2026-03-01T12:00:00+01:00');
    expect(formatDay(moment, 'Europe/Paris')).toBe('1er mars 2026');
    expect(formatDay(moment, 'Europe/Paris', 'en-GB')).toBe('1 March 2026');
  });
});

describe('formatCalendarDay', () => {
  it.each([
    ['2023-09-13', '13 septembre 2023'],
    ['2024-01-01', '1er janvier 2024'],
  ])('formats %s as "%s" whatever the zone', (day, expected) => {
    expect(formatCalendarDay(day)).toBe(expected);
  });
});

describe('toZonedIso', () => {
  it.each([
    ['2026-11-25T06:00:00Z', '2026-11-25T07:00:00+01:00'],
    ['2026-07-14T08:30:15Z', '2026-07-14T10:30:15+02:00'],
    ['2026-12-31T23:30:00Z', '2027-01-01T00:30:00+01:00'],
  ])('writes %s as %s in Europe/Paris', (iso, expected) => {
    expect(toZonedIso(new Date(iso), 'Europe/Paris')).toBe(expected);
  });

  it('handles zones behind UTC and half-hour offsets', () => {
    expect(toZonedIso(new Date('2026-11-25T06:00:00Z'), 'America/New_York')).toBe('2026-11-25T01:00:00-05:00');
    expect(toZonedIso(new Date('2026-11-25T06:00:00Z'), 'Asia/Kolkata')).toBe('2026-11-25T11:30:00+05:30');
  });

  it('writes UTC with a +00:00 offset', () => {
    expect(toZonedIso(new Date('2026-11-25T06:00:00Z'), 'UTC')).toBe('2026-11-25T06:00:00+00:00');
  });

  it('round-trips to the same instant', () => {
    const date = new Date('2026-03-29T01:30:00Z');
    expect(new Date(toZonedIso(date, 'Europe/Paris')).getTime()).toBe(date.getTime());
  });
});

describe('wallClockToZonedIso', () => {
  it.each([
    ['2026-11-25T08:00:00', 'Europe/Paris', '2026-11-25T08:00:00+01:00'],
    ['2026-07-14T08:00:00', 'Europe/Paris', '2026-07-14T08:00:00+02:00'],
    // Paris changes its clocks at night: on those days 08:00 is already on the new offset.
    ['2026-03-29T08:00:00', 'Europe/Paris', '2026-03-29T08:00:00+02:00'],
    ['2026-10-25T08:00:00', 'Europe/Paris', '2026-10-25T08:00:00+01:00'],
    // Within a day of the change the first guess is on the wrong side of it.
    ['2026-03-29T01:30:00', 'Europe/Paris', '2026-03-29T01:30:00+01:00'],
    ['2026-10-25T01:30:00', 'Europe/Paris', '2026-10-25T01:30:00+02:00'],
    ['2026-11-25T08:00:00', 'America/New_York', '2026-11-25T08:00:00-05:00'],
    ['2026-11-25T08:00:00', 'Asia/Kolkata', '2026-11-25T08:00:00+05:30'],
    ['2026-11-25T08:00:00', 'UTC', '2026-11-25T08:00:00+00:00'],
  ])('reads %s in %s as %s', (wallClock, timeZone, expected) => {
    expect(wallClockToZonedIso(wallClock, timeZone)).toBe(expected);
  });
});
