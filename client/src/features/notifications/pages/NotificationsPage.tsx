import { NAMESPACES, type IdeaStatus, type NotificationKind } from '@medskapa/shared';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { paths } from '../../../app/paths';
import type { ResultOf } from '../../../graphql/graphql';
import { useLoadMore } from '../../../graphql/useLoadMore';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import type { Translate } from '../../../i18n/translate';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useAnnounce, useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { SignInPrompt } from '../../accounts/components/SignInPrompt';
import { useViewer } from '../../accounts/useViewer';
import { MarkNotificationsReadMutation, NotificationsQuery, UnreadNotificationCountQuery } from '../notifications.graphql';

type NotificationNode = ResultOf<typeof NotificationsQuery>['notifications']['edges'][number]['node'];

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** `/notifications`: what happened to the ideas the person follows, newest first. */
export function NotificationsPage() {
  const { t } = useTranslation(NAMESPACES);
  const { viewer, loading } = useViewer();
  const title = t('notifications:title');
  useDocumentTitle(viewer ? title : undefined);
  if (loading) return <Loading />;
  if (!viewer) return <SignInPrompt title={title} body={t('notifications:signInBody')} />;
  return <Notifications />;
}

function Notifications() {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const filterId = useId();
  const [unreadOnly, setUnreadOnly] = useState(false);
  // Bumped after "mark all read" so the list starts again from the first page.
  const [generation, setGeneration] = useState(0);
  const [{ data: countData }, refetchCount] = useQuery({ query: UnreadNotificationCountQuery, requestPolicy: 'cache-and-network' });
  const [{ fetching: marking, error: markError }, markRead] = useMutation(MarkNotificationsReadMutation);
  const unread = countData?.unreadNotificationCount ?? 0;

  const onMarkAll = async () => {
    const result = await markRead({ ids: null });
    if (result.error) return;
    refetchCount({ requestPolicy: 'network-only' });
    setGeneration((n) => n + 1);
    announce(t('notifications:allMarkedRead'));
  };

  return (
    <div className="notifications-page">
      <h1>{t('notifications:title')}</h1>
      <p className="lead">{t('notifications:lead')}</p>
      <p>
        <Link to={`${paths.profile()}#notification-settings`}>{t('notifications:settingsLink')}</Link>
      </p>
      <div className="notifications__tools">
        <p className="notifications__count">{t('notifications:unreadCount', { count: unread })}</p>
        <div className="checkbox">
          <input
            type="checkbox"
            id={filterId}
            className="checkbox__input"
            checked={unreadOnly}
            onChange={(event) => setUnreadOnly(event.target.checked)}
          />
          <label className="checkbox__label" htmlFor={filterId}>
            {t('notifications:unreadOnly')}
          </label>
        </div>
        <button type="button" className="button" onClick={onMarkAll} disabled={marking}>
          {t('notifications:markAllRead')}
        </button>
      </div>
      {markError && <ErrorAlert error={markError} />}
      <NotificationList
        key={`${unreadOnly}-${generation}`}
        unreadOnly={unreadOnly}
        onRead={() => refetchCount({ requestPolicy: 'network-only' })}
      />
    </div>
  );
}

function NotificationList({ unreadOnly, onRead }: { unreadOnly: boolean; onRead(): void }) {
  const { t } = useTranslation(NAMESPACES);
  const list = useLoadMore(
    NotificationsQuery,
    { unreadOnly },
    (data) => data.notifications,
    NOTIFICATIONS_PAGE_SIZE,
  );
  useLoadingAnnouncement(list.loading || list.loadingMore);
  // Asked again on every visit: what was cached may have been read or joined by new ones since.
  const refetchOnMount = useRef(list.refetch);
  useEffect(() => refetchOnMount.current(), []);
  const [, markRead] = useMutation(MarkNotificationsReadMutation);
  const [readNow, setReadNow] = useState<ReadonlySet<string>>(new Set());

  const onOpen = (notification: NotificationNode) => {
    if (notification.readAt || readNow.has(notification.id)) return;
    setReadNow((previous) => new Set(previous).add(notification.id));
    void markRead({ ids: [notification.id] }).then(onRead);
  };

  if (list.loading) return <Loading />;
  if (list.error && list.nodes.length === 0) return <ErrorAlert error={list.error} onRetry={list.refetch} />;
  if (list.nodes.length === 0) return <p>{unreadOnly ? t('notifications:emptyUnread') : t('notifications:empty')}</p>;
  return (
    <>
      <ul className="notification-list" aria-label={t('notifications:listLabel')}>
        {list.nodes.map((notification) => (
          <NotificationItem
            key={notification.id}
            notification={notification}
            unread={!notification.readAt && !readNow.has(notification.id)}
            onOpen={() => onOpen(notification)}
          />
        ))}
      </ul>
      {list.hasMore && (
        <p>
          <button type="button" className="button" onClick={list.loadMore}>
            {t('notifications:loadMore')}
          </button>
        </p>
      )}
    </>
  );
}

const TITLE_TOKEN = '\u0000title\u0000';

/** The notification's sentence with the idea's title put in as `title` (a link). */
export function notificationText(t: Translate, notification: NotificationNode, language: string, title: ReactNode): ReactNode {
  const kind = notification.kind as NotificationKind;
  const text = t(`notifications:kind.${kind}`, {
    title: TITLE_TOKEN,
    status: notification.status ? t(`notifications:status.${notification.status as IdeaStatus}`) : '',
    until: notification.until ? formatDateTime(notification.until, language, { dateStyle: 'long' }) : '',
  });
  const [before, ...after] = text.split(TITLE_TOKEN);
  if (after.length === 0) return text;
  return (
    <>
      {before}
      {title}
      {after.join('')}
    </>
  );
}

function NotificationItem({ notification, unread, onOpen }: { notification: NotificationNode; unread: boolean; onOpen(): void }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const idea = notification.idea;
  const slug = idea?.municipality.slug ?? null;
  // DIALOGUE_* notifications name a dialogue instead of an idea.
  const dialogue = notification.dialogue;
  const title = dialogue ? (
    <Link to={paths.dialogue(dialogue.municipality.slug, dialogue.id)} onClick={onOpen}>
      {dialogue.title}
    </Link>
  ) : idea ? (
    slug ? (
      <Link to={paths.idea(slug, idea.id)} lang={idea.originalLocale} onClick={onOpen}>
        {idea.title}
      </Link>
    ) : (
      <span lang={idea.originalLocale}>{idea.title}</span>
    )
  ) : (
    <em>{t('notifications:ideaGone')}</em>
  );
  return (
    <li className={`notification${unread ? ' notification--unread' : ''}`}>
      <p className="notification__text">
        {unread && (
          <>
            <strong className="badge notification__unread">{t('notifications:unread')}</strong>{' '}
          </>
        )}
        {notificationText(t, notification, language, title)}
      </p>
      {notification.excerpt && <p className="notification__detail">{t('notifications:detail.excerpt', { excerpt: notification.excerpt })}</p>}
      {notification.reason && <p className="notification__detail">{t('notifications:detail.reason', { reason: notification.reason })}</p>}
      <p className="muted">
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt, language)}</time>
      </p>
    </li>
  );
}
