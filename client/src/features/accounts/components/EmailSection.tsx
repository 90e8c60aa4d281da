import { NAMESPACES } from '@medskapa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { errorMessageKey, retryAfterSeconds } from '../../../graphql/errors';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { EidLoginQuery, RequestEmailVerificationMutation } from '../accounts.graphql';
import { eidStartHref } from './EidLogin';
import type { Viewer } from '../useViewer';
import { waitMessage } from '../validation';

/** The address, whether it is confirmed, and "send the link again". */
export function EmailSection({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ fetching }, requestAgain] = useMutation(RequestEmailVerificationMutation);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');

  const onSend = async () => {
    setError('');
    setSent(false);
    const result = await requestAgain({});
    if (result.error) {
      const key = errorMessageKey(result.error);
      setError(key === 'RATE_LIMITED' ? waitMessage(t, retryAfterSeconds(result.error)) : t(`errors:${key}`));
      return;
    }
    setSent(true);
  };

  return (
    <section className="section" aria-labelledby="email-heading">
      <h2 id="email-heading">{t('accounts:profile.emailHeading')}</h2>
      <p>
        <span className="data-label">{t('accounts:fields.email.label')}:</span> {viewer.email}
      </p>
      <p>
        <span className={viewer.emailVerified ? 'badge badge--ok' : 'badge badge--warning'}>
          {viewer.emailVerified ? t('accounts:profile.emailVerified') : t('accounts:profile.emailNotVerified')}
        </span>
      </p>
      {!viewer.emailVerified && (
        <>
          <p>{t('accounts:profile.emailNotVerifiedBody')}</p>
          {error && (
            <div className="alert" role="alert">
              <p className="alert__message">{error}</p>
            </div>
          )}
          <p>
            <button type="button" className="button" onClick={onSend} disabled={fetching}>
              {t('accounts:verifyEmail.sendAgain')}
            </button>
          </p>
        </>
      )}
      <p role="status" className="form-status">
        {sent ? t('accounts:verifyEmail.sentAgain', { email: viewer.email ?? '' }) : ''}
      </p>
    </section>
  );
}

/** Whether the person has proved who they are with e-ID, and how strongly. */
export function IdentitySection({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const verification = viewer.verification;
  return (
    <section className="section" aria-labelledby="identity-heading">
      <h2 id="identity-heading">{t('accounts:profile.identityHeading')}</h2>
      {verification ? (
        <p>
          {t('accounts:profile.identityVerified', {
            date: formatDateTime(verification.verifiedAt, language, { dateStyle: 'long' }),
            level: t(`accounts:assurance.${verification.assuranceLevel}`),
          })}
        </p>
      ) : (
        <>
          <p>{t('accounts:profile.identityNotVerified')}</p>
          <EidVerifyLink />
        </>
      )}
    </section>
  );
}

/** Links e-ID to the account when the API offers e-ID; the browser comes back to the profile. */
function EidVerifyLink() {
  const { t } = useTranslation(NAMESPACES);
  const [{ data }] = useQuery({ query: EidLoginQuery });
  const eid = data?.eidLogin;
  if (!eid?.enabled || !eid.startUrl) return null;
  return (
    <p>
      <a className="button" href={eidStartHref(eid.startUrl, paths.profile())}>
        {t('accounts:eid.verify', { name: eid.displayName ?? t('accounts:eid.defaultName') })}
      </a>
    </p>
  );
}
