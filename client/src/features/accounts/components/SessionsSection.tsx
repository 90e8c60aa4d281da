import { NAMESPACES } from '@medskapa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type UseQueryState } from 'urql';
import type { ResultOf } from '../../../graphql/graphql';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { HiddenContext } from '../../../ui/HiddenContext';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { RevokeSessionMutation, type MySessionsQuery } from '../accounts.graphql';
import { useViewer } from '../useViewer';

interface SessionsSectionProps {
  result: UseQueryState<ResultOf<typeof MySessionsQuery>>;
  refetch(): void;
}

/** Where the person is signed in, each session with a button that ends it (a lost phone). */
export function SessionsSection({ result, refetch }: SessionsSectionProps) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const { refetch: refetchViewer } = useViewer();
  const announce = useAnnounce();
  const [{ fetching, error: revokeError }, revoke] = useMutation(RevokeSessionMutation);
  const [revoking, setRevoking] = useState<string | null>(null);
  const sessions = result.data?.mySessions ?? [];
  const when = (iso: string) => formatDateTime(iso, language);

  const onRevoke = async (id: string) => {
    setRevoking(id);
    const outcome = await revoke({ id });
    setRevoking(null);
    if (outcome.error) return;
    announce(t('accounts:sessions.revoked'));
    refetch();
    // If it was this browser's own session, the person is now signed out.
    refetchViewer();
    document.getElementById('sessions-heading')?.focus();
  };

  return (
    <section className="section" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading" tabIndex={-1}>
        {t('accounts:sessions.heading')}
      </h2>
      <p>{t('accounts:sessions.lead')}</p>
      {result.error && !result.data && <ErrorAlert error={result.error} onRetry={refetch} />}
      {revokeError && <ErrorAlert error={revokeError} />}
      {result.data && sessions.length === 0 && <p>{t('accounts:sessions.none')}</p>}
      {sessions.length > 0 && (
        <ul className="item-list">
          {sessions.map((session) => (
            <li key={session.id} className="item-list__item">
              <p className="item-list__title">
                {session.method === 'EID' ? t('accounts:sessions.methodEid') : t('accounts:sessions.methodPassword')}
                {session.current && <span className="badge"> {t('accounts:sessions.current')}</span>}
              </p>
              <ul className="meta-list">
                <li>{t('accounts:sessions.started', { date: when(session.createdAt) })}</li>
                <li>{t('accounts:sessions.lastUsed', { date: when(session.lastUsedAt) })}</li>
                <li>{t('accounts:sessions.expires', { date: when(session.expiresAt) })}</li>
              </ul>
              <button
                type="button"
                className="button button--small"
                onClick={() => onRevoke(session.id)}
                disabled={fetching && revoking === session.id}
              >
                {t('accounts:sessions.revoke')}
                <HiddenContext>{t('accounts:sessions.revokeContext', { date: when(session.createdAt) })}</HiddenContext>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
