import { NAMESPACES } from '@medskapa/shared';
import { useId, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from './useFormErrors';

/**
 * Every problem of a form at its top, each field error a link to its input. It receives focus
 * when the form is submitted with errors (see useFormErrors), and is announced as an alert.
 */
export function ErrorSummary({ form, title }: { form: FormErrors; /** Instead of "Det finns … fel i formuläret". */ title?: string }) {
  const { t } = useTranslation(NAMESPACES);
  const titleId = useId();
  if (form.errors.length === 0) return null;

  const focusField = (event: MouseEvent<HTMLAnchorElement>, field: string) => {
    const input = document.getElementById(form.idOf(field));
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.scrollIntoView?.({ block: 'center' });
  };

  return (
    <div className="error-summary" ref={form.summaryRef} tabIndex={-1} aria-labelledby={titleId}>
      <div role="alert">
        <h2 id={titleId} className="error-summary__title">
          {title ?? t('common:form.errorSummary', { count: form.errors.length })}
        </h2>
        <ul className="error-summary__list">
          {form.errors.map((error, index) => (
            <li key={`${error.field ?? ''}:${index}`}>
              {error.field ? (
                <a href={`#${form.idOf(error.field)}`} onClick={(event) => focusField(event, error.field!)}>
                  {error.message}
                </a>
              ) : (
                error.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
