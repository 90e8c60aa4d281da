import { describe, expect, it } from 'vitest';
import { COMMENT_BODY_MAX_LENGTH, commentOnIdeaSchema, editCommentSchema, excerptOf, markNotificationsReadSchema } from './comments';

const ID = '3f2b1f1e-9a9b-4b7c-8d7e-1a2b3c4d5e6f';

describe('commentOnIdeaSchema', () => {
  it('trims the body and defaults parentId to null', () => {
    expect(commentOnIdeaSchema.parse({ ideaId: ID, body: '  Bra idé!  ' })).toEqual({ ideaId: ID, body: 'Bra idé!', parentId: null });
    expect(commentOnIdeaSchema.parse({ ideaId: ID, body: 'Ja', parentId: ID }).parentId).toBe(ID);
  });

  it('refuses bodies shorter than 2 or longer than 2000 characters after trimming, and bad ids', () => {
    const paths = (value: unknown) => {
      const result = commentOnIdeaSchema.safeParse(value);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.')).sort();
    };
    expect(paths({ ideaId: ID, body: '  a  ' })).toEqual(['body']);
    expect(paths({ ideaId: ID, body: 'a'.repeat(COMMENT_BODY_MAX_LENGTH + 1) })).toEqual(['body']);
    expect(paths({ ideaId: ID, body: 'a'.repeat(COMMENT_BODY_MAX_LENGTH) })).toEqual([]);
    expect(paths({ ideaId: 'x', body: 'ok', parentId: 'y' })).toEqual(['ideaId', 'parentId']);
  });
});

describe('editCommentSchema', () => {
  it('applies the same body rules', () => {
    expect(editCommentSchema.safeParse({ commentId: ID, body: ' ' }).success).toBe(false);
    expect(editCommentSchema.parse({ commentId: ID, body: ' Ändrad ' }).body).toBe('Ändrad');
  });
});

describe('markNotificationsReadSchema', () => {
  it('takes null for all, or up to 100 ids', () => {
    expect(markNotificationsReadSchema.parse(undefined)).toBeNull();
    expect(markNotificationsReadSchema.parse([ID])).toEqual([ID]);
    expect(markNotificationsReadSchema.safeParse(Array(101).fill(ID)).success).toBe(false);
    expect(markNotificationsReadSchema.safeParse(['nope']).success).toBe(false);
  });
});

describe('excerptOf', () => {
  it('keeps short text, collapsing whitespace', () => {
    expect(excerptOf('  Bra\n\nidé  ')).toBe('Bra idé');
  });

  it('cuts long text at a word boundary with an ellipsis, at most 140 characters', () => {
    const text = 'Cykelvägen mellan Töre och Kalix behövs verkligen '.repeat(10);
    const excerpt = excerptOf(text);
    expect([...excerpt].length).toBeLessThanOrEqual(140);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(text.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(excerpt.at(-2)).not.toBe(' ');
  });

  it('cuts a text without spaces hard, counting code points', () => {
    const excerpt = excerptOf('ä'.repeat(300), 10);
    expect(excerpt).toBe(`${'ä'.repeat(9)}…`);
  });
});
