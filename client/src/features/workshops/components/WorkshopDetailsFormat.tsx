import { LOCALES, type Locale } from '@medskapa/shared';
import { intlLocale } from '../../../i18n/languages';

/** Workshops are held in Kalix and its neighbours: times are shown and entered in Swedish time. */
export const WORKSHOP_TIME_ZONE = 'Europe/Stockholm';

/** The languages a workshop is written in, in the order of the form. */
export const WORKSHOP_LANGUAGES: readonly Locale[] = LOCALES;

/**
 * The language the API answered a text in: the reader's, else fit → fi → sv, else the original
 * (the API's fallback). Used for `lang` when the text is not in the reader's language.
 */
export function textLanguage(
  translations: readonly { locale: string; status: string }[],
  reader: Locale,
  original: string,
): string {
  const has = (locale: string) => translations.some((tr) => tr.locale === locale && tr.status !== 'MISSING');
  for (const locale of [reader, 'fit', 'fi', 'sv']) if (has(locale)) return locale;
  return original;
}

/** `lang` for an element showing the text: only when it differs from the page's language. */
export function langAttribute(language: string, reader: Locale): string | undefined {
  return language === reader ? undefined : language;
}

/** "tisdag 1 december 2026 18:00–20:00" in the reader's language, Swedish time. */
export function formatWorkshopTime(startsAt: string, endsAt: string, language: string): string {
  const format = new Intl.DateTimeFormat(intlLocale(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: WORKSHOP_TIME_ZONE,
  });
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  return typeof format.formatRange === 'function' ? format.formatRange(start, end) : `${format.format(start)} – ${format.format(end)}`;
}

/** A short date for lists of sign-ups: "22 nov. 2026 15:04". */
export function formatShortDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone: WORKSHOP_TIME_ZONE }).format(new Date(iso));
}

export type WorkshopPhase = 'cancelled' | 'upcoming' | 'ongoing' | 'past';

export function workshopPhase(workshop: { startsAt: string; endsAt: string; cancelledAt?: string | null }, now: Date = new Date()): WorkshopPhase {
  if (workshop.cancelledAt) return 'cancelled';
  if (now.getTime() < new Date(workshop.startsAt).getTime()) return 'upcoming';
  if (now.getTime() < new Date(workshop.endsAt).getTime()) return 'ongoing';
  return 'past';
}

/** Minutes Stockholm is ahead of UTC at `instant`. */
function stockholmOffsetMinutes(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: WORKSHOP_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(instant / 60000) * 60000) / 60000);
}

/** A date ("2026-12-01") and a time ("18:00") in Swedish time as an ISO string at UTC; '' when invalid. */
export function stockholmToIso(date: string, time: string): string {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return '';
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(wall)) return '';
  let instant = wall - stockholmOffsetMinutes(wall) * 60000;
  // Around a change of daylight saving time the offset at the guessed instant may differ.
  instant = wall - stockholmOffsetMinutes(instant) * 60000;
  return new Date(instant).toISOString();
}

/** An ISO instant as the date and time fields' values in Swedish time. */
export function isoToStockholm(iso: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: WORKSHOP_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}
