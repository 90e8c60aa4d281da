import { ReportTargetType, WorkshopOutcomeStatus } from '@medskapa/shared';
import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Report } from '../moderation/report.entity';
import { Place } from '../places/place.entity';
import { Goal } from '../strategies/goal.entity';
import { UpdateWorkshopInputInput, WorkshopGoalInputs, WorkshopOutcomeInput } from './dto/outcome-types';
import { Workshop, WorkshopAttachment, WorkshopInput, WorkshopParticipantCount } from './workshop.entity';
import { WorkshopOutcomeLoaders } from './workshop-outcome.loaders';
import { WorkshopOutcomeService } from './workshop-outcome.service';
import { WorkshopsService } from './workshops.service';

const MANAGERS = 'Officers and admins of the municipality and LEADERs of the organization.';

/** The outcome side of Workshop: recording, publishing and reading. */
@Resolver(() => Workshop)
export class WorkshopOutcomeResolver {
  constructor(private readonly service: WorkshopOutcomeService) {}

  @Mutation(() => Workshop, {
    description:
      `Records participant counts and inputs from a facilitator's device. Idempotent: a replay with the same clientMutationId returns the current state and changes nothing; an input whose clientId is already stored is skipped. Inputs start DRAFT (PUBLISHED when the outcome is already published). CONFLICT (reason WORKSHOP_NOT_STARTED, WORKSHOP_CANCELLED) before the start or when cancelled. ${MANAGERS}`,
  })
  recordWorkshopOutcome(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @Args('input') input: WorkshopOutcomeInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Workshop> {
    return this.service.record(ctx.viewer, workshopId, input);
  }

  @Mutation(() => Workshop, {
    description: `Publishes the outcome: DRAFT inputs become PUBLISHED and count as contributions. Needs at least one input or participant (CONFLICT reason OUTCOME_EMPTY). Publishing again changes nothing. Audited. ${MANAGERS}`,
  })
  publishWorkshopOutcome(@Args('workshopId', { type: () => ID }) workshopId: string, @Context() ctx: GraphQLContext): Promise<Workshop> {
    return this.service.publish(ctx.viewer, workshopId);
  }

  @Mutation(() => WorkshopInput, { description: `Replaces an input's text, målbilder, weight and place before publishing (CONFLICT reason OUTCOME_PUBLISHED after). ${MANAGERS}` })
  updateWorkshopInput(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateWorkshopInputInput,
    @Context() ctx: GraphQLContext,
  ): Promise<WorkshopInput> {
    return this.service.updateInput(ctx.viewer, id, input);
  }

  @Mutation(() => Workshop, { description: `Deletes an input before publishing (CONFLICT reason OUTCOME_PUBLISHED after). ${MANAGERS}` })
  deleteWorkshopInput(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Workshop> {
    return this.service.deleteInput(ctx.viewer, id);
  }

  @Mutation(() => Workshop, { description: `Deletes a photo (also after publishing). Photos are uploaded with POST /workshops/:id/attachments. ${MANAGERS}` })
  deleteWorkshopAttachment(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Workshop> {
    return this.service.deleteAttachment(ctx.viewer, id);
  }

  @ResolveField(() => WorkshopOutcomeStatus)
  outcomeStatus(@Parent() workshop: Workshop, @Context() ctx: GraphQLContext): Promise<WorkshopOutcomeStatus> {
    return this.service.outcomeStatus(workshop, ctx.loaders);
  }

  @ResolveField(() => [WorkshopParticipantCount], { description: 'Participants per age group and gender: public once published, managers always (else empty).' })
  participants(@Parent() workshop: Workshop, @Context() ctx: GraphQLContext): Promise<WorkshopParticipantCount[]> {
    return this.service.participants(ctx.viewer, workshop, ctx.loaders);
  }

  @ResolveField(() => Int, { description: 'The sum of participants: public once published, managers always (else 0).' })
  participantTotal(@Parent() workshop: Workshop, @Context() ctx: GraphQLContext): Promise<number> {
    return this.service.participantTotal(ctx.viewer, workshop, ctx.loaders);
  }

  @ResolveField(() => [WorkshopInput], { description: 'PUBLISHED inputs; managers see DRAFT ones too; HIDDEN ones are never listed. In the order captured.' })
  inputs(@Parent() workshop: Workshop, @Context() ctx: GraphQLContext): Promise<WorkshopInput[]> {
    return this.service.inputs(ctx.viewer, workshop, ctx.loaders);
  }

  @ResolveField(() => [WorkshopGoalInputs], { description: 'The inputs grouped by målbild (by code), then a group with goal null for inputs without målbild.' })
  inputsByGoal(@Parent() workshop: Workshop, @Context() ctx: GraphQLContext): Promise<WorkshopGoalInputs[]> {
    return this.service.inputsByGoal(ctx.viewer, workshop, ctx.loaders);
  }

  @ResolveField(() => [WorkshopAttachment], { description: 'Photos of flip charts: public once published, managers always (else empty).' })
  attachments(@Parent() workshop: Workshop, @Context() ctx: GraphQLContext): Promise<WorkshopAttachment[]> {
    return this.service.attachments(ctx.viewer, workshop, ctx.loaders);
  }
}

@Resolver(() => WorkshopInput)
export class WorkshopInputResolver {
  constructor(
    private readonly service: WorkshopOutcomeService,
    private readonly workshops: WorkshopsService,
  ) {}

  @ResolveField(() => [Goal], { description: 'Its målbilder, by code.' })
  goals(@Parent() input: WorkshopInput, @Context() ctx: GraphQLContext): Promise<Goal[]> {
    return this.service.goalsOf(input, ctx.loaders);
  }

  @ResolveField(() => Place, { nullable: true, description: 'The place it is about, when not the workshop\'s own.' })
  place(@Parent() input: WorkshopInput, @Context() ctx: GraphQLContext): Promise<Place | null> {
    return this.service.placeOf(input, ctx.loaders);
  }

  @ResolveField(() => Workshop)
  workshop(@Parent() input: WorkshopInput, @Context() ctx: GraphQLContext): Promise<Workshop> {
    return this.workshops.byId(input.workshopId, ctx.loaders);
  }
}

@Resolver(() => WorkshopAttachment)
export class WorkshopAttachmentResolver {
  @ResolveField(() => String, { description: 'Where the image is served (same origin): GET /workshops/:id/attachments/:attachmentId.' })
  url(@Parent() attachment: WorkshopAttachment): string {
    return WorkshopOutcomeService.urlOf(attachment);
  }
}

@Resolver(() => Goal)
export class GoalWorkshopInputsResolver {
  constructor(private readonly service: WorkshopOutcomeService) {}

  @ResolveField(() => Int, { description: 'Published workshop inputs tagged to this målbild (hidden ones not counted).' })
  workshopInputCount(@Parent() goal: Goal, @Context() ctx: GraphQLContext): Promise<number> {
    return this.service.goalInputCount(goal, ctx.loaders);
  }
}

@Resolver(() => Place)
export class PlaceWorkshopInputsResolver {
  constructor(private readonly service: WorkshopOutcomeService) {}

  @ResolveField(() => Int, {
    description: "Published workshop inputs about this place: those that name it, and those of workshops held about it that name no other place (hidden ones not counted).",
  })
  workshopInputCount(@Parent() place: Place, @Context() ctx: GraphQLContext): Promise<number> {
    return this.service.placeInputCount(place, ctx.loaders);
  }
}

@Resolver(() => Report)
export class ReportWorkshopResolver {
  constructor(private readonly workshops: WorkshopsService) {}

  @ResolveField(() => Workshop, { nullable: true, description: 'For a WORKSHOP_INPUT report: the workshop the input belongs to.' })
  async targetWorkshop(@Parent() report: Report, @Context() ctx: GraphQLContext): Promise<Workshop | null> {
    if (report.targetType !== ReportTargetType.WORKSHOP_INPUT) return null;
    const input = await ctx.loaders.get(WorkshopOutcomeLoaders).inputById.load(report.targetId);
    return input ? this.workshops.byId(input.workshopId, ctx.loaders) : null;
  }
}
