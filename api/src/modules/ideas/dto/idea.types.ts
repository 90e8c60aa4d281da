import { IdeaOrder, IdeaStatus } from '@medskapa/shared';
import { Field, Float, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection';
import { Idea } from '../idea.entity';

registerEnumType(IdeaOrder, {
  name: 'IdeaOrder',
  description:
    'NEWEST first, MOST_SUPPORTED first, MOST_DISCUSSED (most comments) first, or RELEVANCE (best match to filter.search first; only with a search); ties newest id first.',
});

@InputType()
export class SubmitIdeaInput {
  @Field({ description: 'The municipality, e.g. "kalix".' })
  municipalitySlug: string;

  @Field({ description: '5–140 characters, plain text.' })
  title: string;

  @Field({ description: '20–5000 characters, plain text; stored exactly as typed (trimmed).' })
  body: string;

  @Field({ description: 'The language the idea is written in: sv, fi, fit or another ISO 639 code.' })
  locale: string;

  @Field(() => [ID], { description: '1–5 målbilder of the municipality\'s strategies.' })
  goalIds: string[];

  @Field(() => [ID], { nullable: true, description: 'Up to 10 places of the municipality.' })
  placeIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The dialogue the idea is given to: OPEN and of the same municipality (a DRAFT only for its managers); BAD_USER_INPUT on dialogueId otherwise.',
  })
  dialogueId?: string | null;
}

@InputType()
export class IdeaFilter {
  @Field()
  municipalitySlug: string;

  @Field(() => ID, { nullable: true, description: 'Ideas tagged to a målbild of this strategic area.' })
  areaId?: string | null;

  @Field(() => ID, { nullable: true })
  goalId?: string | null;

  @Field(() => ID, { nullable: true })
  placeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Ideas given to this dialogue.' })
  dialogueId?: string | null;

  @Field(() => IdeaStatus, { nullable: true, description: 'HIDDEN ideas are never listed.' })
  status?: IdeaStatus | null;

  @Field(() => String, { nullable: true, description: 'sv, fi, fit or another ISO 639 code.' })
  originalLocale?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Free text, at most 200 characters: full text in Swedish, Finnish and simple (Meänkieli) dictionaries, or trigram similarity. Ordered by RELEVANCE unless orderBy is given.',
  })
  search?: string | null;
}

@ObjectType({ description: 'A published idea near-identical to a draft, with its trigram similarity (0–1).' })
export class SimilarIdea {
  @Field(() => Idea)
  idea: Idea;

  @Field(() => Float)
  similarity: number;
}

@ObjectType({ description: 'The public face of a contributor: a name only. A deleted account shows removed: true, a null id and an empty name.' })
export class PublicAuthor {
  @Field(() => ID, { nullable: true })
  id: string | null;

  @Field()
  displayName: string;

  @Field()
  removed: boolean;
}

@ObjectType()
export class IdeaConnection extends Connection(Idea) {}
