/** Dates as a French newsroom prints them, in the site's time zone whatever the build machine's. */
import { memo } from './memo';

/**
 * One formatter per locale, zone and options: creating an Intl.DateTimeFormat costs about 100 µs,
 * formatting with one about 10 µs, and a build formats several dates per article.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memo(formatters, `${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/**
 * What was formatted, by moment, zone and locale: a build prints the same moments on many pages
 * (the article, its listings, feeds, sitemap and search document), and each `formatToParts`
 * costs about 10 µs; at 10,000 articles they took 0.4 s of every publish.
 */
const formatted = new Map<string, string>();

/** Format a moment as a French day, e.g. "25 novembre 2026" or "1er mars 2026". */
export function formatDay(date: Date, timeZone: string, locale = 'fr-FR'): string {
  return memo(formatted, `day|${date.getTime()}|${timeZone}|${locale}`, () =>
    formatter(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone })
      .formatToParts(date)
      // French writes the first of the month as an ordinal ("1er"); Intl does not.
      .map(({ type, value }) => (type === 'day' && value === '1' && locale.startsWith('fr') ? '1er' : value))
      .join(''),
  );
}

/** Format a calendar day written as `YYYY-MM-DD`, e.g. "13 septembre 2023". */
export function formatCalendarDay(day: string, locale = 'fr-FR'): string {
  return formatDay(new Date(`${day}T00:00:00Z`), 'UTC', locale);
}

/**
 * The wall clock (`YYYY-MM-DDTHH:mm:ss`) and UTC offset (`+01:00`) of a moment in `timeZone`, both
 * from Intl: the offset is the zone's own (`timeZoneName: 'longOffset'`), not worked out by hand.
 */
function zonedParts(date: Date, timeZone: string): { wallClock: string; offset: string } {
  const parts = Object.fromEntries(
    formatter('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    })
      .formatToParts(date)
      .map(({ type, value }) => [type, value]),
  );
  // "GMT+01:00", "GMT-03:30", or "GMT" alone for UTC; the seconds of a 19th-century local mean
  // time ("GMT+00:09:21") do not fit ISO 8601 and are dropped.
  const offset = /^GMT(?:([+-])(\d{2}):(\d{2}))?/u.exec(parts.timeZoneName ?? '');
  if (!offset) throw new Error(`Intl gave ${timeZone} an offset liseuse cannot read: ${parts.timeZoneName}`);
  const [, sign = '+', hours = '00', minutes = '00'] = offset;
  return {
    wallClock: `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`,
    offset: `${sign}${hours}:${minutes}`,
  };
}

/** Minutes east of UTC of an offset written `+01:00`. */
function offsetMinutes(offset: string): number {
  const minutes = Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6));
  return offset.startsWith('-') ? -minutes : minutes;
}

/** Format a moment as ISO 8601 with the offset of `timeZone`, e.g. "2026-11-25T07:00:00+01:00". */
export function toZonedIso(date: Date, timeZone: string): string {
  return memo(formatted, `iso|${date.getTime()}|${timeZone}`, () => {
    const { wallClock, offset } = zonedParts(date, timeZone);
    return `${wallClock}${offset}`;
  });
}

/**
 * The moment a wall-clock time (`YYYY-MM-DDTHH:mm:ss`) names in `timeZone`, as ISO 8601 with the
 * offset in force then, e.g. ("2026-07-14T08:00:00", "Europe/Paris") → "2026-07-14T08:00:00+02:00".
 */
export function wallClockToZonedIso(wallClock: string, timeZone: string): string {
  const asUtc = Date.parse(`${wallClock}Z`);
  // The offset depends on the moment, which depends on the offset: the zone's offset at the wall
  // clock read as UTC gives a moment within a day of the right one, and the offset at that moment
  // is the right one unless a daylight-saving change falls in between; a second pass settles it.
  let instant = asUtc;
  for (let pass = 0; pass < 2; pass += 1) {
    instant = asUtc - offsetMinutes(zonedParts(new Date(instant), timeZone).offset) * 60_000;
  }
  return toZonedIso(new Date(instant), timeZone);
}
