import { NAMESPACES, PollStatus } from '@medskapa/shared';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { isNotFound } from '../../../graphql/errors';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { NotFound } from '../../../ui/NotFound';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { ClosePollButton } from '../components/ClosePollButton';
import { PollResultsView } from '../components/PollResultsView';
import { PollStatusBadge } from '../components/PollStatusBadge';
import { QrCode } from '../components/QrCode';
import { VoterCodesPanel } from '../components/VoterCodesPanel';
import { PollPageQuery, PollPageResultsQuery } from '../pollPage.graphql';
import { siteOrigin, voteAddress } from '../voteAddress';

/** How often open results are asked for again while the page is open. */
export const LIVE_RESULTS_REFRESH_MS = 15_000;

/** `/:slug/polls/:id`: one youth poll, its results, and for its managers the voter codes. */
export function PollPage() {
  const { slug = '', id = '' } = useParams();
  return <Poll key={`${slug}/${id}`} slug={slug} id={id} />;
}

function Poll({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PollPageQuery, variables: { id } });
  const [results, reexecuteResults] = useQuery({ query: PollPageResultsQuery, variables: { pollId: id } });
  const refreshResults = useCallback(() => reexecuteResults({ requestPolicy: 'network-only' }), [reexecuteResults]);
  useLoadingAnnouncement(fetching);
  const poll = data?.poll;
  const notFound = !poll && (isNotFound(error) || (data !== undefined && !error));
  useDocumentTitle(poll ? poll.question : notFound ? t('pollResults:page.notFound.title') : undefined);

  // Counts change while an open poll shows them (live results, or to its managers).
  const live = !!poll && poll.status === PollStatus.OPEN && (poll.liveResults || poll.viewerCanManage);
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(refreshResults, LIVE_RESULTS_REFRESH_MS);
    return () => clearInterval(timer);
  }, [live, refreshResults]);

  if (notFound) return <NotFound title={t('pollResults:page.notFound.title')} body={t('pollResults:page.notFound.body')} />;
  if (!poll) {
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }
  const municipality = poll.organization.municipality;
  // A link with another municipality's slug goes to the poll's own address.
  if (municipality.slug !== slug) return <Navigate to={paths.poll(municipality.slug, poll.id)} replace />;

  const dateTime = (iso: string) => formatDateTime(iso, language, { dateStyle: 'long', timeStyle: 'short' });
  const origin = siteOrigin();
  const shortLink = voteAddress(origin, poll.shortCode);
  const afterClosing = () => {
    reexecute({ requestPolicy: 'network-only' });
    refreshResults();
  };

  return (
    <>
      <Breadcrumbs
        crumbs={[
          { label: municipality.name, to: paths.municipality(municipality.slug) },
          { label: t('pollResults:page.breadcrumb'), to: paths.polls(municipality.slug) },
          { label: poll.question },
        ]}
      />
      <article className="poll" aria-labelledby="poll-title">
        <header className="poll__header">
          <p className="eyebrow">{t('pollResults:page.eyebrow')}</p>
          <h1 id="poll-title">{poll.question}</h1>
          <p>
            <PollStatusBadge status={poll.status} />
          </p>
          <dl className="facts">
            <div>
              <dt>{t('pollResults:page.organization')}</dt>
              <dd>
                <Link to={paths.organization(poll.organization.id)}>{poll.organization.name}</Link>
              </dd>
            </div>
            {poll.audience && (
              <div>
                <dt>{t('pollResults:page.audience')}</dt>
                <dd>{poll.audience}</dd>
              </div>
            )}
            <div>
              <dt>{t('pollResults:page.opensAt')}</dt>
              <dd>
                <time dateTime={poll.opensAt}>{dateTime(poll.opensAt)}</time>
              </dd>
            </div>
            <div>
              <dt>{t('pollResults:page.closesAt')}</dt>
              <dd>
                <time dateTime={poll.closesAt}>{dateTime(poll.closesAt)}</time>
              </dd>
            </div>
          </dl>
        </header>

        {poll.description && <p className="poll__description prose">{poll.description}</p>}

        <section className="section" aria-labelledby="poll-options-heading">
          <h2 id="poll-options-heading">{t('pollResults:page.options')}</h2>
          <ol className="poll__options">
            {[...poll.options]
              .sort((a, b) => a.position - b.position)
              .map((option) => (
                <li key={option.id}>{option.text}</li>
              ))}
          </ol>
        </section>

        <section className="section" aria-labelledby="poll-link-heading">
          <h2 id="poll-link-heading">{t('pollResults:page.linkHeading')}</h2>
          <p>{t('pollResults:page.linkLead')}</p>
          <ShortLink address={shortLink} />
        </section>

        {poll.viewerCanManage && (
          <section className="section" aria-labelledby="poll-manage-heading">
            <h2 id="poll-manage-heading">{t('pollResults:manage.heading')}</h2>
            <div className="button-row">
              {poll.status === PollStatus.SCHEDULED && (
                <Link className="button" to={paths.editPoll(municipality.slug, poll.id)}>
                  {t('pollResults:manage.edit')}
                </Link>
              )}
              {poll.status === PollStatus.OPEN && <ClosePollButton pollId={poll.id} onClosed={afterClosing} />}
              {/* Served by the API with the session cookie, not a page of this app. */}
              <a className="button" href={paths.pollResultsCsv(poll.id)} download>
                {t('pollResults:manage.csv')}
              </a>
            </div>
          </section>
        )}

        <PollResultsView poll={poll} results={results.data?.pollResults} error={results.error} onRefresh={refreshResults} />

        {poll.goals.length > 0 && (
          <section className="section" aria-labelledby="poll-goals-heading">
            <h2 id="poll-goals-heading">{t('pollResults:page.goals')}</h2>
            <ul className="link-list">
              {poll.goals.map((goal) => (
                <li key={goal.id}>
                  <Link to={paths.area(municipality.slug, goal.area.code)}>
                    {goal.code} {goal.title}
                  </Link>{' '}
                  <span className="muted">({t('pollResults:page.inArea', { area: `${goal.area.code} ${goal.area.title}` })})</span>
                </li>
              ))}
            </ul>
          </section>
        )}

        {poll.viewerCanManage && (
          <VoterCodesPanel
            poll={{
              id: poll.id,
              status: poll.status,
              question: poll.question,
              shortCode: poll.shortCode,
              organizationName: poll.organization.name,
              municipalityName: municipality.name,
            }}
            onChanged={refreshResults}
          />
        )}
      </article>
    </>
  );
}

/**
 * The voting page's short link as text (a plain <a>: /r/ is its own small page, not a route of
 * this app), a copy button, and a QR code of it to show on a projector.
 */
function ShortLink({ address }: { address: string }) {
  const { t } = useTranslation(NAMESPACES);
  const [copyStatus, setCopyStatus] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address);
      setCopyStatus('copied');
    } catch {
      setCopyStatus('failed');
    }
  };
  return (
    <div className="poll-link">
      <div className="poll-link__text">
        <p className="poll-link__address">
          <a href={address}>{address}</a>
        </p>
        <p>
          <button type="button" className="button button--small" onClick={copy}>
            {t('pollResults:page.copy')}
          </button>{' '}
          <span role="status" className="poll-link__status">
            {copyStatus === 'copied' ? t('pollResults:page.copied') : copyStatus === 'failed' ? t('pollResults:page.copyFailed') : ''}
          </span>
        </p>
      </div>
      <QrCode value={address} label={t('pollResults:page.qrLabel', { address })} className="poll-link__qr" />
    </div>
  );
}
