import { ErrorCode, NAMESPACES } from '@medskapa/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { paths } from '../../../app/paths';
import { errorMessageKey, hasErrorCode } from '../../../graphql/errors';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { CancelWorkshopSignupByTokenMutation } from '../workshops.graphql';

/**
 * `/workshops/cancel-signup?token=…`: the cancel link of a sign-up confirmation. Nothing happens
 * until the button is pressed (mail scanners open links too).
 */
export function CancelSignupPage() {
  const { t } = useTranslation(NAMESPACES);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [{ fetching }, cancel] = useMutation(CancelWorkshopSignupByTokenMutation);
  const [outcome, setOutcome] = useState<
    { kind: 'done'; title: string; slug: string } | { kind: 'gone' } | { kind: 'error'; message: string } | null
  >(token ? null : { kind: 'gone' });
  const messageRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('workshops:cancelSignup.title'));

  useEffect(() => {
    if (outcome && token) messageRef.current?.focus();
  }, [outcome, token]);

  const onCancel = async () => {
    const result = await cancel({ token });
    const workshop = result.data?.cancelWorkshopSignupByToken;
    if (workshop) return setOutcome({ kind: 'done', title: workshop.title, slug: workshop.municipality.slug });
    if (!result.error || hasErrorCode(result.error, ErrorCode.NOT_FOUND) || hasErrorCode(result.error, ErrorCode.BAD_USER_INPUT)) {
      return setOutcome({ kind: 'gone' });
    }
    setOutcome({ kind: 'error', message: t(`errors:${errorMessageKey(result.error)}`) });
  };

  return (
    <div className="form-page">
      <h1>{t('workshops:cancelSignup.title')}</h1>
      {outcome?.kind === 'done' ? (
        <>
          <div className="status-box" role="status" tabIndex={-1} ref={messageRef}>
            <p>{t('workshops:cancelSignup.done', { title: outcome.title })}</p>
          </div>
          <p>
            <Link to={paths.workshops(outcome.slug)}>{t('workshops:cancelSignup.toList')}</Link>
          </p>
        </>
      ) : outcome?.kind === 'gone' ? (
        <div className="status-box" tabIndex={-1} ref={messageRef}>
          <p>{t('workshops:cancelSignup.notFound')}</p>
        </div>
      ) : (
        <>
          <p>{t('workshops:cancelSignup.lead')}</p>
          {outcome?.kind === 'error' && (
            <p className="field__error" role="alert">
              {outcome.message}
            </p>
          )}
          <button type="button" className="button button--primary" disabled={fetching} onClick={onCancel}>
            {t('workshops:cancelSignup.button')}
          </button>
        </>
      )}
    </div>
  );
}
