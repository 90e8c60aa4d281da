import { Role } from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { requireRole, type Viewer } from '../../common/viewer';
import { type ConnectionShape, decodeCursor, pageSize, toConnection } from '../../graphql/connection';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  municipalityId: string | null;
  targetType: string;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /** Records a privileged action; pass the transaction's manager so the record commits with the action. */
  async record(viewer: Viewer | null, entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditEvent) : this.events;
    const actorRoles = viewer && entry.municipalityId ? [...(viewer.roles.get(entry.municipalityId) ?? [])] : [];
    await repository.insert({
      actorId: viewer?.userId ?? null,
      actorName: viewer?.displayName ?? null,
      actorRoles: actorRoles.length ? actorRoles : viewer ? [Role.RESIDENT] : [],
      municipalityId: entry.municipalityId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      details: (entry.details ?? {}) as AuditEvent['details'] & object,
    });
  }

  /** Newest first; ADMIN of the municipality only. */
  async list(
    viewer: Viewer | null,
    municipalityId: string,
    args: { first?: number | null; after?: string | null },
  ): Promise<ConnectionShape<AuditEvent>> {
    requireRole(viewer, municipalityId, Role.ADMIN);
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after);
    const query = this.events.createQueryBuilder('e').where('e.municipality_id = :municipalityId', { municipalityId });
    const totalCount = await query.getCount();
    if (cursor) query.andWhere('(e.occurred_at, e.id) < (:at, :id)', cursor);
    const rows = await query.orderBy('e.occurred_at', 'DESC').addOrderBy('e.id', 'DESC').take(size + 1).getMany();
    return toConnection(rows, size, totalCount, (row) => row.occurredAt);
  }
}
