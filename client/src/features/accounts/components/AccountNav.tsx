import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { paths, safeReturnTo } from '../../../app/paths';
import { useSessionChanged } from '../../../app/providers';
import { errorMessageKey } from '../../../graphql/errors';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { LogoutMutation } from '../accounts.graphql';
import { canAdminister, useViewer } from '../useViewer';

/**
 * The account part of the header. Signed out: "Logga in" (coming back here afterwards) and
 * "Skapa konto". Signed in: the person's name (their profile), administration for officers
 * and admins, and "Logga ut".
 */
export function AccountNav() {
  const { t } = useTranslation(NAMESPACES);
  const { viewer, loading } = useViewer();
  const { pathname, search } = useLocation();
  const [{ fetching: loggingOut }, logout] = useMutation(LogoutMutation);
  const sessionChanged = useSessionChanged();
  const announce = useAnnounce();

  const onLogout = async () => {
    const result = await logout({});
    if (result.error) {
      announce(t(`errors:${errorMessageKey(result.error)}`));
      return;
    }
    sessionChanged();
    announce(t('accounts:nav.loggedOut'));
    document.getElementById('main')?.focus();
  };

  // Nothing while we do not know yet: no flash of "Logga in" for a signed-in person.
  if (loading) return <nav className="account-nav" aria-label={t('accounts:nav.label')} />;

  return (
    <nav className="account-nav" aria-label={t('accounts:nav.label')}>
      <ul>
        {viewer ? (
          <>
            <li>
              <NavLink to={paths.profile()} className="account-nav__link">
                {viewer.displayName}
              </NavLink>
            </li>
            {canAdminister(viewer) && (
              <li>
                <NavLink to={paths.admin()} className="account-nav__link">
                  {t('accounts:nav.admin')}
                </NavLink>
              </li>
            )}
            <li>
              <button type="button" className="button button--small" onClick={onLogout} disabled={loggingOut}>
                {t('accounts:nav.logout')}
              </button>
            </li>
          </>
        ) : (
          <>
            <li>
              <Link to={paths.login(safeReturnTo(pathname + search))} className="account-nav__link">
                {t('accounts:nav.login')}
              </Link>
            </li>
            <li>
              <NavLink to={paths.register()} className="account-nav__link" end>
                {t('accounts:nav.register')}
              </NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
