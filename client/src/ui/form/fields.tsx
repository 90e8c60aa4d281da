import { NAMESPACES } from '@medskapa/shared';
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from './useFormErrors';

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
  className?: string;
}

/** Label, hint and error above the control; the control is described by both. */
function FieldFrame({ id, label, hint, error, children, className }: FieldFrameProps) {
  const { t } = useTranslation(NAMESPACES);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('common:form.errorPrefix')}</span>{' '}
          {error}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'onChange' | 'value' | 'form'>;

export interface TextFieldProps extends InputProps {
  form: FormErrors;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onValueChange(value: string): void;
}

/** A labelled text input with its hint and error (aria-describedby, aria-invalid). */
export function TextField({ form, name, label, hint, value, onValueChange, className, ...input }: TextFieldProps) {
  const id = form.idOf(name);
  const error = form.errorOf(name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      {(describedBy) => (
        <input
          type="text"
          {...input}
          id={id}
          name={name}
          className="field__input"
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name' | 'onChange' | 'value' | 'form'>;

export interface SelectFieldProps extends SelectProps {
  form: FormErrors;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onValueChange(value: string): void;
  children: ReactNode;
}

/** A labelled <select> with its hint and error. */
export function SelectField({ form, name, label, hint, value, onValueChange, children, className, ...select }: SelectFieldProps) {
  const id = form.idOf(name);
  const error = form.errorOf(name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      {(describedBy) => (
        <select
          {...select}
          id={id}
          name={name}
          className="field__select"
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        >
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

export interface CheckboxFieldProps {
  form: FormErrors;
  name: string;
  label: ReactNode;
  checked: boolean;
  onCheckedChange(checked: boolean): void;
}

/** A checkbox with its label beside it, and an error above. */
export function CheckboxField({ form, name, label, checked, onCheckedChange }: CheckboxFieldProps) {
  const { t } = useTranslation(NAMESPACES);
  const id = form.idOf(name);
  const error = form.errorOf(name);
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={['field', 'field--checkbox', error ? 'field--error' : ''].filter(Boolean).join(' ')}>
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('common:form.errorPrefix')}</span>{' '}
          {error}
        </p>
      )}
      <div className="checkbox">
        <input
          type="checkbox"
          id={id}
          name={name}
          className="checkbox__input"
          checked={checked}
          onChange={(event) => onCheckedChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
        />
        <label className="checkbox__label" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name' | 'onChange' | 'value' | 'form'>;

export interface TextAreaFieldProps extends TextAreaProps {
  form: FormErrors;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onValueChange(value: string): void;
}

/** A labelled multi-line text input with its hint and error. */
export function TextAreaField({ form, name, label, hint, value, onValueChange, className, ...textarea }: TextAreaFieldProps) {
  const id = form.idOf(name);
  const error = form.errorOf(name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      {(describedBy) => (
        <textarea
          rows={5}
          {...textarea}
          id={id}
          name={name}
          className="field__textarea"
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

export interface RadioGroupFieldProps<V extends string> {
  form: FormErrors;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly { value: V; label: ReactNode; hint?: ReactNode }[];
  value: V | '';
  onValueChange(value: V): void;
}

/**
 * Radio buttons in a fieldset whose legend asks the question; the error sits under the legend.
 * The summary links to the first option (id = the field's id).
 */
export function RadioGroupField<V extends string>({ form, name, legend, hint, options, value, onValueChange }: RadioGroupFieldProps<V>) {
  const { t } = useTranslation(NAMESPACES);
  const id = form.idOf(name);
  const error = form.errorOf(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={['fieldset', 'field', error ? 'field--error' : ''].filter(Boolean).join(' ')}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('common:form.errorPrefix')}</span>{' '}
          {error}
        </p>
      )}
      <div className="radios">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          const optionHintId = option.hint ? `${optionId}-hint` : undefined;
          return (
            <div className="radio" key={option.value}>
              <input
                type="radio"
                className="radio__input"
                id={optionId}
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onValueChange(option.value)}
                aria-describedby={optionHintId}
              />
              <label className="radio__label" htmlFor={optionId}>
                {option.label}
              </label>
              {option.hint && (
                <p className="radio__hint" id={optionHintId}>
                  {option.hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
