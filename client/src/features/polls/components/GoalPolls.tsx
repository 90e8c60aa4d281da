import { NAMESPACES } from '@medskapa/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import type { ResultOf } from '../../../graphql/graphql';
import { AreaGoalPollsQuery } from '../pollPage.graphql';
import { PollStatusBadge } from './PollStatusBadge';

type GoalPoll = NonNullable<
  NonNullable<NonNullable<ResultOf<typeof AreaGoalPollsQuery>['municipality']>['currentStrategy']>['area']
>['goals'][number]['polls'][number];

/** The youth polls of every målbild of an area, in one request: a map from goal id to its polls. */
export function useAreaGoalPolls(slug: string, code: string): Map<string, readonly GoalPoll[]> {
  const [{ data }] = useQuery({ query: AreaGoalPollsQuery, variables: { slug, code }, pause: !slug || !code });
  const byGoal = new Map<string, readonly GoalPoll[]>();
  for (const goal of data?.municipality?.currentStrategy?.area?.goals ?? []) byGoal.set(goal.id, goal.polls);
  return byGoal;
}

/**
 * Under a målbild on the area page: the youth polls tagged to it (question, status, link).
 * Nothing at all when there are none, so målbilder without polls stay short.
 */
export function GoalPolls({ slug, polls }: { slug: string; polls: readonly GoalPoll[] | undefined }) {
  const { t } = useTranslation(NAMESPACES);
  const headingId = useId();
  if (!polls || polls.length === 0) return null;
  return (
    <section className="goal-polls" aria-labelledby={headingId}>
      <h3 id={headingId} className="goal-polls__heading">
        {t('pollResults:goalPolls.heading')}
      </h3>
      <ul className="goal-polls__list">
        {polls.map((poll) => (
          <li key={poll.id}>
            <Link to={paths.poll(slug, poll.id)}>{poll.question}</Link> <PollStatusBadge status={poll.status} />
          </li>
        ))}
      </ul>
    </section>
  );
}
