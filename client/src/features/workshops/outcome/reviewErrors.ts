import type { CombinedError } from 'urql';
import { errorMessageKey } from '../../../graphql/errors';
import type { Translate } from '../../../i18n/translate';

/** The `reason` of a CONFLICT, e.g. OUTCOME_EMPTY. */
export function conflictReason(error: CombinedError): string | undefined {
  for (const graphQLError of error.graphQLErrors) {
    const reason = graphQLError.extensions?.reason;
    if (typeof reason === 'string') return reason;
  }
  return undefined;
}

/** A message for a failed review action; OUTCOME_PUBLISHED is explained in words. */
export function reviewErrorMessage(t: Translate, error: CombinedError): string {
  if (conflictReason(error) === 'OUTCOME_PUBLISHED') return t('workshopOutcome:review.alreadyPublished');
  return t(`errors:${errorMessageKey(error)}`);
}
