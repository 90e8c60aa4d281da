import { NAMESPACES, SurveyQuestionType } from '@medskapa/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '../../../ui/form/fields';
import type { FormErrors } from '../../../ui/form/useFormErrors';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { BuilderText } from './BuilderText';
import { optionLimits } from './builderValidation';
import {
  allowsOther,
  hasMaxChoices,
  hasOptions,
  newOption,
  QUESTION_TYPES,
  type BuilderLanguage,
  type OptionDraft,
  type QuestionDraft,
  type SurveyDraft,
} from './surveyDraft';

export interface GoalArea {
  id: string;
  code: string;
  title: string;
  goals: readonly { id: string; code: string; title: string }[];
}

interface BuilderQuestionProps {
  form: FormErrors;
  draft: SurveyDraft;
  lang: BuilderLanguage;
  /** `sections-0-questions-2`. */
  base: string;
  question: QuestionDraft;
  number: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
  /** Earlier SINGLE/MULTI questions with their numbers, for the condition. */
  candidates: readonly { question: QuestionDraft; number: number }[];
  places: readonly { id: string; name: string }[];
  areas: readonly GoalArea[];
  onChange(question: QuestionDraft): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
  onDuplicate(): void;
  /** Focus the element with this `data-focus-key` after the next render. */
  requestFocus(key: string): void;
}

/** A visible button text with the thing it acts on for screen readers: "Flytta upp (fråga 3)". */
export function ButtonText({ text, suffix }: { text: string; suffix: string }) {
  return (
    <>
      {text}{' '}
      <span className="visually-hidden">{suffix}</span>
    </>
  );
}

/** One question of the builder: type, texts, required, and the settings of its type. */
export function BuilderQuestion(props: BuilderQuestionProps) {
  const { form, draft, lang, base, question, number, onChange } = props;
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const suffix = t('surveyBuilder:questions.suffix', { number });
  const set = <K extends keyof QuestionDraft>(key: K, value: QuestionDraft[K]) => onChange({ ...question, [key]: value });
  const headingId = `${form.idOf(base)}-heading`;

  const setType = (type: SurveyQuestionType) => {
    // A choice question needs options to be useful: give it two empty ones if it has none.
    const options = hasOptions(type) && question.options.length === 0 ? [newOption(), newOption()] : question.options;
    onChange({ ...question, type, options });
  };

  return (
    <section className="survey-builder__question" aria-labelledby={headingId} data-question-id={question.id}>
      <h3 id={headingId} tabIndex={-1} data-focus-key={`question-${question.id}-heading`} className="survey-builder__question-heading">
        {t('surveyBuilder:questions.heading', { number })}
      </h3>
      <SelectField
        form={form}
        name={`${base}-type`}
        label={t('surveyBuilder:questions.type', { number })}
        value={question.type}
        onValueChange={(value) => setType(value as SurveyQuestionType)}
        data-focus-key={`question-${question.id}-type`}
      >
        {QUESTION_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`surveyBuilder:questions.types.${type}`)}
          </option>
        ))}
      </SelectField>
      <BuilderText form={form} draft={draft} field={`${base}-prompt`} lang={lang} texts={question.prompt} onChange={(texts) => set('prompt', texts)} />
      <BuilderText form={form} draft={draft} field={`${base}-help`} lang={lang} texts={question.help} onChange={(texts) => set('help', texts)} multiline />
      <CheckboxField
        form={form}
        name={`${base}-required`}
        label={<ButtonText text={t('surveyBuilder:questions.required')} suffix={suffix} />}
        checked={question.required}
        onCheckedChange={(checked) => set('required', checked)}
      />

      {hasOptions(question.type) && (
        <QuestionOptions {...props} suffixOf={(option) => t('surveyBuilder:questions.options.suffix', { number, option })} announce={announce} />
      )}
      {allowsOther(question.type) && (
        <CheckboxField
          form={form}
          name={`${base}-allowOther`}
          label={<ButtonText text={t('surveyBuilder:questions.allowOther')} suffix={suffix} />}
          checked={question.allowOther}
          onCheckedChange={(checked) => set('allowOther', checked)}
        />
      )}
      {question.type === SurveyQuestionType.SCALE && (
        <div className="survey-builder__scale">
          <BuilderText
            form={form}
            draft={draft}
            field={`${base}-scaleMinLabel`}
            lang={lang}
            texts={question.scaleMinLabel}
            onChange={(texts) => set('scaleMinLabel', texts)}
          />
          <BuilderText
            form={form}
            draft={draft}
            field={`${base}-scaleMaxLabel`}
            lang={lang}
            texts={question.scaleMaxLabel}
            onChange={(texts) => set('scaleMaxLabel', texts)}
          />
        </div>
      )}
      {question.type === SurveyQuestionType.PLACE && (
        <CheckboxGroup
          form={form}
          name={`${base}-placeIds`}
          legend={t('surveyBuilder:questions.places.legend', { number })}
          hint={t('surveyBuilder:questions.places.hint')}
        >
          <Checkboxes
            idPrefix={form.idOf(`${base}-placeIds`)}
            items={props.places.map((place) => ({ id: place.id, label: place.name }))}
            selected={question.placeIds}
            onChange={(placeIds) => set('placeIds', placeIds)}
          />
        </CheckboxGroup>
      )}
      {question.type === SurveyQuestionType.GOAL && (
        <CheckboxGroup
          form={form}
          name={`${base}-goalIds`}
          legend={t('surveyBuilder:questions.goals.legend', { number })}
          hint={t('surveyBuilder:questions.goals.hint')}
        >
          {props.areas.map((area) => (
            <fieldset key={area.id} className="fieldset fieldset--nested">
              <legend>{`${area.code} ${area.title}`}</legend>
              <Checkboxes
                idPrefix={`${form.idOf(`${base}-goalIds`)}-${area.id}`}
                items={area.goals.map((goal) => ({ id: goal.id, label: `${goal.code} ${goal.title}` }))}
                selected={question.goalIds}
                onChange={(goalIds) => set('goalIds', goalIds)}
              />
            </fieldset>
          ))}
        </CheckboxGroup>
      )}
      {hasMaxChoices(question.type) && (
        <TextField
          form={form}
          name={`${base}-maxChoices`}
          type="number"
          inputMode="numeric"
          min={1}
          className="field--short"
          label={t('surveyBuilder:questions.maxChoices.label', { number })}
          hint={t('surveyBuilder:questions.maxChoices.hint')}
          value={question.maxChoices}
          onValueChange={(value) => set('maxChoices', value)}
        />
      )}

      <QuestionCondition {...props} />

      <div className="button-row">
        <button
          type="button"
          className="button button--small"
          data-focus-key={`question-${question.id}-moveUp`}
          disabled={!props.canMoveUp}
          onClick={() => props.onMove(-1)}
        >
          <ButtonText text={t('surveyBuilder:questions.moveUp')} suffix={suffix} />
        </button>
        <button
          type="button"
          className="button button--small"
          data-focus-key={`question-${question.id}-moveDown`}
          disabled={!props.canMoveDown}
          onClick={() => props.onMove(1)}
        >
          <ButtonText text={t('surveyBuilder:questions.moveDown')} suffix={suffix} />
        </button>
        <button type="button" className="button button--small" onClick={props.onDuplicate}>
          <ButtonText text={t('surveyBuilder:questions.duplicate')} suffix={suffix} />
        </button>
        <button type="button" className="button button--small button--danger" onClick={props.onRemove}>
          <ButtonText text={t('surveyBuilder:questions.remove')} suffix={suffix} />
        </button>
      </div>
    </section>
  );
}

/** A fieldset of checkboxes with its legend, hint and error (the summary links to the error). */
function CheckboxGroup({ form, name, legend, hint, children }: { form: FormErrors; name: string; legend: string; hint?: string; children: ReactNode }) {
  const { t } = useTranslation(NAMESPACES);
  const id = form.idOf(name);
  const error = form.errorOf(name);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <fieldset
      className={['fieldset', 'field', error ? 'field--error' : ''].filter(Boolean).join(' ')}
      aria-describedby={[hintId, error ? id : undefined].filter(Boolean).join(' ') || undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={id} tabIndex={-1}>
          <span className="visually-hidden">{t('common:form.errorPrefix')}</span> {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

function Checkboxes({
  idPrefix,
  items,
  selected,
  onChange,
}: {
  idPrefix: string;
  items: readonly { id: string; label: string }[];
  selected: readonly string[];
  onChange(selected: string[]): void;
}) {
  return (
    <div className="checkboxes">
      {items.map((item) => {
        const id = `${idPrefix}-${item.id}`;
        return (
          <div className="checkbox" key={item.id}>
            <input
              type="checkbox"
              className="checkbox__input"
              id={id}
              checked={selected.includes(item.id)}
              onChange={(event) => onChange(event.target.checked ? [...selected, item.id] : selected.filter((v) => v !== item.id))}
            />
            <label className="checkbox__label" htmlFor={id}>
              {item.label}
            </label>
          </div>
        );
      })}
    </div>
  );
}

function QuestionOptions({
  form,
  draft,
  lang,
  base,
  question,
  number,
  onChange,
  requestFocus,
  suffixOf,
  announce,
}: BuilderQuestionProps & { suffixOf(option: number): string; announce(message: string): void }) {
  const { t } = useTranslation(NAMESPACES);
  const { min, max } = optionLimits(question.type);
  const options = question.options;
  const setOptions = (next: OptionDraft[]) => onChange({ ...question, options: next });

  const add = () => {
    const option = newOption();
    setOptions([...options, option]);
    requestFocus(`option-${option.id}-text`);
    announce(t('surveyBuilder:questions.options.added', { number, option: options.length + 1 }));
  };
  const remove = (index: number) => {
    const next = options.filter((_, i) => i !== index);
    setOptions(next);
    const neighbour = next[Math.min(index, next.length - 1)];
    requestFocus(neighbour ? `option-${neighbour.id}-text` : `question-${question.id}-addOption`);
    announce(t('surveyBuilder:questions.options.removed', { number, option: index + 1 }));
  };
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= options.length) return;
    const next = [...options];
    [next[index], next[target]] = [next[target]!, next[index]!];
    setOptions(next);
    requestFocus(`option-${options[index]!.id}-${by < 0 ? 'moveUp' : 'moveDown'}`);
    announce(t('surveyBuilder:questions.options.moved', { number, from: index + 1, to: target + 1 }));
  };

  return (
    <CheckboxGroup
      form={form}
      name={`${base}-options`}
      legend={t('surveyBuilder:questions.options.legend', { number })}
      hint={t('surveyBuilder:questions.options.hint', { min, max })}
    >
      <ol className="survey-builder__options">
        {options.map((option, index) => {
          const suffix = suffixOf(index + 1);
          return (
            <li key={option.id} className="survey-builder__option">
              <div data-focus-key={`option-${option.id}-text`} data-focus-within="true">
                <BuilderText
                  form={form}
                  draft={draft}
                  field={`${base}-options-${index}-text`}
                  lang={lang}
                  texts={option.text}
                  onChange={(text) => setOptions(options.map((o, i) => (i === index ? { ...o, text } : o)))}
                />
              </div>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--small"
                  data-focus-key={`option-${option.id}-moveUp`}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  <ButtonText text={t('surveyBuilder:questions.moveUp')} suffix={suffix} />
                </button>
                <button
                  type="button"
                  className="button button--small"
                  data-focus-key={`option-${option.id}-moveDown`}
                  disabled={index === options.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <ButtonText text={t('surveyBuilder:questions.moveDown')} suffix={suffix} />
                </button>
                {options.length > min && (
                  <button type="button" className="button button--small button--danger" onClick={() => remove(index)}>
                    <ButtonText text={t('surveyBuilder:questions.remove')} suffix={suffix} />
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {options.length < max && (
        <p>
          <button type="button" className="button button--small" data-focus-key={`question-${question.id}-addOption`} onClick={add}>
            <ButtonText text={t('surveyBuilder:questions.options.add')} suffix={t('surveyBuilder:questions.suffix', { number })} />
          </button>
        </p>
      )}
    </CheckboxGroup>
  );
}

/** "Visa bara om …": an earlier choice question and which of its options show this one. */
function QuestionCondition({ form, base, question, number, candidates, onChange }: BuilderQuestionProps) {
  const { t } = useTranslation(NAMESPACES);
  const target = candidates.find((c) => c.question.id === question.conditionQuestionId);
  if (candidates.length === 0) {
    return <p className="field__hint">{t('surveyBuilder:questions.condition.none')}</p>;
  }
  const promptOf = (q: QuestionDraft) => q.prompt.sv.trim() || t('surveyBuilder:questions.condition.untitled');
  return (
    <div className="survey-builder__condition">
      <SelectField
        form={form}
        name={`${base}-condition`}
        label={t('surveyBuilder:questions.condition.label', { number })}
        value={target ? question.conditionQuestionId : ''}
        onValueChange={(value) => onChange({ ...question, conditionQuestionId: value, conditionOptionIds: [] })}
      >
        <option value="">{t('surveyBuilder:questions.condition.always')}</option>
        {candidates.map((c) => (
          <option key={c.question.id} value={c.question.id}>
            {t('surveyBuilder:questions.condition.question', { number: c.number, prompt: promptOf(c.question) })}
          </option>
        ))}
      </SelectField>
      {target && (
        <CheckboxGroup form={form} name={`${base}-condition-optionIds`} legend={t('surveyBuilder:questions.condition.optionsLegend', { number, target: target.number })}>
          <Checkboxes
            idPrefix={form.idOf(`${base}-condition-optionIds`)}
            items={target.question.options.map((option, i) => ({
              id: option.id,
              label: option.text.sv.trim() || t('surveyBuilder:questions.condition.optionFallback', { option: i + 1 }),
            }))}
            selected={question.conditionOptionIds}
            onChange={(conditionOptionIds) => onChange({ ...question, conditionOptionIds })}
          />
        </CheckboxGroup>
      )}
    </div>
  );
}
