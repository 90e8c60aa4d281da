import { Role } from '@medskapa/shared';
import { ErrorCode } from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import { hasRole, requireViewer, type Viewer } from '../../common/viewer';
import { type ConnectionShape, decodeCursor, pageSize, toConnection } from '../../graphql/connection';
import { OutboxMessage } from './outbox-message.entity';

@Injectable()
export class OutboxService {
  constructor(@InjectRepository(OutboxMessage) private readonly outbox: Repository<OutboxMessage>) {}

  /**
   * Newest first; officers see the messages of the municipalities where they are officers (the
   * outbox is how a demo without SMTP delivers mail). Links with tokens are hidden once real
   * delivery is on, so nobody can use another person's reset or invitation link.
   */
  async list(
    viewer: Viewer | null,
    args: { toAddress?: string | null; first?: number | null; after?: string | null },
  ): Promise<ConnectionShape<OutboxMessage>> {
    const signedIn = requireViewer(viewer);
    const municipalityIds = [...signedIn.roles.keys()].filter((id) => hasRole(signedIn, id, Role.OFFICER));
    if (municipalityIds.length === 0) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Only officers and admins can read the outbox.', { requiredRole: Role.OFFICER });
    }
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after);
    const query = this.outbox.createQueryBuilder('m').where('m.municipality_id IN (:...municipalityIds)', { municipalityIds });
    if (args.toAddress) query.andWhere('m.to_address = :to', { to: args.toAddress.trim() });
    const totalCount = await query.getCount();
    if (cursor) query.andWhere('(m.created_at, m.id) < (:at, :id)', cursor);
    const rows = await query.orderBy('m.created_at', 'DESC').addOrderBy('m.id', 'DESC').take(size + 1).getMany();
    return toConnection(rows, size, totalCount, (row) => row.createdAt);
  }
}
