import { randomUUID } from 'node:crypto';
import {
  DialogueStatus,
  ErrorCode,
  idSchema,
  type LocalizedText,
  NotificationKind,
  questionsInOrder,
  Role,
  slugSchema,
  SurveyQuestionType,
  SurveyStatus,
  surveyInputSchema,
  type SurveyInputValues,
  surveyMissingTranslations,
  surveyPublishProblems,
  type SurveySectionDefinition,
  toLocalizedText,
} from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { DomainError, type FieldError } from '../../common/domain-error';
import { hasRole, requireViewer, type Viewer } from '../../common/viewer';
import { languageStatuses, type LanguageStatus } from '../../graphql/localized.types';
import type { RequestLoaders } from '../../graphql/loader-registry';
import { AuditService } from '../audit/audit.service';
import type { Dialogue } from '../dialogues/dialogue.entity';
import { DialoguesService } from '../dialogues/dialogues.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Survey } from './survey.entity';
import { SurveysLoaders } from './surveys.loaders';

const ENDED_DIALOGUE: readonly DialogueStatus[] = [DialogueStatus.CLOSED, DialogueStatus.REPORTED];
const PUBLIC_STATUSES: readonly SurveyStatus[] = [SurveyStatus.PUBLISHED, SurveyStatus.CLOSED];

/**
 * Validates the survey input with the shared builder rules. Paths name the field inside the
 * input (`sections.1.questions.0.options`, no `input.` prefix) exactly as the builder's own zod
 * check reports them, so the client can place server errors without translating paths.
 */
function parseSurveyInput(raw: unknown): SurveyInputValues {
  const result = surveyInputSchema.safeParse(raw);
  if (result.success) return result.data;
  throw DomainError.badInput(result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || 'input', message: issue.message })));
}

/** The stored definition of parsed input: texts REVIEWED unless marked machine-assisted. */
function toDefinition(input: SurveyInputValues): { title: LocalizedText; description: LocalizedText | null; sections: SurveySectionDefinition[] } {
  const machine = input.machineAssistedLocales;
  const text = (value: Parameters<typeof toLocalizedText>[0]) => toLocalizedText(value, machine);
  const optional = (value: Parameters<typeof toLocalizedText>[0] | null) => (value ? toLocalizedText(value, machine) : null);
  return {
    title: text(input.title),
    description: optional(input.description),
    sections: input.sections.map((section) => ({
      id: section.id,
      title: text(section.title),
      description: optional(section.description),
      questions: section.questions.map((question) => ({
        id: question.id,
        type: question.type,
        required: question.required,
        prompt: text(question.prompt),
        help: optional(question.help),
        options: question.options.map((option) => ({ id: option.id, text: text(option.text) })),
        allowOther: question.allowOther,
        scaleMinLabel: optional(question.scaleMinLabel),
        scaleMaxLabel: optional(question.scaleMaxLabel),
        placeIds: question.placeIds,
        goalIds: question.goalIds,
        maxChoices: question.maxChoices,
        condition: question.condition ? { questionId: question.condition.questionId, optionIds: question.condition.optionIds } : null,
      })),
    })),
  };
}

/** Every text of a survey, for its per-language status. */
export function surveyTexts(survey: Pick<Survey, 'title' | 'description' | 'sections'>): Array<LocalizedText | null> {
  const texts: Array<LocalizedText | null> = [survey.title, survey.description];
  for (const section of survey.sections) {
    texts.push(section.title, section.description);
    for (const question of section.questions) {
      texts.push(question.prompt, question.help, question.scaleMinLabel, question.scaleMaxLabel, ...question.options.map((option) => option.text));
    }
  }
  return texts;
}

/**
 * Surveys (enkäter) and their versions. Officers (and admins) of the survey's municipality build
 * them: a DRAFT can change freely; publishing needs every text in sv, fi and fit and freezes the
 * questions; a change after that is a new DRAFT version of the same series, and publishing it
 * closes the previous version. Everyone else sees only PUBLISHED and CLOSED versions; a draft is
 * NOT_FOUND to them.
 */
@Injectable()
export class SurveysService {
  constructor(
    @InjectRepository(Survey) private readonly surveys: Repository<Survey>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly dialogues: DialoguesService,
  ) {}

  canManage(viewer: Viewer | null, survey: Pick<Survey, 'municipalityId'>): boolean {
    return hasRole(viewer, survey.municipalityId, Role.OFFICER);
  }

  isVisible(viewer: Viewer | null, survey: Survey): boolean {
    return survey.status !== SurveyStatus.DRAFT || this.canManage(viewer, survey);
  }

  // ---------------------------------------------------------------- building

  async create(viewer: Viewer | null, municipalitySlug: string, raw: unknown): Promise<Survey> {
    const signedIn = requireViewer(viewer);
    const municipality = await this.municipalities.bySlug(this.parseOrBad(slugSchema, municipalitySlug, 'municipalitySlug'), 'municipalitySlug');
    this.requireOfficer(signedIn, municipality.id);
    const input = parseSurveyInput(raw);
    await this.checkReferences(input, municipality.id);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Survey);
      const survey = await repository.save(
        repository.create({
          municipalityId: municipality.id,
          seriesId: randomUUID(),
          version: 1,
          status: SurveyStatus.DRAFT,
          createdById: signedIn.userId,
          ...this.columns(input),
        }),
      );
      await this.audit.record(signedIn, { action: 'survey.create', municipalityId: municipality.id, targetType: 'survey', targetId: survey.id }, manager);
      return survey;
    });
  }

  /** Replaces the whole definition of a DRAFT; a published or closed version is frozen. */
  async update(viewer: Viewer | null, id: string, raw: unknown): Promise<Survey> {
    const { viewer: signedIn, survey } = await this.requireManager(viewer, id);
    if (survey.status !== SurveyStatus.DRAFT) throw this.frozen();
    const input = parseSurveyInput(raw);
    await this.checkReferences(input, survey.municipalityId);
    return this.dataSource.transaction(async (manager) => {
      // The status condition makes a publish that slipped in between win: the update then changes nothing.
      const result = await manager.getRepository(Survey).update({ id: survey.id, status: SurveyStatus.DRAFT }, this.columns(input));
      if (!result.affected) throw this.frozen();
      await this.audit.record(signedIn, { action: 'survey.update', municipalityId: survey.municipalityId, targetType: 'survey', targetId: survey.id }, manager);
      return manager.getRepository(Survey).findOneByOrFail({ id: survey.id });
    });
  }

  async publish(viewer: Viewer | null, id: string): Promise<Survey> {
    const { viewer: signedIn, survey } = await this.requireManager(viewer, id);
    if (survey.status !== SurveyStatus.DRAFT) {
      throw new DomainError(ErrorCode.CONFLICT, 'Only a draft can be published.', { reason: 'SURVEY_NOT_DRAFT' });
    }
    const problems: FieldError[] = surveyPublishProblems(survey);
    if (survey.closesAt && survey.closesAt.getTime() <= Date.now()) problems.push({ path: 'closesAt', message: 'The closing time has passed; choose a later one.' });
    if (problems.length > 0) throw DomainError.badInput(problems);
    return this.dataSource.transaction(async (manager) => {
      let dialogue: { id: string; status: DialogueStatus } | undefined;
      if (survey.dialogueId) {
        // FOR SHARE: the dialogue cannot close between this check and the commit.
        [dialogue] = await manager.query(`SELECT id, status FROM dialogue WHERE id = $1 FOR SHARE`, [survey.dialogueId]);
        if (dialogue && dialogue.status !== DialogueStatus.OPEN) {
          throw new DomainError(ErrorCode.CONFLICT, 'The dialogue is not open, so its surveys cannot be published.', { reason: 'DIALOGUE_NOT_OPEN' });
        }
      }
      const published: unknown[] = await manager.query(
        `UPDATE survey SET status = 'PUBLISHED', published_at = now(), updated_at = now() WHERE id = $1 AND status = 'DRAFT' RETURNING id`,
        [survey.id],
      );
      // [rows, count] for UPDATE … RETURNING in the pg driver
      const rows = Array.isArray(published[0]) ? (published[0] as unknown[]) : published;
      if (rows.length === 0) throw new DomainError(ErrorCode.CONFLICT, 'Only a draft can be published.', { reason: 'SURVEY_NOT_DRAFT' });
      // One published version per series: the new one replaces the earlier.
      await manager.query(
        `UPDATE survey SET status = 'CLOSED', closed_at = now(), updated_at = now() WHERE series_id = $1 AND status = 'PUBLISHED' AND id <> $2`,
        [survey.seriesId, survey.id],
      );
      if (dialogue) {
        await this.notifications.notify(
          await this.dialogues.followerIds(dialogue.id, manager),
          { kind: NotificationKind.DIALOGUE_SURVEY_PUBLISHED, municipalityId: survey.municipalityId, dialogueId: dialogue.id, data: { surveyId: survey.id } },
          manager,
          signedIn.userId,
        );
      }
      await this.audit.record(
        signedIn,
        { action: 'survey.publish', municipalityId: survey.municipalityId, targetType: 'survey', targetId: survey.id, details: { seriesId: survey.seriesId, version: survey.version } },
        manager,
      );
      return manager.getRepository(Survey).findOneByOrFail({ id: survey.id });
    });
  }

  /** A DRAFT copy of a published or closed version (same ids, so answers compare across versions). */
  async createVersion(viewer: Viewer | null, id: string): Promise<Survey> {
    const { viewer: signedIn, survey } = await this.requireManager(viewer, id);
    return this.dataSource.transaction(async (manager) => {
      // Locking the series makes concurrent calls take turns: the second one sees the first one's draft.
      const series: Array<{ version: number; status: SurveyStatus }> = await manager.query(
        `SELECT version, status FROM survey WHERE series_id = $1 ORDER BY version FOR UPDATE`,
        [survey.seriesId],
      );
      if (series.some((row) => row.status === SurveyStatus.DRAFT)) {
        throw new DomainError(ErrorCode.CONFLICT, 'This survey already has a draft version; edit that one.', { reason: 'DRAFT_VERSION_EXISTS' });
      }
      const repository = manager.getRepository(Survey);
      const copy = await repository.save(
        repository.create({
          municipalityId: survey.municipalityId,
          dialogueId: survey.dialogueId,
          seriesId: survey.seriesId,
          version: Math.max(...series.map((row) => row.version)) + 1,
          status: SurveyStatus.DRAFT,
          responseMode: survey.responseMode,
          collectDemographics: survey.collectDemographics,
          title: survey.title,
          description: survey.description,
          sections: survey.sections,
          // A closing time that has passed would stop the new version from being published.
          closesAt: survey.closesAt && survey.closesAt.getTime() > Date.now() ? survey.closesAt : null,
          createdById: signedIn.userId,
        }),
      );
      await this.audit.record(
        signedIn,
        { action: 'survey.createVersion', municipalityId: survey.municipalityId, targetType: 'survey', targetId: copy.id, details: { from: survey.id, version: copy.version } },
        manager,
      );
      return copy;
    });
  }

  async close(viewer: Viewer | null, id: string): Promise<Survey> {
    const { viewer: signedIn, survey } = await this.requireManager(viewer, id);
    if (survey.status === SurveyStatus.CLOSED) return survey;
    if (survey.status === SurveyStatus.DRAFT) {
      throw new DomainError(ErrorCode.CONFLICT, 'A draft has not been published, so it cannot be closed.', { reason: 'SURVEY_NOT_PUBLISHED' });
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE survey SET status = 'CLOSED', closed_at = now(), updated_at = now() WHERE id = $1 AND status = 'PUBLISHED'`, [survey.id]);
      await this.audit.record(signedIn, { action: 'survey.close', municipalityId: survey.municipalityId, targetType: 'survey', targetId: survey.id }, manager);
      return manager.getRepository(Survey).findOneByOrFail({ id: survey.id });
    });
  }

  async deleteDraft(viewer: Viewer | null, id: string): Promise<boolean> {
    const { viewer: signedIn, survey } = await this.requireManager(viewer, id);
    if (survey.status !== SurveyStatus.DRAFT) {
      throw new DomainError(ErrorCode.CONFLICT, 'Only a draft can be deleted; close a published survey instead.', { reason: 'SURVEY_NOT_DRAFT' });
    }
    return this.dataSource.transaction(async (manager) => {
      const deleted: unknown[] = await manager.query(`DELETE FROM survey WHERE id = $1 AND status = 'DRAFT' RETURNING id`, [survey.id]);
      const rows = Array.isArray(deleted[0]) ? (deleted[0] as unknown[]) : deleted;
      if (rows.length === 0) throw new DomainError(ErrorCode.CONFLICT, 'Only a draft can be deleted.', { reason: 'SURVEY_NOT_DRAFT' });
      await this.audit.record(
        signedIn,
        { action: 'survey.deleteDraft', municipalityId: survey.municipalityId, targetType: 'survey', targetId: survey.id, details: { seriesId: survey.seriesId, version: survey.version } },
        manager,
      );
      return true;
    });
  }

  // ---------------------------------------------------------------- reading

  /** NOT_FOUND for a draft unless the viewer manages it, so drafts don't leak. */
  async byId(viewer: Viewer | null, id: string, loaders: RequestLoaders): Promise<Survey> {
    const surveyId = this.parseOrBad(idSchema, id, 'id');
    const survey = await loaders.get(SurveysLoaders).surveyById.load(surveyId);
    if (!survey || !this.isVisible(viewer, survey)) throw DomainError.notFound('survey', surveyId);
    return survey;
  }

  /** Newest first; PUBLISHED and CLOSED for everyone, drafts too for managers. */
  async list(viewer: Viewer | null, args: { municipalitySlug: string; dialogueId?: string | null; status?: SurveyStatus | null }): Promise<Survey[]> {
    const municipality = await this.municipalities.bySlug(this.parseOrBad(slugSchema, args.municipalitySlug, 'municipalitySlug'), 'municipalitySlug');
    const query = this.surveys.createQueryBuilder('s').where('s.municipality_id = :m', { m: municipality.id });
    if (args.dialogueId) query.andWhere('s.dialogue_id = :d', { d: this.parseOrBad(idSchema, args.dialogueId, 'dialogueId') });
    if (args.status) query.andWhere('s.status = :status', { status: args.status });
    if (!this.canManage(viewer, { municipalityId: municipality.id })) query.andWhere('s.status IN (:...visible)', { visible: PUBLIC_STATUSES });
    return query.orderBy('s.created_at', 'DESC').addOrderBy('s.version', 'DESC').addOrderBy('s.id', 'DESC').getMany();
  }

  /** Every version of the series, newest first; drafts only for managers. */
  async versionsOf(viewer: Viewer | null, survey: Survey, loaders: RequestLoaders): Promise<Survey[]> {
    const versions = await loaders.get(SurveysLoaders).versionsBySeries.load(survey.seriesId);
    return versions.filter((version) => this.isVisible(viewer, version));
  }

  /** Per series, the newest version the viewer may see; newest first. */
  async surveysOfDialogue(viewer: Viewer | null, dialogue: Dialogue, loaders: RequestLoaders): Promise<Survey[]> {
    const rows = await loaders.get(SurveysLoaders).surveysByDialogue.load(dialogue.id);
    const latest = new Map<string, Survey>();
    for (const row of rows) if (!latest.has(row.seriesId) && this.isVisible(viewer, row)) latest.set(row.seriesId, row);
    return [...latest.values()].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
  }

  async dialogueOf(survey: Survey, loaders: RequestLoaders): Promise<Dialogue | null> {
    return survey.dialogueId ? loaders.get(SurveysLoaders).dialogueById.load(survey.dialogueId) : null;
  }

  translationStatusOf(survey: Survey): LanguageStatus[] {
    return languageStatuses(surveyTexts(survey));
  }

  missingTranslationsOf(survey: Survey): string[] {
    return surveyMissingTranslations(survey);
  }

  isOpen(survey: Survey, now = new Date()): boolean {
    return survey.status === SurveyStatus.PUBLISHED && (!survey.closesAt || survey.closesAt > now);
  }

  // ---------------------------------------------------------------- rules

  private frozen(): DomainError {
    return new DomainError(ErrorCode.CONFLICT, 'A published survey cannot change; create a new version.', { reason: 'SURVEY_FROZEN' });
  }

  private parseOrBad<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, value: unknown, path: string): T {
    const result = schema.safeParse(value);
    if (!result.success) throw DomainError.badInput([{ path, message: 'Not a valid value.' }]);
    return result.data;
  }

  private requireOfficer(viewer: Viewer, municipalityId: string): void {
    if (!hasRole(viewer, municipalityId, Role.OFFICER)) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Only officers of the municipality build surveys.', { requiredRole: Role.OFFICER });
    }
  }

  /**
   * For mutations: signed out → UNAUTHENTICATED; unknown → NOT_FOUND; signed in without the
   * officer role in the survey's municipality → FORBIDDEN (ids are random UUIDs, so this tells
   * nothing about which drafts exist).
   */
  private async requireManager(viewer: Viewer | null, id: string): Promise<{ viewer: Viewer; survey: Survey }> {
    const signedIn = requireViewer(viewer);
    const surveyId = this.parseOrBad(idSchema, id, 'id');
    const survey = await this.surveys.findOneBy({ id: surveyId });
    if (!survey) throw DomainError.notFound('survey', surveyId);
    this.requireOfficer(signedIn, survey.municipalityId);
    return { viewer: signedIn, survey };
  }

  private columns(input: SurveyInputValues) {
    const definition = toDefinition(input);
    return {
      ...definition,
      responseMode: input.responseMode,
      collectDemographics: input.collectDemographics,
      closesAt: input.closesAt,
      dialogueId: input.dialogueId,
    };
  }

  /** The rules that need the database: places, målbilder, the dialogue, the closing time. All problems at once. */
  private async checkReferences(input: SurveyInputValues, municipalityId: string): Promise<void> {
    const problems: FieldError[] = [];
    if (input.closesAt && input.closesAt.getTime() <= Date.now()) problems.push({ path: 'closesAt', message: 'Choose a time in the future.' });

    const questions = input.sections.flatMap((section, s) => section.questions.map((question, q) => ({ question, path: `sections.${s}.questions.${q}` })));
    const placeIds = [...new Set(questions.flatMap(({ question }) => question.placeIds))];
    const goalIds = [...new Set(questions.flatMap(({ question }) => question.goalIds))];
    const needsGoalCount = questions.some(({ question }) => question.type === SurveyQuestionType.GOAL && question.goalIds.length === 0 && question.maxChoices != null);

    const [references]: Array<{ places: string[]; goals: string[]; offered_goals: number; dialogue: { municipality_id: string; status: DialogueStatus } | null }> =
      await this.dataSource.query(
        `SELECT
           ARRAY(SELECT p.id::text FROM place p WHERE p.id = ANY($2::uuid[]) AND p.municipality_id = $1) AS places,
           ARRAY(SELECT g.id::text FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id
                  WHERE g.id = ANY($3::uuid[]) AND s.municipality_id = $1) AS goals,
           CASE WHEN $5 THEN (SELECT count(*)::int FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id
                  WHERE s.municipality_id = $1 AND s.status = 'ADOPTED') ELSE 0 END AS offered_goals,
           (SELECT json_build_object('municipality_id', d.municipality_id, 'status', d.status) FROM dialogue d WHERE d.id = $4) AS dialogue`,
        [municipalityId, placeIds, goalIds, input.dialogueId, needsGoalCount],
      );
    const knownPlaces = new Set(references!.places);
    const knownGoals = new Set(references!.goals);
    for (const { question, path } of questions) {
      const place = question.placeIds.findIndex((placeId) => !knownPlaces.has(placeId));
      if (place >= 0) problems.push({ path: `${path}.placeIds.${place}`, message: 'Choose places of this municipality.' });
      const goal = question.goalIds.findIndex((goalId) => !knownGoals.has(goalId));
      if (goal >= 0) problems.push({ path: `${path}.goalIds.${goal}`, message: "Choose målbilder of the municipality's strategies." });
      if (question.type === SurveyQuestionType.GOAL && question.goalIds.length === 0 && question.maxChoices != null && question.maxChoices > references!.offered_goals) {
        problems.push({ path: `${path}.maxChoices`, message: 'Between 1 and the number of choices.' });
      }
    }
    if (input.dialogueId) {
      const dialogue = references!.dialogue;
      if (!dialogue || dialogue.municipality_id !== municipalityId) {
        problems.push({ path: 'dialogueId', message: 'Choose a dialogue of this municipality.' });
      } else if (ENDED_DIALOGUE.includes(dialogue.status)) {
        problems.push({ path: 'dialogueId', message: 'The dialogue has ended; surveys can no longer be added to it.' });
      }
    }
    if (problems.length > 0) throw DomainError.badInput(problems);
  }

  /** Questions in survey order with their numbers (for the resolvers and other modules). */
  questionsOf(survey: Survey) {
    return questionsInOrder(survey.sections);
  }
}
