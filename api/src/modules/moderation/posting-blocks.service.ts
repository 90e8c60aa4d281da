import { ErrorCode } from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import { UserBlock } from './user-block.entity';

/** Whether a person may post (ideas, comments) in a municipality right now. */
@Injectable()
export class PostingBlocksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async activeBlock(userId: string, municipalityId: string, manager?: EntityManager): Promise<UserBlock | null> {
    return (manager ?? this.dataSource.manager)
      .getRepository(UserBlock)
      .createQueryBuilder('b')
      .where('b.user_id = :userId AND b.municipality_id = :municipalityId', { userId, municipalityId })
      .andWhere('b.lifted_at IS NULL AND b.until > now()')
      .orderBy('b.until', 'DESC')
      .getOne();
  }

  /** FORBIDDEN with reason POSTING_BLOCKED and the date it ends. */
  async assertCanPost(userId: string, municipalityId: string, manager?: EntityManager): Promise<void> {
    const block = await this.activeBlock(userId, municipalityId, manager);
    if (block) {
      throw new DomainError(ErrorCode.FORBIDDEN, `You may not post here until ${block.until.toISOString()}: ${block.reason}`, {
        reason: 'POSTING_BLOCKED',
        until: block.until.toISOString(),
      });
    }
  }
}
