import { CommentStatus, excerptOf, IdeaStatus, ReportTargetType, WorkshopInputStatus } from '@medskapa/shared';
import type { EntityManager } from 'typeorm';

/** What moderation needs to know of a reported piece of content, whatever its kind. */
export interface ModerationTarget {
  type: ReportTargetType;
  id: string;
  municipalityId: string;
  authorId: string | null;
  /** The idea itself (IDEA) or the idea a comment belongs to (COMMENT); null for a WORKSHOP_INPUT. */
  ideaId: string | null;
  /** The full reported text (an idea's title and body, a comment's body). */
  text: string;
  /** A one-line quote for notifications and e-mails (an idea's title, a comment's first words). */
  excerpt: string;
  /** Hidden by a moderator. */
  hidden: boolean;
  /** Deleted by its author (comments); a deleted comment cannot be reported. */
  deleted: boolean;
  /** For a comment: whether its idea is hidden. */
  ideaHidden: boolean;
  /** Not public yet (a workshop input before the outcome is published): nobody can report it. */
  unpublished: boolean;
}

export const targetKey = (type: ReportTargetType, id: string) => `${type}:${id}`;

interface IdeaRow {
  id: string;
  municipality_id: string;
  author_id: string | null;
  title: string;
  body: string;
  status: IdeaStatus;
}

interface CommentRow {
  id: string;
  idea_id: string;
  municipality_id: string;
  author_id: string | null;
  body: string;
  status: CommentStatus;
  deleted_at: Date | null;
  idea_status: IdeaStatus;
}

function fromIdea(row: IdeaRow): ModerationTarget {
  return {
    type: ReportTargetType.IDEA,
    id: row.id,
    municipalityId: row.municipality_id,
    authorId: row.author_id,
    ideaId: row.id,
    text: `${row.title}\n\n${row.body}`,
    excerpt: excerptOf(row.title),
    hidden: row.status === IdeaStatus.HIDDEN,
    deleted: false,
    ideaHidden: row.status === IdeaStatus.HIDDEN,
    unpublished: false,
  };
}

function fromComment(row: CommentRow): ModerationTarget {
  return {
    type: ReportTargetType.COMMENT,
    id: row.id,
    municipalityId: row.municipality_id,
    authorId: row.author_id,
    ideaId: row.idea_id,
    text: row.body,
    excerpt: excerptOf(row.body),
    hidden: row.status === CommentStatus.HIDDEN,
    deleted: row.deleted_at !== null,
    ideaHidden: row.idea_status === IdeaStatus.HIDDEN,
    unpublished: false,
  };
}

interface WorkshopInputRow {
  id: string;
  municipality_id: string;
  created_by_id: string | null;
  text: string;
  status: WorkshopInputStatus;
}

/**
 * A workshop input's "author" is the facilitator who recorded it (created_by_id): they are told
 * when it is hidden or restored, and cannot report it themselves.
 */
function fromWorkshopInput(row: WorkshopInputRow): ModerationTarget {
  return {
    type: ReportTargetType.WORKSHOP_INPUT,
    id: row.id,
    municipalityId: row.municipality_id,
    authorId: row.created_by_id,
    ideaId: null,
    text: row.text,
    excerpt: excerptOf(row.text),
    hidden: row.status === WorkshopInputStatus.HIDDEN,
    deleted: false,
    ideaHidden: false,
    unpublished: row.status === WorkshopInputStatus.DRAFT,
  };
}

/**
 * Reads reported content of every kind in batches (one query per kind). `lock` takes a row lock
 * on the content (use it inside the moderation transaction).
 * WORKSHOP_INPUT: an input of a workshop's outcome (municipality of the workshop); DRAFT inputs
 * are not public yet, so they cannot be reported.
 */
export async function loadTargets(
  manager: EntityManager,
  keys: ReadonlyArray<{ type: ReportTargetType; id: string }>,
  options: { lock?: boolean } = {},
): Promise<Map<string, ModerationTarget>> {
  const found = new Map<string, ModerationTarget>();
  const idsOf = (type: ReportTargetType) => [...new Set(keys.filter((key) => key.type === type).map((key) => key.id))];
  const lock = options.lock ? ' FOR UPDATE' : '';

  const ideaIds = idsOf(ReportTargetType.IDEA);
  if (ideaIds.length) {
    const rows: IdeaRow[] = await manager.query(
      `SELECT id, municipality_id, author_id, title, body, status FROM idea WHERE id = ANY($1::uuid[])${lock}`,
      [ideaIds],
    );
    for (const row of rows) found.set(targetKey(ReportTargetType.IDEA, row.id), fromIdea(row));
  }

  const commentIds = idsOf(ReportTargetType.COMMENT);
  if (commentIds.length) {
    const rows: CommentRow[] = await manager.query(
      `SELECT c.id, c.idea_id, i.municipality_id, c.author_id, c.body, c.status, c.deleted_at, i.status AS idea_status
         FROM comment c JOIN idea i ON i.id = c.idea_id
        WHERE c.id = ANY($1::uuid[])${options.lock ? ' FOR UPDATE OF c' : ''}`,
      [commentIds],
    );
    for (const row of rows) found.set(targetKey(ReportTargetType.COMMENT, row.id), fromComment(row));
  }

  const inputIds = idsOf(ReportTargetType.WORKSHOP_INPUT);
  if (inputIds.length) {
    const rows: WorkshopInputRow[] = await manager.query(
      `SELECT i.id, w.municipality_id, i.created_by_id, i.text, i.status
         FROM workshop_input i JOIN workshop w ON w.id = i.workshop_id
        WHERE i.id = ANY($1::uuid[])${options.lock ? ' FOR UPDATE OF i' : ''}`,
      [inputIds],
    );
    for (const row of rows) found.set(targetKey(ReportTargetType.WORKSHOP_INPUT, row.id), fromWorkshopInput(row));
  }

  return found;
}
