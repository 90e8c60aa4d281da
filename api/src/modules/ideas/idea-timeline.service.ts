import type { IdeaEventKind, IdeaStatus } from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { IdeaEvent } from './idea-event.entity';

export interface IdeaEventDraft {
  ideaId: string;
  kind: IdeaEventKind;
  fromStatus?: IdeaStatus | null;
  toStatus?: IdeaStatus | null;
  actorId?: string | null;
  data?: Record<string, unknown>;
}

/** Appends to an idea's timeline; pass the transaction's manager so the entry commits with the change. */
@Injectable()
export class IdeaTimelineService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(draft: IdeaEventDraft, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).getRepository(IdeaEvent).insert({
      ideaId: draft.ideaId,
      kind: draft.kind,
      fromStatus: draft.fromStatus ?? null,
      toStatus: draft.toStatus ?? null,
      actorId: draft.actorId ?? null,
      data: (draft.data ?? {}) as IdeaEvent['data'] & object,
    });
  }

}
