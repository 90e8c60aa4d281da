import { DialogueStatus } from '@medskapa/shared';
import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Viewer } from '../../common/viewer';
import type { GraphQLContext } from '../../graphql/context';
import { Idea } from '../ideas/idea.entity';
import { Poll } from '../polls/poll.entity';
import { Workshop } from '../workshops/workshop.entity';
import { DialogueContributionsLoaders } from './dialogue-contributions.loaders';
import { managesDialoguesOf } from './dialogue-link';
import { Dialogue } from './dialogue.entity';

/** What has been given to a dialogue: ideas, workshops, polls and, counted together, everything. */
@Resolver(() => Dialogue)
export class DialogueContributionsResolver {
  @ResolveField(() => Int, { description: 'Visible (not HIDDEN) ideas given to the dialogue.' })
  ideaCount(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.get(DialogueContributionsLoaders).ideaCountByDialogue.load(dialogue.id);
  }

  @ResolveField(() => [Workshop], { description: "The dialogue's workshops, by start (cancelled ones too, with cancelledAt)." })
  workshops(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): Promise<Workshop[]> {
    return ctx.loaders.get(DialogueContributionsLoaders).workshopsByDialogue.load(dialogue.id);
  }

  @ResolveField(() => [Poll], { description: "The dialogue's polls, by opening time." })
  polls(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): Promise<Poll[]> {
    return ctx.loaders.get(DialogueContributionsLoaders).pollsByDialogue.load(dialogue.id);
  }

  @ResolveField(() => Int, {
    description: 'Everything given so far: visible ideas + submitted survey responses + published workshop inputs + votes in its polls.',
  })
  contributionCount(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.get(DialogueContributionsLoaders).contributionCountByDialogue.load(dialogue.id);
  }
}

/** The dialogue a piece of content belongs to; a DRAFT dialogue only for those who manage it (null for others: drafts do not leak). */
async function visibleDialogue(dialogueId: string | null, viewer: Viewer | null, ctx: GraphQLContext): Promise<Dialogue | null> {
  if (!dialogueId) return null;
  const dialogue = await ctx.loaders.get(DialogueContributionsLoaders).dialogueById.load(dialogueId);
  if (!dialogue) return null;
  if (dialogue.status === DialogueStatus.DRAFT && !managesDialoguesOf(viewer, dialogue.municipalityId)) return null;
  return dialogue;
}

const DIALOGUE_FIELD = { nullable: true, description: 'The dialogue it was given to; null when none (or a draft dialogue you do not manage).' };

@Resolver(() => Idea)
export class IdeaDialogueResolver {
  @ResolveField(() => Dialogue, DIALOGUE_FIELD)
  dialogue(@Parent() idea: Idea, @Context() ctx: GraphQLContext): Promise<Dialogue | null> {
    return visibleDialogue(idea.dialogueId, ctx.viewer, ctx);
  }
}

@Resolver(() => Workshop)
export class WorkshopDialogueResolver {
  @ResolveField(() => Dialogue, DIALOGUE_FIELD)
  dialogue(@Parent() workshop: Workshop, @Context() ctx: GraphQLContext): Promise<Dialogue | null> {
    return visibleDialogue(workshop.dialogueId, ctx.viewer, ctx);
  }
}

@Resolver(() => Poll)
export class PollDialogueResolver {
  @ResolveField(() => Dialogue, DIALOGUE_FIELD)
  dialogue(@Parent() poll: Poll, @Context() ctx: GraphQLContext): Promise<Dialogue | null> {
    return visibleDialogue(poll.dialogueId, ctx.viewer, ctx);
  }
}
