import { NAMESPACES } from '@medskapa/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { readFragment, type FragmentOf, type ResultOf } from '../../../graphql/graphql';
import { AREA_GOAL_SLOTS, AreaIdeasQuery, GoalIdeasFragment } from '../ideas.graphql';
import { writeFilters } from '../filters';

type GoalIdeas = ResultOf<typeof GoalIdeasFragment>;

/**
 * The ideas of each målbild of an area, in ONE request (an alias per målbild, see
 * AreaIdeasQuery): a map from goal id to its count and top three. Målbilder beyond the slots
 * are left out (their section still links to the filtered list).
 */
export function useAreaIdeas(slug: string, goalIds: readonly string[]): { byGoal: Map<string, GoalIdeas>; fetching: boolean } {
  const slots = goalIds.slice(0, AREA_GOAL_SLOTS);
  const variables: Record<string, string | boolean> = { slug };
  slots.forEach((goalId, index) => {
    variables[`g${index}`] = goalId;
    variables[`use${index}`] = true;
  });
  const [{ data, fetching }] = useQuery({
    query: AreaIdeasQuery,
    variables: variables as { slug: string },
    pause: !slug || slots.length === 0,
  });
  const byGoal = new Map<string, GoalIdeas>();
  if (data) {
    // The aliases i0…i11 are typed one by one; read them by index.
    const result = data as unknown as Record<string, FragmentOf<typeof GoalIdeasFragment> | null | undefined>;
    slots.forEach((goalId, index) => {
      const connection = result[`i${index}`];
      if (connection) byGoal.set(goalId, readFragment(GoalIdeasFragment, connection));
    });
  }
  return { byGoal, fetching };
}

/** Under a målbild on the area page: how many ideas are tagged to it, the three most supported, and a link to all. */
export function GoalIdeasSummary({ slug, goalId, ideas }: { slug: string; goalId: string; ideas: GoalIdeas | undefined }) {
  const { t } = useTranslation(NAMESPACES);
  const headingId = useId();
  const allLink = paths.ideas(slug, writeFilters({ goalId }));
  return (
    <section className="goal-ideas" aria-labelledby={headingId}>
      <h3 id={headingId} className="goal-ideas__heading">
        {t('ideas:areaView.heading')}
      </h3>
      {ideas && (
        <p>
          {ideas.totalCount === 0 ? t('ideas:areaView.none') : t('ideas:areaView.count', { count: ideas.totalCount })}
        </p>
      )}
      {ideas && ideas.edges.length > 0 && (
        <>
          <p id={`${headingId}-top`} className="goal-ideas__top">
            {t('ideas:areaView.top')}
          </p>
          <ol className="goal-ideas__list" aria-labelledby={`${headingId}-top`}>
            {ideas.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={paths.idea(slug, node.id)}>{node.title}</Link>{' '}
                <span className="muted">{t('ideas:card.supportCount', { count: node.supportCount })}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="action-list">
        {(!ideas || ideas.totalCount > 0) && <Link to={allLink}>{t('ideas:areaView.all')}</Link>}{' '}
        <Link to={paths.newIdea(slug)}>{t('ideas:areaView.submit')}</Link>
      </p>
    </section>
  );
}
