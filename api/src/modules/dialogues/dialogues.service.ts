import {
  DIALOGUE_PHASE_ORDER,
  dialogueDecisionSchema,
  dialogueFeedbackSchema,
  type DialogueInputValue,
  dialogueInputSchema,
  DialogueStatus,
  ErrorCode,
  idSchema,
  type LocalizedText,
  missingLocales,
  NotificationKind,
  Role,
  slugSchema,
  toLocalizedText,
} from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, type FieldError, parseArgument } from '../../common/domain-error';
import { hasRole, requireRole, requireViewer, type Viewer } from '../../common/viewer';
import type { RequestLoaders } from '../../graphql/loader-registry';
import { AuditService } from '../audit/audit.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { Place } from '../places/place.entity';
import type { Goal } from '../strategies/goal.entity';
import { Dialogue, DialogueDecision, DialogueFollow, DialogueGoal, DialoguePhase, DialoguePlace } from './dialogue.entity';
import { DialoguesLoaders } from './dialogues.loaders';

export const DIALOGUE_TIME_ZONE = 'Europe/Stockholm';

/** Today's date (YYYY-MM-DD) on the Swedish calendar: phases begin and end on Swedish days. */
export function stockholmToday(now: Date = new Date()): string {
  // sv-SE formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: DIALOGUE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function isCurrentPhase(phase: Pick<DialoguePhase, 'startsOn' | 'endsOn'>, today: string = stockholmToday()): boolean {
  return phase.startsOn <= today && today <= phase.endsOn;
}

/** One field error per language a text lacks, e.g. `title.fi`. */
function missingTextFields(texts: Array<[path: string, text: LocalizedText | null | undefined]>): FieldError[] {
  return texts.flatMap(([path, text]) =>
    missingLocales(text).map((locale) => ({ path: `${path}.${locale}`, message: `Write this text in ${LANGUAGE_NAMES[locale]} before publishing.` })),
  );
}

const LANGUAGE_NAMES = { sv: 'Swedish', fi: 'Finnish', fit: 'Meänkieli' } as const;

/** OPEN first, then CLOSED, REPORTED, DRAFT (the contract's list order). */
const LIST_ORDER = `CASE d.status WHEN 'OPEN' THEN 0 WHEN 'CLOSED' THEN 1 WHEN 'REPORTED' THEN 2 ELSE 3 END`;

/**
 * Medborgardialoger. Officers (and admins) of the municipality create and run them:
 * DRAFT → OPEN (publishDialogue) → CLOSED (closeDialogue, which also closes the dialogue's
 * published surveys) → REPORTED (publishDialogueFeedback, which notifies the followers).
 * Drafts exist only for their managers: everyone else gets NOT_FOUND, so drafts do not leak.
 * The återkoppling (feedback texts and decisions) is shown to the public once published.
 */
@Injectable()
export class DialoguesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  // ---------------------------------------------------------------- reading

  /** NOT_FOUND for a draft unless the viewer manages it. */
  async byId(viewer: Viewer | null, rawId: string, loaders: RequestLoaders, argumentName = 'id'): Promise<Dialogue> {
    const id = parseArgument(idSchema, rawId, argumentName);
    const dialogue = await loaders.get(DialoguesLoaders).dialogueById.load(id);
    if (!dialogue || (dialogue.status === DialogueStatus.DRAFT && !this.canManage(viewer, dialogue))) throw DomainError.notFound('dialogue', id);
    return dialogue;
  }

  async list(viewer: Viewer | null, municipalitySlug: string, status: DialogueStatus | null | undefined): Promise<Dialogue[]> {
    const municipality = await this.municipalities.bySlug(parseArgument(slugSchema, municipalitySlug, 'municipalitySlug'), 'municipalitySlug');
    const query = this.dataSource
      .getRepository(Dialogue)
      .createQueryBuilder('d')
      .where('d.municipality_id = :m', { m: municipality.id });
    if (!hasRole(viewer, municipality.id, Role.OFFICER)) query.andWhere('d.status <> :draft', { draft: DialogueStatus.DRAFT });
    if (status) query.andWhere('d.status = :status', { status });
    return query
      .orderBy(LIST_ORDER, 'ASC')
      .addOrderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .getMany();
  }

  /** Officers (and admins) of the dialogue's municipality. */
  canManage(viewer: Viewer | null, dialogue: Dialogue): boolean {
    return hasRole(viewer, dialogue.municipalityId, Role.OFFICER);
  }

  /** Feedback texts and decisions: for managers always, for everyone else once published. */
  feedbackVisible(viewer: Viewer | null, dialogue: Dialogue): boolean {
    return dialogue.feedbackPublishedAt !== null || this.canManage(viewer, dialogue);
  }

  phasesOf(dialogue: Dialogue, loaders: RequestLoaders): Promise<DialoguePhase[]> {
    return loaders.get(DialoguesLoaders).phasesByDialogue.load(dialogue.id);
  }

  async currentPhaseOf(dialogue: Dialogue, loaders: RequestLoaders): Promise<DialoguePhase | null> {
    const today = stockholmToday();
    return (await this.phasesOf(dialogue, loaders)).find((phase) => isCurrentPhase(phase, today)) ?? null;
  }

  goalsOf(dialogue: Dialogue, loaders: RequestLoaders): Promise<Goal[]> {
    return loaders.get(DialoguesLoaders).goalsByDialogue.load(dialogue.id);
  }

  placesOf(dialogue: Dialogue, loaders: RequestLoaders): Promise<Place[]> {
    return loaders.get(DialoguesLoaders).placesByDialogue.load(dialogue.id);
  }

  async decisionsOf(viewer: Viewer | null, dialogue: Dialogue, loaders: RequestLoaders): Promise<DialogueDecision[]> {
    if (!this.feedbackVisible(viewer, dialogue)) return [];
    return loaders.get(DialoguesLoaders).decisionsByDialogue.load(dialogue.id);
  }

  followerCountOf(dialogue: Dialogue, loaders: RequestLoaders): Promise<number> {
    return loaders.get(DialoguesLoaders).followerCount.load(dialogue.id);
  }

  async viewerFollows(viewer: Viewer | null, dialogue: Dialogue, loaders: RequestLoaders): Promise<boolean> {
    return viewer ? loaders.get(DialoguesLoaders).follows.load(`${viewer.userId}:${dialogue.id}`) : false;
  }

  /** The notification's dialogue; null when none or when it is a draft the viewer may not see. */
  async dialogueOfNotification(viewer: Viewer | null, dialogueId: string | null, loaders: RequestLoaders): Promise<Dialogue | null> {
    if (!dialogueId) return null;
    const dialogue = await loaders.get(DialoguesLoaders).dialogueById.load(dialogueId);
    if (!dialogue || (dialogue.status === DialogueStatus.DRAFT && !this.canManage(viewer, dialogue))) return null;
    return dialogue;
  }

  /** Followers whose accounts are not deleted (for the surveys module's DIALOGUE_SURVEY_PUBLISHED). */
  async followerIds(dialogueId: string, manager?: EntityManager): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await (manager ?? this.dataSource.manager).query(
      `SELECT f.user_id FROM dialogue_follow f JOIN app_user u ON u.id = f.user_id WHERE f.dialogue_id = $1 AND u.deleted_at IS NULL`,
      [dialogueId],
    );
    return rows.map((row) => row.user_id);
  }

  // ---------------------------------------------------------------- managing

  async create(viewer: Viewer | null, municipalitySlug: string, raw: unknown): Promise<Dialogue> {
    const signedIn = requireViewer(viewer);
    const municipality = await this.municipalities.bySlug(parseArgument(slugSchema, municipalitySlug, 'municipalitySlug'), 'municipalitySlug');
    requireRole(signedIn, municipality.id, Role.OFFICER);
    const input = parseArgument(dialogueInputSchema, raw, 'input');
    await this.requireGoalsAndPlaces(input, municipality.id);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Dialogue);
      const dialogue = await repository.save(
        repository.create({ municipalityId: municipality.id, createdById: signedIn.userId, status: DialogueStatus.DRAFT, ...this.columns(input) }),
      );
      await this.writeChildren(manager, dialogue.id, input);
      await this.audit.record(signedIn, { action: 'dialogue.create', municipalityId: municipality.id, targetType: 'DIALOGUE', targetId: dialogue.id }, manager);
      return dialogue;
    });
  }

  /** Replaces the whole definition. Not once REPORTED; a published dialogue must stay complete in every language. */
  async update(viewer: Viewer | null, rawId: string, raw: unknown): Promise<Dialogue> {
    const { viewer: signedIn, dialogue } = await this.requireManager(viewer, rawId, 'id');
    if (dialogue.status === DialogueStatus.REPORTED) {
      throw new DomainError(ErrorCode.CONFLICT, 'A dialogue whose återkoppling is published can no longer be changed.', { reason: 'DIALOGUE_REPORTED' });
    }
    const input = parseArgument(dialogueInputSchema, raw, 'input');
    await this.requireGoalsAndPlaces(input, dialogue.municipalityId);
    if (dialogue.status !== DialogueStatus.DRAFT) {
      const columns = this.columns(input);
      const fields = this.publishingErrors('input.', columns, input.phases.map((phase) => phase.description && toLocalizedText(phase.description)));
      if (input.phases.length === 0) fields.push({ path: 'input.phases', message: 'A published dialogue needs at least one phase.' });
      if (fields.length > 0) throw DomainError.badInput(fields);
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Dialogue).update({ id: dialogue.id }, this.columns(input));
      await manager.getRepository(DialoguePhase).delete({ dialogueId: dialogue.id });
      await manager.getRepository(DialogueGoal).delete({ dialogueId: dialogue.id });
      await manager.getRepository(DialoguePlace).delete({ dialogueId: dialogue.id });
      await this.writeChildren(manager, dialogue.id, input);
      await this.audit.record(signedIn, { action: 'dialogue.update', municipalityId: dialogue.municipalityId, targetType: 'DIALOGUE', targetId: dialogue.id }, manager);
      return manager.getRepository(Dialogue).findOneByOrFail({ id: dialogue.id });
    });
  }

  /** DRAFT → OPEN: every text in sv, fi and fit, and at least one phase. */
  async publish(viewer: Viewer | null, rawId: string): Promise<Dialogue> {
    const { viewer: signedIn, dialogue } = await this.requireManager(viewer, rawId, 'id');
    if (dialogue.status !== DialogueStatus.DRAFT) {
      throw new DomainError(ErrorCode.CONFLICT, 'Only a draft can be published.', { reason: 'DIALOGUE_NOT_DRAFT' });
    }
    const phases = await this.dataSource.getRepository(DialoguePhase).findBy({ dialogueId: dialogue.id });
    // In kind order, as the editor lists them (the input was validated to be in that order).
    const ordered = [...phases].sort((a, b) => DIALOGUE_PHASE_ORDER.indexOf(a.kind) - DIALOGUE_PHASE_ORDER.indexOf(b.kind));
    const fields = this.publishingErrors('', dialogue, ordered.map((phase) => phase.description));
    if (phases.length === 0) fields.push({ path: 'phases', message: 'Give the dialogue at least one phase before publishing.' });
    if (fields.length > 0) throw DomainError.badInput(fields);
    return this.transition(signedIn, dialogue, 'dialogue.publish', async (manager) => {
      const updated = await manager.query(
        `UPDATE dialogue SET status = 'OPEN', opened_at = now(), updated_at = now() WHERE id = $1 AND status = 'DRAFT' RETURNING id`,
        [dialogue.id],
      );
      return this.changed(updated, 'Only a draft can be published.', 'DIALOGUE_NOT_DRAFT');
    });
  }

  /** OPEN → CLOSED; the dialogue's published surveys close with it. */
  async close(viewer: Viewer | null, rawId: string): Promise<Dialogue> {
    const { viewer: signedIn, dialogue } = await this.requireManager(viewer, rawId, 'id');
    if (dialogue.status !== DialogueStatus.OPEN) {
      throw new DomainError(ErrorCode.CONFLICT, 'Only an open dialogue can be closed.', { reason: 'DIALOGUE_NOT_OPEN' });
    }
    return this.transition(signedIn, dialogue, 'dialogue.close', async (manager) => {
      const updated = await manager.query(
        `UPDATE dialogue SET status = 'CLOSED', closed_at = now(), updated_at = now() WHERE id = $1 AND status = 'OPEN' RETURNING id`,
        [dialogue.id],
      );
      this.changed(updated, 'Only an open dialogue can be closed.', 'DIALOGUE_NOT_OPEN');
      await manager.query(`UPDATE survey SET status = 'CLOSED', closed_at = now(), updated_at = now() WHERE dialogue_id = $1 AND status = 'PUBLISHED'`, [
        dialogue.id,
      ]);
    });
  }

  /** CLOSED (or REPORTED, for corrections, which must stay complete in every language). Swedish required. */
  async saveFeedback(viewer: Viewer | null, rawId: string, raw: unknown): Promise<Dialogue> {
    const { viewer: signedIn, dialogue } = await this.requireManager(viewer, rawId, 'id');
    if (dialogue.status !== DialogueStatus.CLOSED && dialogue.status !== DialogueStatus.REPORTED) {
      throw new DomainError(ErrorCode.CONFLICT, 'The återkoppling is written once the dialogue is closed.', { reason: 'DIALOGUE_NOT_CLOSED' });
    }
    const input = parseArgument(dialogueFeedbackSchema, raw, 'input');
    const whatWeHeard = toLocalizedText(input.whatWeHeard, input.machineAssistedLocales);
    const whatHappensNow = toLocalizedText(input.whatHappensNow, input.machineAssistedLocales);
    if (dialogue.status === DialogueStatus.REPORTED) {
      const fields = missingTextFields([
        ['input.whatWeHeard', whatWeHeard],
        ['input.whatHappensNow', whatHappensNow],
      ]);
      if (fields.length > 0) throw DomainError.badInput(fields);
    }
    return this.transition(signedIn, dialogue, 'dialogue.saveFeedback', async (manager) => {
      await manager.getRepository(Dialogue).update({ id: dialogue.id }, { whatWeHeard, whatHappensNow });
    });
  }

  /** CLOSED → REPORTED: both feedback texts in every language; the followers are told in the same transaction. */
  async publishFeedback(viewer: Viewer | null, rawId: string): Promise<Dialogue> {
    const { viewer: signedIn, dialogue } = await this.requireManager(viewer, rawId, 'id');
    if (dialogue.status !== DialogueStatus.CLOSED) {
      throw new DomainError(ErrorCode.CONFLICT, 'Only the återkoppling of a closed dialogue can be published.', { reason: 'DIALOGUE_NOT_CLOSED' });
    }
    if (!dialogue.whatWeHeard || !dialogue.whatHappensNow) {
      throw new DomainError(ErrorCode.CONFLICT, 'Write the återkoppling before publishing it.', { reason: 'FEEDBACK_MISSING' });
    }
    const fields = missingTextFields([
      ['whatWeHeard', dialogue.whatWeHeard],
      ['whatHappensNow', dialogue.whatHappensNow],
    ]);
    if (fields.length > 0) throw DomainError.badInput(fields);
    return this.transition(signedIn, dialogue, 'dialogue.publishFeedback', async (manager) => {
      const updated = await manager.query(
        `UPDATE dialogue SET status = 'REPORTED', feedback_published_at = now(), updated_at = now() WHERE id = $1 AND status = 'CLOSED' RETURNING id`,
        [dialogue.id],
      );
      this.changed(updated, 'Only the återkoppling of a closed dialogue can be published.', 'DIALOGUE_NOT_CLOSED');
      const followers = await this.followerIds(dialogue.id, manager);
      await this.notifications.notify(
        followers,
        { kind: NotificationKind.DIALOGUE_FEEDBACK_PUBLISHED, municipalityId: dialogue.municipalityId, dialogueId: dialogue.id },
        manager,
        signedIn.userId,
      );
    });
  }

  /** OPEN, CLOSED or REPORTED (a decision may come before the dialogue closes). */
  async addDecision(viewer: Viewer | null, rawDialogueId: string, raw: unknown): Promise<Dialogue> {
    const { viewer: signedIn, dialogue } = await this.requireManager(viewer, rawDialogueId, 'dialogueId');
    if (dialogue.status === DialogueStatus.DRAFT) {
      throw new DomainError(ErrorCode.CONFLICT, 'Decisions are linked once the dialogue is published.', { reason: 'DIALOGUE_NOT_OPEN' });
    }
    const input = parseArgument(dialogueDecisionSchema, raw, 'input');
    return this.transition(signedIn, dialogue, 'dialogue.addDecision', async (manager) => {
      await manager.getRepository(DialogueDecision).insert({
        dialogueId: dialogue.id,
        body: input.body,
        meetingDate: input.meetingDate,
        paragraph: input.paragraph,
        diaryNumber: input.diaryNumber,
        url: input.url,
        summary: input.summary ? toLocalizedText(input.summary) : null,
      });
    });
  }

  async removeDecision(viewer: Viewer | null, rawId: string): Promise<Dialogue> {
    const signedIn = requireViewer(viewer);
    const id = parseArgument(idSchema, rawId, 'id');
    const decision = await this.dataSource.getRepository(DialogueDecision).findOneBy({ id });
    if (!decision) throw DomainError.notFound('dialogue decision', id);
    const { dialogue } = await this.requireManager(signedIn, decision.dialogueId, 'id');
    return this.transition(signedIn, dialogue, 'dialogue.removeDecision', async (manager) => {
      await manager.getRepository(DialogueDecision).delete({ id: decision.id });
    }, { decisionId: decision.id, diaryNumber: decision.diaryNumber });
  }

  /** Idempotent; anyone signed in, for any dialogue but a draft. */
  async follow(viewer: Viewer | null, rawId: string, loaders: RequestLoaders): Promise<Dialogue> {
    const signedIn = requireViewer(viewer);
    const dialogue = await this.followable(rawId, loaders);
    await this.dataSource.createQueryBuilder().insert().into(DialogueFollow).values({ dialogueId: dialogue.id, userId: signedIn.userId }).orIgnore().execute();
    return dialogue;
  }

  async unfollow(viewer: Viewer | null, rawId: string, loaders: RequestLoaders): Promise<Dialogue> {
    const signedIn = requireViewer(viewer);
    const dialogue = await this.followable(rawId, loaders);
    await this.dataSource.getRepository(DialogueFollow).delete({ dialogueId: dialogue.id, userId: signedIn.userId });
    return dialogue;
  }

  // ---------------------------------------------------------------- helpers

  private async followable(rawId: string, loaders: RequestLoaders): Promise<Dialogue> {
    const id = parseArgument(idSchema, rawId, 'id');
    const dialogue = await loaders.get(DialoguesLoaders).dialogueById.load(id);
    if (!dialogue || dialogue.status === DialogueStatus.DRAFT) throw DomainError.notFound('dialogue', id);
    return dialogue;
  }

  /** UNAUTHENTICATED signed out, NOT_FOUND for an unknown id, FORBIDDEN without OFFICER in the dialogue's municipality. */
  private async requireManager(viewer: Viewer | null, rawId: string, argumentName: string): Promise<{ viewer: Viewer; dialogue: Dialogue }> {
    const signedIn = requireViewer(viewer);
    const id = parseArgument(idSchema, rawId, argumentName);
    const dialogue = await this.dataSource.getRepository(Dialogue).findOneBy({ id });
    if (!dialogue) throw DomainError.notFound('dialogue', id);
    requireRole(signedIn, dialogue.municipalityId, Role.OFFICER);
    return { viewer: signedIn, dialogue };
  }

  /** Runs a change with its audit record in one transaction and returns the dialogue as it now is. */
  private transition(
    viewer: Viewer,
    dialogue: Dialogue,
    action: string,
    change: (manager: EntityManager) => Promise<unknown>,
    details?: Record<string, unknown>,
  ): Promise<Dialogue> {
    return this.dataSource.transaction(async (manager) => {
      await change(manager);
      await this.audit.record(viewer, { action, municipalityId: dialogue.municipalityId, targetType: 'DIALOGUE', targetId: dialogue.id, details }, manager);
      return manager.getRepository(Dialogue).findOneByOrFail({ id: dialogue.id });
    });
  }

  /** A guarded UPDATE … RETURNING found nothing: someone else changed the status meanwhile. */
  private changed(rows: unknown, message: string, reason: string): void {
    const list = Array.isArray(rows) && Array.isArray(rows[0]) ? rows[0] : rows;
    if (!Array.isArray(list) || list.length === 0) throw new DomainError(ErrorCode.CONFLICT, message, { reason });
  }

  /** The texts a published dialogue needs in every language; paths like `title.fi`, `phases.1.description.fit`. */
  private publishingErrors(
    prefix: string,
    texts: Pick<Dialogue, 'title' | 'purpose' | 'promise'>,
    phaseDescriptions: Array<LocalizedText | null | undefined>,
  ): FieldError[] {
    return missingTextFields([
      [`${prefix}title`, texts.title],
      [`${prefix}purpose`, texts.purpose],
      [`${prefix}promise`, texts.promise],
      ...phaseDescriptions.flatMap((description, index): Array<[string, LocalizedText]> =>
        description ? [[`${prefix}phases.${index}.description`, description]] : [],
      ),
    ]);
  }

  private async requireGoalsAndPlaces(input: DialogueInputValue, municipalityId: string): Promise<void> {
    const fields: FieldError[] = [];
    if (input.goalIds.length > 0) {
      const rows: Array<{ id: string }> = await this.dataSource.query(
        `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id
          WHERE g.id = ANY($1::uuid[]) AND s.municipality_id = $2`,
        [input.goalIds, municipalityId],
      );
      if (rows.length !== input.goalIds.length) fields.push({ path: 'input.goalIds', message: "Choose målbilder of the municipality's strategies." });
    }
    if (input.placeIds.length > 0) {
      const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM place WHERE id = ANY($1::uuid[]) AND municipality_id = $2`, [
        input.placeIds,
        municipalityId,
      ]);
      if (rows.length !== input.placeIds.length) fields.push({ path: 'input.placeIds', message: 'Choose places of the municipality.' });
    }
    if (fields.length > 0) throw DomainError.badInput(fields);
  }

  private columns(input: DialogueInputValue) {
    const machine = input.machineAssistedLocales;
    return {
      title: toLocalizedText(input.title, machine),
      purpose: toLocalizedText(input.purpose, machine),
      promise: toLocalizedText(input.promise, machine),
      decisionMaker: input.decisionMaker,
      decisionExpectedOn: input.decisionExpectedOn,
      targetGroups: input.targetGroups,
    };
  }

  private async writeChildren(manager: EntityManager, dialogueId: string, input: DialogueInputValue): Promise<void> {
    if (input.phases.length > 0) {
      await manager.getRepository(DialoguePhase).insert(
        input.phases.map((phase) => ({
          dialogueId,
          kind: phase.kind,
          startsOn: phase.startsOn,
          endsOn: phase.endsOn,
          description: phase.description ? toLocalizedText(phase.description, input.machineAssistedLocales) : null,
        })),
      );
    }
    if (input.goalIds.length > 0) await manager.getRepository(DialogueGoal).insert(input.goalIds.map((goalId) => ({ dialogueId, goalId })));
    if (input.placeIds.length > 0) await manager.getRepository(DialoguePlace).insert(input.placeIds.map((placeId) => ({ dialogueId, placeId })));
  }
}
