import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../../ui/form/useFormErrors';

export interface PollGoalArea {
  id: string;
  code: string;
  title: string;
  goals: readonly { id: string; code: string; title: string }[];
}

interface PollFormGoalsProps {
  form: FormErrors;
  legend: string;
  hint: string;
  areas: readonly PollGoalArea[];
  selected: readonly string[];
  onChange(selected: string[]): void;
}

/**
 * The målbilder to tag, one fieldset per strategic area inside a fieldset that asks the
 * question (as on the idea form); the error sits under the legend and the summary links to
 * the first checkbox.
 */
export function PollFormGoals({ form, legend, hint, areas, selected, onChange }: PollFormGoalsProps) {
  const { t } = useTranslation(NAMESPACES);
  const name = 'goalIds';
  const id = form.idOf(name);
  const error = form.errorOf(name);
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  const first = areas.find((a) => a.goals.length > 0)?.goals[0]?.id;
  const toggle = (value: string, checked: boolean) => onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));

  return (
    <fieldset
      className={['fieldset', 'field', error ? 'field--error' : ''].filter(Boolean).join(' ')}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
    >
      <legend className="field__label">{legend}</legend>
      <p className="field__hint" id={hintId}>
        {hint}
      </p>
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('common:form.errorPrefix')}</span> {error}
        </p>
      )}
      <p className="checkbox-count">{t('polls:form.goals.chosen', { count: selected.length })}</p>
      {areas.map((area) => (
        <fieldset key={area.id} className="fieldset fieldset--nested">
          <legend>{`${area.code} ${area.title}`}</legend>
          <div className="checkboxes">
            {area.goals.map((goal) => {
              const goalInputId = goal.id === first ? id : `${id}-${goal.id}`;
              return (
                <div className="checkbox" key={goal.id}>
                  <input
                    type="checkbox"
                    className="checkbox__input"
                    id={goalInputId}
                    name={name}
                    value={goal.id}
                    checked={selected.includes(goal.id)}
                    onChange={(event) => toggle(goal.id, event.target.checked)}
                    aria-invalid={error ? true : undefined}
                  />
                  <label className="checkbox__label" htmlFor={goalInputId}>
                    {`${goal.code} ${goal.title}`}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
