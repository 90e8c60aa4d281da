import {
  NAMESPACES,
  updateWorkshopInputSchema,
  WORKSHOP_DOT_VOTES_MAX,
  WORKSHOP_INPUT_GOALS_MAX,
  WORKSHOP_INPUT_TEXT_MAX_LENGTH,
} from '@medskapa/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { fieldOfPath, serverFieldErrors } from '../../../graphql/errors';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { RadioGroupField, SelectField, TextAreaField, TextField } from '../../../ui/form/fields';
import { useFormErrors, type FormError } from '../../../ui/form/useFormErrors';
import { PollFormGoals } from '../../polls/components/PollFormGoals';
import { reviewErrorMessage } from './reviewErrors';
import { UpdateWorkshopInputMutation } from './outcome.graphql';

export interface ReviewArea {
  id: string;
  code: string;
  title: string;
  goals: readonly { id: string; code: string; title: string }[];
}

export interface ReviewPlace {
  id: string;
  name: string;
}

export interface EditableInput {
  id: string;
  text: string;
  priority?: number | null;
  dotVotes?: number | null;
  goals: readonly { id: string }[];
  place?: { id: string } | null;
}

type Weight = 'none' | 'priority' | 'dotVotes';

const FIELDS = new Set(['text', 'goalIds', 'priority', 'dotVotes', 'placeId']);

/**
 * One DRAFT input edited in place: text, målbilder, priority or dot votes, place. Every field is
 * sent (updateWorkshopInput replaces them all); problems show in a summary and beside the field.
 */
export function WorkshopInputEditForm({
  input,
  number,
  areas,
  places,
  onSaved,
  onCancel,
}: {
  input: EditableInput;
  number: number;
  areas: readonly ReviewArea[];
  places: readonly ReviewPlace[];
  onSaved(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation(NAMESPACES);
  const form = useFormErrors(`workshop-input-${input.id}`);
  const [text, setText] = useState(input.text);
  const [goalIds, setGoalIds] = useState<string[]>(input.goals.map((goal) => goal.id));
  const [weight, setWeight] = useState<Weight>(input.priority != null ? 'priority' : input.dotVotes != null ? 'dotVotes' : 'none');
  const [priority, setPriority] = useState(String(input.priority ?? 1));
  const [dotVotes, setDotVotes] = useState(input.dotVotes != null ? String(input.dotVotes) : '0');
  const [placeId, setPlaceId] = useState(input.place?.id ?? '');
  const [{ fetching }, update] = useMutation(UpdateWorkshopInputMutation);

  // Straight into the text when the form opens.
  const textId = form.idOf('text');
  useEffect(() => {
    document.getElementById(textId)?.focus();
  }, [textId]);

  const localErrors = (): FormError[] => {
    const errors: FormError[] = [];
    const trimmed = text.trim();
    if (!trimmed) errors.push({ field: 'text', message: t('workshopOutcome:review.form.errors.textRequired') });
    else if (trimmed.length > WORKSHOP_INPUT_TEXT_MAX_LENGTH) {
      errors.push({ field: 'text', message: t('workshopOutcome:review.form.errors.textTooLong', { max: WORKSHOP_INPUT_TEXT_MAX_LENGTH }) });
    }
    if (goalIds.length > WORKSHOP_INPUT_GOALS_MAX) {
      errors.push({ field: 'goalIds', message: t('workshopOutcome:review.form.errors.goalsMax', { max: WORKSHOP_INPUT_GOALS_MAX }) });
    }
    if (weight === 'dotVotes' && !/^\d+$/.test(dotVotes.trim())) {
      errors.push({ field: 'dotVotes', message: t('workshopOutcome:review.form.errors.dotVotes', { max: WORKSHOP_DOT_VOTES_MAX }) });
    }
    return errors;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = localErrors();
    const parsed = updateWorkshopInputSchema.safeParse({
      text,
      goalIds,
      priority: weight === 'priority' ? Number(priority) : null,
      dotVotes: weight === 'dotVotes' ? Number(dotVotes.trim()) : null,
      placeId: placeId || null,
    });
    if (errors.length === 0 && !parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (field === 'dotVotes') errors.push({ field, message: t('workshopOutcome:review.form.errors.dotVotes', { max: WORKSHOP_DOT_VOTES_MAX }) });
        else if (field === 'priority') errors.push({ field, message: t('workshopOutcome:review.form.errors.priority') });
        else if (field === 'goalIds') errors.push({ field, message: t('workshopOutcome:review.form.errors.goalsMax', { max: WORKSHOP_INPUT_GOALS_MAX }) });
        else errors.push({ field: 'text', message: t('workshopOutcome:review.form.errors.textRequired') });
      }
    }
    if (errors.length > 0 || !parsed.success) return form.show(errors);

    const result = await update({ id: input.id, input: parsed.data });
    if (result.error || !result.data) {
      const fieldErrors = serverFieldErrors(result.error).map(({ path, message }) => {
        const field = fieldOfPath(path);
        return FIELDS.has(field) ? { field, message } : { message };
      });
      if (fieldErrors.length > 0) return form.show(fieldErrors);
      return form.show([{ message: result.error ? reviewErrorMessage(t, result.error) : t('errors:INTERNAL_SERVER_ERROR') }]);
    }
    form.clear();
    onSaved();
  };

  return (
    <form className="form workshop-review__form" noValidate onSubmit={onSubmit}>
      <fieldset className="fieldset">
        <legend>{t('workshopOutcome:review.form.legend', { number })}</legend>
        <ErrorSummary form={form} />
        <TextAreaField
          form={form}
          name="text"
          label={t('workshopOutcome:review.form.text')}
          value={text}
          onValueChange={setText}
          rows={4}
          maxLength={WORKSHOP_INPUT_TEXT_MAX_LENGTH}
          required
        />
        {areas.length > 0 && (
          <PollFormGoals
            form={form}
            legend={t('workshopOutcome:review.form.goals')}
            hint={t('workshopOutcome:review.form.goalsHint', { max: WORKSHOP_INPUT_GOALS_MAX })}
            areas={areas}
            selected={goalIds}
            onChange={setGoalIds}
          />
        )}
        <RadioGroupField<Weight>
          form={form}
          name="weight"
          legend={t('workshopOutcome:review.form.weight')}
          options={[
            { value: 'none', label: t('workshopOutcome:review.form.weightNone') },
            { value: 'priority', label: t('workshopOutcome:review.form.weightPriority') },
            { value: 'dotVotes', label: t('workshopOutcome:review.form.weightDotVotes') },
          ]}
          value={weight}
          onValueChange={setWeight}
        />
        {weight === 'priority' && (
          <SelectField form={form} name="priority" label={t('workshopOutcome:review.form.priority')} value={priority} onValueChange={setPriority}>
            {['1', '2', '3'].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </SelectField>
        )}
        {weight === 'dotVotes' && (
          <TextField
            form={form}
            name="dotVotes"
            label={t('workshopOutcome:review.form.dotVotes')}
            inputMode="numeric"
            value={dotVotes}
            onValueChange={setDotVotes}
          />
        )}
        {places.length > 0 && (
          <SelectField form={form} name="placeId" label={t('workshopOutcome:review.form.place')} value={placeId} onValueChange={setPlaceId}>
            <option value="">{t('workshopOutcome:review.form.placeDefault')}</option>
            {places.map((place) => (
              <option key={place.id} value={place.id}>
                {place.name}
              </option>
            ))}
          </SelectField>
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={fetching}>
            {t('workshopOutcome:review.form.save')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('workshopOutcome:review.form.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
