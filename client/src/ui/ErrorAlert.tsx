import { NAMESPACES } from '@medskapa/shared';
import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../graphql/errors';

interface ErrorAlertProps {
  error: CombinedError;
  /** Offers a retry button when given. */
  onRetry?: () => void;
}

/** A failed request, explained in the reader's language (`errors:<extensions.code>`). */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation(NAMESPACES);
  return (
    <div className="alert" role="alert">
      <p className="alert__message">{t(`errors:${errorMessageKey(error)}`)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common:actions.retry')}
        </button>
      )}
    </div>
  );
}
