import { NAMESPACES } from '@medskapa/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { useViewer } from '../../accounts/useViewer';
import { UnreadNotificationCountQuery } from '../notifications.graphql';
import '../notifications.css';

/**
 * "Notiser" in the header for a signed-in person, with the unread count as a badge; the link's
 * accessible name says it in words ("Notiser (3 olästa notiser)"). Asked again after each
 * navigation.
 */
export function NotificationsNavItem() {
  const { t } = useTranslation(NAMESPACES);
  const { viewer } = useViewer();
  const { pathname } = useLocation();
  const [{ data }, reexecute] = useQuery({ query: UnreadNotificationCountQuery, pause: !viewer, requestPolicy: 'cache-and-network' });
  const previous = useRef(pathname);
  useEffect(() => {
    if (!viewer || previous.current === pathname) return;
    previous.current = pathname;
    reexecute({ requestPolicy: 'network-only' });
  }, [pathname, viewer, reexecute]);
  if (!viewer) return null;
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <li>
      <NavLink to={paths.notifications()} className="notifications-link">
        {t('notifications:navLabel')}
        {count > 0 && (
          <>
            {/* The name says the count in words, "Notiser (3 olästa notiser)"; the badge shows the number. */}{' '}
            <span className="visually-hidden">({t('notifications:unreadCount', { count })})</span>
            <span className="badge badge--count" aria-hidden="true">
              {count}
            </span>
          </>
        )}
      </NavLink>
    </li>
  );
}
