import { NAMESPACES, Role } from '@medskapa/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useOutletContext, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import { Loading } from '../../../ui/Loading';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { SignInPrompt } from '../../accounts/components/SignInPrompt';
import { hasRoleIn, municipalitiesWithRole, useViewer } from '../../accounts/useViewer';

export interface AdminContext {
  municipality: { slug: string; name: string };
  /** ADMIN of the municipality (else OFFICER). */
  isAdmin: boolean;
}

/** The chosen municipality and the viewer's powers there, for the tabs. */
export function useAdminContext(): AdminContext {
  return useOutletContext<AdminContext>();
}

const MUNICIPALITY_PARAM = 'municipality';

/**
 * `/admin`: for officers and admins of a municipality. The heading, a municipality chooser when
 * the person has powers in several, and the tabs their role allows; everyone else is refused.
 */
export function AdminLayout() {
  const { t } = useTranslation(NAMESPACES);
  const { viewer, loading } = useViewer();
  const [params, setParams] = useSearchParams();
  useLoadingAnnouncement(loading);
  const title = t('admin:title');
  const municipalities = municipalitiesWithRole(viewer, Role.OFFICER);
  const requested = params.get(MUNICIPALITY_PARAM);
  const municipality = municipalities.find((m) => m.slug === requested) ?? municipalities[0];
  useDocumentTitle(viewer && !municipality ? t('admin:noAccess.title') : title);

  if (loading) return <Loading />;
  if (!viewer) return <SignInPrompt title={title} body={t('admin:signInBody')} />;
  if (!municipality) return <NoAccess />;

  const isAdmin = hasRoleIn(viewer, municipality.slug, Role.ADMIN);
  const query = municipalities.length > 1 ? `?${new URLSearchParams({ [MUNICIPALITY_PARAM]: municipality.slug })}` : '';
  const tabs = [
    ...(isAdmin ? [{ to: paths.adminRoles(), label: t('admin:tabs.roles') }] : []),
    { to: paths.adminOrganizations(), label: t('admin:tabs.organizations') },
    ...(isAdmin ? [{ to: paths.adminAudit(), label: t('admin:tabs.audit') }] : []),
    { to: paths.adminOutbox(), label: t('admin:tabs.outbox') },
    { to: paths.adminAnswerTemplates(), label: t('moderation:templates.tab') },
    ...(isAdmin ? [{ to: paths.adminIdeaSettings(), label: t('moderation:settings.tab') }] : []),
  ];
  const context: AdminContext = { municipality, isAdmin };

  return (
    <div className="admin">
      <h1>{title}</h1>
      <p className="lead">
        {isAdmin
          ? t('admin:leadAdmin', { municipality: municipality.name })
          : t('admin:leadOfficer', { municipality: municipality.name })}
      </p>
      <p>
        <NavLink to={paths.moderation(municipality.slug)}>{t('moderation:adminLink', { municipality: municipality.name })}</NavLink>
      </p>
      {municipalities.length > 1 && (
        <MunicipalityChooser
          municipalities={municipalities}
          current={municipality.slug}
          onChoose={(slug) => setParams({ [MUNICIPALITY_PARAM]: slug })}
        />
      )}
      <nav className="tabs" aria-label={t('admin:tabs.label')}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to + query} className="tabs__link">
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="tabs__panel">
        <Outlet context={context} />
      </div>
    </div>
  );
}

/** `/admin` itself: the first tab the person may use. */
export function AdminIndex() {
  const { isAdmin } = useAdminContext();
  const [params] = useSearchParams();
  const search = params.toString();
  const to = (isAdmin ? paths.adminRoles() : paths.adminOrganizations()) + (search ? `?${search}` : '');
  return <Navigate to={to} replace />;
}

/** A tab only admins may use, opened by an officer. */
export function AdminOnly({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation(NAMESPACES);
  const { isAdmin } = useAdminContext();
  if (isAdmin) return <>{children}</>;
  return (
    <div className="alert" role="alert">
      <p className="alert__message">{t('admin:adminOnly')}</p>
    </div>
  );
}

function NoAccess() {
  const { t } = useTranslation(NAMESPACES);
  return (
    <div className="prompt">
      <h1>{t('admin:noAccess.title')}</h1>
      <p className="lead">{t('admin:noAccess.body')}</p>
      <p>
        <NavLink to={paths.home()}>{t('common:notFound.home')}</NavLink>
      </p>
    </div>
  );
}

function MunicipalityChooser({
  municipalities,
  current,
  onChoose,
}: {
  municipalities: { slug: string; name: string }[];
  current: string;
  onChoose(slug: string): void;
}) {
  const { t } = useTranslation(NAMESPACES);
  const [value, setValue] = useState(current);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(value);
  };
  return (
    <form className="inline-form" onSubmit={onSubmit}>
      <div className="field">
        <label className="field__label" htmlFor="admin-municipality">
          {t('admin:municipality')}
        </label>
        <select id="admin-municipality" className="field__select" value={value} onChange={(e) => setValue(e.target.value)}>
          {municipalities.map((m) => (
            <option key={m.slug} value={m.slug}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t('admin:chooseMunicipality')}
      </button>
    </form>
  );
}
