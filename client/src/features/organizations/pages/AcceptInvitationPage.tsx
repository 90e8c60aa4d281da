import { NAMESPACES } from '@medskapa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { paths } from '../../../app/paths';
import { errorMessageKey, fieldOfPath, serverFieldErrors } from '../../../graphql/errors';
import { Loading } from '../../../ui/Loading';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useViewer } from '../../accounts/useViewer';
import { AcceptInvitationMutation } from '../organizations.graphql';

/** `/invitations/accept?token=…`: sign in (or create an account) first, then accept. */
export function AcceptInvitationPage() {
  const { t } = useTranslation(NAMESPACES);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { pathname, search } = useLocation();
  const { viewer, loading } = useViewer();
  const [{ fetching }, accept] = useMutation(AcceptInvitationMutation);
  const [joined, setJoined] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState('');
  useLoadingAnnouncement(loading);
  const title = joined ? t('organizations:accept.joinedTitle') : t('organizations:accept.title');
  useDocumentTitle(title);

  const onAccept = async () => {
    setError('');
    const result = await accept({ token });
    if (result.error || !result.data) {
      const tokenProblem = result.error && serverFieldErrors(result.error).some((f) => fieldOfPath(f.path) === 'token');
      return setError(
        tokenProblem || !result.error ? t('organizations:accept.invalid') : t(`errors:${errorMessageKey(result.error)}`),
      );
    }
    const { organization } = result.data.acceptInvitation;
    setJoined({ id: organization.id, name: organization.name });
    document.getElementById('main')?.focus();
  };

  if (loading) return <Loading />;

  if (joined) {
    return (
      <div className="form-page">
        <h1>{title}</h1>
        <p className="lead">{t('organizations:accept.joined', { organization: joined.name })}</p>
        <p>
          <Link to={paths.organization(joined.id)}>{t('organizations:accept.toOrganization', { organization: joined.name })}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="form-page">
      <h1>{title}</h1>
      {!token ? (
        <p className="lead">{t('organizations:accept.invalid')}</p>
      ) : !viewer ? (
        <>
          <p className="lead">{t('organizations:accept.signIn')}</p>
          <ul className="action-list">
            <li>
              <Link className="button button--primary" to={paths.login(pathname + search)}>
                {t('accounts:signInPrompt.login')}
              </Link>
            </li>
            <li>
              <Link className="button" to={`${paths.register()}?${new URLSearchParams({ returnTo: pathname + search })}`}>
                {t('accounts:signInPrompt.register')}
              </Link>
            </li>
          </ul>
        </>
      ) : (
        <>
          <p className="lead">{t('organizations:accept.lead', { name: viewer.displayName })}</p>
          {error && (
            <div className="alert" role="alert">
              <p className="alert__message">{error}</p>
            </div>
          )}
          <p>
            <button type="button" className="button button--primary" onClick={onAccept} disabled={fetching}>
              {t('organizations:accept.submit')}
            </button>
          </p>
        </>
      )}
    </div>
  );
}
