import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { AreaGoalWorkshopInputsQuery } from '../outcome/outcome.graphql';
import '../outcome/outcome.css';

/** The published workshop inputs of every målbild of an area, in one request: goal id → count. */
export function useAreaGoalWorkshopInputs(slug: string, code: string): Map<string, number> {
  const [{ data }] = useQuery({ query: AreaGoalWorkshopInputsQuery, variables: { slug, code }, pause: !slug || !code });
  const byGoal = new Map<string, number>();
  for (const goal of data?.municipality?.currentStrategy?.area?.goals ?? []) byGoal.set(goal.id, goal.workshopInputCount);
  return byGoal;
}

/**
 * Under a målbild on the area page, beside its ideas and polls: "12 inlägg från workshoppar".
 * Nothing when there are none.
 */
export function GoalWorkshopInputs({ count }: { count: number | undefined }) {
  const { t } = useTranslation(NAMESPACES);
  if (!count) return null;
  return <p className="goal-workshop-inputs">{t('workshopOutcome:contributions.workshopInputs', { count })}</p>;
}
