import { slugSchema } from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { OpenDataRecord } from './open-data.format';

/** Ideas read per query: the export never holds more than one page in memory. */
export const OPEN_DATA_PAGE_SIZE = 500;

interface IdeaRow {
  id: string;
  cursor_at: string;
  reference: string;
  created_at: Date;
  updated_at: Date;
  status: string;
  original_locale: string;
  title: string;
  body: string;
  goal_codes: string[];
  goal_titles: string[];
  area_codes: string[];
  places: string[];
  support_count: number;
  comment_count: number;
  answer: string | null;
  answered_at: Date | null;
  decision_body: string | null;
  decision_meeting_date: string | null;
  decision_paragraph: string | null;
  decision_diary_number: string | null;
  decision_url: string | null;
}

/** The answer's text in its original language (a plain string per locale, or a { text } entry). */
const ANSWER = (locale: string) =>
  `CASE jsonb_typeof(r.body -> ${locale}) WHEN 'object' THEN r.body -> ${locale} ->> 'text' WHEN 'string' THEN r.body ->> ${locale} END`;

/**
 * One page of a municipality's ideas in keyset order (created_at, id). HIDDEN ideas are left out;
 * nothing about people is selected (no author, respondent, reporter or supporter).
 */
const PAGE_SQL = `
  SELECT i.id,
         i.created_at::text AS cursor_at,
         i.reference,
         i.created_at,
         coalesce((SELECT max(e.occurred_at) FROM idea_event e
                    WHERE e.idea_id = i.id AND e.to_status IS NOT NULL AND e.kind NOT IN ('HIDDEN', 'RESTORED')), i.created_at) AS updated_at,
         i.status::text AS status,
         i.original_locale,
         i.title,
         i.body,
         ARRAY(SELECT g.code FROM idea_goal ig JOIN goal g ON g.id = ig.goal_id JOIN strategic_area a ON a.id = g.area_id
                WHERE ig.idea_id = i.id ORDER BY a.position, g.position) AS goal_codes,
         ARRAY(SELECT coalesce(g.title -> 'sv' ->> 'text', '') FROM idea_goal ig JOIN goal g ON g.id = ig.goal_id JOIN strategic_area a ON a.id = g.area_id
                WHERE ig.idea_id = i.id ORDER BY a.position, g.position) AS goal_titles,
         ARRAY(SELECT a.code FROM strategic_area a
                WHERE a.id IN (SELECT g.area_id FROM idea_goal ig JOIN goal g ON g.id = ig.goal_id WHERE ig.idea_id = i.id)
                ORDER BY a.position) AS area_codes,
         ARRAY(SELECT p.name FROM idea_place ip JOIN place p ON p.id = ip.place_id WHERE ip.idea_id = i.id ORDER BY p.name) AS places,
         i.support_count,
         i.comment_count,
         coalesce(${ANSWER('r.original_locale')}, ${ANSWER("'sv'")}, ${ANSWER("'fi'")}, ${ANSWER("'fit'")}) AS answer,
         r.responded_at AS answered_at,
         r.decision_body,
         r.decision_meeting_date::text AS decision_meeting_date,
         r.decision_paragraph,
         r.decision_diary_number,
         r.decision_url
    FROM idea i
    LEFT JOIN idea_response r ON r.idea_id = i.id
   WHERE i.municipality_id = $1
     AND i.status <> 'HIDDEN'
     AND ($2::timestamptz IS NULL OR (i.created_at, i.id) > ($2::timestamptz, $3::uuid))
   ORDER BY i.created_at, i.id
   LIMIT $4`;

function toRecord(row: IdeaRow, municipality: string): OpenDataRecord {
  return {
    reference: row.reference,
    municipality,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
    status: row.status,
    original_language: row.original_locale,
    title: row.title,
    body: row.body,
    goal_codes: row.goal_codes,
    goal_titles: row.goal_titles,
    area_codes: row.area_codes,
    places: row.places,
    support_count: row.support_count,
    comment_count: row.comment_count,
    answer: row.answer,
    answered_at: row.answered_at?.toISOString() ?? null,
    decision_body: row.decision_body,
    decision_meeting_date: row.decision_meeting_date,
    decision_paragraph: row.decision_paragraph,
    decision_diary_number: row.decision_diary_number,
    decision_url: row.decision_url,
  };
}

/** The open-data export of ideas: public, without personal data, read in keyset pages. */
@Injectable()
export class OpenDataService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The municipality by slug, or null when the slug is malformed or unknown. */
  async municipality(slug: unknown): Promise<{ id: string; slug: string } | null> {
    const parsed = slugSchema.safeParse(slug);
    if (!parsed.success) return null;
    const [row]: Array<{ id: string; slug: string }> = await this.dataSource.query(`SELECT id, slug FROM municipality WHERE slug = $1`, [parsed.data]);
    return row ?? null;
  }

  /** Pages of the municipality's ideas (not HIDDEN), oldest first; stops early when the consumer stops. */
  async *ideaPages(municipality: { id: string; slug: string }, pageSize = OPEN_DATA_PAGE_SIZE): AsyncGenerator<OpenDataRecord[]> {
    let cursor: { at: string; id: string } | null = null;
    for (;;) {
      const rows: IdeaRow[] = await this.dataSource.query(PAGE_SQL, [municipality.id, cursor?.at ?? null, cursor?.id ?? null, pageSize]);
      if (rows.length === 0) return;
      yield rows.map((row) => toRecord(row, municipality.slug));
      if (rows.length < pageSize) return;
      const last = rows.at(-1)!;
      cursor = { at: last.cursor_at, id: last.id };
    }
  }
}
