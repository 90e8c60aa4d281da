import { CommentStatus, excerptOf, IdeaStatus, ReportTargetType } from '@medskapa/shared';
import type { EntityManager } from 'typeorm';

/** What moderation needs to know of a reported piece of content, whatever its kind. */
export interface ModerationTarget {
  type: ReportTargetType;
  id: string;
  municipalityId: string;
  authorId: string | null;
  /** The idea itself (IDEA) or the idea a comment belongs to (COMMENT). */
  ideaId: string;
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
  };
}

/**
 * Reads reported content of every kind in batches (one query per kind). `lock` takes a row lock
 * on the content (use it inside the moderation transaction).
 *
 * WORKSHOP_INPUT: workshops arrive in a later issue. Until then no such target exists, so reports
 * of one are NOT_FOUND; when the workshop_input table exists, add its query here (municipality,
 * author, text, hidden) and its hide/restore in ModerationService.applyToContent.
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

  // ReportTargetType.WORKSHOP_INPUT: no such content yet (see above).
  return found;
}
