import { Args, Context, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Connection } from '../../graphql/connection';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { AuditEvent } from './audit-event.entity';
import { AuditService } from './audit.service';

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent) {}

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(
    private readonly service: AuditService,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  @Query(() => AuditEventConnection, { description: 'Privileged actions in a municipality, newest first. ADMIN only.' })
  async auditLog(
    @Context() ctx: GraphQLContext,
    @Args('municipalitySlug') municipalitySlug: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    const municipality = await this.municipalities.bySlug(municipalitySlug, 'municipalitySlug');
    return this.service.list(ctx.viewer, municipality.id, { first, after });
  }
}
