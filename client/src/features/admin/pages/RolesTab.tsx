import { NAMESPACES, Role, ROLE_RANK } from '@medskapa/shared';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type CombinedError } from 'urql';
import { errorMessageKey } from '../../../graphql/errors';
import type { ResultOf } from '../../../graphql/graphql';
import type { Translate } from '../../../i18n/translate';
import { useLoadMore } from '../../../graphql/useLoadMore';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Dialog } from '../../../ui/Dialog';
import { Loading } from '../../../ui/Loading';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { AdminUsersQuery, GrantRoleMutation, RevokeRoleMutation } from '../admin.graphql';
import { AdminOnly, useAdminContext } from './AdminLayout';

type AdminUser = NonNullable<ResultOf<typeof AdminUsersQuery>['users']>['edges'][number]['node'];
type Assignments = AdminUser['roleAssignments'];

/** Roles an admin can grant; RESIDENT is everyone's. */
export const GRANTABLE_ROLES = [Role.MODERATOR, Role.OFFICER, Role.ADMIN] as const;
type GrantableRole = (typeof GRANTABLE_ROLES)[number];

const SEARCH_DELAY_MS = 400;

/** `/admin/roles`: find a person and grant or revoke MODERATOR, OFFICER or ADMIN. */
export function RolesTab() {
  const { t } = useTranslation(NAMESPACES);
  useDocumentTitle(t('common:titleWithContext', { page: t('admin:tabs.roles'), parent: t('admin:title') }));
  return (
    <AdminOnly>
      <Roles />
    </AdminOnly>
  );
}

function Roles() {
  const { t } = useTranslation(NAMESPACES);
  const { municipality } = useAdminContext();
  const [search, setSearch] = useState('');
  const [applied, setApplied] = useState('');
  const [status, setStatus] = useState('');

  // Searching as one types, a moment after the last key; Enter searches at once.
  useEffect(() => {
    const timer = setTimeout(() => setApplied(search.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setApplied(search.trim());
  };

  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">{t('admin:tabs.roles')}</h2>
      <p>{t('admin:roles.lead', { municipality: municipality.name })}</p>
      <form role="search" className="inline-form" onSubmit={onSubmit}>
        <div className="field">
          <label className="field__label" htmlFor="roles-search">
            {t('admin:roles.search')}
          </label>
          <p className="field__hint" id="roles-search-hint">
            {t('admin:roles.searchHint')}
          </p>
          <input
            id="roles-search"
            type="search"
            className="field__input"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="roles-search-hint"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <button type="submit" className="button">
          {t('admin:roles.searchButton')}
        </button>
      </form>
      <p role="status" className="form-status">
        {status}
      </p>
      <UsersTable key={`${municipality.slug}:${applied}`} search={applied} onStatus={setStatus} />
    </section>
  );
}

type OpenPanel = { userId: string; kind: 'grant' } | { userId: string; kind: 'revoke'; role: Role };

function UsersTable({ search, onStatus }: { search: string; onStatus(message: string): void }) {
  const { t } = useTranslation(NAMESPACES);
  const { municipality } = useAdminContext();
  const users = useLoadMore(
    AdminUsersQuery,
    { municipalitySlug: municipality.slug, search: search || null },
    (data) => data.users,
  );
  useLoadingAnnouncement(users.loading || users.loadingMore);
  // Roles after a grant or revoke here, until the list is loaded again.
  const [changed, setChanged] = useState<Record<string, Assignments>>({});
  const [open, setOpen] = useState<OpenPanel | null>(null);

  if (users.error && users.nodes.length === 0) return <ErrorAlert error={users.error} onRetry={users.refetch} />;
  if (users.loading) return <Loading />;
  if (users.nodes.length === 0) {
    return <p>{search ? t('admin:roles.noMatches', { search }) : t('admin:roles.empty')}</p>;
  }

  const rolesOf = (user: AdminUser) =>
    (changed[user.id] ?? user.roleAssignments)
      .filter((a) => a.municipality.slug === municipality.slug && a.role !== Role.RESIDENT)
      .map((a) => a.role)
      .sort((a, b) => ROLE_RANK[a] - ROLE_RANK[b]);

  const onDone = (user: AdminUser, assignments: Assignments, message: string) => {
    setChanged((all) => ({ ...all, [user.id]: assignments }));
    setOpen(null);
    onStatus(message);
  };

  return (
    <>
      <p className="table-count" aria-live="polite">
        {t('admin:showing', { shown: users.nodes.length, total: users.totalCount ?? users.nodes.length })}
      </p>
      <table className="table table--wide">
        <caption className="visually-hidden">{t('admin:roles.caption', { municipality: municipality.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin:roles.columns.person')}</th>
            <th scope="col">{t('admin:roles.columns.roles')}</th>
            <th scope="col">{t('admin:roles.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.nodes.map((user) => (
            <UserRows
              key={user.id}
              user={user}
              roles={rolesOf(user)}
              open={open?.userId === user.id ? open : null}
              onOpen={setOpen}
              onClose={() => setOpen(null)}
              onDone={(assignments, message) => onDone(user, assignments, message)}
            />
          ))}
        </tbody>
      </table>
      {users.error && <ErrorAlert error={users.error} />}
      {users.loadingMore && <Loading />}
      {users.hasMore && (
        <p>
          <button type="button" className="button" onClick={users.loadMore}>
            {t('admin:loadMore')}
          </button>
        </p>
      )}
    </>
  );
}

interface UserRowsProps {
  user: AdminUser;
  roles: Role[];
  open: OpenPanel | null;
  onOpen(panel: OpenPanel): void;
  onClose(): void;
  onDone(assignments: Assignments, message: string): void;
}

/** The person's row; "Ge roll" and "Ta bort" open a small confirming dialog. */
function UserRows({ user, roles, open, onOpen, onClose, onDone }: UserRowsProps) {
  const { t } = useTranslation(NAMESPACES);
  const { municipality } = useAdminContext();
  const nameId = useId();
  const grantButton = useRef<HTMLButtonElement>(null);
  const revokeButtons = useRef(new Map<Role, HTMLButtonElement>());
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (!open && returnFocus.current) {
      returnFocus.current.focus();
      returnFocus.current = null;
    }
  }, [open]);

  const close = (focus: HTMLElement | null | undefined) => {
    returnFocus.current = focus ?? null;
    onClose();
  };

  return (
    <tr>
      <th scope="row" id={nameId}>
        <span className="table__primary">{user.displayName}</span>
        {user.email && <span className="table__secondary">{user.email}</span>}
      </th>
      <td>
        {roles.length === 0 ? (
          <span className="muted">{t('accounts:roles.RESIDENT')}</span>
        ) : (
          <ul className="chip-list">
            {roles.map((role) => (
              <li key={role} className="chip">
                <span>{t(`accounts:roles.${role}`)}</span>
                <button
                  type="button"
                  className="chip__button"
                  ref={(element) => {
                    if (element) revokeButtons.current.set(role, element);
                    else revokeButtons.current.delete(role);
                  }}
                  aria-haspopup="dialog"
                  // The name starts with the visible "Ta bort" (label in name) and says which role of
                  // whom; as an aria-label it does not repeat the role in the row's text.
                  aria-label={`${t('admin:roles.revoke')} ${t('admin:roles.revokeContext', {
                    role: t(`accounts:roles.${role}`),
                    name: user.displayName,
                  })}`}
                  onClick={() => onOpen({ userId: user.id, kind: 'revoke', role })}
                >
                  {t('admin:roles.revoke')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <button
          type="button"
          className="button button--small"
          ref={grantButton}
          aria-describedby={nameId}
          aria-haspopup="dialog"
          onClick={() => onOpen({ userId: user.id, kind: 'grant' })}
        >
          {t('admin:roles.grant')}
        </button>
        {open?.kind === 'grant' && (
          <Dialog
            title={t('admin:roles.grantLegend', { name: user.displayName, municipality: municipality.name })}
            onClose={() => close(grantButton.current)}
          >
            <GrantForm
              user={user}
              held={roles}
              onCancel={() => close(grantButton.current)}
              onGranted={(assignments, message) => {
                returnFocus.current = grantButton.current;
                onDone(assignments, message);
              }}
            />
          </Dialog>
        )}
        {open?.kind === 'revoke' && (
          <Dialog title={t('admin:roles.revokeTitle')} onClose={() => close(revokeButtons.current.get(open.role))}>
            <RevokeForm
              user={user}
              role={open.role}
              onCancel={() => close(revokeButtons.current.get(open.role))}
              onRevoked={(assignments, message) => {
                returnFocus.current = grantButton.current;
                onDone(assignments, message);
              }}
            />
          </Dialog>
        )}
      </td>
    </tr>
  );
}

/** Why a grant or revoke failed, in words: the last admin cannot go, and so on. */
function roleErrorMessage(t: Translate, error: CombinedError): string {
  const code = errorMessageKey(error);
  if (code === 'CONFLICT') return t('admin:roles.errors.lastAdmin');
  if (code === 'FORBIDDEN') return t('admin:roles.errors.forbidden');
  return t(`errors:${code}`);
}

function GrantForm({
  user,
  held,
  onCancel,
  onGranted,
}: {
  user: AdminUser;
  held: Role[];
  onCancel(): void;
  onGranted(assignments: Assignments, message: string): void;
}) {
  const { t } = useTranslation(NAMESPACES);
  const { municipality } = useAdminContext();
  const available = GRANTABLE_ROLES.filter((role) => !held.includes(role));
  const [role, setRole] = useState<GrantableRole>(available[0] ?? Role.MODERATOR);
  const [{ fetching }, grant] = useMutation(GrantRoleMutation);
  const [error, setError] = useState('');
  const select = useRef<HTMLSelectElement>(null);
  const selectId = useId();
  const errorId = useId();

  useEffect(() => select.current?.focus(), []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    const result = await grant({ userId: user.id, municipalitySlug: municipality.slug, role });
    if (result.error || !result.data) return setError(result.error ? roleErrorMessage(t, result.error) : t('errors:INTERNAL_SERVER_ERROR'));
    onGranted(
      result.data.grantRole.roleAssignments,
      t('admin:roles.granted', { name: user.displayName, role: t(`accounts:roles.${role}`) }),
    );
  };

  if (available.length === 0) {
    return (
      <div>
        <p>{t('admin:roles.allHeld', { name: user.displayName })}</p>
        <button type="button" className="button" onClick={onCancel}>
          {t('admin:cancel')}
        </button>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={onSubmit}>
      <div>
        {error && (
          <p className="field__error" id={errorId} role="alert">
            {error}
          </p>
        )}
        <div className="field">
          <label className="field__label" htmlFor={selectId}>
            {t('admin:roles.role')}
          </label>
          <select
            id={selectId}
            ref={select}
            className="field__select"
            value={role}
            aria-describedby={error ? errorId : undefined}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setRole(event.target.value as GrantableRole)}
          >
            {available.map((r) => (
              <option key={r} value={r}>
                {t(`accounts:roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <p className="field__hint">{t(`admin:roles.describe.${role}`)}</p>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={fetching}>
          {t('admin:confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('admin:cancel')}
        </button>
      </div>
    </form>
  );
}

function RevokeForm({
  user,
  role,
  onCancel,
  onRevoked,
}: {
  user: AdminUser;
  role: Role;
  onCancel(): void;
  onRevoked(assignments: Assignments, message: string): void;
}) {
  const { t } = useTranslation(NAMESPACES);
  const { municipality } = useAdminContext();
  const [{ fetching }, revoke] = useMutation(RevokeRoleMutation);
  const [error, setError] = useState('');
  const confirmButton = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  useEffect(() => confirmButton.current?.focus(), []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    const result = await revoke({ userId: user.id, municipalitySlug: municipality.slug, role });
    if (result.error || !result.data) return setError(result.error ? roleErrorMessage(t, result.error) : t('errors:INTERNAL_SERVER_ERROR'));
    onRevoked(
      result.data.revokeRole.roleAssignments,
      t('admin:roles.revoked', { name: user.displayName, role: t(`accounts:roles.${role}`) }),
    );
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby={questionId}>
      <p id={questionId}>
        {t('admin:roles.revokeQuestion', {
          name: user.displayName,
          role: t(`accounts:roles.${role}`),
          municipality: municipality.name,
        })}
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--danger" ref={confirmButton} disabled={fetching}>
          {t('admin:confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('admin:cancel')}
        </button>
      </div>
    </form>
  );
}
