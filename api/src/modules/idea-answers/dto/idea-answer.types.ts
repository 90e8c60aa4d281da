import { IdeaEventKind, IdeaStatus, type Locale } from '@medskapa/shared';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocaleEnum } from '../../../graphql/localized.types';
import { PublicAuthor } from '../../ideas/dto/idea.types';

registerEnumType(IdeaEventKind, {
  name: 'IdeaEventKind',
  description:
    'SUBMITTED; THRESHOLD_REACHED (enough supports, or exempt as written in a national minority language); STATUS_CHANGED; ANSWERED by the municipality; DECIDED (a council decision was recorded); HIDDEN and RESTORED by moderators.',
});

// ---------------------------------------------------------------- inputs

@InputType()
export class BodyTranslationInput {
  @Field({ description: 'sv, fi or fit.' })
  locale: string;

  @Field({ description: '10–5000 characters.' })
  body: string;
}

@InputType({ description: 'Where the decision can be found: body, meeting date, § and diarienummer, e.g. Kommunstyrelsen 2023-12-11 § 233, Dnr 2023-00439 103.' })
export class DecisionReferenceInput {
  @Field({ description: 'The deciding body, e.g. "Kommunstyrelsen" or "Kommunfullmäktige"; 2–100 characters.' })
  body: string;

  @Field({ description: 'The meeting date, YYYY-MM-DD.' })
  meetingDate: string;

  @Field({ description: '"§ 45" or "45" (stored as "§ 45"); a committee\'s "§ 109/23" too.' })
  paragraph: string;

  @Field({ description: 'Diarienummer: "2023-00439", optionally with the filing code ("2023-00439 103"); a leading "Dnr" is dropped.' })
  diaryNumber: string;

  @Field(() => String, { nullable: true, description: 'https:// link to the minutes.' })
  url?: string | null;
}

@InputType()
export class IdeaResponseInput {
  @Field(() => IdeaStatus, { description: 'ANSWERED, PLANNED, IN_PROGRESS, IMPLEMENTED or NOT_PLANNED.' })
  status: IdeaStatus;

  @Field({ description: 'The answer, 10–5000 characters, plain text.' })
  body: string;

  @Field(() => String, { nullable: true, description: 'The language of body: sv (default), fi or fit.' })
  bodyLocale?: string | null;

  @Field(() => [BodyTranslationInput], { nullable: true, description: 'The answer in the other languages.' })
  translations?: BodyTranslationInput[] | null;

  @Field(() => DecisionReferenceInput, { nullable: true, description: 'The council decision the answer refers to.' })
  decision?: DecisionReferenceInput | null;
}

@InputType()
export class AnswerTemplateInput {
  @Field({ description: '2–100 characters, unique in the municipality.' })
  name: string;

  @Field({ description: '10–5000 characters.' })
  body: string;

  @Field(() => String, { nullable: true, description: 'sv (default), fi or fit.' })
  bodyLocale?: string | null;

  @Field(() => [BodyTranslationInput], { nullable: true })
  translations?: BodyTranslationInput[] | null;

  @Field(() => IdeaStatus, { nullable: true, description: 'The status an answer from this template usually sets.' })
  status?: IdeaStatus | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears. A count and a per mille threshold cannot both be set.' })
export class IdeaSettingsInput {
  @Field(() => Int, { nullable: true, description: 'Residents, needed for a per mille threshold.' })
  population?: number | null;

  @Field(() => Int, { nullable: true, description: 'Supports that send an idea to review, 1–100000.' })
  supportThreshold?: number | null;

  @Field(() => Float, { nullable: true, description: 'Supports per 1000 residents (rounded up), at most two decimals.' })
  supportThresholdPerMille?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Ideas in a national minority language skip the threshold.' })
  minorityLanguageExempt?: boolean | null;
}

// ---------------------------------------------------------------- outputs

@ObjectType({ description: 'A text in one language.' })
export class BodyTranslation {
  @Field(() => LocaleEnum)
  locale: Locale;

  @Field()
  body: string;
}

@ObjectType({ description: 'Where a council decision can be found.' })
export class DecisionReference {
  @Field({ description: 'e.g. "Kommunstyrelsen".' })
  body: string;

  @Field({ description: 'YYYY-MM-DD.' })
  meetingDate: string;

  @Field({ description: 'e.g. "§ 218".' })
  paragraph: string;

  @Field({ description: 'Diarienummer, e.g. "2023-00497".' })
  diaryNumber: string;

  @Field(() => String, { nullable: true })
  url: string | null;
}

@ObjectType('IdeaResponse', { description: "The municipality's answer to an idea (återkoppling)." })
export class IdeaResponseView {
  ideaId: string;
  /** Read with the answer (one statement), so resolving it never depends on loader timing. */
  respondent: PublicAuthor | null;

  @Field({ description: "The answer in the reader's language, falling back fit → fi → sv, then to the original." })
  body: string;

  @Field(() => LocaleEnum, { description: 'The language of body as returned.' })
  bodyLocale: Locale;

  @Field(() => LocaleEnum, { description: 'The language the officer wrote the answer in.' })
  originalLocale: Locale;

  @Field(() => [BodyTranslation], { description: 'Every language the answer exists in, sv, fi, fit order.' })
  translations: BodyTranslation[];

  @Field()
  respondedAt: Date;

  @Field(() => DecisionReference, { nullable: true })
  decision: DecisionReference | null;
}

@ObjectType({ description: "One entry of an idea's public timeline, oldest first." })
export class IdeaTimelineEntry {
  /** Read with the entry (one statement), so resolving it never depends on loader timing. */
  actor: PublicAuthor | null;

  @Field(() => ID)
  id: string;

  @Field(() => IdeaEventKind)
  kind: IdeaEventKind;

  @Field()
  occurredAt: Date;

  @Field(() => IdeaStatus, { nullable: true })
  fromStatus: IdeaStatus | null;

  @Field(() => IdeaStatus, { nullable: true })
  toStatus: IdeaStatus | null;

  @Field(() => Int, { nullable: true, description: 'THRESHOLD_REACHED: the supports when it was reached.' })
  supportCount: number | null;

  @Field(() => Int, { nullable: true, description: 'THRESHOLD_REACHED: the threshold then in force.' })
  threshold: number | null;

  @Field(() => Boolean, { nullable: true, description: 'THRESHOLD_REACHED: true when exempt as written in a national minority language.' })
  exempt: boolean | null;

  @Field(() => DecisionReference, { nullable: true, description: 'DECIDED: the decision recorded.' })
  decision: DecisionReference | null;
}

@ObjectType('AnswerTemplate', { description: 'A reusable answer of a municipality.' })
export class AnswerTemplateView {
  bodies: Partial<Record<Locale, string>>;

  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => IdeaStatus, { nullable: true })
  status: IdeaStatus | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType({ description: "A municipality's rules for ideas." })
export class IdeaSettings {
  @Field(() => Int, { nullable: true, description: 'Residents, as the per mille threshold counts them.' })
  population: number | null;

  @Field(() => Int, { nullable: true, description: 'The supports an idea needs to go to review (per mille × population rounded up); null when there is no threshold.' })
  supportThreshold: number | null;

  @Field(() => Float, { nullable: true, description: 'Set when the threshold is per mille of the population.' })
  supportThresholdPerMille: number | null;

  @Field({ description: 'Ideas in a national minority language (Finnish, Meänkieli, Sami …) go to review without the threshold.' })
  minorityLanguageExempt: boolean;
}

export { PublicAuthor };
