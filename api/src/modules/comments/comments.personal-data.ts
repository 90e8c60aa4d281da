import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { type PersonalDataContributor, UsersService } from '../users/users.service';
import { Comment } from './comment.entity';

/**
 * The comments part of `exportMyData` and `deleteMyAccount`.
 *
 * Export: every comment and reply the person wrote, deleted ones included (with their empty body).
 * Deletion: comments stay, like ideas: they are part of a public conversation others replied to;
 * the anonymised account shows them as by a removed user.
 */
@Injectable()
export class CommentsPersonalData implements PersonalDataContributor, OnModuleInit {
  constructor(
    private readonly users: UsersService,
    @InjectRepository(Comment) private readonly comments: Repository<Comment>,
  ) {}

  onModuleInit(): void {
    this.users.registerPersonalDataContributor(this);
  }

  async exportFor(userId: string): Promise<Record<string, unknown>> {
    const comments = await this.comments.find({ where: { authorId: userId }, relations: { idea: true }, order: { createdAt: 'ASC' } });
    return {
      comments: comments.map((c) => ({
        id: c.id,
        idea: c.idea ? { id: c.idea.id, reference: c.idea.reference, title: c.idea.title } : null,
        parentId: c.parentId,
        body: c.body,
        status: c.status,
        postedAsOfficer: c.postedAsOfficer,
        createdAt: c.createdAt,
        editedAt: c.editedAt,
        deletedAt: c.deletedAt,
      })),
    };
  }

  async eraseFor(): Promise<void> {
    // Nothing to erase: see the class comment.
  }
}
