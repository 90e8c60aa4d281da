import { intlLocale } from '../../../i18n/languages';
import type { Translate } from '../../../i18n/translate';

export interface DecisionRef {
  body: string;
  meetingDate: string;
  paragraph: string;
  diaryNumber: string;
  url?: string | null;
}

/** "Beslut i Kommunstyrelsen 2026-11-09 § 187, Dnr 2026-00412" (dates stay ISO, as in the minutes). */
export function decisionText(t: Translate, decision: DecisionRef): string {
  return t('ideas:answer.decision', {
    body: decision.body,
    date: decision.meetingDate,
    paragraph: decision.paragraph,
    diaryNumber: decision.diaryNumber,
  });
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "för 5 minuter sedan" for the last week, null for anything older (the caller shows the
 * absolute date). `now` is injectable for tests.
 */
export function relativeTime(t: Translate, iso: string, language: string, now: number = Date.now()): string | null {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return null;
  const diff = then - now;
  const abs = Math.abs(diff);
  if (abs >= 7 * DAY) return null;
  if (abs < MINUTE) return t('ideas:comments.relative.justNow');
  const format = new Intl.RelativeTimeFormat(intlLocale(language), { numeric: 'auto' });
  if (abs < HOUR) return format.format(Math.round(diff / MINUTE), 'minute');
  if (abs < DAY) return format.format(Math.round(diff / HOUR), 'hour');
  return format.format(Math.round(diff / DAY), 'day');
}
