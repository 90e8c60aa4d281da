import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type PersonalDataContributor, UsersService } from '../users/users.service';
import { Report } from './report.entity';
import { UserBlock } from './user-block.entity';

/**
 * The moderation part of `exportMyData` and `deleteMyAccount`.
 *
 * Export: the reports the person made (with their outcome) and the posting blocks they received
 * (with the reason they were told). Moderators' identities are not part of it.
 * Deletion: the person's reports lose their reporter and note (the moderators' decisions stay on
 * record); blocks on them and reports about their content stay with the anonymised account, as
 * the moderation history of the municipality.
 */
@Injectable()
export class ModerationPersonalData implements PersonalDataContributor, OnModuleInit {
  constructor(
    private readonly users: UsersService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.users.registerPersonalDataContributor(this);
  }

  async exportFor(userId: string): Promise<Record<string, unknown>> {
    const [reports, blocks] = await Promise.all([
      this.dataSource.getRepository(Report).find({ where: { reporterId: userId }, order: { createdAt: 'ASC' } }),
      this.dataSource.getRepository(UserBlock).find({ where: { userId }, order: { createdAt: 'ASC' } }),
    ]);
    return {
      reports: reports.map((r) => ({
        targetType: r.targetType,
        targetId: r.targetId,
        reason: r.reason,
        note: r.note,
        status: r.status,
        createdAt: r.createdAt,
        resolvedAt: r.resolvedAt,
      })),
      postingBlocks: blocks.map((b) => ({ until: b.until, reason: b.reason, createdAt: b.createdAt, liftedAt: b.liftedAt })),
    };
  }

  async eraseFor(userId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(Report).update({ reporterId: userId }, { reporterId: null, note: null });
  }
}
