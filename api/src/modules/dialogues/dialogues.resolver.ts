import { DialogueStatus } from '@medskapa/shared';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/context';
import { LanguageStatus, languageStatuses, textIn, Translation, translationsOf } from '../../graphql/localized.types';
import { MunicipalitiesLoaders } from '../municipalities/municipalities.loaders';
import { Municipality } from '../municipalities/municipality.entity';
import { Notification } from '../notifications/notification.entity';
import { Place } from '../places/place.entity';
import { Goal } from '../strategies/goal.entity';
import { Dialogue, DialogueDecision, DialoguePhase } from './dialogue.entity';
import { DialoguesService, isCurrentPhase } from './dialogues.service';
import { DialogueDecisionInput, DialogueFeedbackInput, DialogueInput } from './dto/dialogue.types';

@Resolver(() => Dialogue)
export class DialoguesResolver {
  constructor(private readonly service: DialoguesService) {}

  @Query(() => [Dialogue], {
    description: "A municipality's dialogues: OPEN first, then CLOSED, REPORTED and (for its officers) DRAFT; newest first within each.",
  })
  dialogues(
    @Args('municipalitySlug') municipalitySlug: string,
    @Args('status', { type: () => DialogueStatus, nullable: true }) status: DialogueStatus | null,
    @Context() ctx: GraphQLContext,
  ): Promise<Dialogue[]> {
    return this.service.list(ctx.viewer, municipalitySlug, status);
  }

  @Query(() => Dialogue, { nullable: true, description: 'NOT_FOUND for a draft unless the viewer manages it.' })
  dialogue(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Dialogue> {
    return this.service.byId(ctx.viewer, id, ctx.loaders);
  }

  @Mutation(() => Dialogue, { description: 'OFFICER of the municipality; the dialogue starts as a DRAFT.' })
  createDialogue(
    @Args('municipalitySlug') municipalitySlug: string,
    @Args('input') input: DialogueInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Dialogue> {
    return this.service.create(ctx.viewer, municipalitySlug, input);
  }

  @Mutation(() => Dialogue, { description: 'Replaces the definition; not once REPORTED (CONFLICT DIALOGUE_REPORTED). A published dialogue must stay complete in every language.' })
  updateDialogue(@Args('id', { type: () => ID }) id: string, @Args('input') input: DialogueInput, @Context() ctx: GraphQLContext): Promise<Dialogue> {
    return this.service.update(ctx.viewer, id, input);
  }

  @Mutation(() => Dialogue, { description: 'DRAFT → OPEN; every text in sv, fi and fit and at least one phase. CONFLICT DIALOGUE_NOT_DRAFT otherwise.' })
  publishDialogue(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Dialogue> {
    return this.service.publish(ctx.viewer, id);
  }

  @Mutation(() => Dialogue, { description: "OPEN → CLOSED; the dialogue's published surveys close too. CONFLICT DIALOGUE_NOT_OPEN otherwise." })
  closeDialogue(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Dialogue> {
    return this.service.close(ctx.viewer, id);
  }

  @Mutation(() => Dialogue, { description: 'Writes the återkoppling of a CLOSED (or, as a correction, REPORTED) dialogue. CONFLICT DIALOGUE_NOT_CLOSED otherwise.' })
  saveDialogueFeedback(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: DialogueFeedbackInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Dialogue> {
    return this.service.saveFeedback(ctx.viewer, id, input);
  }

  @Mutation(() => Dialogue, { description: 'Links a council decision to an OPEN, CLOSED or REPORTED dialogue.' })
  addDialogueDecision(
    @Args('dialogueId', { type: () => ID }) dialogueId: string,
    @Args('input') input: DialogueDecisionInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Dialogue> {
    return this.service.addDecision(ctx.viewer, dialogueId, input);
  }

  @Mutation(() => Dialogue, { description: 'Removes a linked decision; returns its dialogue.' })
  removeDialogueDecision(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Dialogue> {
    return this.service.removeDecision(ctx.viewer, id);
  }

  @Mutation(() => Dialogue, {
    description: 'CLOSED → REPORTED; both feedback texts in every language; notifies the followers. CONFLICT DIALOGUE_NOT_CLOSED / FEEDBACK_MISSING.',
  })
  publishDialogueFeedback(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Dialogue> {
    return this.service.publishFeedback(ctx.viewer, id);
  }

  @Mutation(() => Dialogue, { description: 'Signed in; idempotent; not for drafts (NOT_FOUND).' })
  followDialogue(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Dialogue> {
    return this.service.follow(ctx.viewer, id, ctx.loaders);
  }

  @Mutation(() => Dialogue, { description: 'Signed in; idempotent.' })
  unfollowDialogue(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Dialogue> {
    return this.service.unfollow(ctx.viewer, id, ctx.loaders);
  }

  // ---------------------------------------------------------------- fields

  @ResolveField(() => Municipality)
  async municipality(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): Promise<Municipality> {
    const municipality = await ctx.loaders.get(MunicipalitiesLoaders).municipalityById.load(dialogue.municipalityId);
    if (!municipality) throw new Error(`Dialogue ${dialogue.id} has no municipality`);
    return municipality;
  }

  @ResolveField(() => String)
  title(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): string {
    return textIn(dialogue.title, ctx.locale);
  }

  @ResolveField(() => [Translation])
  titleTranslations(@Parent() dialogue: Dialogue): Translation[] {
    return translationsOf(dialogue.title);
  }

  @ResolveField(() => String)
  purpose(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): string {
    return textIn(dialogue.purpose, ctx.locale);
  }

  @ResolveField(() => [Translation])
  purposeTranslations(@Parent() dialogue: Dialogue): Translation[] {
    return translationsOf(dialogue.purpose);
  }

  @ResolveField(() => String, { description: 'How the input will be used.' })
  promise(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): string {
    return textIn(dialogue.promise, ctx.locale);
  }

  @ResolveField(() => [Translation])
  promiseTranslations(@Parent() dialogue: Dialogue): Translation[] {
    return translationsOf(dialogue.promise);
  }

  @ResolveField(() => [Goal], { description: 'Målbilder, by code.' })
  goals(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): Promise<Goal[]> {
    return this.service.goalsOf(dialogue, ctx.loaders);
  }

  @ResolveField(() => [Place], { description: 'By name.' })
  places(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): Promise<Place[]> {
    return this.service.placesOf(dialogue, ctx.loaders);
  }

  @ResolveField(() => [DialoguePhase], { description: 'In the order INFORM, COLLECT, ANALYSE, FEEDBACK (only those set).' })
  phases(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): Promise<DialoguePhase[]> {
    return this.service.phasesOf(dialogue, ctx.loaders);
  }

  @ResolveField(() => DialoguePhase, { nullable: true, description: "The phase whose dates include today (Swedish calendar); null before, after or between phases." })
  currentPhase(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): Promise<DialoguePhase | null> {
    return this.service.currentPhaseOf(dialogue, ctx.loaders);
  }

  @ResolveField(() => [LanguageStatus], { description: 'Per language over title, purpose, promise, phase descriptions and (once written and visible) the feedback texts.' })
  async translationStatus(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): Promise<LanguageStatus[]> {
    const phases = await this.service.phasesOf(dialogue, ctx.loaders);
    const feedback = this.service.feedbackVisible(ctx.viewer, dialogue) ? [dialogue.whatWeHeard, dialogue.whatHappensNow] : [];
    return languageStatuses([dialogue.title, dialogue.purpose, dialogue.promise, ...phases.map((phase) => phase.description), ...feedback]);
  }

  @ResolveField(() => String, { nullable: true, description: 'Återkoppling: what we heard. Null for non-managers until published.' })
  whatWeHeard(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): string | null {
    return dialogue.whatWeHeard && this.service.feedbackVisible(ctx.viewer, dialogue) ? textIn(dialogue.whatWeHeard, ctx.locale) : null;
  }

  @ResolveField(() => [Translation])
  whatWeHeardTranslations(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): Translation[] {
    return dialogue.whatWeHeard && this.service.feedbackVisible(ctx.viewer, dialogue) ? translationsOf(dialogue.whatWeHeard) : [];
  }

  @ResolveField(() => String, { nullable: true, description: 'Återkoppling: what happens now. Null for non-managers until published.' })
  whatHappensNow(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): string | null {
    return dialogue.whatHappensNow && this.service.feedbackVisible(ctx.viewer, dialogue) ? textIn(dialogue.whatHappensNow, ctx.locale) : null;
  }

  @ResolveField(() => [Translation])
  whatHappensNowTranslations(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): Translation[] {
    return dialogue.whatHappensNow && this.service.feedbackVisible(ctx.viewer, dialogue) ? translationsOf(dialogue.whatHappensNow) : [];
  }

  @ResolveField(() => [DialogueDecision], { description: 'Linked council decisions; the same visibility as the feedback.' })
  decisions(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): Promise<DialogueDecision[]> {
    return this.service.decisionsOf(ctx.viewer, dialogue, ctx.loaders);
  }

  @ResolveField(() => Int)
  followerCount(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): Promise<number> {
    return this.service.followerCountOf(dialogue, ctx.loaders);
  }

  @ResolveField(() => Boolean, { description: 'False when signed out.' })
  viewerFollows(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.service.viewerFollows(ctx.viewer, dialogue, ctx.loaders);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer is an officer of the municipality and may edit and run the dialogue.' })
  viewerCanManage(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): boolean {
    return this.service.canManage(ctx.viewer, dialogue);
  }
}

@Resolver(() => DialoguePhase)
export class DialoguePhaseResolver {
  @ResolveField(() => String, { nullable: true })
  description(@Parent() phase: DialoguePhase, @Context() ctx: GraphQLContext): string | null {
    return phase.description ? textIn(phase.description, ctx.locale) : null;
  }

  @ResolveField(() => [Translation])
  descriptionTranslations(@Parent() phase: DialoguePhase): Translation[] {
    return phase.description ? translationsOf(phase.description) : [];
  }

  @ResolveField(() => Boolean, { description: "Whether today (Swedish calendar) is within the phase's dates." })
  isCurrent(@Parent() phase: DialoguePhase): boolean {
    return isCurrentPhase(phase);
  }
}

@Resolver(() => DialogueDecision)
export class DialogueDecisionResolver {
  @ResolveField(() => String, { nullable: true, description: 'What was decided, in short.' })
  summary(@Parent() decision: DialogueDecision, @Context() ctx: GraphQLContext): string | null {
    return decision.summary ? textIn(decision.summary, ctx.locale) : null;
  }

  @ResolveField(() => [Translation])
  summaryTranslations(@Parent() decision: DialogueDecision): Translation[] {
    return decision.summary ? translationsOf(decision.summary) : [];
  }
}

/** Notification.dialogue (the rest of Notification lives in the notifications module). */
@Resolver(() => Notification)
export class NotificationDialogueResolver {
  constructor(private readonly service: DialoguesService) {}

  @ResolveField(() => Dialogue, { nullable: true, description: 'The dialogue concerned (DIALOGUE_* kinds); null when none.' })
  dialogue(@Parent() notification: Notification, @Context() ctx: GraphQLContext): Promise<Dialogue | null> {
    return this.service.dialogueOfNotification(ctx.viewer, notification.dialogueId, ctx.loaders);
  }
}
