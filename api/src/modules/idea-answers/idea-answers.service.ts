import {
  type AnswerTemplateInput,
  answerTemplateSchema,
  bodyByLocale,
  bulkIdeaIdsSchema,
  type DecisionReferenceInput,
  ErrorCode,
  FALLBACK_CHAIN,
  idSchema,
  IdeaEventKind,
  type IdeaResponseInput,
  ideaResponseSchema,
  IdeaStatus,
  isLocale,
  type Locale,
  LOCALES,
  NotificationKind,
  Role,
} from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, type Repository } from 'typeorm';
import { DomainError, parseArgument } from '../../common/domain-error';
import { requireRole, requireViewer, type Viewer } from '../../common/viewer';
import type { RequestLoaders } from '../../graphql/loader-registry';
import { AuditService } from '../audit/audit.service';
import type { PublicAuthor } from '../ideas/dto/idea.types';
import { Idea } from '../ideas/idea.entity';
import { IdeaTimelineService } from '../ideas/idea-timeline.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { NotificationsService } from '../notifications/notifications.service';
import { AnswerTemplate } from './answer-template.entity';
import type { AnswerTemplateView, BodyTranslation, DecisionReference, IdeaResponseView, IdeaTimelineEntry } from './dto/idea-answer.types';
import { IdeaAnswersLoaders } from './idea-answers.loaders';
import { IdeaResponse } from './idea-response.entity';

const TEMPLATE_NAME_CONSTRAINT = 'uq_answer_template_municipality_id_name';

/** The text for a reader in `locale`: their language, the fallback chain (fit → fi → sv), the original, then any. */
export function resolveBody(bodies: Partial<Record<string, string>>, locale: Locale, original: string | null): { body: string; locale: Locale } {
  const chain = [...FALLBACK_CHAIN[locale], ...(original ? [original] : []), ...LOCALES];
  for (const candidate of chain) {
    const text = bodies[candidate];
    if (typeof text === 'string' && text.trim() !== '' && isLocale(candidate)) return { body: text, locale: candidate };
  }
  return { body: '', locale };
}

export function translationsOf(bodies: Partial<Record<string, string>>): BodyTranslation[] {
  return LOCALES.filter((locale) => typeof bodies[locale] === 'string' && bodies[locale]!.trim() !== '').map((locale) => ({ locale, body: bodies[locale]! }));
}

function decisionOf(response: IdeaResponse | null): DecisionReference | null {
  if (!response?.decisionBody || !response.decisionMeetingDate) return null;
  return {
    body: response.decisionBody,
    meetingDate: response.decisionMeetingDate,
    paragraph: response.decisionParagraph ?? '',
    diaryNumber: response.decisionDiaryNumber ?? '',
    url: response.decisionUrl,
  };
}

function sameDecision(a: DecisionReference | null, b: DecisionReferenceInput): boolean {
  return !!a && a.body === b.body && a.meetingDate === b.meetingDate && a.paragraph === b.paragraph && a.diaryNumber === b.diaryNumber && a.url === b.url;
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })?.driverError;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

/**
 * Answering ideas (återkoppling) and the answer templates.
 *
 * Who may do what:
 * - OFFICER (or ADMIN) of an idea's municipality answers it, alone or up to 100 at once (all in
 *   municipalities where they are OFFICER, or nothing); HIDDEN ideas are NOT_FOUND;
 * - OFFICER of a municipality reads and edits its answer templates;
 * - anyone who can see an idea reads its answer and timeline.
 */
@Injectable()
export class IdeaAnswersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Idea) private readonly ideas: Repository<Idea>,
    @InjectRepository(AnswerTemplate) private readonly templates: Repository<AnswerTemplate>,
    private readonly municipalities: MunicipalitiesService,
    private readonly timeline: IdeaTimelineService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  // ---------------------------------------------------------------- answering

  async respond(viewer: Viewer | null, rawIdeaId: string, rawInput: unknown): Promise<Idea> {
    const signedIn = requireViewer(viewer);
    const ideaId = parseArgument(idSchema, rawIdeaId, 'ideaId');
    const input = parseArgument(ideaResponseSchema, rawInput, 'input');
    const [idea] = await this.answerAll(signedIn, [ideaId], input, false);
    return idea!;
  }

  /** All or nothing, in one transaction. */
  async respondMany(viewer: Viewer | null, rawIdeaIds: string[], rawInput: unknown): Promise<Idea[]> {
    const signedIn = requireViewer(viewer);
    const ideaIds = parseArgument(bulkIdeaIdsSchema, rawIdeaIds, 'ideaIds');
    const input = parseArgument(ideaResponseSchema, rawInput, 'input');
    return this.answerAll(signedIn, ideaIds, input, true);
  }

  private async answerAll(viewer: Viewer, ideaIds: string[], input: IdeaResponseInput, bulk: boolean): Promise<Idea[]> {
    await this.dataSource.transaction(async (manager) => {
      // Locked in id order, so two officers answering overlapping sets cannot deadlock.
      const locked = await manager.getRepository(Idea).find({ where: { id: In(ideaIds) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const byId = new Map(locked.map((idea) => [idea.id, idea]));
      for (const id of ideaIds) {
        const idea = byId.get(id);
        if (!idea || idea.status === IdeaStatus.HIDDEN) throw DomainError.notFound('idea', id);
      }
      for (const idea of locked) requireRole(viewer, idea.municipalityId, Role.OFFICER);
      for (const idea of locked) await this.answer(manager, viewer, idea, input, bulk);
    });
    const ideas = await this.ideas.findBy({ id: In(ideaIds) });
    const byId = new Map(ideas.map((idea) => [idea.id, idea]));
    return ideaIds.map((id) => byId.get(id)!);
  }

  /** Replaces the answer, sets the status, and records timeline, audit and notifications in the caller's transaction. */
  private async answer(manager: EntityManager, viewer: Viewer, idea: Idea, input: IdeaResponseInput, bulk: boolean): Promise<void> {
    const previous = await manager.getRepository(IdeaResponse).findOneBy({ ideaId: idea.id });
    const previousDecision = decisionOf(previous);
    const decision = input.decision;
    const decided = !!decision && !sameDecision(previousDecision, decision);
    await manager.query(
      `INSERT INTO idea_response (idea_id, body, original_locale, respondent_id, responded_at,
                                  decision_body, decision_meeting_date, decision_paragraph, decision_diary_number, decision_url)
       VALUES ($1, $2, $3, $4, now(), $5, $6, $7, $8, $9)
       ON CONFLICT (idea_id) DO UPDATE SET body = EXCLUDED.body, original_locale = EXCLUDED.original_locale,
         respondent_id = EXCLUDED.respondent_id, responded_at = EXCLUDED.responded_at, decision_body = EXCLUDED.decision_body,
         decision_meeting_date = EXCLUDED.decision_meeting_date, decision_paragraph = EXCLUDED.decision_paragraph,
         decision_diary_number = EXCLUDED.decision_diary_number, decision_url = EXCLUDED.decision_url`,
      [
        idea.id,
        bodyByLocale(input),
        input.bodyLocale,
        viewer.userId,
        decision?.body ?? null,
        decision?.meetingDate ?? null,
        decision?.paragraph ?? null,
        decision?.diaryNumber ?? null,
        decision?.url ?? null,
      ],
    );
    const fromStatus = idea.status;
    const statusChanged = fromStatus !== input.status;
    if (statusChanged) await manager.getRepository(Idea).update({ id: idea.id }, { status: input.status });

    const actorId = viewer.userId;
    await this.timeline.record({ ideaId: idea.id, kind: IdeaEventKind.ANSWERED, fromStatus, toStatus: input.status, actorId, data: { status: input.status } }, manager);
    if (statusChanged) {
      await this.timeline.record({ ideaId: idea.id, kind: IdeaEventKind.STATUS_CHANGED, fromStatus, toStatus: input.status, actorId }, manager);
    }
    if (decided) {
      await this.timeline.record({ ideaId: idea.id, kind: IdeaEventKind.DECIDED, actorId, data: { ...decision } }, manager);
    }
    await this.audit.record(
      viewer,
      {
        action: 'idea.respond',
        municipalityId: idea.municipalityId,
        targetType: 'IDEA',
        targetId: idea.id,
        details: {
          reference: idea.reference,
          fromStatus,
          toStatus: input.status,
          locales: Object.keys(bodyByLocale(input)),
          decision: decision ?? null,
          replaced: !!previous,
          bulk,
        },
      },
      manager,
    );
    const followers = await this.notifications.followerIds(idea.id, manager);
    await this.notifications.notify(
      followers,
      { kind: decided ? NotificationKind.IDEA_DECIDED : NotificationKind.IDEA_ANSWERED, municipalityId: idea.municipalityId, ideaId: idea.id, data: { status: input.status } },
      manager,
      viewer.userId,
    );
  }

  // ---------------------------------------------------------------- fields

  async responseOf(idea: Idea, locale: Locale, loaders: RequestLoaders): Promise<IdeaResponseView | null> {
    const response = await loaders.get(IdeaAnswersLoaders).responseByIdea.load(idea.id);
    if (!response) return null;
    const original = isLocale(response.originalLocale) ? response.originalLocale : 'sv';
    const resolved = resolveBody(response.body, locale, original);
    return {
      ideaId: response.ideaId,
      respondent: publicPerson(response.respondentId, response.respondent ?? null),
      body: resolved.body,
      bodyLocale: resolved.locale,
      originalLocale: original,
      translations: translationsOf(response.body),
      respondedAt: response.respondedAt,
      decision: decisionOf(response),
    };
  }

  async timelineOf(idea: Idea, loaders: RequestLoaders): Promise<IdeaTimelineEntry[]> {
    const rows = await loaders.get(IdeaAnswersLoaders).timelineByIdea.load(idea.id);
    return rows.map((row) => {
      const data = row.data;
      const number = (value: unknown) => (typeof value === 'number' ? value : null);
      const decided = row.kind === IdeaEventKind.DECIDED && typeof data.body === 'string';
      return {
        id: row.id,
        kind: row.kind,
        occurredAt: row.occurredAt,
        fromStatus: row.fromStatus,
        toStatus: row.toStatus,
        // Moderators act for the municipality, not in their own name.
        actor:
          row.kind === IdeaEventKind.HIDDEN || row.kind === IdeaEventKind.RESTORED || !row.actorId
            ? null
            : row.actorName === null
              ? { id: null, displayName: '', removed: true }
              : { id: row.actorId, displayName: row.actorName, removed: false },
        supportCount: number(data.supportCount),
        threshold: number(data.threshold),
        exempt: row.kind === IdeaEventKind.THRESHOLD_REACHED ? data.exempt === true : null,
        decision: decided
          ? {
              body: String(data.body),
              meetingDate: String(data.meetingDate ?? ''),
              paragraph: String(data.paragraph ?? ''),
              diaryNumber: String(data.diaryNumber ?? ''),
              url: typeof data.url === 'string' ? data.url : null,
            }
          : null,
      };
    });
  }

  // ---------------------------------------------------------------- templates

  async listTemplates(viewer: Viewer | null, slug: string): Promise<AnswerTemplateView[]> {
    const municipality = await this.municipalities.bySlug(slug, 'municipalitySlug');
    requireRole(viewer, municipality.id, Role.OFFICER);
    const rows = await this.templates.find({ where: { municipalityId: municipality.id }, order: { name: 'ASC', id: 'ASC' } });
    return rows.map(toTemplateView);
  }

  async createTemplate(viewer: Viewer | null, slug: string, rawInput: unknown): Promise<AnswerTemplateView> {
    const signedIn = requireViewer(viewer);
    const municipality = await this.municipalities.bySlug(slug, 'municipalitySlug');
    requireRole(signedIn, municipality.id, Role.OFFICER);
    const input = parseArgument(answerTemplateSchema, rawInput, 'input');
    return this.saveTemplate(signedIn, 'answerTemplate.create', async (repository) =>
      repository.save(repository.create({ municipalityId: municipality.id, createdById: signedIn.userId, ...templateValues(input) })),
    );
  }

  async updateTemplate(viewer: Viewer | null, rawId: string, rawInput: unknown): Promise<AnswerTemplateView> {
    const signedIn = requireViewer(viewer);
    const template = await this.templateForOfficer(signedIn, rawId);
    const input = parseArgument(answerTemplateSchema, rawInput, 'input');
    return this.saveTemplate(signedIn, 'answerTemplate.update', async (repository) => repository.save(repository.merge(template, templateValues(input))));
  }

  async deleteTemplate(viewer: Viewer | null, rawId: string): Promise<boolean> {
    const signedIn = requireViewer(viewer);
    const template = await this.templateForOfficer(signedIn, rawId);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(AnswerTemplate).delete({ id: template.id });
      await this.audit.record(
        signedIn,
        { action: 'answerTemplate.delete', municipalityId: template.municipalityId, targetType: 'ANSWER_TEMPLATE', targetId: template.id, details: { name: template.name } },
        manager,
      );
    });
    return true;
  }

  private async templateForOfficer(viewer: Viewer, rawId: string): Promise<AnswerTemplate> {
    const id = parseArgument(idSchema, rawId, 'id');
    const template = await this.templates.findOneBy({ id });
    if (!template) throw DomainError.notFound('answer template', id);
    requireRole(viewer, template.municipalityId, Role.OFFICER);
    return template;
  }

  private async saveTemplate(
    viewer: Viewer,
    action: string,
    write: (repository: Repository<AnswerTemplate>) => Promise<AnswerTemplate>,
  ): Promise<AnswerTemplateView> {
    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        const template = await write(manager.getRepository(AnswerTemplate));
        await this.audit.record(
          viewer,
          { action, municipalityId: template.municipalityId, targetType: 'ANSWER_TEMPLATE', targetId: template.id, details: { name: template.name, status: template.status } },
          manager,
        );
        return template;
      });
      return toTemplateView(await this.templates.findOneByOrFail({ id: saved.id }));
    } catch (error) {
      if (isUniqueViolation(error, TEMPLATE_NAME_CONSTRAINT)) {
        throw new DomainError(ErrorCode.CONFLICT, 'The municipality already has a template with this name.', {
          fields: [{ path: 'input.name', message: 'Choose another name.' }],
        });
      }
      throw error;
    }
  }
}

function templateValues(input: AnswerTemplateInput): Pick<AnswerTemplate, 'name' | 'body' | 'status'> {
  return { name: input.name, body: bodyByLocale(input) as Record<string, string>, status: input.status };
}

function toTemplateView(template: AnswerTemplate): AnswerTemplateView {
  return {
    id: template.id,
    name: template.name,
    status: template.status,
    bodies: template.body,
    createdAt: template.createdAt,
    updatedAt: template.updatedAt,
  };
}

/** The public face of a person read together with the row that names them. */
function publicPerson(userId: string | null, user: { id: string; displayName: string; deletedAt: Date | null } | null): PublicAuthor | null {
  if (!userId) return null;
  if (!user || user.deletedAt) return { id: null, displayName: '', removed: true };
  return { id: user.id, displayName: user.displayName, removed: false };
}
