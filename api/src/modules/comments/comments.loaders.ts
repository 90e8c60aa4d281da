import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type DataSource, In, type Repository } from 'typeorm';
import type { LoaderFactory } from '../../graphql/loader-registry';
import { exactTimestamp } from '../notifications/keyset';
import { Comment } from './comment.entity';

/** One page of an idea's top-level comments, as one viewer may see them. */
export interface CommentPageKey {
  ideaId: string;
  /** The viewer, who also sees their own hidden comments; null when signed out. */
  viewerId: string | null;
  /** The viewer moderates the idea's municipality: every comment counts. */
  moderator: boolean;
  /** Rows to fetch (page size + 1, the extra one tells whether more exist). */
  limit: number;
  after: { at: string; id: string } | null;
}

export interface CommentPage {
  rows: Array<{ comment: Comment; sortAt: string }>;
  totalCount: number;
}

export interface CommentsLoaderSet {
  /**
   * Pages of top-level comments for many ideas (a list of ideas asking for comments) in two
   * statements: the page ids and counts in one LATERAL query, then the rows.
   */
  topLevelPage: DataLoader<CommentPageKey, CommentPage, string>;
  /**
   * Every reply of each top-level comment, oldest first, whatever its status: the service filters
   * per viewer, so one statement serves every comment of a page.
   */
  repliesByParent: DataLoader<string, Comment[]>;
}

/**
 * Which top-level comments a viewer gets: visible ones, deleted ones (placeholders), their own,
 * and hidden ones that have visible replies (placeholders); moderators get all.
 */
const SHOWN = `(k.moderator OR c.status = 'VISIBLE' OR c.deleted_at IS NOT NULL OR c.author_id = k.viewer_id
  OR EXISTS (SELECT 1 FROM comment r WHERE r.parent_id = c.id AND r.status = 'VISIBLE' AND r.deleted_at IS NULL))`;

@Injectable()
export class CommentsLoaders implements LoaderFactory<CommentsLoaderSet> {
  constructor(
    @InjectRepository(Comment) private readonly comments: Repository<Comment>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  create(): CommentsLoaderSet {
    return {
      topLevelPage: new DataLoader(async (keys) => this.pages(keys), { cacheKeyFn: (key) => JSON.stringify(key) }),
      repliesByParent: new DataLoader(async (parentIds) => {
        const rows = await this.comments.find({ where: { parentId: In([...parentIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
        const groups = new Map<string, Comment[]>(parentIds.map((id) => [id, []]));
        for (const row of rows) groups.get(row.parentId!)?.push(row);
        return parentIds.map((id) => groups.get(id) ?? []);
      }),
    };
  }

  private async pages(keys: readonly CommentPageKey[]): Promise<CommentPage[]> {
    const rows: Array<{ ord: number; id: string | null; sort_at: string | null; total: number }> = await this.dataSource.query(
      `WITH k AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::boolean[], $4::int[], $5::timestamptz[], $6::uuid[]) WITH ORDINALITY
           AS k(idea_id, viewer_id, moderator, lim, after_at, after_id, ord)
       )
       SELECT k.ord::int AS ord, p.id, p.sort_at, t.total
       FROM k
       CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM comment c WHERE c.idea_id = k.idea_id AND c.parent_id IS NULL AND ${SHOWN}) t
       LEFT JOIN LATERAL (
         SELECT c.id, c.created_at, ${exactTimestamp('c.created_at')} AS sort_at FROM comment c
         WHERE c.idea_id = k.idea_id AND c.parent_id IS NULL AND ${SHOWN}
           AND (k.after_at IS NULL OR (c.created_at, c.id) > (k.after_at, k.after_id))
         ORDER BY c.created_at, c.id
         LIMIT k.lim
       ) p ON true
       ORDER BY k.ord, p.created_at, p.id`,
      [
        keys.map((k) => k.ideaId),
        keys.map((k) => k.viewerId),
        keys.map((k) => k.moderator),
        keys.map((k) => k.limit),
        keys.map((k) => k.after?.at ?? null),
        keys.map((k) => k.after?.id ?? null),
      ],
    );
    const ids = rows.flatMap((row) => (row.id ? [row.id] : []));
    const entities = ids.length ? await this.comments.findBy({ id: In(ids) }) : [];
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    const pages: CommentPage[] = keys.map(() => ({ rows: [], totalCount: 0 }));
    for (const row of rows) {
      const page = pages[row.ord - 1]!;
      page.totalCount = row.total;
      const comment = row.id ? byId.get(row.id) : undefined;
      if (comment) page.rows.push({ comment, sortAt: row.sort_at! });
    }
    return pages;
  }
}
