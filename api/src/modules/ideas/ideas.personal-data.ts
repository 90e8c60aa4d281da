import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type PersonalDataContributor, UsersService } from '../users/users.service';
import { Idea, IdeaSupport } from './idea.entity';

/**
 * The ideas part of `exportMyData` and `deleteMyAccount`.
 *
 * Export: the ideas the person wrote and the ideas they support.
 * Deletion: ideas stay (they are part of the public record and may be answered in council
 * papers); the account is anonymised by UsersService, so ideas show `author { removed: true }`
 * with no id and an empty name. Supports stay too, so counts do not change; they were never
 * shown to others and now point to the anonymised account only.
 */
@Injectable()
export class IdeasPersonalData implements PersonalDataContributor, OnModuleInit {
  constructor(
    private readonly users: UsersService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.users.registerPersonalDataContributor(this);
  }

  async exportFor(userId: string): Promise<Record<string, unknown>> {
    const [ideas, supports] = await Promise.all([
      this.dataSource.getRepository(Idea).find({ where: { authorId: userId }, order: { createdAt: 'ASC' } }),
      this.dataSource.getRepository(IdeaSupport).find({ where: { userId }, relations: { idea: true }, order: { createdAt: 'ASC' } }),
    ]);
    return {
      ideas: ideas.map((i) => ({
        id: i.id,
        reference: i.reference,
        title: i.title,
        body: i.body,
        originalLocale: i.originalLocale,
        status: i.status,
        createdAt: i.createdAt,
      })),
      ideaSupports: supports.map((s) => ({ idea: s.idea ? { id: s.idea.id, reference: s.idea.reference, title: s.idea.title } : null, supportedAt: s.createdAt })),
    };
  }

  async eraseFor(): Promise<void> {
    // Nothing to erase: see the class comment.
  }
}
