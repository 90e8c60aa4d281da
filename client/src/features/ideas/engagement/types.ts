import type { ResultOf } from '../../../graphql/graphql';
import type { CommentFieldsFragment } from './engagement.graphql';

/** A comment unmasked, with its replies (always empty for a reply). */
export type CommentData = ResultOf<typeof CommentFieldsFragment> & { replies: readonly CommentData[] };
