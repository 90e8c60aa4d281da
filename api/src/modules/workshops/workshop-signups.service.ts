import {
  ErrorCode,
  idSchema,
  isLocale,
  type Locale,
  workshopLocaleSchema,
  workshopMessageSchema,
  workshopSignupSchema,
  workshopSignupTokenSchema,
} from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, parseArgument } from '../../common/domain-error';
import { requireViewer, type Viewer } from '../../common/viewer';
import { AuditService } from '../audit/audit.service';
import { hashToken, newToken } from '../auth/tokens';
import { MailService } from '../mail/mail.service';
import { RateLimitsService } from '../rate-limits/rate-limits.service';
import type { WorkshopSignupView } from './dto/workshop.types';
import { Workshop } from './workshop.entity';
import { WorkshopsService } from './workshops.service';

/** How long after a workshop ends the names and addresses of sign-ups without an account are kept. */
export const SIGNUP_PERSONAL_DATA_RETENTION_MS = 24 * 60 * 60 * 1000;

interface NewSignup {
  workshop: Workshop;
  /** Null when the person was already signed up: nothing was written and no e-mail goes out. */
  created: { token: string; email: string; name: string; locale: Locale } | null;
}

/**
 * Signing up for workshops, with an account or with a name and an e-mail address.
 *
 * A second sign-up with the same account or the same address is an idempotent success that
 * writes nothing and sends nothing: the answer is the same as for a first sign-up, so it does not
 * tell anyone whether an address is already signed up. (Whether sign-ups are closed or full is
 * checked first for sign-ups without an account, for the same reason.)
 */
@Injectable()
export class WorkshopSignupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workshops: WorkshopsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly rateLimits: RateLimitsService,
  ) {}

  async signUp(viewer: Viewer | null, workshopIdArg: string, raw: { name?: string | null; email?: string | null; locale?: string | null } | null | undefined, clientAddress: string): Promise<Workshop> {
    const workshopId = parseArgument(idSchema, workshopIdArg, 'workshopId');
    let result: NewSignup;
    if (viewer) {
      const locale = raw?.locale ? parseArgument(workshopLocaleSchema, raw.locale, 'input.locale') : viewer.locale;
      result = await this.dataSource.transaction(async (manager) => {
        const workshop = await this.lockWorkshop(manager, workshopId);
        const mine: Array<{ id: string }> = await manager.query(`SELECT id FROM workshop_signup WHERE workshop_id = $1 AND user_id = $2`, [workshop.id, viewer.userId]);
        if (mine.length > 0) return { workshop, created: null };
        await this.requireOpen(manager, workshop);
        const token = newToken();
        await manager.query(`INSERT INTO workshop_signup (workshop_id, user_id, locale, cancel_token_hash) VALUES ($1, $2, $3, $4)`, [
          workshop.id,
          viewer.userId,
          locale,
          hashToken(token),
        ]);
        const [user] = (await manager.query(`SELECT email, display_name FROM app_user WHERE id = $1`, [viewer.userId])) as Array<{ email: string | null; display_name: string }>;
        return { workshop, created: user?.email ? { token, email: user.email, name: user.display_name, locale } : null };
      });
    } else {
      const input = parseArgument(workshopSignupSchema, { name: raw?.name ?? undefined, email: raw?.email ?? undefined, locale: raw?.locale ?? undefined }, 'input');
      await this.rateLimits.hit('workshopSignupsPerClient', clientAddress);
      result = await this.dataSource.transaction(async (manager) => {
        const workshop = await this.lockWorkshop(manager, workshopId);
        await this.requireOpen(manager, workshop);
        const token = newToken();
        const inserted: Array<{ id: string }> = await manager.query(
          `INSERT INTO workshop_signup (workshop_id, name, email, email_normalized, locale, cancel_token_hash) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (workshop_id, email_normalized) WHERE email_normalized IS NOT NULL DO NOTHING RETURNING id`,
          [workshop.id, input.name, input.email, input.email.toLowerCase(), input.locale, hashToken(token)],
        );
        return { workshop, created: inserted.length > 0 ? { token, email: input.email, name: input.name, locale: input.locale } : null };
      });
    }
    if (result.created) await this.sendConfirmation(result.workshop, result.created);
    return result.workshop;
  }

  /** Your own sign-up; cancelling when not signed up changes nothing. */
  async cancelMine(viewer: Viewer | null, workshopIdArg: string): Promise<Workshop> {
    const signedIn = requireViewer(viewer);
    const workshopId = parseArgument(idSchema, workshopIdArg, 'workshopId');
    const workshop = await this.dataSource.getRepository(Workshop).findOneBy({ id: workshopId });
    if (!workshop) throw DomainError.notFound('workshop', workshopId);
    await this.dataSource.query(`DELETE FROM workshop_signup WHERE workshop_id = $1 AND user_id = $2`, [workshop.id, signedIn.userId]);
    return workshop;
  }

  /** The link in the confirmation e-mail; NOT_FOUND once used (or after the workshop, when links are erased). */
  async cancelByToken(tokenArg: string): Promise<Workshop> {
    const token = parseArgument(workshopSignupTokenSchema, tokenArg, 'token');
    const rows: Array<Array<{ workshop_id: string }> | number> = await this.dataSource.query(
      `DELETE FROM workshop_signup WHERE cancel_token_hash = $1 RETURNING workshop_id`,
      [hashToken(token)],
    );
    // DELETE … RETURNING through the pg driver gives [rows, affected].
    const deleted = Array.isArray(rows[0]) ? (rows[0] as Array<{ workshop_id: string }>) : (rows as unknown as Array<{ workshop_id: string }>);
    if (deleted.length === 0) {
      throw new DomainError(ErrorCode.NOT_FOUND, 'This cancel link has been used already or is no longer valid.', { what: 'workshop sign-up' });
    }
    return this.dataSource.getRepository(Workshop).findOneByOrFail({ id: deleted[0]!.workshop_id });
  }

  // ---------------------------------------------------------------- organizers

  async signupsOf(viewer: Viewer | null, workshopIdArg: string): Promise<WorkshopSignupView[]> {
    const workshop = await this.workshops.requireManager(viewer, workshopIdArg, 'workshopId');
    const rows: Array<{ id: string; name: string | null; email: string | null; user_id: string | null; locale: string; created_at: Date; personal_data_erased_at: Date | null }> =
      await this.dataSource.query(
        `SELECT s.id, coalesce(u.display_name, s.name) AS name, s.email, s.user_id, s.locale, s.created_at, s.personal_data_erased_at
           FROM workshop_signup s LEFT JOIN app_user u ON u.id = s.user_id
          WHERE s.workshop_id = $1 ORDER BY s.created_at, s.id`,
        [workshop.id],
      );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.user_id ? null : r.email,
      hasAccount: r.user_id !== null,
      locale: r.locale,
      signedUpAt: r.created_at,
      personalDataErasedAt: r.personal_data_erased_at,
    }));
  }

  /** Each reachable sign-up gets the organizer's text in an e-mail in their language; returns how many. */
  async message(viewer: Viewer | null, workshopIdArg: string, subjectArg: string, bodyArg: string): Promise<number> {
    const workshop = await this.workshops.requireManager(viewer, workshopIdArg, 'workshopId');
    const { subject, body } = parseArgument(workshopMessageSchema, { subject: subjectArg, body: bodyArg }, 'input');
    await this.rateLimits.hit('workshopMessagesPerWorkshop', workshop.id);
    const recipients = await this.workshops.recipients(workshop.id);
    const context = await this.workshops.mailContext(workshop);
    for (const recipient of recipients) {
      await this.mail.send({
        to: recipient.email,
        locale: recipient.locale,
        template: 'workshops.organizerMessage',
        municipalityId: workshop.municipalityId,
        vars: { ...this.workshops.mailVars(workshop, context, recipient.locale), name: recipient.name, subject, message: body },
      });
    }
    await this.audit.record(viewer, {
      action: 'workshop.message',
      municipalityId: workshop.municipalityId,
      targetType: 'WORKSHOP',
      targetId: workshop.id,
      details: { subject, recipients: recipients.length },
    });
    return recipients.length;
  }

  // ---------------------------------------------------------------- erasure

  /**
   * Erases name and e-mail of sign-ups without an account once their workshop ended more than a
   * day before `now`, and every cancel link of those workshops. The rows stay, so counts stay
   * right. One statement: safe when several processes run it at once. Returns how many were erased.
   */
  async erasePastSignupPersonalData(now: Date = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - SIGNUP_PERSONAL_DATA_RETENTION_MS);
    const [, erased] = (await this.dataSource.query(
      `UPDATE workshop_signup s
          SET name = NULL, email = NULL, email_normalized = NULL, cancel_token_hash = NULL,
              personal_data_erased_at = CASE WHEN s.user_id IS NULL THEN $2::timestamptz ELSE s.personal_data_erased_at END
         FROM workshop w
        WHERE w.id = s.workshop_id AND w.ends_at <= $1
          AND ((s.user_id IS NULL AND s.personal_data_erased_at IS NULL) OR s.cancel_token_hash IS NOT NULL)`,
      [cutoff, now],
    )) as [unknown, number];
    return erased;
  }

  // ---------------------------------------------------------------- internals

  /** Serializes sign-ups of one workshop, so the limit holds under concurrent sign-ups. */
  private async lockWorkshop(manager: EntityManager, workshopId: string): Promise<Workshop> {
    const workshop = await manager.getRepository(Workshop).findOne({ where: { id: workshopId }, lock: { mode: 'pessimistic_write' } });
    if (!workshop) throw DomainError.notFound('workshop', workshopId);
    return workshop;
  }

  private async requireOpen(manager: EntityManager, workshop: Workshop): Promise<void> {
    const closed = (message: string) => new DomainError(ErrorCode.CONFLICT, message, { reason: 'SIGNUP_CLOSED' });
    if (workshop.cancelledAt) throw closed('The workshop has been cancelled.');
    if (!workshop.signupEnabled) throw closed('This workshop does not take sign-ups.');
    if (workshop.startsAt.getTime() <= Date.now()) throw closed('The workshop has started; sign-ups are closed.');
    if (workshop.signupLimit !== null) {
      const [{ n }] = (await manager.query(`SELECT count(*)::int AS n FROM workshop_signup WHERE workshop_id = $1`, [workshop.id])) as [{ n: number }];
      if (n >= workshop.signupLimit) throw new DomainError(ErrorCode.CONFLICT, 'The workshop is full.', { reason: 'WORKSHOP_FULL', signupLimit: workshop.signupLimit });
    }
  }

  private async sendConfirmation(workshop: Workshop, person: { token: string; email: string; name: string; locale: Locale }): Promise<void> {
    const context = await this.workshops.mailContext(workshop);
    await this.mail.send({
      to: person.email,
      locale: isLocale(person.locale) ? person.locale : 'sv',
      template: 'workshops.signupConfirmation',
      municipalityId: workshop.municipalityId,
      vars: {
        ...this.workshops.mailVars(workshop, context, person.locale),
        name: person.name,
        cancelLink: this.mail.link('/workshops/cancel-signup', { token: person.token }),
      },
    });
  }
}
