import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Dialogue } from '../dialogues/dialogue.entity';
import { Survey } from './survey.entity';
import { SurveysService } from './surveys.service';

/** Dialogue.surveys lives here: the surveys module depends on dialogues, never the reverse. */
@Resolver(() => Dialogue)
export class DialogueSurveysResolver {
  constructor(private readonly service: SurveysService) {}

  @ResolveField(() => [Survey], {
    description: "The dialogue's surveys, the newest version per series, newest first: managers see drafts too; everyone else PUBLISHED and CLOSED only.",
  })
  surveys(@Parent() dialogue: Dialogue, @Context() ctx: GraphQLContext): Promise<Survey[]> {
    return this.service.surveysOfDialogue(ctx.viewer, dialogue, ctx.loaders);
  }
}
