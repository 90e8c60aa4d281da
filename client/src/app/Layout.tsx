import { NAMESPACES, Role } from '@medskapa/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useMatch } from 'react-router';
import { useQuery } from 'urql';
import { AccountNav } from '../features/accounts/components/AccountNav';
import { hasRoleIn, useViewer } from '../features/accounts/useViewer';
import { MunicipalityHeaderQuery } from '../features/municipalities/municipalities.graphql';
import { NotificationsNavItem } from '../features/notifications/components/UnreadBadge';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { LiveAnnouncer } from '../ui/LiveAnnouncer';
import { paths, RESERVED_SEGMENTS } from './paths';

/**
 * The municipality the reader is in, from the address (`/kalix`, `/kalix/places` …), once the
 * API has confirmed it exists; undefined elsewhere and for unknown slugs.
 */
function useCurrentMunicipality(): { slug: string; name: string } | undefined {
  const match = useMatch({ path: '/:slug', end: false });
  const segment = match?.params.slug;
  const slug = segment && !RESERVED_SEGMENTS.has(segment) ? segment : undefined;
  const [{ data }] = useQuery({ query: MunicipalityHeaderQuery, variables: { slug: slug ?? '' }, pause: !slug });
  const municipality = slug ? data?.municipality : undefined;
  return municipality ? { slug: municipality.slug, name: municipality.name } : undefined;
}

/** Skip link, header with site name, navigation and language switcher, main, footer. */
export function Layout() {
  const { t } = useTranslation(NAMESPACES);
  const municipality = useCurrentMunicipality();
  const slug = municipality?.slug;
  const { viewer } = useViewer();
  const canModerate = !!slug && hasRoleIn(viewer, slug, Role.MODERATOR);
  const mainRef = useRef<HTMLElement>(null);
  useFocusMainOnNavigation(mainRef);

  return (
    <LiveAnnouncer>
      <a className="skip-link" href="#main">
        {t('common:skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="site-header__brand">
            <Link to={paths.home()} className="site-header__name">
              {t('common:appName')}
            </Link>
            {municipality && <span className="site-header__municipality">{municipality.name}</span>}
          </p>
          <nav className="site-nav" aria-label={t('common:nav.label')}>
            <ul>
              <li>
                <NavLink to={slug ? paths.municipality(slug) : paths.home()} end>
                  {t('common:nav.home')}
                </NavLink>
              </li>
              {slug && (
                <li>
                  <NavLink to={paths.dialogues(slug)}>{t('dialogues:nav')}</NavLink>
                </li>
              )}
              {slug && (
                <li>
                  <NavLink to={paths.ideas(slug)}>{t('ideas:nav')}</NavLink>
                </li>
              )}
              {slug && (
                <li>
                  <NavLink to={paths.polls(slug)}>{t('polls:nav')}</NavLink>
                </li>
              )}
              {slug && (
                <li>
                  <NavLink to={paths.workshops(slug)}>{t('workshops:nav')}</NavLink>
                </li>
              )}
              {slug && (
                <li>
                  <NavLink to={paths.places(slug)} end>
                    {t('common:nav.places')}
                  </NavLink>
                </li>
              )}
              {slug && canModerate && (
                <li>
                  <NavLink to={paths.moderation(slug)}>{t('moderation:nav')}</NavLink>
                </li>
              )}
              <li>
                <NavLink to={paths.organizations()}>{t('common:nav.organizations')}</NavLink>
              </li>
              <NotificationsNavItem />
              {slug && (
                <li>
                  <NavLink to={paths.home()} end>
                    {t('common:nav.allMunicipalities')}
                  </NavLink>
                </li>
              )}
            </ul>
          </nav>
          <AccountNav />
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={mainRef} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t('common:footer.about')}</p>
          <p>{t('common:footer.license')}</p>
          <p>
            <Link to={paths.privacy()}>{t('common:footer.privacy')}</Link>
          </p>
        </div>
      </footer>
    </LiveAnnouncer>
  );
}

/**
 * After a client-side navigation, focus moves to <main> (and the view to the top), so keyboard
 * and screen-reader users start at the new content instead of the link they followed. The
 * first page load keeps the browser's own behaviour.
 */
function useFocusMainOnNavigation(mainRef: React.RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    window.scrollTo?.(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname, mainRef]);
}
