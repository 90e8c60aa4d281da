import { DialoguePhaseKind, DialogueTargetGroup, type Locale } from '@medskapa/shared';
import { Field, ID, InputType } from '@nestjs/graphql';
import { LocaleEnum, LocalizedTextInput } from '../../../graphql/localized.types';

@InputType({ description: 'One phase of a dialogue; dates YYYY-MM-DD, both days included.' })
export class DialoguePhaseInput {
  @Field(() => DialoguePhaseKind)
  kind: DialoguePhaseKind;

  @Field()
  startsOn: string;

  @Field()
  endsOn: string;

  @Field(() => LocalizedTextInput, { nullable: true })
  description?: LocalizedTextInput | null;
}

@InputType({ description: 'Everything an officer writes about a dialogue (the whole definition; replaces the previous one).' })
export class DialogueInput {
  @Field(() => LocalizedTextInput)
  title: LocalizedTextInput;

  @Field(() => LocalizedTextInput)
  purpose: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { description: 'How the input will be used: the promise to residents.' })
  promise: LocalizedTextInput;

  @Field(() => String, { nullable: true })
  decisionMaker?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  decisionExpectedOn?: string | null;

  @Field(() => [DialogueTargetGroup])
  targetGroups: DialogueTargetGroup[];

  @Field(() => [ID], { description: "Målbilder of the municipality's own strategies." })
  goalIds: string[];

  @Field(() => [ID], { description: "Places of the municipality." })
  placeIds: string[];

  @Field(() => [DialoguePhaseInput], { description: 'Each kind at most once, in the order INFORM, COLLECT, ANALYSE, FEEDBACK, without overlapping.' })
  phases: DialoguePhaseInput[];

  @Field(() => [LocaleEnum], { nullable: true, description: 'Languages whose texts are machine-assisted translations (not yet reviewed).' })
  machineAssistedLocales?: Locale[] | null;
}

@InputType({ description: 'The återkoppling: what we heard and what happens now.' })
export class DialogueFeedbackInput {
  @Field(() => LocalizedTextInput)
  whatWeHeard: LocalizedTextInput;

  @Field(() => LocalizedTextInput)
  whatHappensNow: LocalizedTextInput;

  @Field(() => [LocaleEnum], { nullable: true })
  machineAssistedLocales?: Locale[] | null;
}

@InputType({ description: 'A council decision (the same rules as idea decisions) with an optional short summary.' })
export class DialogueDecisionInput {
  @Field({ description: 'e.g. "Kommunstyrelsen".' })
  body: string;

  @Field({ description: 'YYYY-MM-DD.' })
  meetingDate: string;

  @Field({ description: '"§ 45" or "45".' })
  paragraph: string;

  @Field({ description: 'Diarienummer, e.g. "2023-00439".' })
  diaryNumber: string;

  @Field(() => String, { nullable: true, description: 'https:// link to the minutes.' })
  url?: string | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  summary?: LocalizedTextInput | null;
}
