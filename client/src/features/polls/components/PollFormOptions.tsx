import { NAMESPACES, POLL_OPTION_MAX_LENGTH, POLL_OPTIONS_MAX, POLL_OPTIONS_MIN } from '@medskapa/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/form/fields';
import type { FormErrors } from '../../../ui/form/useFormErrors';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { emptyTexts, POLL_LANGUAGES, type PollLanguage, type PollOptionDraft } from './PollFormValidation';

let nextKey = 0;
/** A new, empty option with a key of its own. */
export function newOptionDraft(text = emptyTexts()): PollOptionDraft {
  nextKey += 1;
  return { key: `option-${nextKey}`, text };
}

interface PollFormOptionsProps {
  form: FormErrors;
  options: PollOptionDraft[];
  onChange(options: PollOptionDraft[]): void;
}

/** Where focus goes after a change: the new option's first field, or the moved option's button. */
type FocusTarget = { kind: 'text' | 'moveUp' | 'moveDown'; index: number };

/**
 * The answer options, each a fieldset with its text in sv, fi and fit, with buttons to move it
 * and remove it. Focus follows the change (the new option's first field; the moved option's
 * button; after removal the option that took its place) and the change is announced.
 */
export function PollFormOptions({ form, options, onChange }: PollFormOptionsProps) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const containerRef = useRef<HTMLFieldSetElement>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);

  useEffect(() => {
    if (!focusTarget) return;
    setFocusTarget(null);
    const root = containerRef.current;
    if (!root) return;
    if (focusTarget.kind === 'text') {
      document.getElementById(form.idOf(`options-${focusTarget.index}-text-sv`))?.focus();
      return;
    }
    // A moved option's button may be gone at the top or bottom: use the other one then.
    const buttons = root.querySelectorAll<HTMLButtonElement>(`[data-poll-option="${focusTarget.index}"]`);
    const wanted = [...buttons].find((b) => b.dataset.pollOptionAction === focusTarget.kind && !b.disabled);
    (wanted ?? [...buttons].find((b) => !b.disabled && b.dataset.pollOptionAction !== 'remove'))?.focus();
  }, [focusTarget, form]);

  const setText = (index: number, lang: PollLanguage, value: string) =>
    onChange(options.map((option, i) => (i === index ? { ...option, text: { ...option.text, [lang]: value } } : option)));

  const add = () => {
    if (options.length >= POLL_OPTIONS_MAX) return;
    onChange([...options, newOptionDraft()]);
    setFocusTarget({ kind: 'text', index: options.length });
    announce(t('polls:form.options.added', { number: options.length + 1 }));
  };

  const remove = (index: number) => {
    if (options.length <= POLL_OPTIONS_MIN) return;
    onChange(options.filter((_, i) => i !== index));
    // The option that moved into its place, or the new last one.
    setFocusTarget({ kind: 'text', index: Math.min(index, options.length - 2) });
    announce(t('polls:form.options.removed', { number: index + 1, count: options.length - 1 }));
  };

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= options.length) return;
    const next = [...options];
    [next[index], next[target]] = [next[target]!, next[index]!];
    onChange(next);
    setFocusTarget({ kind: by < 0 ? 'moveUp' : 'moveDown', index: target });
    announce(t('polls:form.options.moved', { from: index + 1, to: target + 1 }));
  };

  const countError = form.errorOf('options');
  return (
    <fieldset className="fieldset poll-options" ref={containerRef} aria-describedby="poll-options-hint">
      <legend className="field__label">{t('polls:form.options.legend')}</legend>
      <p className="field__hint" id="poll-options-hint">
        {t('polls:form.options.hint', { min: POLL_OPTIONS_MIN, max: POLL_OPTIONS_MAX })}
      </p>
      {countError && (
        // The summary links here (id of the field) when the API counts the options wrong.
        <p className="field__error" id={form.idOf('options')} tabIndex={-1}>
          <span className="visually-hidden">{t('common:form.errorPrefix')}</span> {countError}
        </p>
      )}
      <ol className="item-list">
        {options.map((option, index) => {
          const number = index + 1;
          // The visible word is enough beside the option; screen readers hear which option too.
          const suffix = (
            <>
              {' '}
              <span className="visually-hidden">{t('polls:form.options.optionSuffix', { number })}</span>
            </>
          );
          return (
            <li key={option.key}>
              <fieldset className="fieldset fieldset--nested">
                <legend>{t('polls:form.options.option', { number })}</legend>
                {POLL_LANGUAGES.map((lang) => (
                  <TextField
                    key={lang}
                    form={form}
                    name={`options-${index}-text-${lang}`}
                    lang={lang}
                    required
                    maxLength={POLL_OPTION_MAX_LENGTH + 20}
                    label={t('polls:form.options.label', { number, inLanguage: t(`polls:languages.${lang}`) })}
                    value={option.text[lang]}
                    onValueChange={(value) => setText(index, lang, value)}
                  />
                ))}
                <div className="button-row">
                  <button
                    type="button"
                    className="button button--small"
                    data-poll-option={index}
                    data-poll-option-action="moveUp"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    {t('polls:form.options.moveUp')}
                    {suffix}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    data-poll-option={index}
                    data-poll-option-action="moveDown"
                    disabled={index === options.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    {t('polls:form.options.moveDown')}
                    {suffix}
                  </button>
                  {options.length > POLL_OPTIONS_MIN && (
                    <button
                      type="button"
                      className="button button--small button--danger"
                      data-poll-option={index}
                      data-poll-option-action="remove"
                      onClick={() => remove(index)}
                    >
                      {t('polls:form.options.remove')}
                      {suffix}
                    </button>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {options.length < POLL_OPTIONS_MAX && (
        <p>
          <button type="button" className="button" onClick={add}>
            {t('polls:form.options.add')}
          </button>
        </p>
      )}
    </fieldset>
  );
}
