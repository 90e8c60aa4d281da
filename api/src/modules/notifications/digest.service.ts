import { FALLBACK_CHAIN, IdeaStatus, type Locale, LOCALES, type LocalizedText, NOTIFICATION_CATALOGUES, resolveText } from '@medskapa/shared';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { MailService } from '../mail/mail.service';

/** The digest window opens at this local hour every day. */
export const DIGEST_HOUR = 7;
export const DIGEST_TIME_ZONE = 'Europe/Stockholm';

/**
 * The start of the current digest day: today's 07:00 in Stockholm, or yesterday's before 07:00.
 * A user is due when their last digest is older than this (SQL, so daylight saving is PostgreSQL's).
 */
const CURRENT_WINDOW = `(
  SELECT CASE WHEN $1::timestamptz >= w.today THEN w.today ELSE w.today - interval '1 day' END
  FROM (SELECT (date_trunc('day', $1::timestamptz AT TIME ZONE '${DIGEST_TIME_ZONE}') + interval '${DIGEST_HOUR} hours') AT TIME ZONE '${DIGEST_TIME_ZONE}' AS today) w
)`;

interface DigestRow {
  id: string;
  kind: string;
  idea_id: string | null;
  data: Record<string, unknown>;
  read_at: Date | null;
  title: string | null;
  reference: string | null;
  idea_status: IdeaStatus | null;
  idea_author_id: string | null;
  slug: string | null;
  dialogue_id: string | null;
  /** The dialogue's title in every language (DIALOGUE_* kinds). */
  dialogue_title: LocalizedText | null;
  dialogue_slug: string | null;
}

export interface DigestRun {
  /** E-mails sent. */
  emails: number;
  /** Notifications marked digested (also the read ones, which the e-mail leaves out). */
  notifications: number;
}

function interpolate(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => vars[name] ?? match);
}

/** A text of the notifications namespace in the reader's language, with the UI's fallback chain. */
export function notificationText(locale: Locale, key: string, vars: Record<string, string> = {}): string {
  for (const language of FALLBACK_CHAIN[locale]) {
    let node: unknown = NOTIFICATION_CATALOGUES[language];
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node === 'string') return interpolate(node, vars);
  }
  return key;
}

/**
 * The opt-in daily digest: one e-mail per person with the unread notifications they have not had
 * by e-mail yet, grouped by idea, in their language.
 *
 * Each person is handled in their own transaction that holds their preference row (FOR UPDATE
 * SKIP LOCKED) and their notification rows, re-checks that they are due, marks the notifications
 * digested and stamps last_digest_at: two runs at once, on one process or several, never e-mail a
 * person twice, and a second run the same day finds nobody due. Notifications the person already
 * read in the app are marked digested but left out of the e-mail (they are not news any more).
 *
 * The outbox row is written by MailService outside the transaction (it takes no manager); should
 * the commit then fail, the next run sends the same items again — a repeat rather than a loss.
 */
@Injectable()
export class DigestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async sendDailyDigests(now: Date = new Date()): Promise<DigestRun> {
    const due: Array<{ user_id: string }> = await this.dataSource.query(
      `SELECT p.user_id FROM notification_preference p JOIN app_user u ON u.id = p.user_id
       WHERE ${this.dueCondition()} ORDER BY p.user_id`,
      [now],
    );
    const run: DigestRun = { emails: 0, notifications: 0 };
    for (const { user_id: userId } of due) {
      const result = await this.digestFor(userId, now);
      run.emails += result.emails;
      run.notifications += result.notifications;
    }
    return run;
  }

  /** Opted in, account alive with a verified address, and no digest yet in the current window. */
  private dueCondition(): string {
    return `p.daily_digest AND u.deleted_at IS NULL AND u.email IS NOT NULL AND u.email_verified_at IS NOT NULL
      AND $1::timestamptz >= ${CURRENT_WINDOW}
      AND (p.last_digest_at IS NULL OR p.last_digest_at < ${CURRENT_WINDOW})`;
  }

  private async digestFor(userId: string, now: Date): Promise<DigestRun> {
    return this.dataSource.transaction(async (manager) => {
      const [person]: Array<{ email: string; display_name: string; locale: string; municipality_id: string | null }> = await manager.query(
        `SELECT u.email, u.display_name, u.locale, u.municipality_id FROM notification_preference p JOIN app_user u ON u.id = p.user_id
         WHERE p.user_id = $2 AND ${this.dueCondition()}
         FOR UPDATE OF p SKIP LOCKED`,
        [now, userId],
      );
      // Another run holds this person, or already sent today's digest.
      if (!person) return { emails: 0, notifications: 0 };

      const rows: DigestRow[] = await manager.query(
        `SELECT n.id, n.kind, n.idea_id, n.data, n.read_at, i.title, i.reference, i.status AS idea_status, i.author_id AS idea_author_id, m.slug,
                n.dialogue_id, d.title AS dialogue_title, dm.slug AS dialogue_slug
         FROM notification n
         LEFT JOIN idea i ON i.id = n.idea_id
         LEFT JOIN municipality m ON m.id = i.municipality_id
         LEFT JOIN dialogue d ON d.id = n.dialogue_id
         LEFT JOIN municipality dm ON dm.id = d.municipality_id
         WHERE n.user_id = $1 AND n.digested_at IS NULL
         ORDER BY n.created_at, n.id
         FOR UPDATE OF n SKIP LOCKED`,
        [userId],
      );
      await manager.query(`UPDATE notification_preference SET last_digest_at = $2 WHERE user_id = $1`, [userId, now]);
      if (rows.length === 0) return { emails: 0, notifications: 0 };
      await manager.query(`UPDATE notification SET digested_at = $2 WHERE id = ANY($1::uuid[])`, [rows.map((row) => row.id), now]);

      const news = rows.filter((row) => !row.read_at && this.maySee(userId, row));
      if (news.length === 0) return { emails: 0, notifications: rows.length };
      const locale: Locale = (LOCALES as readonly string[]).includes(person.locale) ? (person.locale as Locale) : 'sv';
      await this.mail.send({
        to: person.email,
        locale,
        template: 'dailyDigest',
        vars: { name: person.display_name, items: this.items(news, locale), link: `${this.config.publicUrl}/notifications` },
        municipalityId: person.municipality_id,
      });
      return { emails: 1, notifications: rows.length };
    });
  }

  /** A hidden idea's title goes only to its author (who is told it was hidden). */
  private maySee(userId: string, row: DigestRow): boolean {
    return row.idea_status !== IdeaStatus.HIDDEN || row.idea_author_id === userId;
  }

  /** One block per idea (in the order of its first notification), then one for the rest. */
  private items(rows: DigestRow[], locale: Locale): string {
    const groups = new Map<string, DigestRow[]>();
    for (const row of rows) {
      const key = row.idea_id && row.title ? row.idea_id : '';
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    const other = groups.get('');
    groups.delete('');
    const blocks = [...groups.values()].map((group) => {
      const idea = group[0]!;
      const heading = notificationText(locale, 'digest.ideaHeading', { title: idea.title!, reference: idea.reference! });
      const link = idea.slug ? `\n${this.config.publicUrl}/${encodeURIComponent(idea.slug)}/ideas/${idea.idea_id}` : '';
      return `${heading}${link}\n${group.map((row) => `  • ${this.line(row, locale)}`).join('\n')}`;
    });
    if (other) blocks.push(`${notificationText(locale, 'digest.other')}\n${other.map((row) => `  • ${this.line(row, locale)}`).join('\n')}`);
    return blocks.join('\n\n');
  }

  private line(row: DigestRow, locale: Locale): string {
    const data = row.data ?? {};
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    const status = text(data.status);
    const until = text(data.until);
    // Dialogue notifications name the dialogue (in the reader's language) and link to its page.
    const dialogueTitle = row.dialogue_title ? resolveText(row.dialogue_title, locale).text : null;
    const vars = {
      title: dialogueTitle ?? row.title ?? '',
      status: status ? notificationText(locale, `status.${status}`) : '',
      until: until ? this.formatDate(until, locale) : '',
    };
    const parts = [notificationText(locale, `kind.${row.kind}`, vars)];
    if (text(data.excerpt)) parts.push(notificationText(locale, 'detail.excerpt', { excerpt: text(data.excerpt) }));
    if (text(data.reason)) parts.push(notificationText(locale, 'detail.reason', { reason: text(data.reason) }));
    const dialogueLink =
      row.dialogue_id && row.dialogue_slug ? `\n    ${this.config.publicUrl}/${encodeURIComponent(row.dialogue_slug)}/dialogues/${row.dialogue_id}` : '';
    return parts.join(' – ') + dialogueLink;
  }

  private formatDate(iso: string, locale: Locale): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    // Intl knows no Meänkieli; Finnish formats are what its readers use.
    return new Intl.DateTimeFormat(locale === 'fit' ? 'fi' : locale, { dateStyle: 'long', timeStyle: 'short', timeZone: DIGEST_TIME_ZONE }).format(date);
  }
}
