import { type Locale, Role } from '@medskapa/shared';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import type { Viewer } from '../../common/viewer';
import type { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.module';
import { Session } from './session.entity';
import { hashToken, newToken } from './tokens';

export const SESSION_COOKIE = 'medskapa_session';
const TOUCH_AFTER_MS = 60 * 60 * 1000;

export type SessionMethod = 'PASSWORD' | 'EID';

interface ViewerRow {
  session_id: string;
  user_id: string;
  display_name: string;
  locale: Locale;
  municipality_id: string | null;
  last_used_at: Date;
  roles: string[] | null;
}

/** Sessions live in PostgreSQL, so every API process knows them and logout revokes them everywhere. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(userId: string, method: SessionMethod, manager?: EntityManager): Promise<{ token: string; session: Session }> {
    const repository = manager ? manager.getRepository(Session) : this.sessions;
    const token = newToken();
    const now = new Date();
    const session = await repository.save(
      repository.create({
        userId,
        tokenHash: hashToken(token),
        method,
        lastUsedAt: now,
        expiresAt: new Date(now.getTime() + this.config.sessionTtlDays * 24 * 60 * 60 * 1000),
      }),
    );
    return { token, session };
  }

  /** The bearer token of a request: `Authorization: Bearer …` for API clients, else the session cookie. */
  tokenOf(req: Request): string | null {
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
    const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    return cookie || null;
  }

  /** One query: the live session, its person and their roles. Null for unknown, expired or revoked tokens. */
  async viewerFor(token: string | null): Promise<Viewer | null> {
    if (!token || token.length > 200) return null;
    const rows: ViewerRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.display_name, u.locale, u.municipality_id, s.last_used_at,
              array_agg(ra.municipality_id || ':' || ra.role) FILTER (WHERE ra.id IS NOT NULL) AS roles
         FROM session s
         JOIN app_user u ON u.id = s.user_id AND u.deleted_at IS NULL
         LEFT JOIN role_assignment ra ON ra.user_id = u.id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
        GROUP BY s.id, u.id`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) return null;
    if (Date.now() - new Date(row.last_used_at).getTime() > TOUCH_AFTER_MS) {
      await this.sessions.update({ id: row.session_id }, { lastUsedAt: new Date() });
    }
    const roles = new Map<string, Role[]>();
    for (const entry of row.roles ?? []) {
      const [municipalityId, role] = entry.split(':') as [string, Role];
      roles.set(municipalityId, [...(roles.get(municipalityId) ?? []), role]);
    }
    return {
      userId: row.user_id,
      sessionId: row.session_id,
      displayName: row.display_name,
      locale: row.locale,
      municipalityId: row.municipality_id,
      roles,
    };
  }

  listActive(userId: string): Promise<Session[]> {
    return this.sessions
      .createQueryBuilder('s')
      .where('s.user_id = :userId AND s.revoked_at IS NULL AND s.expires_at > now()', { userId })
      .orderBy('s.last_used_at', 'DESC')
      .getMany();
  }

  async revoke(sessionId: string, userId: string): Promise<boolean> {
    const result = await this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('id = :sessionId AND user_id = :userId AND revoked_at IS NULL', { sessionId, userId })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async revokeAll(userId: string, options: { except?: string; manager?: EntityManager } = {}): Promise<void> {
    const repository = options.manager ? options.manager.getRepository(Session) : this.sessions;
    const query = repository
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (options.except) query.andWhere('id <> :except', { except: options.except });
    await query.execute();
  }

  /** httpOnly, SameSite=Lax, Secure in production: the web client never sees the token. */
  setCookie(res: Response, token: string, expires: Date): void {
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.isProduction,
      path: '/',
      expires,
    });
  }

  clearCookie(res: Response): void {
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: this.config.isProduction, path: '/' });
  }
}
