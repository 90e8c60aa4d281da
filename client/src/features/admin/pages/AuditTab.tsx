import { NAMESPACES, Role } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../../graphql/graphql';
import { useLoadMore } from '../../../graphql/useLoadMore';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { AuditLogQuery } from '../admin.graphql';
import { AdminOnly, useAdminContext } from './AdminLayout';

type AuditEvent = ResultOf<typeof AuditLogQuery>['auditLog']['edges'][number]['node'];

/** `/admin/audit`: privileged actions in the municipality, newest first (ADMIN). */
export function AuditTab() {
  const { t } = useTranslation(NAMESPACES);
  useDocumentTitle(t('common:titleWithContext', { page: t('admin:tabs.audit'), parent: t('admin:title') }));
  const { municipality } = useAdminContext();
  return (
    <AdminOnly>
      <section aria-labelledby="audit-heading">
        <h2 id="audit-heading">{t('admin:tabs.audit')}</h2>
        <p>{t('admin:audit.lead', { municipality: municipality.name })}</p>
        <AuditTable key={municipality.slug} />
      </section>
    </AdminOnly>
  );
}

const KNOWN_ROLES = new Set<string>(Object.values(Role));

function AuditTable() {
  const { t, i18n } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const { municipality } = useAdminContext();
  const events = useLoadMore(AuditLogQuery, { municipalitySlug: municipality.slug }, (data) => data.auditLog);
  useLoadingAnnouncement(events.loading || events.loadingMore);

  if (events.error && events.nodes.length === 0) return <ErrorAlert error={events.error} onRetry={events.refetch} />;
  if (events.loading) return <Loading />;
  if (events.nodes.length === 0) return <p>{t('admin:audit.empty')}</p>;

  const roleName = (role: string) => (KNOWN_ROLES.has(role) ? t(`accounts:roles.${role as Role}`) : role);
  const actionName = (action: string) => {
    const key = `admin:audit.actions.${action}`;
    return i18n.exists(key) ? t(key as 'admin:audit.actions.ROLE_GRANTED') : action;
  };
  const targetName = (event: AuditEvent) => {
    const key = `admin:audit.targets.${event.targetType}`;
    return i18n.exists(key) ? t(key as 'admin:audit.targets.User') : event.targetType;
  };

  return (
    <>
      <p className="table-count" aria-live="polite">
        {t('admin:showing', { shown: events.nodes.length, total: events.totalCount ?? events.nodes.length })}
      </p>
      <div className="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
        <table className="table table--wide">
          <caption id="audit-caption">{t('admin:audit.caption', { municipality: municipality.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin:audit.columns.time')}</th>
              <th scope="col">{t('admin:audit.columns.actor')}</th>
              <th scope="col">{t('admin:audit.columns.roles')}</th>
              <th scope="col">{t('admin:audit.columns.action')}</th>
              <th scope="col">{t('admin:audit.columns.target')}</th>
            </tr>
          </thead>
          <tbody>
            {events.nodes.map((event) => (
              <tr key={event.id}>
                <td>
                  <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, language)}</time>
                </td>
                <td>{event.actorName ?? t('admin:audit.removedUser')}</td>
                <td>{event.actorRoles.map(roleName).join(', ')}</td>
                <th scope="row">{actionName(event.action)}</th>
                <td>
                  <span className="table__primary">{targetName(event)}</span>
                  <Details details={event.details} roleName={roleName} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {events.error && <ErrorAlert error={events.error} />}
      {events.loadingMore && <Loading />}
      {events.hasMore && (
        <p>
          <button type="button" className="button" onClick={events.loadMore}>
            {t('admin:loadMore')}
          </button>
        </p>
      )}
    </>
  );
}

/** The event's details as short "key: value" lines; a role in words. */
function Details({ details, roleName }: { details: Record<string, unknown>; roleName(role: string): string }) {
  const { t, i18n } = useTranslation(NAMESPACES);
  const entries = Object.entries(details).filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (entries.length === 0) return null;
  const label = (key: string) => {
    const path = `admin:audit.details.${key}`;
    return i18n.exists(path) ? t(path as 'admin:audit.details.role') : key;
  };
  const value = (key: string, raw: unknown) => {
    if (key === 'role' && typeof raw === 'string') return roleName(raw);
    if (Array.isArray(raw)) return raw.join(', ');
    if (typeof raw === 'object') return JSON.stringify(raw);
    return String(raw);
  };
  return (
    <ul className="table__details">
      {entries.map(([key, raw]) => (
        <li key={key}>
          {label(key)}: {value(key, raw)}
        </li>
      ))}
    </ul>
  );
}
