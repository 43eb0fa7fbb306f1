/** Dates as a French newsroom prints them, in the site's time zone whatever the build machine's. */

/**
 * One formatter per locale, zone and options: creating an Intl.DateTimeFormat costs about 100 µs,
 * formatting with one about 10 µs, and a build formats several dates per article.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** Format a moment as a French day, e.g. "25 novembre 2026" or "1er mars 2026". */
export function formatDay(date: Date, timeZone: string, locale = 'fr-FR'): string {
  const parts = formatter(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).formatToParts(date);
  return (
    parts
      // French writes the first of the month as an ordinal ("1er"); Intl does not.
      .map(({ type, value }) => (type === 'day' && value === '1' && locale.startsWith('fr') ? '1er' : value))
      .join('')
  );
}

/** Format a calendar day written as `YYYY-MM-DD`, e.g. "13 septembre 2023". */
export function formatCalendarDay(day: string, locale = 'fr-FR'): string {
  return formatDay(new Date(`${day}T00:00:00Z`), 'UTC', locale);
}

/** Format a moment as ISO 8601 with the offset of `timeZone`, e.g. "2026-11-25T07:00:00+01:00". */
export function toZonedIso(date: Date, timeZone: string): string {
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
    })
      .formatToParts(date)
      .map(({ type, value }) => [type, value]),
  );
  const wallClock = `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
  const offsetMinutes = Math.round((Date.parse(`${wallClock}Z`) - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${wallClock}${offset}`;
}
