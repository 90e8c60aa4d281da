import type { Locale } from '@medskapa/shared';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/context';
import { LocaleEnum } from '../../graphql/localized.types';
import { PublicAuthor } from '../ideas/dto/idea.types';
import { Idea } from '../ideas/idea.entity';
import { Municipality } from '../municipalities/municipality.entity';
import {
  AnswerTemplateInput,
  AnswerTemplateView,
  BodyTranslation,
  IdeaResponseInput,
  IdeaResponseView,
  IdeaSettings,
  IdeaSettingsInput,
  IdeaTimelineEntry,
} from './dto/idea-answer.types';
import { IdeaAnswersService, resolveBody, translationsOf } from './idea-answers.service';
import { IdeaSettingsService } from './idea-settings.service';

/** Answering ideas, and the answer and timeline fields of Idea. */
@Resolver(() => Idea)
export class IdeaAnswersResolver {
  constructor(private readonly service: IdeaAnswersService) {}

  @Mutation(() => Idea, {
    description:
      "Answers an idea and sets its status, replacing any earlier answer; followers are told. OFFICER of the idea's municipality; NOT_FOUND for a hidden idea; BAD_USER_INPUT naming each field.",
  })
  respondToIdea(
    @Args('ideaId', { type: () => ID }) ideaId: string,
    @Args('input', { type: () => IdeaResponseInput }) input: IdeaResponseInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Idea> {
    return this.service.respond(ctx.viewer, ideaId, input);
  }

  @Mutation(() => [Idea], {
    description: 'Gives 1–100 ideas the same answer, all or nothing. OFFICER of every idea\'s municipality.',
  })
  respondToIdeas(
    @Args('ideaIds', { type: () => [ID] }) ideaIds: string[],
    @Args('input', { type: () => IdeaResponseInput }) input: IdeaResponseInput,
    @Context() ctx: GraphQLContext,
  ): Promise<Idea[]> {
    return this.service.respondMany(ctx.viewer, ideaIds, input);
  }

  @ResolveField(() => IdeaResponseView, { nullable: true, description: "The municipality's answer; null until answered." })
  response(@Parent() idea: Idea, @Context() ctx: GraphQLContext): Promise<IdeaResponseView | null> {
    return this.service.responseOf(idea, ctx.locale, ctx.loaders);
  }

  @ResolveField(() => [IdeaTimelineEntry], { description: 'What happened to the idea, oldest first.' })
  timeline(@Parent() idea: Idea, @Context() ctx: GraphQLContext): Promise<IdeaTimelineEntry[]> {
    return this.service.timelineOf(idea, ctx.loaders);
  }
}

@Resolver(() => IdeaResponseView)
export class IdeaResponseResolver {
  constructor(private readonly service: IdeaAnswersService) {}

  @ResolveField(() => PublicAuthor, { nullable: true, description: 'The officer who answered, by name (an official capacity).' })
  respondent(@Parent() response: IdeaResponseView): PublicAuthor {
    return response.respondent ?? { id: null, displayName: '', removed: true };
  }
}

@Resolver(() => IdeaTimelineEntry)
export class IdeaTimelineEntryResolver {
  constructor(private readonly service: IdeaAnswersService) {}

  @ResolveField(() => PublicAuthor, { nullable: true, description: 'The author or officer who did it; null for the system (threshold) and for moderation.' })
  actor(@Parent() entry: IdeaTimelineEntry): PublicAuthor | null {
    return entry.actor;
  }
}

@Resolver(() => AnswerTemplateView)
export class AnswerTemplatesResolver {
  constructor(private readonly service: IdeaAnswersService) {}

  @Query(() => [AnswerTemplateView], { description: "The municipality's answer templates, by name. OFFICER." })
  answerTemplates(@Args('municipalitySlug') municipalitySlug: string, @Context() ctx: GraphQLContext): Promise<AnswerTemplateView[]> {
    return this.service.listTemplates(ctx.viewer, municipalitySlug);
  }

  @Mutation(() => AnswerTemplateView, { description: 'OFFICER; CONFLICT when the name is taken.' })
  createAnswerTemplate(
    @Args('municipalitySlug') municipalitySlug: string,
    @Args('input', { type: () => AnswerTemplateInput }) input: AnswerTemplateInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AnswerTemplateView> {
    return this.service.createTemplate(ctx.viewer, municipalitySlug, input);
  }

  @Mutation(() => AnswerTemplateView, { description: 'Replaces name, texts and status. OFFICER of its municipality.' })
  updateAnswerTemplate(
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => AnswerTemplateInput }) input: AnswerTemplateInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AnswerTemplateView> {
    return this.service.updateTemplate(ctx.viewer, id, input);
  }

  @Mutation(() => Boolean, { description: 'OFFICER of its municipality.' })
  deleteAnswerTemplate(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.service.deleteTemplate(ctx.viewer, id);
  }

  @ResolveField(() => String, { description: "The text in the reader's language (fit → fi → sv, then any)." })
  body(@Parent() template: AnswerTemplateView, @Context() ctx: GraphQLContext): string {
    return resolveBody(template.bodies, ctx.locale, null).body;
  }

  @ResolveField(() => LocaleEnum, { description: 'The language of body as returned.' })
  bodyLocale(@Parent() template: AnswerTemplateView, @Context() ctx: GraphQLContext): Locale {
    return resolveBody(template.bodies, ctx.locale, null).locale;
  }

  @ResolveField(() => [BodyTranslation])
  bodyTranslations(@Parent() template: AnswerTemplateView): BodyTranslation[] {
    return translationsOf(template.bodies);
  }
}

@Resolver(() => Municipality)
export class IdeaSettingsResolver {
  constructor(private readonly settings: IdeaSettingsService) {}

  @ResolveField(() => IdeaSettings, { description: 'The support threshold and the minority-language exemption. Public.' })
  ideaSettings(@Parent() municipality: Municipality): IdeaSettings {
    return this.settings.settingsOf(municipality);
  }

  @Mutation(() => IdeaSettings, { description: 'ADMIN of the municipality; audited. BAD_USER_INPUT naming each field.' })
  updateIdeaSettings(
    @Args('municipalitySlug') municipalitySlug: string,
    @Args('input', { type: () => IdeaSettingsInput }) input: IdeaSettingsInput,
    @Context() ctx: GraphQLContext,
  ): Promise<IdeaSettings> {
    return this.settings.update(ctx.viewer, municipalitySlug, input);
  }
}
