import { NAMESPACES } from '@medskapa/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoadMore } from '../../../graphql/useLoadMore';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { HiddenContext } from '../../../ui/HiddenContext';
import { Loading } from '../../../ui/Loading';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { OutboxQuery } from '../admin.graphql';

/** `/admin/outbox`: the e-mails the platform sent or queued (OFFICER and ADMIN). */
export function OutboxTab() {
  const { t } = useTranslation(NAMESPACES);
  useDocumentTitle(t('common:titleWithContext', { page: t('admin:tabs.outbox'), parent: t('admin:title') }));
  const [address, setAddress] = useState('');
  const [applied, setApplied] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setApplied(address.trim());
  };
  return (
    <section aria-labelledby="outbox-heading">
      <h2 id="outbox-heading">{t('admin:tabs.outbox')}</h2>
      <p>{t('admin:outbox.lead')}</p>
      <form role="search" className="inline-form" onSubmit={onSubmit}>
        <div className="field">
          <label className="field__label" htmlFor="outbox-to">
            {t('admin:outbox.filter')}
          </label>
          <input
            id="outbox-to"
            type="search"
            className="field__input"
            autoComplete="off"
            spellCheck={false}
            value={address}
            onChange={(event) => setAddress(event.target.value)}
          />
        </div>
        <button type="submit" className="button">
          {t('admin:outbox.filterButton')}
        </button>
      </form>
      <OutboxTable key={applied} toAddress={applied} />
    </section>
  );
}

function OutboxTable({ toAddress }: { toAddress: string }) {
  const { t, i18n } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const messages = useLoadMore(OutboxQuery, { toAddress: toAddress || null }, (data) => data.outbox);
  useLoadingAnnouncement(messages.loading || messages.loadingMore);

  if (messages.error && messages.nodes.length === 0) return <ErrorAlert error={messages.error} onRetry={messages.refetch} />;
  if (messages.loading) return <Loading />;
  if (messages.nodes.length === 0) return <p>{t('admin:outbox.empty')}</p>;

  const kindName = (kind: string) => {
    const key = `admin:outbox.kinds.${kind}`;
    return i18n.exists(key) ? t(key as 'admin:outbox.kinds.EMAIL_VERIFICATION') : kind;
  };

  return (
    <>
      <p className="table-count" aria-live="polite">
        {t('admin:showing', { shown: messages.nodes.length, total: messages.totalCount ?? messages.nodes.length })}
      </p>
      <div className="table-scroll" role="region" aria-labelledby="outbox-caption" tabIndex={0}>
        <table className="table table--wide">
          <caption id="outbox-caption">{t('admin:outbox.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin:outbox.columns.time')}</th>
              <th scope="col">{t('admin:outbox.columns.to')}</th>
              <th scope="col">{t('admin:outbox.columns.subject')}</th>
              <th scope="col">{t('admin:outbox.columns.kind')}</th>
            </tr>
          </thead>
          <tbody>
            {messages.nodes.map((message) => (
              <tr key={message.id}>
                <td>
                  <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, language)}</time>
                  <span className="table__secondary">
                    {message.sentAt ? t('admin:outbox.sent') : t('admin:outbox.queued')}
                  </span>
                </td>
                <td className="table__break">{message.toAddress}</td>
                <th scope="row">
                  <details className="disclosure">
                    <summary>
                      {message.subject}
                      <HiddenContext>{t('admin:outbox.showBody')}</HiddenContext>
                    </summary>
                    <pre className="disclosure__body" lang={message.locale}>
                      {message.bodyText}
                    </pre>
                  </details>
                </th>
                <td>{kindName(message.kind)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {messages.error && <ErrorAlert error={messages.error} />}
      {messages.loadingMore && <Loading />}
      {messages.hasMore && (
        <p>
          <button type="button" className="button" onClick={messages.loadMore}>
            {t('admin:loadMore')}
          </button>
        </p>
      )}
    </>
  );
}
