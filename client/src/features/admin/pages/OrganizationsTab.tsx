import { MembershipRole, NAMESPACES, OrganizationReviewDecision, reviewOrganizationSchema } from '@medskapa/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { errorMessageKey } from '../../../graphql/errors';
import type { ResultOf } from '../../../graphql/graphql';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextAreaField } from '../../../ui/form/fields';
import { useFormErrors } from '../../../ui/form/useFormErrors';
import { Loading } from '../../../ui/Loading';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { serverErrors, validate } from '../../accounts/validation';
import { PendingOrganizationsQuery, ReviewOrganizationMutation } from '../../organizations/organizations.graphql';
import { useAdminContext } from './AdminLayout';

type Pending = ResultOf<typeof PendingOrganizationsQuery>['organizations'][number];
type Open = { id: string; decision: OrganizationReviewDecision } | null;

/** `/admin/organizations`: organizations waiting for approval; approve, or reject with a reason. */
export function OrganizationsTab() {
  const { t } = useTranslation(NAMESPACES);
  const { municipality } = useAdminContext();
  useDocumentTitle(t('common:titleWithContext', { page: t('admin:tabs.organizations'), parent: t('admin:title') }));
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PendingOrganizationsQuery,
    variables: { municipalitySlug: municipality.slug },
  });
  useLoadingAnnouncement(fetching);
  const [open, setOpen] = useState<Open>(null);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const pending = data?.organizations ?? [];
  const refetch = () => reexecute({ requestPolicy: 'network-only' });

  const onReviewed = (message: string) => {
    setOpen(null);
    setStatus(message);
    heading.current?.focus();
    refetch();
  };

  return (
    <section aria-labelledby="pending-heading">
      <h2 id="pending-heading" ref={heading} tabIndex={-1}>
        {t('admin:organizations.heading')}
      </h2>
      <p>{t('admin:organizations.lead', { municipality: municipality.name })}</p>
      <p role="status" className="form-status">
        {status}
      </p>
      {error && !data && <ErrorAlert error={error} onRetry={refetch} />}
      {!data && fetching && <Loading />}
      {data && pending.length === 0 && <p>{t('admin:organizations.none')}</p>}
      {pending.length > 0 && (
        <ul className="item-list">
          {pending.map((organization) => (
            <PendingItem
              key={organization.id}
              organization={organization}
              open={open?.id === organization.id ? open.decision : null}
              onOpen={(decision) => setOpen({ id: organization.id, decision })}
              onClose={() => setOpen(null)}
              onReviewed={onReviewed}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function PendingItem({
  organization,
  open,
  onOpen,
  onClose,
  onReviewed,
}: {
  organization: Pending;
  open: OrganizationReviewDecision | null;
  onOpen(decision: OrganizationReviewDecision): void;
  onClose(): void;
  onReviewed(message: string): void;
}) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const leaders = organization.members.filter((m) => m.role === MembershipRole.LEADER).map((m) => m.user.displayName);
  const headingId = `pending-${organization.id}`;
  return (
    <li className="item-list__item">
      <h3 id={headingId} className="item-list__title">
        <Link to={paths.organization(organization.id)}>{organization.name}</Link>
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('admin:organizations.kind')}</dt>
          <dd>{t(`organizations:kinds.${organization.kind}`)}</dd>
        </div>
        {organization.homePlace && (
          <div>
            <dt>{t('admin:organizations.place')}</dt>
            <dd>{organization.homePlace.name}</dd>
          </div>
        )}
        {leaders.length > 0 && (
          <div>
            <dt>{t('admin:organizations.leaders')}</dt>
            <dd>{leaders.join(', ')}</dd>
          </div>
        )}
        {organization.contactEmail && (
          <div>
            <dt>{t('organizations:fields.contactEmail.short')}</dt>
            <dd className="table__break">{organization.contactEmail}</dd>
          </div>
        )}
        <div>
          <dt>{t('admin:organizations.registered')}</dt>
          <dd>{formatDateTime(organization.createdAt, language)}</dd>
        </div>
      </dl>
      {organization.description && <p>{organization.description}</p>}
      {open ? (
        <ReviewForm organization={organization} decision={open} onCancel={onClose} onReviewed={onReviewed} />
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            aria-describedby={headingId}
            onClick={() => onOpen(OrganizationReviewDecision.APPROVE)}
          >
            {t('admin:organizations.approve')}
          </button>
          <button
            type="button"
            className="button"
            aria-describedby={headingId}
            onClick={() => onOpen(OrganizationReviewDecision.REJECT)}
          >
            {t('admin:organizations.reject')}
          </button>
        </div>
      )}
    </li>
  );
}

function ReviewForm({
  organization,
  decision,
  onCancel,
  onReviewed,
}: {
  organization: Pending;
  decision: OrganizationReviewDecision;
  onCancel(): void;
  onReviewed(message: string): void;
}) {
  const { t } = useTranslation(NAMESPACES);
  const form = useFormErrors(`review-${organization.id}`);
  const [{ fetching }, review] = useMutation(ReviewOrganizationMutation);
  const [reason, setReason] = useState('');
  const container = useRef<HTMLFormElement>(null);
  const rejecting = decision === OrganizationReviewDecision.REJECT;

  useEffect(() => {
    container.current?.querySelector<HTMLElement>(rejecting ? 'textarea' : 'button[type="submit"]')?.focus();
  }, [rejecting]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(t, reviewOrganizationSchema, { decision, reason }, ['reason']);
    if (!checked.ok) return form.show(checked.errors);
    const result = await review({ id: organization.id, decision, reason: checked.data.reason ?? null });
    if (result.error) {
      const code = errorMessageKey(result.error);
      if (code === 'CONFLICT') return form.show([{ message: t('admin:organizations.alreadyReviewed') }]);
      return form.show(serverErrors(t, result.error, ['reason']));
    }
    onReviewed(
      rejecting
        ? t('admin:organizations.rejected', { name: organization.name })
        : t('admin:organizations.approved', { name: organization.name }),
    );
  };

  return (
    <form className="panel" noValidate onSubmit={onSubmit} ref={container}>
      <ErrorSummary form={form} />
      <p>
        {rejecting
          ? t('admin:organizations.rejectQuestion', { name: organization.name })
          : t('admin:organizations.approveQuestion', { name: organization.name })}
      </p>
      {rejecting && (
        <TextAreaField
          form={form}
          name="reason"
          required
          rows={3}
          label={t('admin:organizations.reason')}
          hint={t('admin:organizations.reasonHint')}
          value={reason}
          onValueChange={setReason}
        />
      )}
      <div className="form__actions">
        <button type="submit" className={rejecting ? 'button button--danger' : 'button button--primary'} disabled={fetching}>
          {rejecting ? t('admin:organizations.confirmReject') : t('admin:confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('admin:cancel')}
        </button>
      </div>
    </form>
  );
}
