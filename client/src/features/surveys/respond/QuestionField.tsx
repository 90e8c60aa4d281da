import { NAMESPACES, type SurveyAnswerValue } from '@medskapa/shared';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { FREE_TEXT_MAX, OTHER_TEXT_MAX } from './answers';
import type { SurveyQuestionView } from './types';

/** With this many places or fewer, PLACE shows radios (all visible at once); more get a select. */
export const PLACE_RADIO_LIMIT = 8;

export interface QuestionFieldProps {
  question: SurveyQuestionView;
  answer: SurveyAnswerValue | undefined;
  /** The id of the question's first control: the error summary links to it. */
  controlId: string;
  error?: string;
  /** The respondent picked "Annat" (SINGLE/MULTI with allowOther): the answer holds an `otherText`, "" until written. */
  otherChosen: boolean;
  /** RANKING: the order on screen (the answer is set only once confirmed). */
  rankingOrder: readonly string[];
  onAnswer(answer: SurveyAnswerValue | undefined): void;
  onRankingOrder(order: string[]): void;
}

/** One question of a survey with the control its type needs; every control has an accessible name. */
export function QuestionField(props: QuestionFieldProps) {
  const { question, controlId, error } = props;
  const { t } = useTranslation(NAMESPACES);
  const helpId = question.help ? `${controlId}-help` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const extraHintId = `${controlId}-hint`;
  const limitedChoices = (question.type === 'MULTI_CHOICE' || question.type === 'GOAL') && question.maxChoices != null;
  const hint = limitedChoices
    ? t('surveyResponse:question.maxChoices', { count: question.maxChoices ?? 0 })
    : question.type === 'RANKING'
      ? t('surveyResponse:question.ranking.hint')
      : null;
  const describedBy = [helpId, hint ? extraHintId : undefined, errorId].filter(Boolean).join(' ') || undefined;

  const title = (
    <>
      <span className="survey-question__number">{t('surveyResponse:question.number', { number: question.number })}</span>{' '}
      <span className="survey-question__prompt">{question.prompt}</span>
      {question.required && (
        <>
          {' '}
          <span className="survey-question__required">{t('surveyResponse:question.required')}</span>
        </>
      )}
    </>
  );
  const notes = (
    <>
      {question.help && (
        <p className="field__hint" id={helpId}>
          {question.help}
        </p>
      )}
      {hint && (
        <p className="field__hint" id={extraHintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('common:form.errorPrefix')}</span> {error}
        </p>
      )}
    </>
  );
  const className = ['survey-question', error ? 'field--error' : ''].filter(Boolean).join(' ');

  // A single labelled control: a <label>; a group of controls: fieldset + legend.
  if (question.type === 'FREE_TEXT' || (question.type === 'PLACE' && question.places.length > PLACE_RADIO_LIMIT)) {
    return (
      <div className={className} id={`question-${question.id}`}>
        <label className="field__label survey-question__title" htmlFor={controlId}>
          {title}
        </label>
        {notes}
        {question.type === 'FREE_TEXT' ? (
          <FreeText {...props} describedBy={describedBy} />
        ) : (
          <select
            id={controlId}
            className="field__select"
            value={props.answer?.placeId ?? ''}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => props.onAnswer(event.target.value ? { placeId: event.target.value } : undefined)}
          >
            <option value="">{t('surveyResponse:question.placeChoose')}</option>
            {question.places.map((place) => (
              <option key={place.id} value={place.id}>
                {place.name}
              </option>
            ))}
          </select>
        )}
      </div>
    );
  }

  return (
    <fieldset className={`fieldset ${className}`} id={`question-${question.id}`} aria-describedby={describedBy}>
      <legend className="survey-question__title">{title}</legend>
      {notes}
      <GroupControls {...props} />
    </fieldset>
  );
}

function Choice({
  id,
  type,
  name,
  checked,
  onChange,
  children,
}: {
  id: string;
  type: 'radio' | 'checkbox';
  name: string;
  checked: boolean;
  onChange(checked: boolean): void;
  children: ReactNode;
}) {
  return (
    <div className={type === 'radio' ? 'radio' : 'checkbox'}>
      <input
        id={id}
        type={type}
        name={name}
        className={type === 'radio' ? 'radio__input' : 'checkbox__input'}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id} className={type === 'radio' ? 'radio__label' : 'checkbox__label'}>
        {children}
      </label>
    </div>
  );
}

function GroupControls({ question, answer, controlId, otherChosen, rankingOrder, onAnswer, onRankingOrder }: QuestionFieldProps) {
  const { t } = useTranslation(NAMESPACES);
  const name = `q-${question.id}`;
  // The first control carries controlId so the error summary can focus it.
  const idAt = (index: number) => (index === 0 ? controlId : `${controlId}-${index}`);

  switch (question.type) {
    case 'SINGLE_CHOICE': {
      const chosen = answer?.optionIds?.[0];
      return (
        <>
          {question.options.map((option, index) => (
            <Choice
              key={option.id}
              id={idAt(index)}
              type="radio"
              name={name}
              checked={chosen === option.id && !otherChosen}
              onChange={() => onAnswer({ optionIds: [option.id] })}
            >
              {option.text}
            </Choice>
          ))}
          {question.allowOther && (
            <>
              <Choice
                id={idAt(question.options.length)}
                type="radio"
                name={name}
                checked={otherChosen}
                onChange={() => onAnswer({ optionIds: [], otherText: answer?.otherText ?? '' })}
              >
                {t('surveyResponse:question.other')}
              </Choice>
              {otherChosen && <OtherText controlId={controlId} value={answer?.otherText ?? ''} onChange={(otherText) => onAnswer({ optionIds: [], otherText })} />}
            </>
          )}
        </>
      );
    }
    case 'MULTI_CHOICE': {
      const chosen = answer?.optionIds ?? [];
      const toggle = (optionId: string, checked: boolean) => {
        const optionIds = checked ? [...chosen, optionId] : chosen.filter((id) => id !== optionId);
        // Keep the option order, whatever order they were ticked in.
        const ordered = question.options.map((o) => o.id).filter((id) => optionIds.includes(id));
        onAnswer({ ...answer, optionIds: ordered });
      };
      return (
        <>
          {question.options.map((option, index) => (
            <Choice key={option.id} id={idAt(index)} type="checkbox" name={name} checked={chosen.includes(option.id)} onChange={(checked) => toggle(option.id, checked)}>
              {option.text}
            </Choice>
          ))}
          {question.allowOther && (
            <>
              <Choice
                id={idAt(question.options.length)}
                type="checkbox"
                name={name}
                checked={otherChosen}
                onChange={(checked) => {
                  const { otherText: _dropped, ...rest } = answer ?? {};
                  onAnswer(checked ? { ...rest, otherText: answer?.otherText ?? '' } : rest);
                }}
              >
                {t('surveyResponse:question.other')}
              </Choice>
              {otherChosen && (
                <OtherText controlId={controlId} value={answer?.otherText ?? ''} onChange={(otherText) => onAnswer({ ...answer, otherText })} />
              )}
            </>
          )}
        </>
      );
    }
    case 'SCALE': {
      const values = [1, 2, 3, 4, 5];
      return (
        <div className="survey-scale">
          {values.map((value, index) => {
            const endLabel = value === 1 ? question.scaleMinLabel : value === 5 ? question.scaleMaxLabel : null;
            return (
              <Choice key={value} id={idAt(index)} type="radio" name={name} checked={answer?.value === value} onChange={() => onAnswer({ value })}>
                {endLabel ? t('surveyResponse:question.scaleValue', { value, label: endLabel }) : String(value)}
              </Choice>
            );
          })}
        </div>
      );
    }
    case 'PLACE':
      return (
        <>
          {question.places.map((place, index) => (
            <Choice key={place.id} id={idAt(index)} type="radio" name={name} checked={answer?.placeId === place.id} onChange={() => onAnswer({ placeId: place.id })}>
              {place.name}
            </Choice>
          ))}
        </>
      );
    case 'GOAL':
      return <GoalChoices question={question} answer={answer} idAt={idAt} onAnswer={onAnswer} />;
    case 'RANKING':
      return <Ranking question={question} answer={answer} controlId={controlId} rankingOrder={rankingOrder} onAnswer={onAnswer} onRankingOrder={onRankingOrder} />;
    default:
      return null;
  }
}

function OtherText({ controlId, value, onChange }: { controlId: string; value: string; onChange(value: string): void }) {
  const { t } = useTranslation(NAMESPACES);
  const id = `${controlId}-other`;
  return (
    <div className="field survey-question__other">
      <label className="field__label" htmlFor={id}>
        {t('surveyResponse:question.otherText')}
      </label>
      <input id={id} type="text" className="field__input" maxLength={OTHER_TEXT_MAX} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

function FreeText({ answer, controlId, error, onAnswer, describedBy }: QuestionFieldProps & { describedBy: string | undefined }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const text = answer?.text ?? '';
  const counter = t('surveyResponse:question.characters', {
    count: text.length,
    used: formatNumber(text.length, language),
    max: formatNumber(FREE_TEXT_MAX, language),
  });
  // The visible counter follows every key; the spoken one waits for a pause in typing.
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(counter), 1000);
    return () => clearTimeout(timer);
  }, [counter]);
  const counterId = `${controlId}-counter`;
  return (
    <>
      <textarea
        id={controlId}
        className="field__textarea"
        rows={5}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={[describedBy, counterId].filter(Boolean).join(' ')}
        onChange={(event) => onAnswer(event.target.value ? { text: event.target.value } : undefined)}
      />
      <p className={`survey-question__counter${text.length > FREE_TEXT_MAX ? ' survey-question__counter--over' : ''}`} id={counterId} aria-hidden="true">
        {counter}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}

function GoalChoices({
  question,
  answer,
  idAt,
  onAnswer,
}: {
  question: SurveyQuestionView;
  answer: SurveyAnswerValue | undefined;
  idAt(index: number): string;
  onAnswer(answer: SurveyAnswerValue | undefined): void;
}) {
  const chosen = answer?.goalIds ?? [];
  // Målbilder grouped by their strategic area, in the order the API gives them.
  const areas: { id: string; label: string; goals: SurveyQuestionView['goals'] }[] = [];
  for (const goal of question.goals) {
    let area = areas.find((a) => a.id === goal.area.id);
    if (!area) {
      area = { id: goal.area.id, label: `${goal.area.code} ${goal.area.title}`, goals: [] };
      areas.push(area);
    }
    area.goals.push(goal);
  }
  let index = 0;
  return (
    <>
      {areas.map((area) => (
        <fieldset key={area.id} className="fieldset survey-question__area">
          <legend>{area.label}</legend>
          {area.goals.map((goal) => {
            const id = idAt(index++);
            return (
              <Choice
                key={goal.id}
                id={id}
                type="checkbox"
                name={`q-${question.id}`}
                checked={chosen.includes(goal.id)}
                onChange={(checked) => {
                  const goalIds = checked ? [...chosen, goal.id] : chosen.filter((g) => g !== goal.id);
                  onAnswer(goalIds.length ? { goalIds: question.goals.map((g) => g.id).filter((g) => goalIds.includes(g)) } : undefined);
                }}
              >
                {goal.code} {goal.title}
              </Choice>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}

/**
 * RANKING: the options as an ordered list with "Flytta upp"/"Flytta ned" per item (keyboard
 * and screen readers: the new place is announced, focus stays on the moved item's button).
 * The starting order is simply the option order, so it says nothing by itself: the question
 * counts as answered only once the respondent ticks "Jag har rangordnat alternativen". A move
 * alone does not count — someone who agrees with the starting order would otherwise have to
 * move something back and forth, and an accidental key press would look like an answer.
 */
function Ranking({
  question,
  answer,
  controlId,
  rankingOrder,
  onAnswer,
  onRankingOrder,
}: Pick<QuestionFieldProps, 'question' | 'answer' | 'controlId' | 'rankingOrder' | 'onAnswer' | 'onRankingOrder'>) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const listRef = useRef<HTMLOListElement>(null);
  const confirmed = (answer?.optionIds?.length ?? 0) > 0;
  const textOf = new Map(question.options.map((o) => [o.id, o.text]));
  const order = rankingOrder.length ? rankingOrder : question.options.map((o) => o.id);

  const move = (from: number, to: number, direction: 'up' | 'down') => {
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onRankingOrder(next);
    if (confirmed) onAnswer({ optionIds: next });
    announce(t('surveyResponse:question.ranking.moved', { option: textOf.get(item!), position: to + 1, total: next.length }));
    // Keep focus on the moved item; at an end its button is disabled, so use the other one.
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>(`[data-option="${item}"]`);
      const wanted = [...(buttons ?? [])].find((b) => b.dataset.direction === direction && !b.disabled) ?? [...(buttons ?? [])].find((b) => !b.disabled);
      wanted?.focus();
    });
  };

  return (
    <>
      <ol className="survey-ranking" ref={listRef}>
        {order.map((optionId, index) => (
          <li key={optionId} className="survey-ranking__item">
            <span className="survey-ranking__text">{textOf.get(optionId)}</span>
            <span className="survey-ranking__buttons">
              <button
                type="button"
                className="button button--small"
                data-option={optionId}
                data-direction="up"
                aria-label={`${t('surveyResponse:question.ranking.up')} ${textOf.get(optionId)}`}
                disabled={index === 0}
                onClick={() => move(index, index - 1, 'up')}
              >
                {t('surveyResponse:question.ranking.up')}
              </button>
              <button
                type="button"
                className="button button--small"
                data-option={optionId}
                data-direction="down"
                aria-label={`${t('surveyResponse:question.ranking.down')} ${textOf.get(optionId)}`}
                disabled={index === order.length - 1}
                onClick={() => move(index, index + 1, 'down')}
              >
                {t('surveyResponse:question.ranking.down')}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <Choice id={controlId} type="checkbox" name={`q-${question.id}-confirm`} checked={confirmed} onChange={(checked) => onAnswer(checked ? { optionIds: [...order] } : undefined)}>
        {t('surveyResponse:question.ranking.confirm')}
      </Choice>
    </>
  );
}
