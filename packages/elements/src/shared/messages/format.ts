// Dates and relative times through Intl, in the catalogue's locale. Building an Intl formatter
// costs far more than using one, and a table formats two per row: each is made once per locale.
const DAY = 86_400_000;
/** [unit, its length, the shortest span said in it]: days up to two months ("in 30 days"). */
const units: [Intl.RelativeTimeFormatUnit, number, number][] = [
  ['year', 365 * DAY, 365 * DAY],
  ['month', 30 * DAY, 60 * DAY],
  ['day', DAY, DAY],
  ['hour', 3_600_000, 3_600_000],
  ['minute', 60_000, 0],
];

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const durationFormats = new Map<string, Intl.NumberFormat>();

function once<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let format = cache.get(locale);
  if (!format) cache.set(locale, (format = make()));
  return format;
}

/** Whether this page has built a formatter yet (the first one loads the locale data). */
export function formatsReady(): boolean {
  return relativeFormats.size + dateFormats.size + numberFormats.size > 0;
}

export function relativeTime(locale: string, ms: number): string {
  const format = once(
    relativeFormats,
    locale,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
  const [unit, size] = units.find(([, , from]) => Math.abs(ms) >= from) ?? ['minute', 60_000];
  return format.format(Math.round(ms / size), unit);
}

export function formatDate(locale: string, iso: string): string {
  return once(
    dateFormats,
    locale,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
  ).format(new Date(iso));
}

export function formatNumber(locale: string, n: number): string {
  return once(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(n);
}

const sizeFormats = new Map<string, Intl.NumberFormat>();

/** A file size in megabytes (or kilobytes below one), "50 MB" / "50 Mo". */
export function formatSize(locale: string, bytes: number): string {
  const mb = bytes >= 1024 * 1024;
  const format = once(
    sizeFormats,
    `${locale} ${mb ? 'm' : 'k'}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: mb ? 'megabyte' : 'kilobyte',
        maximumFractionDigits: 1,
      }),
  );
  return format.format(bytes / (mb ? 1024 * 1024 : 1024));
}

/** [unit, its length, the shortest span said in it]: days up to two months, as above. */
const spans: ['month' | 'day' | 'hour' | 'minute', number, number][] = [
  ['month', 30 * DAY, 60 * DAY],
  ['day', DAY, DAY],
  ['hour', 3_600_000, 3_600_000],
  ['minute', 60_000, 0],
];

/** A span of time, "4 days" (or "4d" when `short`), rounded down to its largest unit. */
export function formatDuration(locale: string, ms: number, short = false): string {
  const [unit, size] = spans.find(([, , from]) => ms >= from) ?? ['minute', 60_000];
  return once(
    durationFormats,
    `${locale} ${unit} ${short ? 'n' : 'l'}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'unit',
        unit,
        unitDisplay: short ? 'narrow' : 'long',
      }),
  ).format(Math.max(0, Math.floor(ms / size)));
}
