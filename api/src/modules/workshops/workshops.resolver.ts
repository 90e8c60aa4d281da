import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Translation } from '../../graphql/localized.types';
import { Municipality } from '../municipalities/municipality.entity';
import { Organization } from '../organizations/organization.entity';
import { Place } from '../places/place.entity';
import { Goal } from '../strategies/goal.entity';
import { TranslationStatus, LOCALES, type Locale } from '@medskapa/shared';
import { CreateWorkshopInput, UpdateWorkshopInput, WorkshopConnection, WorkshopFilter, WorkshopSignupInput, WorkshopSignupView, WorkshopWhen } from './dto/workshop.types';
import { WorkshopSignupsService } from './workshop-signups.service';
import { Workshop } from './workshop.entity';
import { WorkshopsService, workshopText } from './workshops.service';

/** Every language in the order sv, fi, fit: REVIEWED where the organizer wrote a text (it is theirs), MISSING elsewhere. */
function translationsOf(texts: Record<string, string> | null): Translation[] {
  return LOCALES.map((locale: Locale) => {
    const text = texts?.[locale];
    return text && text.trim() !== '' ? { locale, text, status: TranslationStatus.REVIEWED } : { locale, text: '', status: TranslationStatus.MISSING };
  });
}

@Resolver(() => Workshop)
export class WorkshopsResolver {
  constructor(
    private readonly service: WorkshopsService,
    private readonly signups: WorkshopSignupsService,
  ) {}

  // ---------------------------------------------------------------- queries

  @Query(() => Workshop, { nullable: true, description: 'Public, cancelled ones too. NOT_FOUND for an unknown id.' })
  workshop(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<Workshop> {
    return this.service.byId(id, ctx.loaders);
  }

  @Query(() => WorkshopConnection, {
    description:
      "A municipality's workshops, public. UPCOMING (not yet ended) soonest first, PAST latest first, ALL (the default) latest start first. Cancelled workshops are included with cancelledAt set.",
  })
  workshops(
    @Args('filter', { type: () => WorkshopFilter }) filter: WorkshopFilter,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.list({
      municipalitySlug: filter.municipalitySlug,
      placeId: filter.placeId ?? null,
      organizationId: filter.organizationId ?? null,
      goalId: filter.goalId ?? null,
      dialogueId: filter.dialogueId ?? null,
      when: filter.when ?? WorkshopWhen.ALL,
      first,
      after,
    });
  }

  @Query(() => [WorkshopSignupView], { description: "Who signed up, oldest first; for the workshop's managers." })
  workshopSignups(@Args('workshopId', { type: () => ID }) workshopId: string, @Context() ctx: GraphQLContext): Promise<WorkshopSignupView[]> {
    return this.signups.signupsOf(ctx.viewer, workshopId);
  }

  // ---------------------------------------------------------------- planning

  @Mutation(() => Workshop, {
    description:
      'LEADER of an APPROVED organization (any kind) or officer of its municipality; audited. BAD_USER_INPUT naming each field (also for a personnummer, phone number or e-mail address in title or description).',
  })
  createWorkshop(@Args('input') input: CreateWorkshopInput, @Context() ctx: GraphQLContext): Promise<Workshop> {
    return this.service.create(ctx.viewer, input);
  }

  @Mutation(() => Workshop, { description: 'Replaces every field; managers only; CONFLICT (WORKSHOP_CANCELLED) once cancelled. Audited.' })
  updateWorkshop(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateWorkshopInput, @Context() ctx: GraphQLContext): Promise<Workshop> {
    return this.service.update(ctx.viewer, id, input);
  }

  @Mutation(() => Workshop, {
    description: 'Managers only; audited. Everyone signed up gets an e-mail in their language with the reason (2–1000 characters). Cancelling again changes nothing.',
  })
  cancelWorkshop(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string, @Context() ctx: GraphQLContext): Promise<Workshop> {
    return this.service.cancel(ctx.viewer, id, reason);
  }

  // ---------------------------------------------------------------- sign-ups

  @Mutation(() => Workshop, {
    description:
      'Signed in: your account (input ignored except locale). Signed out: name and email (rate-limited per client). A confirmation with a cancel link goes out by e-mail. Signing up again is a success that changes and sends nothing. CONFLICT with reason SIGNUP_CLOSED (sign-ups off, cancelled or started) or WORKSHOP_FULL.',
  })
  signUpForWorkshop(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @Args('input', { type: () => WorkshopSignupInput, nullable: true }) input: WorkshopSignupInput | null,
    @Context() ctx: GraphQLContext,
  ): Promise<Workshop> {
    return this.signups.signUp(ctx.viewer, workshopId, input, ctx.clientAddress);
  }

  @Mutation(() => Workshop, { description: 'Cancels your own sign-up (signed in); nothing happens when you are not signed up.' })
  cancelWorkshopSignup(@Args('workshopId', { type: () => ID }) workshopId: string, @Context() ctx: GraphQLContext): Promise<Workshop> {
    return this.signups.cancelMine(ctx.viewer, workshopId);
  }

  @Mutation(() => Workshop, { description: 'The cancel link of the confirmation e-mail; no account needed. NOT_FOUND once used or after the workshop.' })
  cancelWorkshopSignupByToken(@Args('token') token: string): Promise<Workshop> {
    return this.signups.cancelByToken(token);
  }

  @Mutation(() => Int, {
    description: "Managers only: e-mails the text to everyone signed up, each in their language's frame; returns how many. At most 10 a day per workshop; audited.",
  })
  messageWorkshopSignups(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @Args('subject', { description: '2–150 characters, one line.' }) subject: string,
    @Args('body', { description: '2–5000 characters.' }) body: string,
    @Context() ctx: GraphQLContext,
  ): Promise<number> {
    return this.signups.message(ctx.viewer, workshopId, subject, body);
  }

  // ---------------------------------------------------------------- fields

  @ResolveField(() => String, { description: "In the reader's language, else fit → fi → sv, the original, then any." })
  title(@Parent() workshop: Workshop, @Context() ctx: GraphQLContext): string {
    return workshopText(workshop.title, ctx.locale, workshop.originalLocale) ?? '';
  }

  @ResolveField(() => [Translation], { description: 'sv, fi, fit: REVIEWED where the organizer wrote it, MISSING elsewhere.' })
  titleTranslations(@Parent() workshop: Workshop): Translation[] {
    return translationsOf(workshop.title);
  }

  @ResolveField(() => String, { nullable: true, description: "In the reader's language, with the same fallback as title." })
  description(@Parent() workshop: Workshop, @Context() ctx: GraphQLContext): string | null {
    return workshopText(workshop.description, ctx.locale, workshop.originalLocale);
  }

  @ResolveField(() => [Translation])
  descriptionTranslations(@Parent() workshop: Workshop): Translation[] {
    return translationsOf(workshop.description);
  }

  @ResolveField(() => Place, { nullable: true })
  place(@Parent() workshop: Workshop, @Context() ctx: GraphQLContext): Promise<Place | null> {
    return this.service.placeOf(workshop, ctx.loaders);
  }

  @ResolveField(() => Organization)
  organization(@Parent() workshop: Workshop, @Context() ctx: GraphQLContext): Promise<Organization> {
    return this.service.organizationOf(workshop, ctx.loaders);
  }

  @ResolveField(() => Municipality)
  municipality(@Parent() workshop: Workshop, @Context() ctx: GraphQLContext): Promise<Municipality> {
    return this.service.municipalityOf(workshop, ctx.loaders);
  }

  @ResolveField(() => [Goal], { description: 'The målbilder the workshop is about.' })
  goals(@Parent() workshop: Workshop, @Context() ctx: GraphQLContext): Promise<Goal[]> {
    return this.service.goalsOf(workshop, ctx.loaders);
  }

  @ResolveField(() => Int, { description: 'How many signed up (with or without an account).' })
  signupCount(@Parent() workshop: Workshop, @Context() ctx: GraphQLContext): Promise<number> {
    return this.service.signupCountOf(workshop, ctx.loaders);
  }

  @ResolveField(() => Boolean, { description: 'Whether you (signed in) are signed up; false when signed out.' })
  viewerSignedUp(@Parent() workshop: Workshop, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.service.viewerSignedUp(ctx.viewer, workshop, ctx.loaders);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may change and cancel the workshop, see who signed up and write to them.' })
  viewerCanManage(@Parent() workshop: Workshop, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.service.canManage(ctx.viewer, workshop, ctx.loaders);
  }

  @ResolveField(() => String, { description: 'The iCalendar file of the workshop, relative to the site: /workshops/<id>.ics.' })
  icsUrl(@Parent() workshop: Workshop): string {
    return `/workshops/${workshop.id}.ics`;
  }
}
