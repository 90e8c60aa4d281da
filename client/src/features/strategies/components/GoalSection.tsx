import { NAMESPACES } from '@medskapa/shared';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { readFragment, type FragmentOf } from '../../../graphql/graphql';
import { TranslationNote } from '../../../ui/TranslationNote';
import { GoalSectionFragment } from '../strategies.graphql';

/**
 * One målbild: its title (h2), its steps ("resan dit") in order, and its regional counterpart;
 * `children` (e.g. the ideas tagged to it) come last, under h3 headings of their own.
 */
export function GoalSection({ goal: goalRef, children }: { goal: FragmentOf<typeof GoalSectionFragment>; children?: ReactNode }) {
  const { t } = useTranslation(NAMESPACES);
  const goal = readFragment(GoalSectionFragment, goalRef);
  const headingId = useId();
  const stepsId = useId();
  return (
    <section className="goal" aria-labelledby={headingId}>
      <h2 id={headingId}>{goal.title}</h2>
      <TranslationNote status={goal.translationStatus} />
      {goal.steps.length > 0 && (
        <>
          <h3 id={stepsId} className="goal__steps-heading">
            {t('taxonomy:goal.steps')}
          </h3>
          <ol className="goal__steps" aria-labelledby={stepsId}>
            {goal.steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </>
      )}
      {goal.regionalGoal && (
        <p className="goal__regional">{t('taxonomy:goal.regional', { title: goal.regionalGoal.title })}</p>
      )}
      {children}
    </section>
  );
}
