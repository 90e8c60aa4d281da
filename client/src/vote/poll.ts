import { FALLBACK_CHAIN, type Locale } from '@medskapa/shared';
import { requestGraphQL } from './graphql';

export type PollStatus = 'SCHEDULED' | 'OPEN' | 'CLOSED';

export interface Translation {
  locale: string;
  text: string;
}

export interface VotePoll {
  id: string;
  status: PollStatus;
  opensAt: string;
  closesAt: string;
  liveResults: boolean;
  questionTranslations: Translation[];
  descriptionTranslations: Translation[];
  options: Array<{ id: string; textTranslations: Translation[] }>;
  organization: { name: string; municipality: { slug: string; name: string } };
}

export interface VoteReceipt {
  pollId: string;
  optionId: string;
  receiptCode: string;
  castAt: string;
}

/** Every language at once, so switching language on the page needs no new request. */
const POLL_BY_SHORT_CODE = `query VotePoll($shortCode: String!) {
  pollByShortCode(shortCode: $shortCode) {
    id status opensAt closesAt liveResults
    questionTranslations { locale text }
    descriptionTranslations { locale text }
    options { id textTranslations { locale text } }
    organization { name municipality { slug name } }
  }
}`;

const CAST_VOTE = `mutation CastVote($pollId: ID!, $optionId: ID!, $voterCode: String!) {
  castVote(pollId: $pollId, optionId: $optionId, voterCode: $voterCode) { pollId optionId receiptCode castAt }
}`;

/** The poll of a short link, or null when there is none. */
export async function fetchPoll(shortCode: string): Promise<VotePoll | null> {
  const data = await requestGraphQL<{ pollByShortCode: VotePoll | null }>(POLL_BY_SHORT_CODE, { shortCode });
  return data.pollByShortCode;
}

export async function castVote(pollId: string, optionId: string, voterCode: string): Promise<VoteReceipt> {
  const data = await requestGraphQL<{ castVote: VoteReceipt }>(CAST_VOTE, { pollId, optionId, voterCode });
  return data.castVote;
}

/** The text in `language`, else in its fallbacks (fit → fi → sv), else any non-empty one. */
export function pickTranslation(translations: readonly Translation[], language: Locale): string {
  for (const locale of FALLBACK_CHAIN[language]) {
    const found = translations.find((t) => t.locale === locale && t.text.trim() !== '');
    if (found) return found.text;
  }
  return translations.find((t) => t.text.trim() !== '')?.text ?? '';
}
