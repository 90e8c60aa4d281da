import { createHash } from 'node:crypto';
import {
  type AgeGroup,
  ErrorCode,
  findPersonalData,
  hideSurveyAnswerReasonSchema,
  idSchema,
  isAnswered,
  isQuestionShown,
  keepShownAnswers,
  type Locale,
  LOCALES,
  type ParticipantGender,
  questionsInOrder,
  respondentTokenSchema,
  surveyResponseLocaleSchema,
  Role,
  SURVEY_ANSWER_PROBLEM_MESSAGES,
  SURVEY_SCALE_MAX,
  SURVEY_SCALE_MIN,
  type SurveyAnswerIssue,
  type SurveyAnswers,
  surveyAnswersInputSchema,
  surveyDemographicsInputSchema,
  type SurveyOfferedChoices,
  SurveyQuestionType,
  SurveyResponseMode,
  SurveyResponseStatus,
  SurveyStatus,
  toSurveyAnswers,
  validateProgress,
  validateSubmission,
} from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { DomainError, type FieldError, parseArgument } from '../../common/domain-error';
import { hasRole, requireRole, requireViewer, type Viewer } from '../../common/viewer';
import { AuditService } from '../audit/audit.service';
import { Place } from '../places/place.entity';
import { PLACE_ORDER } from '../places/places.loaders';
import { RateLimitsService } from '../rate-limits/rate-limits.service';
import { Goal } from '../strategies/goal.entity';
import { Survey } from '../surveys/survey.entity';
import type { SurveyQuestionParent } from '../surveys/dto/survey.types';
import type {
  SurveyAnswer,
  SurveyDemographicsResult,
  SurveyFreeTextAnswer,
  SurveyProgress,
  SurveyQuestionResult,
  SurveyReceipt,
  SurveyResults,
  SurveyResultsFilter,
} from './dto/survey-response.types';
import { SurveyHiddenAnswer, SurveyResponse } from './survey-response.entity';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** Who answers: the SHA-256 of the browser's token and/or of survey id + account; nothing else. */
interface RespondentKeys {
  tokenHash: string | null;
  accountHash: string | null;
}

interface AnswerArgs {
  surveyId: string;
  answers: unknown;
  demographics?: unknown;
  respondentToken?: string | null;
  locale?: string | null;
}

/** A submitted response as results, CSV and moderation read it. */
export interface SubmittedRow {
  id: string;
  locale: Locale;
  answers: SurveyAnswers;
  ageGroup: AgeGroup | null;
  gender: ParticipantGender | null;
  homePlaceId: string | null;
  submittedAt: Date;
}

export interface HiddenMark {
  reason: string;
}

const share = (count: number, of: number) => (of === 0 ? 0 : count / of);

/**
 * Answering surveys (save as you go, submit once), their results with demographic filters, the
 * moderation of free texts, and the rows of the CSV export.
 *
 * One response per browser token and per account: both are unique per survey (partial unique
 * indexes), and submitting locks the matching rows (SELECT … FOR UPDATE) or inserts with
 * ON CONFLICT DO NOTHING, so of two racing submits one wins and the other sees it.
 */
@Injectable()
export class SurveyResponsesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rateLimits: RateLimitsService,
    private readonly audit: AuditService,
  ) {}

  // ---------------------------------------------------------------- answering

  async mySurveyResponse(viewer: Viewer | null, surveyIdArg: string, respondentToken: string | null | undefined): Promise<SurveyProgress | null> {
    const survey = await this.visibleSurvey(viewer, surveyIdArg, 'surveyId');
    // Signed out on a SIGNED_IN survey there is simply nothing saved yet (the page asks to sign in).
    if (!viewer && survey.responseMode === SurveyResponseMode.SIGNED_IN) return null;
    const keys = this.keysOf(viewer, survey, respondentToken, { requireIdentity: false });
    if (!keys.accountHash && !keys.tokenHash) return null;
    const rows = await this.findRows(this.dataSource.manager, survey.id, keys, false);
    const row = rows.find((r) => keys.accountHash && r.accountHash === keys.accountHash) ?? rows[0];
    return row ? toProgress(row) : null;
  }

  /** Saves what the respondent has so far (IN_PROGRESS), checking each answer's shape only. */
  async saveProgress(viewer: Viewer | null, args: AnswerArgs, clientAddress: string, requestLocale: Locale): Promise<SurveyProgress> {
    const survey = await this.openSurvey(viewer, args.surveyId);
    const keys = this.keysOf(viewer, survey, args.respondentToken, { requireIdentity: true });
    const input = await this.parseAnswers(survey, args, requestLocale, 'save');
    await this.rateLimits.hit('surveySavesPerClient', clientAddress);
    const row = await this.writeResponse(survey.id, keys, input, SurveyResponseStatus.IN_PROGRESS);
    return toProgress(row);
  }

  /** Checks everything (required, shown questions, shapes), drops answers to hidden questions, submits once. */
  async submit(viewer: Viewer | null, args: AnswerArgs, clientAddress: string, requestLocale: Locale): Promise<SurveyReceipt> {
    const survey = await this.openSurvey(viewer, args.surveyId);
    const keys = this.keysOf(viewer, survey, args.respondentToken, { requireIdentity: true });
    const input = await this.parseAnswers(survey, args, requestLocale, 'submit');
    await this.rateLimits.hit('surveySubmitsPerClient', clientAddress);
    const row = await this.writeResponse(survey.id, keys, input, SurveyResponseStatus.SUBMITTED);
    return { surveyId: survey.id, submittedAt: row.submittedAt! };
  }

  private async parseAnswers(
    survey: Survey,
    args: AnswerArgs,
    requestLocale: Locale,
    mode: 'save' | 'submit',
  ): Promise<{ answers: SurveyAnswers; locale: Locale; ageGroup: AgeGroup | null; gender: ParticipantGender | null; homePlaceId: string | null }> {
    const list = parseArgument(surveyAnswersInputSchema, args.answers, 'answers');
    const demographics = parseArgument(surveyDemographicsInputSchema, args.demographics ?? null, 'demographics');
    const locale = args.locale == null ? requestLocale : parseArgument(surveyResponseLocaleSchema, args.locale, 'locale');
    const { answers, duplicates } = toSurveyAnswers(list);
    const choices = await this.offeredChoices(survey.municipalityId);
    const issues: SurveyAnswerIssue[] = [
      ...duplicates.map((questionId) => ({ questionId, problem: 'DUPLICATE_CHOICE' as const })),
      ...(mode === 'save' ? validateProgress(survey.sections, answers, choices) : validateSubmission(survey.sections, answers, choices)),
    ];
    const fields: Array<FieldError & { problem: string }> = issues.map((issue) => ({
      path: `answers.${issue.questionId}`,
      message: SURVEY_ANSWER_PROBLEM_MESSAGES[issue.problem],
      problem: issue.problem,
    }));
    const homePlaceId = survey.collectDemographics ? (demographics?.homePlaceId ?? null) : null;
    if (homePlaceId && !choices.allPlaceIds!.includes(homePlaceId)) {
      fields.push({ path: 'demographics.homePlaceId', message: 'Choose one of the places of the municipality.', problem: 'UNKNOWN_PLACE' });
    }
    if (fields.length > 0) throw DomainError.badInput(fields);
    return {
      answers: mode === 'submit' ? keepShownAnswers(survey.sections, answers) : answers,
      locale,
      // The block is offered only when the survey collects it; anything sent otherwise is not kept.
      ageGroup: survey.collectDemographics ? (demographics?.ageGroup ?? null) : null,
      gender: survey.collectDemographics ? (demographics?.gender ?? null) : null,
      homePlaceId,
    };
  }

  private async writeResponse(
    surveyId: string,
    keys: RespondentKeys,
    input: { answers: SurveyAnswers; locale: Locale; ageGroup: AgeGroup | null; gender: ParticipantGender | null; homePlaceId: string | null },
    status: SurveyResponseStatus,
  ): Promise<SurveyResponse> {
    for (let attempt = 0; ; attempt++) {
      const written = await this.dataSource.transaction(async (manager) => {
        const rows = await this.findRows(manager, surveyId, keys, true);
        if (rows.some((r) => r.status === SurveyResponseStatus.SUBMITTED)) {
          throw new DomainError(ErrorCode.CONFLICT, 'You have already answered this survey.', { reason: 'ALREADY_RESPONDED' });
        }
        const values = {
          status,
          answers: input.answers,
          locale: input.locale,
          ageGroup: input.ageGroup,
          gender: input.gender,
          homePlaceId: input.homePlaceId,
          submittedAt: status === SurveyResponseStatus.SUBMITTED ? new Date() : null,
        };
        const repository = manager.getRepository(SurveyResponse);
        // The account's own row wins; a second row found by the browser token (saved before signing
        // in) is merged into it, so the token can move over without breaking its unique index.
        const row = rows.find((r) => keys.accountHash && r.accountHash === keys.accountHash) ?? rows[0];
        if (row) {
          const others = rows.filter((r) => r.id !== row.id);
          if (others.length > 0) await repository.delete({ id: In(others.map((r) => r.id)) });
          await repository.update(
            { id: row.id },
            { ...values, accountHash: row.accountHash ?? keys.accountHash, respondentTokenHash: row.respondentTokenHash ?? keys.tokenHash },
          );
          return repository.findOneByOrFail({ id: row.id });
        }
        const inserted: Array<{ id: string }> = await manager.query(
          `INSERT INTO survey_response (survey_id, status, respondent_token_hash, account_hash, locale, answers, age_group, gender, home_place_id, submitted_at)
           VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10)
           ON CONFLICT DO NOTHING RETURNING id`,
          [
            surveyId,
            status,
            keys.tokenHash,
            keys.accountHash,
            values.locale,
            JSON.stringify(values.answers),
            values.ageGroup,
            values.gender,
            values.homePlaceId,
            values.submittedAt,
          ],
        );
        return inserted[0] ? repository.findOneByOrFail({ id: inserted[0].id }) : null;
      });
      if (written) return written;
      // Another request inserted a row for this token or account meanwhile: read it and decide again.
      if (attempt >= 3) throw new DomainError(ErrorCode.CONFLICT, 'Your answers were saved at the same time elsewhere. Try again.', { reason: 'BUSY' });
    }
  }

  private findRows(manager: EntityManager, surveyId: string, keys: RespondentKeys, lock: boolean): Promise<SurveyResponse[]> {
    const query = manager
      .getRepository(SurveyResponse)
      .createQueryBuilder('r')
      .where('r.survey_id = :surveyId', { surveyId })
      .andWhere('(r.account_hash = :account OR r.respondent_token_hash = :token)', { account: keys.accountHash, token: keys.tokenHash })
      .orderBy('r.started_at', 'ASC');
    if (lock) query.setLock('pessimistic_write');
    return query.getMany();
  }

  /** The keys of the respondent; a SIGNED_IN survey needs an account, an ANONYMOUS one an account or a token. */
  private keysOf(viewer: Viewer | null, survey: Survey, token: string | null | undefined, options: { requireIdentity: boolean }): RespondentKeys {
    if (survey.responseMode === SurveyResponseMode.SIGNED_IN) requireViewer(viewer);
    const tokenHash = token ? sha256(parseArgument(respondentTokenSchema, token, 'respondentToken')) : null;
    const accountHash = viewer ? sha256(`${survey.id}:${viewer.userId}`) : null;
    if (options.requireIdentity && !tokenHash && !accountHash) {
      throw DomainError.badInput([{ path: 'respondentToken', message: 'Answering without signing in needs the token of this browser.' }]);
    }
    return { tokenHash, accountHash };
  }

  /** Open for answers: drafts are not found (managers aside), closed surveys and those past closesAt refuse. */
  private async openSurvey(viewer: Viewer | null, surveyIdArg: string): Promise<Survey> {
    const survey = await this.visibleSurvey(viewer, surveyIdArg, 'surveyId');
    if (survey.status === SurveyStatus.DRAFT) {
      throw new DomainError(ErrorCode.CONFLICT, 'The survey is not published yet.', { reason: 'SURVEY_NOT_OPEN' });
    }
    if (survey.status === SurveyStatus.CLOSED || (survey.closesAt && survey.closesAt.getTime() <= Date.now())) {
      throw new DomainError(ErrorCode.CONFLICT, 'The survey has closed.', { reason: 'SURVEY_CLOSED' });
    }
    return survey;
  }

  /** The survey; a draft is NOT_FOUND for everyone but the officers of its municipality. */
  async visibleSurvey(viewer: Viewer | null, surveyIdArg: string, argumentName: string): Promise<Survey> {
    const surveyId = parseArgument(idSchema, surveyIdArg, argumentName);
    const survey = await this.dataSource.getRepository(Survey).findOneBy({ id: surveyId });
    if (!survey || (survey.status === SurveyStatus.DRAFT && !hasRole(viewer, survey.municipalityId, Role.OFFICER))) {
      throw DomainError.notFound('survey', surveyId);
    }
    return survey;
  }

  /** Every place of the municipality and every målbild of its own strategies: what PLACE and GOAL offer when they list none. */
  private async offeredChoices(municipalityId: string): Promise<SurveyOfferedChoices> {
    const [row] = (await this.dataSource.query(
      `SELECT COALESCE((SELECT array_agg(p.id) FROM place p WHERE p.municipality_id = $1), '{}') AS places,
              COALESCE((SELECT array_agg(g.id) FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id
                         WHERE s.municipality_id = $1), '{}') AS goals`,
      [municipalityId],
    )) as Array<{ places: string[]; goals: string[] }>;
    return { allPlaceIds: row!.places, allGoalIds: row!.goals };
  }

  // ---------------------------------------------------------------- results

  /**
   * Counted in JS over the submitted rows (one query for them, one for hidden marks, one each for
   * places and goals): a municipal survey gets hundreds to a few thousand responses, and the
   * conditions (whether a question was shown) are the shared isQuestionShown, not SQL.
   */
  async results(viewer: Viewer | null, surveyIdArg: string, filterArg: SurveyResultsFilter | null | undefined): Promise<SurveyResults> {
    const survey = await this.visibleSurvey(viewer, surveyIdArg, 'surveyId');
    const staff = hasRole(viewer, survey.municipalityId, Role.MODERATOR);
    if (!staff && survey.status !== SurveyStatus.CLOSED) {
      throw new DomainError(ErrorCode.CONFLICT, 'The results are shown once the survey has closed.', { reason: 'RESULTS_NOT_PUBLIC' });
    }
    const filter = staff ? this.parseFilter(filterArg) : null;
    const all = await this.submittedRows(survey.id);
    const rows = filter ? all.filter((row) => matches(row, filter)) : all;
    const [hidden, places, goals] = await Promise.all([this.hiddenMarks(survey.id), this.placesOf(survey.municipalityId), this.goalsOf(survey.municipalityId)]);
    const placeById = new Map(places.map((p) => [p.id, p]));
    const goalById = new Map(goals.map((g) => [g.id, g]));

    const questions = questionsInOrder(survey.sections);
    const byId = new Map(questions.map((q) => [q.id, q]));
    const newestFirst = [...rows].sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime() || (a.id < b.id ? 1 : -1));
    const questionResults: SurveyQuestionResult[] = questions.map((question) => {
      const shown = rows.filter((row) => isQuestionShown(question, row.answers, byId));
      const answered = shown.filter((row) => isAnswered(row.answers[question.id]));
      const answerOf = (row: SubmittedRow) => row.answers[question.id]!;
      const result: SurveyQuestionResult = {
        question: { ...question, municipalityId: survey.municipalityId } as SurveyQuestionParent,
        answeredCount: answered.length,
        shownCount: shown.length,
        options: [],
        otherCount: 0,
        scale: [],
        average: null,
        ranking: [],
        places: [],
        goals: [],
        freeTextItems: [],
      };
      const n = answered.length;
      switch (question.type) {
        case SurveyQuestionType.SINGLE_CHOICE:
        case SurveyQuestionType.MULTI_CHOICE:
          result.options = question.options.map((option) => {
            const count = answered.filter((row) => answerOf(row).optionIds?.includes(option.id)).length;
            return { option, count, share: share(count, n) };
          });
          result.otherCount = answered.filter((row) => (answerOf(row).otherText?.trim() ?? '') !== '').length;
          break;
        case SurveyQuestionType.SCALE: {
          const values = answered.map((row) => answerOf(row).value!);
          result.scale = [];
          for (let value = SURVEY_SCALE_MIN; value <= SURVEY_SCALE_MAX; value++) {
            const count = values.filter((v) => v === value).length;
            result.scale.push({ value, count, share: share(count, n) });
          }
          result.average = n === 0 ? null : values.reduce((sum, v) => sum + v, 0) / n;
          break;
        }
        case SurveyQuestionType.RANKING:
          result.ranking = question.options
            .map((option) => {
              const ranks = answered.map((row) => answerOf(row).optionIds!.indexOf(option.id) + 1).filter((rank) => rank > 0);
              return {
                option,
                averageRank: ranks.length === 0 ? 0 : ranks.reduce((sum, r) => sum + r, 0) / ranks.length,
                firstPlaceCount: ranks.filter((r) => r === 1).length,
              };
            })
            .sort((a, b) => a.averageRank - b.averageRank);
          break;
        case SurveyQuestionType.PLACE: {
          const offered = question.placeIds.length > 0 ? question.placeIds.map((id) => placeById.get(id)).filter((p): p is Place => !!p) : places;
          result.places = offered.map((place) => {
            const count = answered.filter((row) => answerOf(row).placeId === place.id).length;
            return { place, count, share: share(count, n) };
          });
          break;
        }
        case SurveyQuestionType.GOAL: {
          const offered = question.goalIds.length > 0 ? question.goalIds.map((id) => goalById.get(id)).filter((g): g is Goal => !!g) : goals;
          result.goals = offered.map((goal) => {
            const count = answered.filter((row) => answerOf(row).goalIds?.includes(goal.id)).length;
            return { goal, count, share: share(count, n) };
          });
          break;
        }
        default:
          break;
      }
      if (question.type === SurveyQuestionType.FREE_TEXT || question.allowOther) {
        for (const row of newestFirst) {
          const answer = row.answers[question.id];
          const text = question.type === SurveyQuestionType.FREE_TEXT ? answer?.text : answer?.otherText;
          if (!text || text.trim() === '' || !isQuestionShown(question, row.answers, byId)) continue;
          result.freeTextItems.push(freeTextItem(row, question.id, text, question.type !== SurveyQuestionType.FREE_TEXT, hidden.get(`${row.id}:${question.id}`) ?? null, staff));
        }
      }
      return result;
    });

    return {
      survey,
      responseCount: rows.length,
      totalResponseCount: all.length,
      languages: LOCALES.map((locale) => ({ locale, count: rows.filter((r) => r.locale === locale).length })),
      questions: questionResults,
      demographics: demographicsOf(rows, placeById, places),
    };
  }

  private parseFilter(filter: SurveyResultsFilter | null | undefined): SurveyResultsFilter | null {
    if (!filter) return null;
    const ids = parseArgument(idSchema.array().max(200).nullish(), filter.homePlaceIds, 'filter.homePlaceIds');
    const active = (filter.ageGroups?.length ?? 0) + (filter.genders?.length ?? 0) + (ids?.length ?? 0) > 0;
    return active ? { ageGroups: filter.ageGroups ?? null, genders: filter.genders ?? null, homePlaceIds: ids ?? null } : null;
  }

  /** Every SUBMITTED response of the survey, oldest first (submission order). */
  async submittedRows(surveyId: string): Promise<SubmittedRow[]> {
    const rows: Array<{ id: string; locale: Locale; answers: SurveyAnswers; age_group: AgeGroup | null; gender: ParticipantGender | null; home_place_id: string | null; submitted_at: Date }> =
      await this.dataSource.query(
        `SELECT id, locale, answers, age_group, gender, home_place_id, submitted_at FROM survey_response
          WHERE survey_id = $1 AND status = 'SUBMITTED' ORDER BY submitted_at ASC, id ASC`,
        [surveyId],
      );
    return rows.map((r) => ({
      id: r.id,
      locale: r.locale,
      answers: r.answers,
      ageGroup: r.age_group,
      gender: r.gender,
      homePlaceId: r.home_place_id,
      submittedAt: r.submitted_at,
    }));
  }

  /** Hidden free texts of the survey, keyed `${responseId}:${questionId}`. */
  async hiddenMarks(surveyId: string): Promise<Map<string, HiddenMark>> {
    const rows: Array<{ response_id: string; question_id: string; reason: string }> = await this.dataSource.query(
      `SELECT h.response_id, h.question_id, h.reason FROM survey_hidden_answer h JOIN survey_response r ON r.id = h.response_id WHERE r.survey_id = $1`,
      [surveyId],
    );
    return new Map(rows.map((r) => [`${r.response_id}:${r.question_id}`, { reason: r.reason }]));
  }

  placesOf(municipalityId: string): Promise<Place[]> {
    return this.dataSource.getRepository(Place).find({ where: { municipalityId }, order: PLACE_ORDER });
  }

  /** The målbilder of the municipality's own strategies, in document order. */
  async goalsOf(municipalityId: string): Promise<Goal[]> {
    return this.dataSource
      .getRepository(Goal)
      .createQueryBuilder('g')
      .innerJoin('g.area', 'a')
      .innerJoin('strategy', 's', 's.id = a.strategy_id')
      .where('s.municipality_id = :municipalityId', { municipalityId })
      .orderBy('s.created_at', 'ASC')
      .addOrderBy('a.position', 'ASC')
      .addOrderBy('g.position', 'ASC')
      .getMany();
  }

  // ---------------------------------------------------------------- moderation

  async hideAnswer(viewer: Viewer | null, responseIdArg: string, questionIdArg: string, reasonArg: string): Promise<SurveyFreeTextAnswer> {
    const { response, survey, text, isOther, signedIn } = await this.moderatedAnswer(viewer, responseIdArg, questionIdArg);
    const reason = parseArgument(hideSurveyAnswerReasonSchema, reasonArg, 'reason');
    const questionId = questionIdArg;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO survey_hidden_answer (response_id, question_id, reason, hidden_by_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (response_id, question_id) DO UPDATE SET reason = EXCLUDED.reason, hidden_by_id = EXCLUDED.hidden_by_id, hidden_at = now()`,
        [response.id, questionId, reason, signedIn.userId],
      );
      await this.audit.record(
        signedIn,
        { action: 'survey.answer.hide', municipalityId: survey.municipalityId, targetType: 'SurveyResponse', targetId: response.id, details: { surveyId: survey.id, questionId, reason } },
        manager,
      );
    });
    return freeTextItem(toSubmittedRow(response), questionId, text, isOther, { reason }, true);
  }

  async restoreAnswer(viewer: Viewer | null, responseIdArg: string, questionIdArg: string): Promise<SurveyFreeTextAnswer> {
    const { response, survey, text, isOther, signedIn } = await this.moderatedAnswer(viewer, responseIdArg, questionIdArg);
    const questionId = questionIdArg;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM survey_hidden_answer WHERE response_id = $1 AND question_id = $2`, [response.id, questionId]);
      await this.audit.record(
        signedIn,
        { action: 'survey.answer.restore', municipalityId: survey.municipalityId, targetType: 'SurveyResponse', targetId: response.id, details: { surveyId: survey.id, questionId } },
        manager,
      );
    });
    return freeTextItem(toSubmittedRow(response), questionId, text, isOther, null, true);
  }

  /** A submitted free text (or "other" text) that officers and moderators of the survey's municipality may hide. */
  private async moderatedAnswer(viewer: Viewer | null, responseIdArg: string, questionIdArg: string) {
    const signedIn = requireViewer(viewer);
    const responseId = parseArgument(idSchema, responseIdArg, 'responseId');
    const response = await this.dataSource.getRepository(SurveyResponse).findOneBy({ id: responseId, status: SurveyResponseStatus.SUBMITTED });
    if (!response) throw DomainError.notFound('survey response', responseId);
    const survey = await this.dataSource.getRepository(Survey).findOneByOrFail({ id: response.surveyId });
    requireRole(signedIn, survey.municipalityId, Role.MODERATOR);
    const question = questionsInOrder(survey.sections).find((q) => q.id === questionIdArg);
    const answer = response.answers[questionIdArg];
    const isOther = question?.type !== SurveyQuestionType.FREE_TEXT;
    const text = question ? (isOther ? answer?.otherText : answer?.text) : undefined;
    if (!text || text.trim() === '') throw DomainError.badInput([{ path: 'questionId', message: 'This response has no free text for that question.' }]);
    return { response, survey, text, isOther, signedIn };
  }

  // ---------------------------------------------------------------- counts

  async submittedCounts(surveyIds: readonly string[]): Promise<number[]> {
    const rows: Array<{ survey_id: string; n: number }> = await this.dataSource.query(
      `SELECT survey_id, count(*)::int AS n FROM survey_response WHERE survey_id = ANY($1::uuid[]) AND status = 'SUBMITTED' GROUP BY survey_id`,
      [[...surveyIds]],
    );
    const byId = new Map(rows.map((r) => [r.survey_id, r.n]));
    return surveyIds.map((id) => byId.get(id) ?? 0);
  }
}

function matches(row: SubmittedRow, filter: SurveyResultsFilter): boolean {
  if (filter.ageGroups?.length && !(row.ageGroup && filter.ageGroups.includes(row.ageGroup))) return false;
  if (filter.genders?.length && !(row.gender && filter.genders.includes(row.gender))) return false;
  if (filter.homePlaceIds?.length && !(row.homePlaceId && filter.homePlaceIds.includes(row.homePlaceId))) return false;
  return true;
}

function demographicsOf(rows: SubmittedRow[], placeById: Map<string, Place>, places: Place[]): SurveyDemographicsResult {
  const count = <K>(pick: (row: SubmittedRow) => K | null) => {
    const counts = new Map<K, number>();
    for (const row of rows) {
      const key = pick(row);
      if (key != null) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  const ages = count((r) => r.ageGroup);
  const genders = count((r) => r.gender);
  const homes = count((r) => r.homePlaceId);
  return {
    ageGroups: [...ages].map(([ageGroup, n]) => ({ ageGroup, count: n })).sort((a, b) => a.ageGroup.localeCompare(b.ageGroup)),
    genders: [...genders].map(([gender, n]) => ({ gender, count: n })),
    homePlaces: places.filter((p) => homes.has(p.id)).map((place) => ({ place: placeById.get(place.id)!, count: homes.get(place.id)! })),
    skippedCount: rows.filter((r) => !r.ageGroup && !r.gender && !r.homePlaceId).length,
  };
}

/** A free text as the viewer may see it: officers and moderators see everything, others nothing hidden or personal. */
function freeTextItem(row: SubmittedRow, questionId: string, text: string, isOther: boolean, hidden: HiddenMark | null, staff: boolean): SurveyFreeTextAnswer {
  const mayContainPersonalData = findPersonalData(text).length > 0;
  return {
    id: `${row.id}:${questionId}`,
    responseId: row.id,
    questionId,
    text: staff || (!hidden && !mayContainPersonalData) ? text : null,
    isOther,
    hidden: !!hidden,
    hiddenReason: staff ? (hidden?.reason ?? null) : null,
    mayContainPersonalData,
    locale: row.locale,
    submittedAt: row.submittedAt,
  };
}

function toSubmittedRow(response: SurveyResponse): SubmittedRow {
  return {
    id: response.id,
    locale: response.locale as Locale,
    answers: response.answers,
    ageGroup: response.ageGroup as AgeGroup | null,
    gender: response.gender as ParticipantGender | null,
    homePlaceId: response.homePlaceId,
    submittedAt: response.submittedAt!,
  };
}

function toProgress(row: SurveyResponse): SurveyProgress {
  const answers: SurveyAnswer[] = Object.entries(row.answers ?? {}).map(([questionId, a]) => ({
    questionId,
    optionIds: a.optionIds ?? [],
    otherText: a.otherText ?? null,
    value: a.value ?? null,
    text: a.text ?? null,
    placeId: a.placeId ?? null,
    goalIds: a.goalIds ?? [],
  }));
  const hasDemographics = row.ageGroup || row.gender || row.homePlaceId;
  return {
    surveyId: row.surveyId,
    status: row.status,
    locale: row.locale as Locale,
    answers,
    demographics: hasDemographics
      ? { ageGroup: row.ageGroup as AgeGroup | null, gender: row.gender as ParticipantGender | null, homePlaceId: row.homePlaceId }
      : null,
    updatedAt: row.updatedAt,
    submittedAt: row.submittedAt,
  };
}
