import { z } from 'zod';
import { idSchema } from './taxonomy';

export const COMMENT_BODY_MIN_LENGTH = 2;
export const COMMENT_BODY_MAX_LENGTH = 2000;
/** The author may edit a comment this long after posting it; after that it stands as written. */
export const COMMENT_EDIT_WINDOW_MINUTES = 15;
/** Longest quote of a comment a notification carries (data.excerpt). */
export const NOTIFICATION_EXCERPT_MAX_LENGTH = 140;
/** Most notification ids one markNotificationsRead call takes (one page). */
export const MARK_READ_IDS_MAX = 100;

/** Plain text, trimmed; the personal data guard (findPersonalData) runs on top of it. */
export const commentBodySchema = z.string().trim().min(COMMENT_BODY_MIN_LENGTH).max(COMMENT_BODY_MAX_LENGTH);

export const commentOnIdeaSchema = z.object({
  ideaId: idSchema,
  body: commentBodySchema,
  /** A top-level comment of the same idea to reply to; replies to replies are refused. */
  parentId: idSchema.nullish().transform((value) => value ?? null),
});
export type CommentOnIdeaInput = z.infer<typeof commentOnIdeaSchema>;

export const editCommentSchema = z.object({
  commentId: idSchema,
  body: commentBodySchema,
});
export type EditCommentInput = z.infer<typeof editCommentSchema>;

/** null marks everything read. */
export const markNotificationsReadSchema = z.array(idSchema).max(MARK_READ_IDS_MAX).nullish().transform((value) => value ?? null);

/**
 * A one-line quote for notifications: whitespace collapsed, cut at a word boundary when one is
 * near, with an ellipsis; never longer than `max` characters (code points).
 */
export function excerptOf(text: string, max = NOTIFICATION_EXCERPT_MAX_LENGTH): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  // Prefer a whole word, but not at the price of most of the quote.
  const head = space >= max * 0.6 ? cut.slice(0, space) : cut;
  return `${head.trimEnd()}…`;
}
