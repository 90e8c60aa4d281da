import { NAMESPACES, PollStatus } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import type { ResultOf } from '../../../graphql/graphql';
import { formatDateTime, formatNumber } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import type { PollPageResultsQuery } from '../pollPage.graphql';

export type PollResultsData = ResultOf<typeof PollPageResultsQuery>['pollResults'];

export interface PollResultsPoll {
  status: string;
  closesAt: string;
  liveResults: boolean;
  viewerCanManage: boolean;
}

interface PollResultsViewProps {
  poll: PollResultsPoll;
  results: PollResultsData | undefined;
  error: CombinedError | undefined;
  /** Asks the API again (the refresh button, and retry after an error). */
  onRefresh(): void;
}

/**
 * The "Resultat" section: a bar chart for the eye (hidden from screen readers) and the same
 * numbers in a real table; turnout of the voter codes; per class for managers. Before the
 * poll closes (and without live results) it says when the result will be shown.
 */
export function PollResultsView({ poll, results, error, onRefresh }: PollResultsViewProps) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const percent = (share: number) => formatNumber(share, language, { style: 'percent', maximumFractionDigits: 1 });
  const open = poll.status === PollStatus.OPEN;

  let body;
  if (!results) {
    body = error ? <ErrorAlert error={error} onRetry={onRefresh} /> : <Loading />;
  } else if (!results.visible) {
    body = (
      <p>
        {t('pollResults:results.hiddenUntil', {
          date: formatDateTime(poll.closesAt, language, { dateStyle: 'long', timeStyle: 'short' }),
        })}
      </p>
    );
  } else {
    const totalVotes = results.totalVotes ?? 0;
    const codesIssued = results.codesIssued ?? 0;
    const options = [...results.options].sort((a, b) => a.option.position - b.option.position);
    body = (
      <>
        {poll.status !== PollStatus.CLOSED && (
          <p className="muted">
            {poll.viewerCanManage && !poll.liveResults ? t('pollResults:results.managersOnly') : t('pollResults:results.preliminary')}
          </p>
        )}
        <p className="poll-results__turnout">
          {codesIssued > 0
            ? t('pollResults:results.turnout', {
                used: formatNumber(totalVotes, language),
                count: codesIssued,
                percent: percent(results.turnout ?? 0),
              })
            : t('pollResults:results.votes', { count: totalVotes })}
        </p>
        {/* The chart repeats the table below for the eye; screen readers get the table. */}
        <div className="poll-chart" aria-hidden="true">
          {options.map(({ option, count, share }) => (
            <div key={option.id} className="poll-chart__row">
              <span className="poll-chart__label">{option.text}</span>
              <svg className="poll-chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                <rect className="poll-chart__track" width="100" height="10" />
                <rect className="poll-chart__fill" width={Math.max(0, Math.min(1, share)) * 100} height="10" />
              </svg>
              <span className="poll-chart__value">
                {percent(share)} ({formatNumber(count, language)})
              </span>
            </div>
          ))}
        </div>
        <div className="table-scroll">
          <table className="table poll-results__table">
            <caption>{t('pollResults:results.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pollResults:results.option')}</th>
                <th scope="col" className="table__number">
                  {t('pollResults:results.votesColumn')}
                </th>
                <th scope="col" className="table__number">
                  {t('pollResults:results.share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {options.map(({ option, count, share }) => (
                <tr key={option.id}>
                  <th scope="row">{option.text}</th>
                  <td className="table__number">{formatNumber(count, language)}</td>
                  <td className="table__number">{percent(share)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('pollResults:results.total')}</th>
                <td className="table__number">{formatNumber(totalVotes, language)}</td>
                <td className="table__number">{totalVotes > 0 ? percent(1) : ''}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        {poll.viewerCanManage && results.byBatch.length > 0 && (
          <div className="table-scroll">
            <table className="table poll-results__batches">
              <caption>{t('pollResults:results.byBatchCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('pollResults:batches.label')}</th>
                  <th scope="col" className="table__number">
                    {t('pollResults:results.codesIssued')}
                  </th>
                  <th scope="col" className="table__number">
                    {t('pollResults:results.votesColumn')}
                  </th>
                  <th scope="col" className="table__number">
                    {t('pollResults:results.turnoutColumn')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {results.byBatch.map(({ batch, codesIssued: issued, votes }) => (
                  <tr key={batch.id}>
                    <th scope="row">
                      {batch.label ?? t('pollResults:batches.unnamed')}
                      {batch.revokedAt && <span className="table__secondary"> {t('pollResults:batches.revoked')}</span>}
                    </th>
                    <td className="table__number">{formatNumber(issued, language)}</td>
                    <td className="table__number">{formatNumber(votes, language)}</td>
                    <td className="table__number">{issued > 0 ? percent(votes / issued) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </>
    );
  }

  return (
    <section className="section poll-results" aria-labelledby="poll-results-heading">
      <h2 id="poll-results-heading" tabIndex={-1}>
        {t('pollResults:results.heading')}
      </h2>
      {body}
      {open && results?.visible && (
        <p>
          <button type="button" className="button button--small" onClick={onRefresh}>
            {t('pollResults:results.refresh')}
          </button>
        </p>
      )}
    </section>
  );
}
