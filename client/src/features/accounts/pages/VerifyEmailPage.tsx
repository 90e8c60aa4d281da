import { NAMESPACES } from '@medskapa/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { paths } from '../../../app/paths';
import { errorMessageKey, retryAfterSeconds } from '../../../graphql/errors';
import { Loading } from '../../../ui/Loading';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { RequestEmailVerificationMutation, VerifyEmailMutation } from '../accounts.graphql';
import { useViewer } from '../useViewer';
import { waitMessage } from '../validation';

type State = 'verifying' | 'verified' | 'failed';

/** `/verify-email?token=…`: confirms the address from the e-mailed link, once. */
export function VerifyEmailPage() {
  const { t } = useTranslation(NAMESPACES);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [, verify] = useMutation(VerifyEmailMutation);
  const [state, setState] = useState<State>(token ? 'verifying' : 'failed');
  const started = useRef(false);
  useLoadingAnnouncement(state === 'verifying');

  useEffect(() => {
    // The token works once: never send it twice (React runs effects twice in development).
    if (!token || started.current) return;
    started.current = true;
    void verify({ token }).then((result) => setState(result.error ? 'failed' : 'verified'));
  }, [token, verify]);

  const title =
    state === 'verified'
      ? t('accounts:verifyEmail.verifiedTitle')
      : state === 'failed'
        ? t('accounts:verifyEmail.failedTitle')
        : t('accounts:verifyEmail.verifyingTitle');
  useDocumentTitle(title);

  return (
    <div className="form-page">
      <h1>{title}</h1>
      {state === 'verifying' && <Loading />}
      {state === 'verified' && (
        <>
          <p className="lead">{t('accounts:verifyEmail.verifiedBody')}</p>
          <ul className="link-list">
            <li>
              <Link to={paths.profile()}>{t('accounts:verifyEmail.toProfile')}</Link>
            </li>
            <li>
              <Link to={paths.home()}>{t('accounts:registered.toStart')}</Link>
            </li>
          </ul>
        </>
      )}
      {state === 'failed' && <VerificationFailed />}
    </div>
  );
}

/** The link has expired or was used: a new one for a signed-in person, else the way to sign in. */
function VerificationFailed() {
  const { t } = useTranslation(NAMESPACES);
  const { viewer } = useViewer();
  const [{ fetching }, requestAgain] = useMutation(RequestEmailVerificationMutation);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  const onSend = async () => {
    setError('');
    const result = await requestAgain({});
    if (result.error) {
      const key = errorMessageKey(result.error);
      setError(key === 'RATE_LIMITED' ? waitMessage(t, retryAfterSeconds(result.error)) : t(`errors:${key}`));
      return;
    }
    setStatus(t('accounts:verifyEmail.sentAgain', { email: viewer?.email ?? '' }));
  };

  if (viewer?.emailVerified) {
    return (
      <p className="lead">
        {t('accounts:verifyEmail.alreadyVerified')} <Link to={paths.profile()}>{t('accounts:verifyEmail.toProfile')}</Link>
      </p>
    );
  }
  return (
    <>
      <p className="lead">{t('accounts:verifyEmail.failedBody')}</p>
      {viewer ? (
        <>
          {error && (
            <div className="alert" role="alert">
              <p className="alert__message">{error}</p>
            </div>
          )}
          <p>
            <button type="button" className="button button--primary" onClick={onSend} disabled={fetching}>
              {t('accounts:verifyEmail.sendAgain')}
            </button>
          </p>
          <p role="status" className="form-status">
            {status}
          </p>
        </>
      ) : (
        <p>
          {t('accounts:verifyEmail.signInForNew')}{' '}
          <Link to={paths.login(paths.profile())}>{t('accounts:signInPrompt.login')}</Link>
        </p>
      )}
    </>
  );
}
