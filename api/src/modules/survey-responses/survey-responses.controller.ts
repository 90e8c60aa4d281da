import { ErrorCode, isAnswered, isQuestionShown, questionsInOrder, Role, SurveyQuestionType, type LocalizedText } from '@medskapa/shared';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '../../common/domain-error';
import { hasRole } from '../../common/viewer';
import { SessionsService } from '../auth/sessions.service';
import { csvRow, type OpenDataValue, UTF8_BOM } from '../open-data/open-data.format';
import type { Place } from '../places/place.entity';
import type { Goal } from '../strategies/goal.entity';
import { type SubmittedRow, SurveyResponsesService } from './survey-responses.service';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
};

/** What a hidden free text shows in the export. */
export const HIDDEN_ANSWER_CELL = '[dold]';

/** The column headers use the Swedish texts: the export is for the municipality's own analysis. */
const sv = (text: LocalizedText | null | undefined) => text?.sv?.text ?? '';

const stockholmDate = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

interface Column {
  questionId: string;
  header: string;
  cell(row: SubmittedRow, shown: boolean): OpenDataValue;
}

/**
 * GET /surveys/:id/responses.csv for the survey's managers (officers of its municipality; session
 * cookie or Bearer token, as for GraphQL): one row per SUBMITTED response in submission order, one
 * column per question (several for multi-choice, ranking and goals), RFC 4180 with a BOM and the
 * formula guard of the open-data export. Hidden free texts read "[dold]".
 */
@Controller('surveys')
export class SurveyResponsesController {
  constructor(
    private readonly service: SurveyResponsesService,
    private readonly sessions: SessionsService,
  ) {}

  @Get(':id/responses.csv')
  async responsesCsv(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      const viewer = await this.sessions.viewerFor(this.sessions.tokenOf(req));
      if (!viewer) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'You need to sign in to do this.');
      const survey = await this.service.visibleSurvey(viewer, id, 'id');
      if (!hasRole(viewer, survey.municipalityId, Role.OFFICER)) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'Only officers of the municipality can export survey responses.');
      }
      const [rows, hidden, places, goals] = await Promise.all([
        this.service.submittedRows(survey.id),
        this.service.hiddenMarks(survey.id),
        this.service.placesOf(survey.municipalityId),
        this.service.goalsOf(survey.municipalityId),
      ]);
      const placeById = new Map(places.map((p) => [p.id, p]));
      const goalById = new Map(goals.map((g) => [g.id, g]));
      const questions = questionsInOrder(survey.sections);
      const byId = new Map(questions.map((q) => [q.id, q]));

      const columns: Column[] = [];
      for (const question of questions) {
        const title = `Q${question.number} ${sv(question.prompt)}`;
        const answerOf = (row: SubmittedRow) => row.answers[question.id];
        const freeText = (row: SubmittedRow, text: string | undefined): OpenDataValue => {
          if (!text || text.trim() === '') return null;
          return hidden.has(`${row.id}:${question.id}`) ? HIDDEN_ANSWER_CELL : text;
        };
        const flag = (shown: boolean, row: SubmittedRow, has: boolean): OpenDataValue => (shown && isAnswered(answerOf(row)) ? (has ? 1 : 0) : null);
        switch (question.type) {
          case SurveyQuestionType.SINGLE_CHOICE:
            columns.push({
              questionId: question.id,
              header: title,
              cell: (row) => {
                const chosen = question.options.find((o) => answerOf(row)?.optionIds?.includes(o.id));
                return chosen ? sv(chosen.text) : null;
              },
            });
            break;
          case SurveyQuestionType.MULTI_CHOICE:
            for (const option of question.options) {
              columns.push({ questionId: question.id, header: `${title} [${sv(option.text)}]`, cell: (row, shown) => flag(shown, row, !!answerOf(row)?.optionIds?.includes(option.id)) });
            }
            break;
          case SurveyQuestionType.SCALE:
            columns.push({ questionId: question.id, header: title, cell: (row) => answerOf(row)?.value ?? null });
            break;
          case SurveyQuestionType.FREE_TEXT:
            columns.push({ questionId: question.id, header: title, cell: (row) => freeText(row, answerOf(row)?.text) });
            break;
          case SurveyQuestionType.RANKING:
            for (const option of question.options) {
              columns.push({
                questionId: question.id,
                header: `${title} [${sv(option.text)}]`,
                cell: (row) => {
                  const rank = answerOf(row)?.optionIds?.indexOf(option.id) ?? -1;
                  return rank >= 0 ? rank + 1 : null;
                },
              });
            }
            break;
          case SurveyQuestionType.PLACE:
            columns.push({ questionId: question.id, header: title, cell: (row) => placeName(placeById, answerOf(row)?.placeId) });
            break;
          case SurveyQuestionType.GOAL: {
            const offered = question.goalIds.length > 0 ? question.goalIds.map((gid) => goalById.get(gid)).filter((g): g is Goal => !!g) : goals;
            for (const goal of offered) {
              columns.push({ questionId: question.id, header: `${title} [${goal.code}]`, cell: (row, shown) => flag(shown, row, !!answerOf(row)?.goalIds?.includes(goal.id)) });
            }
            break;
          }
        }
        if (question.allowOther && (question.type === SurveyQuestionType.SINGLE_CHOICE || question.type === SurveyQuestionType.MULTI_CHOICE)) {
          columns.push({ questionId: question.id, header: `${title} [annat]`, cell: (row) => freeText(row, answerOf(row)?.otherText) });
        }
      }

      let body = UTF8_BOM + csvRow(['response', 'submitted_at', 'language', 'age_group', 'gender', 'home_village', ...columns.map((c) => c.header)]);
      rows.forEach((row, index) => {
        const shownOf = new Map(questions.map((q) => [q.id, isQuestionShown(q, row.answers, byId)]));
        const cells: OpenDataValue[] = [index + 1, row.submittedAt.toISOString(), row.locale, row.ageGroup, row.gender, placeName(placeById, row.homePlaceId)];
        for (const column of columns) cells.push(column.cell(row, shownOf.get(column.questionId)!));
        body += csvRow(cells);
      });
      res.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
      res.setHeader('Content-Disposition', `attachment; filename="enkat-${survey.version}-${stockholmDate()}.csv"`);
      res.setHeader('Cache-Control', 'private, no-store');
      res.status(200).send(body);
    } catch (error) {
      if (error instanceof DomainError) {
        res.status(STATUS[error.code] ?? 400).json({ error: { code: error.code, message: error.message } });
        return;
      }
      throw error;
    }
  }
}

function placeName(placeById: Map<string, Place>, id: string | null | undefined): string | null {
  return id ? (placeById.get(id)?.name ?? null) : null;
}

