import { inviteMemberSchema, MembershipRole, NAMESPACES, OrganizationStatus, Role } from '@medskapa/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { paths } from '../../../app/paths';
import { errorMessageKey, isNotFound } from '../../../graphql/errors';
import type { ResultOf } from '../../../graphql/graphql';
import type { Translate } from '../../../i18n/translate';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { HiddenContext } from '../../../ui/HiddenContext';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { SelectField, TextField } from '../../../ui/form/fields';
import { useFormErrors } from '../../../ui/form/useFormErrors';
import { Loading } from '../../../ui/Loading';
import { useAnnounce, useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { hasRoleIn, useViewer, type Viewer } from '../../accounts/useViewer';
import { serverErrors, validate } from '../../accounts/validation';
import { OrganizationPolls } from '../../polls/components/OrganizationPolls';
import { isPollOrganizationKind } from '../../polls/pollStatus';
import { OrganizationWorkshops } from '../../workshops/components/OrganizationWorkshops';
import { StatusBadge } from '../components/OrganizationList';
import {
  InviteMemberMutation,
  OrganizationInvitationsQuery,
  OrganizationQuery,
  RemoveMemberMutation,
  RevokeInvitationMutation,
  SetMemberRoleMutation,
} from '../organizations.graphql';
import type { CreatedState } from './NewOrganizationPage';

type Organization = NonNullable<ResultOf<typeof OrganizationQuery>['organization']>;
type Member = Organization['members'][number];

/** `/organizations/:id`: about the organization, its members, invitations, and leaving it. */
export function OrganizationPage() {
  const { id = '' } = useParams();
  return <OrganizationView key={id} id={id} />;
}

function OrganizationView({ id }: { id: string }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const location = useLocation();
  const created = (location.state as CreatedState | null)?.created;
  const { viewer } = useViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: OrganizationQuery, variables: { id } });
  useLoadingAnnouncement(fetching);
  const organization = data?.organization;
  const notFound = !organization && (isNotFound(error) || (data !== undefined && !error));
  useDocumentTitle(organization?.name ?? (notFound ? t('organizations:notFound.title') : undefined));
  const refetch = () => reexecute({ requestPolicy: 'network-only' });

  if (notFound) return <NotFound title={t('organizations:notFound.title')} body={t('organizations:notFound.body')} />;
  if (!organization) {
    if (error) return <ErrorAlert error={error} onRetry={refetch} />;
    return <Loading />;
  }

  const isOfficer = hasRoleIn(viewer, organization.municipality.slug, Role.OFFICER);
  const isLeader = organization.viewerMembership?.role === MembershipRole.LEADER;
  const canManage = isLeader || isOfficer;

  return (
    <article className="organization">
      <p className="eyebrow">{t(`organizations:kinds.${organization.kind}`)}</p>
      <h1>{organization.name}</h1>
      {created && (
        <div className="notice" role="status">
          <p>
            {created === OrganizationStatus.APPROVED
              ? t('organizations:created.approved')
              : t('organizations:created.pending')}
          </p>
        </div>
      )}
      <ul className="meta-list">
        <li>{organization.municipality.name}</li>
        {organization.homePlace && <li>{organization.homePlace.name}</li>}
        <li>{t('organizations:memberCount', { count: organization.memberCount })}</li>
        <li>{t('organizations:since', { date: formatDateTime(organization.createdAt, language, { dateStyle: 'long' }) })}</li>
      </ul>
      {organization.status !== OrganizationStatus.APPROVED && (
        <div className="status-box">
          <p>
            <StatusBadge status={organization.status} />
          </p>
          <p>
            {organization.status === OrganizationStatus.PENDING
              ? t('organizations:statusExplained.PENDING')
              : t('organizations:statusExplained.REJECTED')}
          </p>
          {organization.reviewReason && (
            <p>{t('organizations:reviewReason', { reason: organization.reviewReason })}</p>
          )}
        </div>
      )}
      {organization.description && <p className="organization__description">{organization.description}</p>}
      {organization.contactEmail && (
        <p>
          <span className="data-label">{t('organizations:fields.contactEmail.short')}:</span>{' '}
          <a href={`mailto:${organization.contactEmail}`}>{organization.contactEmail}</a>
        </p>
      )}
      {isPollOrganizationKind(organization.kind) && (
        <OrganizationPolls
          municipalitySlug={organization.municipality.slug}
          organizationId={organization.id}
          canCreate={canManage && organization.status === OrganizationStatus.APPROVED}
        />
      )}
      <OrganizationWorkshops
        municipalitySlug={organization.municipality.slug}
        organizationId={organization.id}
        canCreate={canManage && organization.status === OrganizationStatus.APPROVED}
      />
      <Members organization={organization} viewer={viewer} canManage={canManage} onChanged={refetch} />
      {canManage && <Invitations organization={organization} />}
    </article>
  );
}

/** The last leader cannot go; other failures by their code. */
function memberErrorMessage(t: Translate, error: CombinedError): string {
  const lastLeader = error.graphQLErrors.some((e) => e.extensions?.reason === 'LAST_LEADER');
  if (lastLeader) return t('organizations:members.errors.lastLeader');
  return t(`errors:${errorMessageKey(error)}`);
}

type Confirming = { kind: 'remove' | 'leave'; member: Member } | null;

function Members({
  organization,
  viewer,
  canManage,
  onChanged,
}: {
  organization: Organization;
  viewer: Viewer | null;
  canManage: boolean;
  onChanged(): void;
}) {
  const { t } = useTranslation(NAMESPACES);
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [{ fetching: removing }, removeMember] = useMutation(RemoveMemberMutation);
  const [{ fetching: settingRole }, setMemberRole] = useMutation(SetMemberRoleMutation);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const confirmButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const members = organization.members;
  const isMember = !!organization.viewerMembership;

  const onSetRole = async (member: Member, role: MembershipRole) => {
    setError('');
    setStatus('');
    const result = await setMemberRole({ organizationId: organization.id, userId: member.user.id, role });
    if (result.error) return setError(memberErrorMessage(t, result.error));
    setStatus(t('organizations:members.roleChanged', { name: member.user.displayName, role: t(`organizations:roles.${role}`) }));
    onChanged();
  };

  const onConfirm = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirming) return;
    setError('');
    setStatus('');
    const { kind, member } = confirming;
    const result = await removeMember({ organizationId: organization.id, userId: member.user.id });
    if (result.error) return setError(memberErrorMessage(t, result.error));
    setConfirming(null);
    if (kind === 'leave') {
      announce(t('organizations:members.left', { organization: organization.name }));
      navigate(paths.organizations());
      return;
    }
    setStatus(t('organizations:members.removed', { name: member.user.displayName }));
    heading.current?.focus();
    onChanged();
  };

  return (
    <section className="section" aria-labelledby="members-heading">
      <h2 id="members-heading" ref={heading} tabIndex={-1}>
        {t('organizations:members.heading')}
      </h2>
      {members.length === 0 ? (
        <p>{t('organizations:members.hidden')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('organizations:members.caption', { organization: organization.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organizations:members.columns.name')}</th>
              <th scope="col">{t('organizations:members.columns.role')}</th>
              {(canManage || isMember) && <th scope="col">{t('organizations:members.columns.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const isSelf = member.user.id === viewer?.id;
              const otherRole = member.role === MembershipRole.LEADER ? MembershipRole.MEMBER : MembershipRole.LEADER;
              return (
                <tr key={member.id}>
                  <th scope="row">
                    {member.user.displayName}
                    {isSelf && <span className="table__secondary">{t('organizations:members.you')}</span>}
                  </th>
                  <td>{t(`organizations:roles.${member.role}`)}</td>
                  {(canManage || isMember) && (
                    <td>
                      <div className="button-row">
                        {canManage && !isSelf && (
                          <>
                            <button
                              type="button"
                              className="button button--small"
                              disabled={settingRole}
                              onClick={() => onSetRole(member, otherRole)}
                            >
                              {otherRole === MembershipRole.LEADER
                                ? t('organizations:members.makeLeader')
                                : t('organizations:members.makeMember')}
                              <HiddenContext>{member.user.displayName}</HiddenContext>
                            </button>
                            <button
                              type="button"
                              className="button button--small"
                              onClick={() => setConfirming({ kind: 'remove', member })}
                            >
                              {t('organizations:members.remove')}
                              <HiddenContext>{member.user.displayName}</HiddenContext>
                            </button>
                          </>
                        )}
                        {isSelf && (
                          <button
                            type="button"
                            className="button button--small"
                            onClick={() => setConfirming({ kind: 'leave', member })}
                          >
                            {t('organizations:members.leave')}
                          </button>
                        )}
                      </div>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {error && (
        <div className="alert" role="alert">
          <p className="alert__message">{error}</p>
        </div>
      )}
      {confirming && (
        <form className="panel" onSubmit={onConfirm}>
          <p>
            {confirming.kind === 'leave'
              ? t('organizations:members.leaveQuestion', { organization: organization.name })
              : t('organizations:members.removeQuestion', { name: confirming.member.user.displayName, organization: organization.name })}
          </p>
          <div className="form__actions">
            <button type="submit" className="button button--danger" ref={confirmButton} disabled={removing}>
              {t('admin:confirm')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(null)}>
              {t('admin:cancel')}
            </button>
          </div>
        </form>
      )}
      <p role="status" className="form-status">
        {status}
      </p>
    </section>
  );
}

const INVITE_FIELDS = ['email', 'role'] as const;

function Invitations({ organization }: { organization: Organization }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const form = useFormErrors('invite');
  const [{ data, error: listError }, reexecute] = useQuery({
    query: OrganizationInvitationsQuery,
    variables: { organizationId: organization.id },
  });
  const [{ fetching: inviting }, invite] = useMutation(InviteMemberMutation);
  const [{ fetching: revoking }, revokeInvitation] = useMutation(RevokeInvitationMutation);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MembershipRole>(MembershipRole.MEMBER);
  const [status, setStatus] = useState('');
  const [revokeError, setRevokeError] = useState('');
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const now = Date.now();
  const open = (data?.organizationInvitations ?? []).filter(
    (i) => !i.acceptedAt && !i.revokedAt && new Date(i.expiresAt).getTime() > now,
  );
  const approved = organization.status === OrganizationStatus.APPROVED;

  const onInvite = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const checked = validate(t, inviteMemberSchema, { organizationId: organization.id, email, role }, INVITE_FIELDS);
    if (!checked.ok) return form.show(checked.errors);
    const result = await invite({ organizationId: organization.id, email: checked.data.email, role: checked.data.role });
    if (result.error) {
      return form.show(
        serverErrors(t, result.error, INVITE_FIELDS, (field, problem) =>
          field === 'email' && problem === 'taken' ? t('organizations:invite.alreadyMember') : undefined,
        ),
      );
    }
    form.clear();
    setEmail('');
    setStatus(t('organizations:invite.sent', { email: checked.data.email }));
    refetch();
  };

  const onRevoke = async (id: string, address: string) => {
    setRevokeError('');
    setStatus('');
    const result = await revokeInvitation({ id });
    if (result.error) return setRevokeError(t(`errors:${errorMessageKey(result.error)}`));
    setStatus(t('organizations:invitations.revoked', { email: address }));
    refetch();
  };

  return (
    <>
      <section className="section" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('organizations:invite.heading')}</h2>
        {!approved ? (
          <p>{t('organizations:invite.notApproved')}</p>
        ) : (
          <>
            <p>{t('organizations:invite.lead')}</p>
            <ErrorSummary form={form} />
            <form className="form" noValidate onSubmit={onInvite}>
              <TextField
                form={form}
                name="email"
                type="email"
                autoComplete="off"
                spellCheck={false}
                required
                label={t('accounts:fields.email.label')}
                value={email}
                onValueChange={setEmail}
              />
              <SelectField
                form={form}
                name="role"
                label={t('organizations:invite.role')}
                hint={t('organizations:invite.roleHint')}
                value={role}
                onValueChange={(value) => setRole(value as MembershipRole)}
              >
                <option value={MembershipRole.MEMBER}>{t('organizations:roles.MEMBER')}</option>
                <option value={MembershipRole.LEADER}>{t('organizations:roles.LEADER')}</option>
              </SelectField>
              <div className="form__actions">
                <button type="submit" className="button button--primary" disabled={inviting}>
                  {t('organizations:invite.submit')}
                </button>
              </div>
            </form>
          </>
        )}
        <p role="status" className="form-status">
          {status}
        </p>
      </section>
      <section className="section" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">{t('organizations:invitations.heading')}</h2>
        {listError && !data && <ErrorAlert error={listError} onRetry={refetch} />}
        {revokeError && (
          <div className="alert" role="alert">
            <p className="alert__message">{revokeError}</p>
          </div>
        )}
        {data && open.length === 0 && <p>{t('organizations:invitations.none')}</p>}
        {open.length > 0 && (
          <ul className="item-list">
            {open.map((invitation) => (
              <li key={invitation.id} className="item-list__item">
                <p className="item-list__title table__break">{invitation.email}</p>
                <ul className="meta-list">
                  <li>{t(`organizations:roles.${invitation.role}`)}</li>
                  <li>
                    {t('organizations:invitations.expires', {
                      date: formatDateTime(invitation.expiresAt, language, { dateStyle: 'long' }),
                    })}
                  </li>
                </ul>
                <button
                  type="button"
                  className="button button--small"
                  disabled={revoking}
                  onClick={() => onRevoke(invitation.id, invitation.email)}
                >
                  {t('organizations:invitations.revoke')}
                  <HiddenContext>{t('organizations:invitations.revokeContext', { email: invitation.email })}</HiddenContext>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

