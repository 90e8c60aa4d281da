import {
  cancelWorkshopSchema,
  createWorkshopSchema,
  ErrorCode,
  findPersonalData,
  idSchema,
  isLocale,
  type Locale,
  MembershipRole,
  OrganizationStatus,
  PERSONAL_DATA_LABELS,
  type PersonalDataKind,
  Role,
  slugSchema,
  updateWorkshopSchema,
  type UpdateWorkshopInput as UpdateWorkshopFields,
} from '@medskapa/shared';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull, type Repository } from 'typeorm';
import { DomainError, type FieldError, parseArgument } from '../../common/domain-error';
import { hasRole, requireViewer, type Viewer } from '../../common/viewer';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { type ConnectionShape, decodeCursor, pageSize, toConnection } from '../../graphql/connection';
import type { RequestLoaders } from '../../graphql/loader-registry';
import { AuditService } from '../audit/audit.service';
import { requireLinkableDialogue } from '../dialogues/dialogue-link';
import { resolveBody } from '../idea-answers/idea-answers.service';
import { MailService } from '../mail/mail.service';
import type { Municipality } from '../municipalities/municipality.entity';
import { MunicipalitiesLoaders } from '../municipalities/municipalities.loaders';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import type { Organization } from '../organizations/organization.entity';
import { OrganizationsLoaders } from '../organizations/organizations.loaders';
import { OrganizationsService } from '../organizations/organizations.service';
import type { Place } from '../places/place.entity';
import { PlacesLoaders } from '../places/places.loaders';
import type { Goal } from '../strategies/goal.entity';
import { WorkshopWhen } from './dto/workshop.types';
import { Workshop, WorkshopGoal } from './workshop.entity';
import { WorkshopsLoaders } from './workshops.loaders';

/** Workshops are held in Swedish Tornedalen; times in e-mails are local. */
export const WORKSHOP_TIME_ZONE = 'Europe/Stockholm';
const DATE_LOCALE: Record<Locale, string> = { sv: 'sv-SE', fi: 'fi-FI', fit: 'fi-FI' };

/** "tisdag 2 december 2026 18:00–20:00" in the reader's language, local time. */
export function formatWorkshopTime(workshop: Pick<Workshop, 'startsAt' | 'endsAt'>, locale: Locale): string {
  const tag = DATE_LOCALE[locale];
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone: WORKSHOP_TIME_ZONE });
  const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', timeZone: WORKSHOP_TIME_ZONE });
  const sameDay = day.format(workshop.startsAt) === day.format(workshop.endsAt);
  return sameDay
    ? `${day.format(workshop.startsAt)} ${time.format(workshop.startsAt)}–${time.format(workshop.endsAt)}`
    : `${day.format(workshop.startsAt)} ${time.format(workshop.startsAt)} – ${day.format(workshop.endsAt)} ${time.format(workshop.endsAt)}`;
}

/** The title (or description) for a reader in `locale`: their language, fit → fi → sv, the original, then any. */
export function workshopText(texts: Record<string, string> | null, locale: Locale, originalLocale: string): string | null {
  if (!texts) return null;
  const text = resolveBody(texts, locale, isLocale(originalLocale) ? originalLocale : null).body;
  return text === '' ? null : text;
}

/** Everyone whose sign-up is still reachable: accounts, and signed-out people until their data is erased. */
export interface WorkshopRecipient {
  signupId: string;
  email: string;
  name: string;
  locale: Locale;
}

/**
 * Workshops held by organizations (byaföreningar, hembygdsföreningar, Folkets Hus …). Who may do what:
 * - LEADERs of an APPROVED organization and officers (admins) of its municipality create workshops,
 *   change them until cancelled, cancel them, see and write to those signed up;
 * - everyone reads workshops (cancelled ones too, with cancelledAt) and signs up while sign-ups are open.
 */
@Injectable()
export class WorkshopsService {
  constructor(
    @InjectRepository(Workshop) private readonly workshops: Repository<Workshop>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organizations: OrganizationsService,
    private readonly municipalities: MunicipalitiesService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  // ---------------------------------------------------------------- helpers (also for the outcome side)

  /** The workshop, or NOT_FOUND (BAD_USER_INPUT when the id is not a uuid). */
  async byId(id: string, loaders: RequestLoaders): Promise<Workshop> {
    const workshopId = parseArgument(idSchema, id, 'id');
    const workshop = await loaders.get(WorkshopsLoaders).workshopById.load(workshopId);
    if (!workshop) throw DomainError.notFound('workshop', workshopId);
    return workshop;
  }

  /** Officers (and admins) of the workshop's municipality, and LEADERs of its organization once APPROVED. */
  async canManage(viewer: Viewer | null, workshop: Workshop, loaders: RequestLoaders): Promise<boolean> {
    if (!viewer) return false;
    if (hasRole(viewer, workshop.municipalityId, Role.OFFICER)) return true;
    const [memberships, organization] = await Promise.all([
      loaders.get(OrganizationsLoaders).membershipsByUser.load(viewer.userId),
      loaders.get(OrganizationsLoaders).organizationById.load(workshop.organizationId),
    ]);
    // As requireManager: leaders act for their organization once the municipality approved it.
    return (
      organization?.status === OrganizationStatus.APPROVED &&
      memberships.some((m) => m.organizationId === workshop.organizationId && m.role === MembershipRole.LEADER)
    );
  }

  /**
   * The workshop when the viewer may manage it: UNAUTHENTICATED signed out, BAD_USER_INPUT (on
   * `argumentName`) for a malformed id, NOT_FOUND, FORBIDDEN for others (leaders of an
   * organization the municipality has not approved too).
   */
  async requireManager(viewer: Viewer | null, id: string, argumentName: string): Promise<Workshop> {
    const signedIn = requireViewer(viewer);
    const workshopId = parseArgument(idSchema, id, argumentName);
    const workshop = await this.workshops.findOneBy({ id: workshopId });
    if (!workshop) throw DomainError.notFound('workshop', workshopId);
    if (!hasRole(signedIn, workshop.municipalityId, Role.OFFICER)) await this.organizations.requireLeader(signedIn, workshop.organizationId);
    return workshop;
  }

  // ---------------------------------------------------------------- planning

  /** Validates everything before writing; the workshop, its målbilder and the audit record commit together. */
  async create(viewer: Viewer | null, raw: unknown): Promise<Workshop> {
    const signedIn = requireViewer(viewer);
    const organizationId = parseArgument(idSchema, (raw as { organizationId?: unknown })?.organizationId, 'input.organizationId');
    const organization = await this.organizations.requireLeader(signedIn, organizationId);
    const input = parseArgument(createWorkshopSchema, raw, 'input');
    this.refusePersonalData(input);
    await this.requirePlace(input.placeId, organization.municipalityId);
    await this.requireGoals(input.goalIds, organization.municipalityId);
    if (input.dialogueId) await requireLinkableDialogue(this.dataSource, signedIn, input.dialogueId, organization.municipalityId);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Workshop);
      const workshop = await repository.save(
        repository.create({
          municipalityId: organization.municipalityId,
          organizationId: organization.id,
          createdById: signedIn.userId,
          ...this.columns(input),
          dialogueId: input.dialogueId ?? null,
        }),
      );
      await this.writeGoals(manager, workshop.id, input.goalIds);
      await this.audit.record(
        signedIn,
        { action: 'workshop.create', municipalityId: workshop.municipalityId, targetType: 'WORKSHOP', targetId: workshop.id, details: { organizationId: organization.id } },
        manager,
      );
      return workshop;
    });
  }

  /** Replaces every field (and the målbilder); CONFLICT (WORKSHOP_CANCELLED) once cancelled. */
  async update(viewer: Viewer | null, id: string, raw: unknown): Promise<Workshop> {
    const workshop = await this.requireManager(viewer, id, 'id');
    if (workshop.cancelledAt) throw this.cancelledError();
    const input = parseArgument(updateWorkshopSchema, raw, 'input');
    this.refusePersonalData(input);
    await this.requirePlace(input.placeId, workshop.municipalityId);
    await this.requireGoals(input.goalIds, workshop.municipalityId);
    // Left out: the link stays. Keeping the current link needs no check (its dialogue may have
    // closed since); a new link follows the linking rule; null unlinks.
    const dialogueChange: { dialogueId?: string | null } =
      input.dialogueId === undefined || input.dialogueId === workshop.dialogueId ? {} : { dialogueId: input.dialogueId };
    if (dialogueChange.dialogueId) await requireLinkableDialogue(this.dataSource, viewer, dialogueChange.dialogueId, workshop.municipalityId);
    return this.dataSource.transaction(async (manager) => {
      // Only while not cancelled: a concurrent cancel wins.
      const result = await manager.getRepository(Workshop).update({ id: workshop.id, cancelledAt: IsNull() }, { ...this.columns(input), ...dialogueChange });
      const current = await manager.getRepository(Workshop).findOneByOrFail({ id: workshop.id });
      if (!result.affected || current.cancelledAt) throw this.cancelledError();
      await manager.getRepository(WorkshopGoal).delete({ workshopId: workshop.id });
      await this.writeGoals(manager, workshop.id, input.goalIds);
      await this.audit.record(viewer, { action: 'workshop.update', municipalityId: workshop.municipalityId, targetType: 'WORKSHOP', targetId: workshop.id }, manager);
      return current;
    });
  }

  /**
   * Cancels the workshop; everyone signed up (and reachable) gets an e-mail in their language with
   * the reason. Cancelling again returns the workshop unchanged and sends nothing.
   */
  async cancel(viewer: Viewer | null, id: string, reasonArg: string): Promise<Workshop> {
    const workshop = await this.requireManager(viewer, id, 'id');
    const { reason } = parseArgument(cancelWorkshopSchema, { reason: reasonArg }, 'input');
    if (workshop.cancelledAt) return workshop;
    const cancelled = await this.dataSource.transaction(async (manager) => {
      // UPDATE through the pg driver gives [rows, affected].
      const [, affected] = (await manager.query(`UPDATE workshop SET cancelled_at = now(), updated_at = now() WHERE id = $1 AND cancelled_at IS NULL`, [
        workshop.id,
      ])) as [unknown, number];
      if (affected === 0) return null;
      await this.audit.record(
        viewer,
        { action: 'workshop.cancel', municipalityId: workshop.municipalityId, targetType: 'WORKSHOP', targetId: workshop.id, details: { reason } },
        manager,
      );
      return manager.getRepository(Workshop).findOneByOrFail({ id: workshop.id });
    });
    if (!cancelled) return this.workshops.findOneByOrFail({ id: workshop.id });
    const context = await this.mailContext(cancelled);
    for (const recipient of await this.recipients(cancelled.id)) {
      await this.mail.send({
        to: recipient.email,
        locale: recipient.locale,
        template: 'workshops.cancelled',
        municipalityId: cancelled.municipalityId,
        vars: { ...this.mailVars(cancelled, context, recipient.locale), name: recipient.name, reason },
      });
    }
    return cancelled;
  }

  // ---------------------------------------------------------------- reading

  /**
   * A municipality's workshops. UPCOMING (not yet ended) soonest first; PAST (ended) latest first;
   * ALL latest start first. Cancelled workshops are included (cancelledAt set).
   */
  async list(args: {
    municipalitySlug: string;
    placeId?: string | null;
    organizationId?: string | null;
    goalId?: string | null;
    dialogueId?: string | null;
    when?: WorkshopWhen | null;
    first?: number | null;
    after?: string | null;
  }): Promise<ConnectionShape<Workshop>> {
    const municipality = await this.municipalities.bySlug(parseArgument(slugSchema, args.municipalitySlug, 'municipalitySlug'), 'municipalitySlug');
    const size = pageSize(args.first);
    const after = decodeCursor(args.after);
    const when = args.when ?? WorkshopWhen.ALL;
    const query = this.workshops.createQueryBuilder('w').where('w.municipality_id = :m', { m: municipality.id });
    if (args.placeId) query.andWhere('w.place_id = :p', { p: parseArgument(idSchema, args.placeId, 'placeId') });
    if (args.organizationId) query.andWhere('w.organization_id = :o', { o: parseArgument(idSchema, args.organizationId, 'organizationId') });
    if (args.goalId) {
      query.andWhere('EXISTS (SELECT 1 FROM workshop_goal wg WHERE wg.workshop_id = w.id AND wg.goal_id = :g)', { g: parseArgument(idSchema, args.goalId, 'goalId') });
    }
    if (args.dialogueId) query.andWhere('w.dialogue_id = :d', { d: parseArgument(idSchema, args.dialogueId, 'filter.dialogueId') });
    if (when === WorkshopWhen.UPCOMING) query.andWhere('w.ends_at > now()');
    if (when === WorkshopWhen.PAST) query.andWhere('w.ends_at <= now()');
    const totalCount = await query.getCount();
    const ascending = when === WorkshopWhen.UPCOMING;
    if (after) query.andWhere(`(w.starts_at, w.id) ${ascending ? '>' : '<'} (:at, :id)`, { at: after.at, id: after.id });
    const order = ascending ? 'ASC' : 'DESC';
    const rows = await query.orderBy('w.starts_at', order).addOrderBy('w.id', order).limit(size + 1).getMany();
    return toConnection(rows, size, totalCount, (w) => w.startsAt);
  }

  goalsOf(workshop: Workshop, loaders: RequestLoaders): Promise<Goal[]> {
    return loaders.get(WorkshopsLoaders).goalsByWorkshop.load(workshop.id);
  }

  async placeOf(workshop: Workshop, loaders: RequestLoaders): Promise<Place | null> {
    return workshop.placeId ? loaders.get(PlacesLoaders).placeById.load(workshop.placeId) : null;
  }

  async organizationOf(workshop: Workshop, loaders: RequestLoaders): Promise<Organization> {
    return (await loaders.get(OrganizationsLoaders).organizationById.load(workshop.organizationId))!;
  }

  async municipalityOf(workshop: Workshop, loaders: RequestLoaders): Promise<Municipality> {
    return (await loaders.get(MunicipalitiesLoaders).municipalityById.load(workshop.municipalityId))!;
  }

  signupCountOf(workshop: Workshop, loaders: RequestLoaders): Promise<number> {
    return loaders.get(WorkshopsLoaders).signupCountByWorkshop.load(workshop.id);
  }

  async viewerSignedUp(viewer: Viewer | null, workshop: Workshop, loaders: RequestLoaders): Promise<boolean> {
    if (!viewer) return false;
    return loaders.get(WorkshopsLoaders).viewerSignedUp.load(`${viewer.userId}:${workshop.id}`);
  }

  // ---------------------------------------------------------------- e-mail helpers (also for sign-ups)

  /** Names and slug needed by every workshop e-mail, read once per send-out. */
  async mailContext(workshop: Workshop): Promise<{ organization: string; slug: string }> {
    const rows: Array<{ organization: string; slug: string }> = await this.dataSource.query(
      `SELECT o.name AS organization, m.slug FROM organization o JOIN municipality m ON m.id = $2 WHERE o.id = $1`,
      [workshop.organizationId, workshop.municipalityId],
    );
    return rows[0] ?? { organization: '', slug: '' };
  }

  /** The variables every workshop e-mail shares, in the recipient's language. */
  mailVars(workshop: Workshop, context: { organization: string; slug: string }, locale: Locale): Record<string, string> {
    return {
      title: workshopText(workshop.title, locale, workshop.originalLocale) ?? '',
      when: formatWorkshopTime(workshop, locale),
      venue: workshop.venue,
      organization: context.organization,
      link: this.pageUrl(workshop, context.slug),
      calendarLink: `${this.config.publicUrl}/workshops/${workshop.id}.ics`,
    };
  }

  pageUrl(workshop: Workshop, municipalitySlug: string): string {
    return `${this.config.publicUrl}/${municipalitySlug}/workshops/${workshop.id}`;
  }

  /** Everyone signed up who can still be written to, oldest sign-up first. */
  async recipients(workshopId: string): Promise<WorkshopRecipient[]> {
    const rows: Array<{ id: string; email: string; name: string; locale: string }> = await this.dataSource.query(
      `SELECT s.id, coalesce(u.email, s.email) AS email, coalesce(u.display_name, s.name) AS name, s.locale
         FROM workshop_signup s LEFT JOIN app_user u ON u.id = s.user_id
        WHERE s.workshop_id = $1 AND coalesce(u.email, s.email) IS NOT NULL
        ORDER BY s.created_at, s.id`,
      [workshopId],
    );
    return rows.map((r) => ({ signupId: r.id, email: r.email, name: r.name ?? '', locale: isLocale(r.locale) ? r.locale : 'sv' }));
  }

  cancelledError(): DomainError {
    return new DomainError(ErrorCode.CONFLICT, 'The workshop has been cancelled.', { reason: 'WORKSHOP_CANCELLED' });
  }

  // ---------------------------------------------------------------- internals

  /** Kinds only: the message never echoes the number or address found. */
  private refusePersonalData(input: UpdateWorkshopFields): void {
    const texts: Array<{ path: string; text: string | null }> = [
      { path: 'input.title', text: input.title },
      { path: 'input.description', text: input.description },
      ...input.translations.flatMap((t, i) => [
        { path: `input.translations.${i}.title`, text: t.title },
        { path: `input.translations.${i}.description`, text: t.description },
      ]),
    ];
    const personalData = texts
      .map(({ path, text }) => ({ path, kinds: text ? findPersonalData(text) : ([] as PersonalDataKind[]) }))
      .filter((found) => found.kinds.length > 0);
    if (personalData.length === 0) return;
    const fields: FieldError[] = personalData.map(({ path, kinds }) => ({
      path,
      message: `Contains ${kinds.map((kind) => PERSONAL_DATA_LABELS[kind]).join(' and ')}. Remove it: workshops are public.`,
    }));
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Invalid input: ${fields.map((f) => `${f.path}: ${f.message}`).join('; ')}`, { fields, personalData });
  }

  private async requirePlace(placeId: string | null, municipalityId: string): Promise<void> {
    if (!placeId) return;
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM place WHERE id = $1 AND municipality_id = $2`, [placeId, municipalityId]);
    if (rows.length === 0) throw DomainError.badInput([{ path: 'input.placeId', message: 'Choose a place of the municipality.' }]);
  }

  private async requireGoals(goalIds: string[], municipalityId: string): Promise<void> {
    if (goalIds.length === 0) return;
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id
        WHERE g.id = ANY($1::uuid[]) AND s.municipality_id = $2`,
      [goalIds, municipalityId],
    );
    if (rows.length !== goalIds.length) throw DomainError.badInput([{ path: 'input.goalIds', message: "Choose målbilder of the municipality's strategies." }]);
  }

  private columns(input: UpdateWorkshopFields) {
    const title: Record<string, string> = { [input.originalLocale]: input.title };
    const description: Record<string, string> = input.description ? { [input.originalLocale]: input.description } : {};
    for (const translation of input.translations) {
      title[translation.locale] = translation.title;
      if (translation.description) description[translation.locale] = translation.description;
    }
    return {
      title,
      description: Object.keys(description).length > 0 ? description : null,
      originalLocale: input.originalLocale,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      venue: input.venue,
      placeId: input.placeId,
      signupEnabled: input.signupEnabled,
      signupLimit: input.signupLimit,
    };
  }

  private async writeGoals(manager: EntityManager, workshopId: string, goalIds: string[]): Promise<void> {
    if (goalIds.length > 0) await manager.getRepository(WorkshopGoal).insert(goalIds.map((goalId) => ({ workshopId, goalId })));
  }
}
