import { NAMESPACES } from '@medskapa/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { errorMessageKey } from '../../../graphql/errors';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { NotificationPreferencesQuery, UpdateNotificationPreferencesMutation } from '../notifications.graphql';

/**
 * The daily e-mail digest opt-in on the profile page: a checkbox saved at once, with what it
 * means, and a link to the notifications themselves. `id="notification-settings"` is the target
 * of the notifications page's link.
 */
export function DigestSection({ emailVerified }: { emailVerified: boolean }) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const inputId = useId();
  const hintId = useId();
  const [{ data, error }, refetch] = useQuery({ query: NotificationPreferencesQuery });
  const [{ fetching }, update] = useMutation(UpdateNotificationPreferencesMutation);
  const [value, setValue] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const checked = value ?? data?.notificationPreferences.dailyDigest ?? false;

  const onChange = async (next: boolean) => {
    setProblem(null);
    setValue(next);
    const result = await update({ dailyDigest: next });
    if (result.error || !result.data) {
      setValue(!next);
      setProblem(t(`errors:${result.error ? errorMessageKey(result.error) : 'INTERNAL_SERVER_ERROR'}`));
      return;
    }
    setValue(result.data.updateNotificationPreferences.dailyDigest);
    announce(t('notifications:preferences.saved'));
  };

  return (
    <section className="section" aria-labelledby="notification-settings-heading" id="notification-settings">
      <h2 id="notification-settings-heading">{t('notifications:preferences.title')}</h2>
      <p>{t('accounts:notifications.lead')}</p>
      {error && !data && <ErrorAlert error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {data && (
        <div className="field field--checkbox">
          <div className="checkbox">
            <input
              type="checkbox"
              id={inputId}
              className="checkbox__input"
              checked={checked}
              disabled={fetching}
              aria-describedby={hintId}
              onChange={(event) => void onChange(event.target.checked)}
            />
            <label className="checkbox__label" htmlFor={inputId}>
              {t('notifications:preferences.dailyDigest')}
            </label>
          </div>
          <p className="field__hint" id={hintId}>
            {t('notifications:preferences.dailyDigestHint')}
            {!emailVerified && <> {t('accounts:notifications.needsVerifiedEmail')}</>}
          </p>
        </div>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <p>
        <Link to={paths.notifications()}>{t('accounts:notifications.link')}</Link>
      </p>
    </section>
  );
}
