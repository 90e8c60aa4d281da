import { ModerationAction, NAMESPACES, ReportStatus, Role, UPHELD_REPORTS_BEFORE_BLOCK } from '@medskapa/shared';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { paths } from '../../../app/paths';
import { readFragment, type ResultOf } from '../../../graphql/graphql';
import { useLoadMore } from '../../../graphql/useLoadMore';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { Dialog } from '../../../ui/Dialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useAnnounce, useLoadingAnnouncement } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { SignInPrompt } from '../../accounts/components/SignInPrompt';
import { hasRoleIn, useViewer } from '../../accounts/useViewer';
import { MunicipalityHeaderQuery } from '../../municipalities/municipalities.graphql';
import { ReasonForm } from '../components/ReasonForm';
import {
  BlockUserMutation,
  LiftUserBlockMutation,
  ModerateMutation,
  ModerationQueueQuery,
  ReportFragment,
  UserBlockFragment,
  UserBlocksQuery,
} from '../moderation.graphql';
import '../../ideas/officer/officer.css';

type Report = ResultOf<typeof ReportFragment>;
type Block = ResultOf<typeof UserBlockFragment>;

/** The queue's tabs, in the address as `?status=`. */
export const QUEUE_STATUSES = [ReportStatus.OPEN, ReportStatus.UPHELD, ReportStatus.DISMISSED, ReportStatus.RESTORED] as const;
type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** The decisions offered for a report in each tab. */
const ACTIONS: Record<QueueStatus, ModerationAction[]> = {
  [ReportStatus.OPEN]: [ModerationAction.HIDE, ModerationAction.DISMISS],
  [ReportStatus.UPHELD]: [ModerationAction.RESTORE],
  [ReportStatus.DISMISSED]: [ModerationAction.HIDE],
  [ReportStatus.RESTORED]: [ModerationAction.HIDE],
};

function readStatus(value: string | null): QueueStatus {
  return (QUEUE_STATUSES as readonly string[]).includes(value ?? '') ? (value as QueueStatus) : ReportStatus.OPEN;
}

/** `/:slug/moderation`: reported ideas and comments, decisions on them, and posting blocks. MODERATOR. */
export function ModerationPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation(NAMESPACES);
  const { viewer, loading } = useViewer();
  const title = t('moderation:queue.title');
  const allowed = hasRoleIn(viewer, slug, Role.MODERATOR);
  useDocumentTitle(viewer && !allowed ? t('moderation:noAccess.title') : title);
  useLoadingAnnouncement(loading);
  if (loading) return <Loading />;
  if (!viewer) return <SignInPrompt title={title} body={t('moderation:queue.signInBody')} />;
  if (!allowed) {
    return (
      <div className="prompt">
        <h1>{t('moderation:noAccess.title')}</h1>
        <p className="lead">{t('moderation:noAccess.body')}</p>
      </div>
    );
  }
  return <Moderation key={slug} slug={slug} />;
}

function Moderation({ slug }: { slug: string }) {
  const { t } = useTranslation(NAMESPACES);
  const [params] = useSearchParams();
  const status = readStatus(params.get('status'));
  const [{ data: header }] = useQuery({ query: MunicipalityHeaderQuery, variables: { slug } });
  const name = header?.municipality?.name ?? slug;
  return (
    <div className="moderation">
      <Breadcrumbs crumbs={[{ label: name, to: paths.municipality(slug) }, { label: t('moderation:queue.title') }]} />
      <h1>{t('moderation:queue.title')}</h1>
      <p className="lead">{t('moderation:queue.lead', { municipality: name })}</p>
      <nav className="tabs" aria-label={t('moderation:queue.tabsLabel')}>
        <ul>
          {QUEUE_STATUSES.map((s) => (
            <li key={s}>
              <Link
                className="tabs__link"
                to={paths.moderation(slug, s === ReportStatus.OPEN ? undefined : s)}
                aria-current={s === status ? 'page' : undefined}
              >
                {t(`moderation:queue.tabs.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="tabs__panel">
        <ReportList key={status} slug={slug} status={status} />
      </div>
      <Blocks slug={slug} />
    </div>
  );
}

type OpenDialog = { kind: 'moderate'; report: Report; action: ModerationAction } | { kind: 'block'; report: Report };

function ReportList({ slug, status }: { slug: string; status: QueueStatus }) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const list = useLoadMore(ModerationQueueQuery, { municipalitySlug: slug, status }, (data) => data.moderationQueue);
  useLoadingAnnouncement(list.loading || list.loadingMore);
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<OpenDialog | null>(null);
  const [result, setResult] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [{ fetching: moderating }, moderate] = useMutation(ModerateMutation);
  const [{ fetching: blocking }, block] = useMutation(BlockUserMutation);
  const reports = list.nodes.map((node) => readFragment(ReportFragment, node)).filter((r) => !removed.has(r.id));

  const close = () => {
    setOpen(null);
    const back = opener.current;
    setTimeout(() => back?.focus(), 0);
  };
  const finish = (message: string, removedId?: string) => {
    setOpen(null);
    setResult(message);
    announce(message);
    if (removedId) {
      setRemoved((all) => new Set(all).add(removedId));
      // The report left the list with its buttons: focus goes to the list's heading.
      setTimeout(() => headingRef.current?.focus(), 0);
    } else {
      const back = opener.current;
      setTimeout(() => back?.focus(), 0);
    }
  };

  const onModerate = async (report: Report, action: ModerationAction, reason: string): Promise<CombinedError | undefined> => {
    const response = await moderate({ reportId: report.id, action, reason }, { additionalTypenames: ['Report', 'Comment', 'Idea'] });
    if (response.error) return response.error;
    finish(t(`moderation:actions.${action}.done`), report.id);
    return undefined;
  };
  const onBlock = async (report: Report, days: number, reason: string): Promise<CombinedError | undefined> => {
    const userId = report.targetAuthor?.id;
    if (!userId) return undefined;
    const response = await block({ input: { municipalitySlug: slug, userId, days, reason } }, { additionalTypenames: ['UserBlock'] });
    if (response.error) return response.error;
    finish(t('moderation:block.done', { name: report.targetAuthor?.displayName ?? '', count: days }));
    return undefined;
  };

  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading" ref={headingRef} tabIndex={-1}>
        {t(`moderation:queue.headings.${status}`)}
      </h2>
      <p role="status" className="form-status">
        {result}
      </p>
      {list.error && !list.nodes.length && <ErrorAlert error={list.error} onRetry={list.refetch} />}
      {list.loading && <Loading />}
      {!list.loading && !list.error && reports.length === 0 && <p>{t(`moderation:queue.empty.${status}`)}</p>}
      {reports.length > 0 && (
        <ul className="report-list">
          {reports.map((report) => (
            <li key={report.id}>
              <ReportItem
                slug={slug}
                report={report}
                actions={ACTIONS[status]}
                onAction={(action, button) => {
                  opener.current = button;
                  setOpen({ kind: 'moderate', report, action });
                }}
                onBlock={(button) => {
                  opener.current = button;
                  setOpen({ kind: 'block', report });
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {list.hasMore && (
        <p>
          <button type="button" className="button" onClick={list.loadMore}>
            {t('moderation:queue.loadMore')}
          </button>
        </p>
      )}
      {open?.kind === 'moderate' && (
        <Dialog title={t(`moderation:actions.${open.action}.title`)} onClose={close}>
          <ReasonForm
            idPrefix="moderate"
            explanation={
              <>
                <p>{t(`moderation:actions.${open.action}.explanation`)}</p>
                <p>
                  <strong>{t(`moderation:actions.${open.action}.toldTo`)}</strong>
                </p>
              </>
            }
            reasonLabel={t('moderation:reason.label')}
            reasonHint={t('moderation:reason.hint', { min: 3, max: 500 })}
            submitLabel={t(`moderation:actions.${open.action}.submit`)}
            danger={open.action === ModerationAction.HIDE}
            busy={moderating}
            wrongState={t(`moderation:actions.${open.action}.wrongState`)}
            onSubmit={({ reason }) => onModerate(open.report, open.action, reason)}
            onCancel={close}
          />
        </Dialog>
      )}
      {open?.kind === 'block' && (
        <Dialog title={t('moderation:block.title', { name: open.report.targetAuthor?.displayName ?? '' })} onClose={close}>
          <ReasonForm
            idPrefix="block"
            withDays
            explanation={
              <>
                <p>{t('moderation:block.explanation')}</p>
                <p>
                  <strong>{t('moderation:block.toldTo')}</strong>
                </p>
              </>
            }
            reasonLabel={t('moderation:reason.label')}
            reasonHint={t('moderation:reason.hint', { min: 3, max: 500 })}
            submitLabel={t('moderation:block.submit')}
            danger
            busy={blocking}
            wrongState={t('moderation:block.wrongState')}
            onSubmit={({ reason, days }) => onBlock(open.report, days, reason)}
            onCancel={close}
          />
        </Dialog>
      )}
    </section>
  );
}

function ReportItem({
  slug,
  report,
  actions,
  onAction,
  onBlock,
}: {
  slug: string;
  report: Report;
  actions: ModerationAction[];
  onAction(action: ModerationAction, button: HTMLButtonElement): void;
  onBlock(button: HTMLButtonElement): void;
}) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const titleId = useId();
  const idea = report.targetIdea;
  const author = report.targetAuthor;
  const upheld = report.targetAuthorUpheldCount ?? 0;
  const canBlock = !!author?.id && !author.removed && upheld >= UPHELD_REPORTS_BEFORE_BLOCK;
  const authorName = !author ? t('moderation:queue.unknownAuthor') : author.removed ? t('moderation:queue.removedAuthor') : author.displayName;
  return (
    <article className="report" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {idea
          ? t(`moderation:queue.target.${report.targetType}`, { title: idea.title })
          : t(`moderation:queue.targetUnknown.${report.targetType}`)}
      </h3>
      <p className="muted">{t('moderation:queue.excerptLabel')}</p>
      <blockquote className="report__excerpt" lang={report.targetType === 'IDEA' ? idea?.originalLocale : undefined}>
        {report.targetExcerpt || t('moderation:queue.noExcerpt')}
      </blockquote>
      <dl className="facts">
        <div>
          <dt>{t('moderation:queue.fields.type')}</dt>
          <dd>{t(`moderation:queue.types.${report.targetType}`)}</dd>
        </div>
        <div>
          <dt>{t('moderation:queue.fields.reason')}</dt>
          <dd>{t(`moderation:reasons.${report.reason}`)}</dd>
        </div>
        {report.note && (
          <div>
            <dt>{t('moderation:queue.fields.note')}</dt>
            <dd>{report.note}</dd>
          </div>
        )}
        <div>
          <dt>{t('moderation:queue.fields.reported')}</dt>
          <dd>
            <time dateTime={report.createdAt}>{formatDateTime(report.createdAt, language)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('moderation:queue.fields.openReports')}</dt>
          <dd>{t('moderation:queue.openReports', { count: report.openReportCount ?? 0 })}</dd>
        </div>
        <div>
          <dt>{t('moderation:queue.fields.author')}</dt>
          <dd>
            {authorName} ({t('moderation:queue.upheld', { count: upheld })})
          </dd>
        </div>
        {report.resolutionReason && (
          <div>
            <dt>{t('moderation:queue.fields.resolution')}</dt>
            <dd>
              {report.resolutionReason}
              {report.resolvedBy && !report.resolvedBy.removed && ` (${report.resolvedBy.displayName})`}
            </dd>
          </div>
        )}
      </dl>
      {idea && (
        <p>
          <Link to={paths.idea(slug, idea.id)}>{t('moderation:queue.openIdea', { title: idea.title })}</Link>
        </p>
      )}
      <div className="report__actions">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={action === ModerationAction.HIDE ? 'button button--danger' : 'button'}
            aria-haspopup="dialog"
            aria-describedby={titleId}
            onClick={(event) => onAction(action, event.currentTarget)}
          >
            {t(`moderation:actions.${action}.button`)}
          </button>
        ))}
        {canBlock && (
          <button type="button" className="button" aria-haspopup="dialog" aria-describedby={titleId} onClick={(event) => onBlock(event.currentTarget)}>
            {t('moderation:block.button')}
          </button>
        )}
      </div>
    </article>
  );
}

/** Posting blocks in force, each with "Häv avstängningen". */
function Blocks({ slug }: { slug: string }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const announce = useAnnounce();
  const context = useMemo(() => ({ additionalTypenames: ['UserBlock'] }), []);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: UserBlocksQuery, variables: { municipalitySlug: slug }, context });
  const [{ fetching: lifting }, lift] = useMutation(LiftUserBlockMutation);
  const [open, setOpen] = useState<Block | null>(null);
  const [result, setResult] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const blocks = (data?.userBlocks ?? []).map((b) => readFragment(UserBlockFragment, b)).filter((b) => b.active);

  const close = () => {
    setOpen(null);
    const back = opener.current;
    setTimeout(() => back?.focus(), 0);
  };
  const onLift = async (blockItem: Block, reason: string) => {
    const response = await lift({ blockId: blockItem.id, reason }, { additionalTypenames: ['UserBlock'] });
    if (response.error) return response.error;
    const message = t('moderation:blocks.lifted', { name: blockItem.user.displayName });
    setOpen(null);
    setResult(message);
    announce(message);
    reexecute({ requestPolicy: 'network-only' });
    setTimeout(() => headingRef.current?.focus(), 0);
    return undefined;
  };

  return (
    <section className="section" aria-labelledby="blocks-heading">
      <h2 id="blocks-heading" ref={headingRef} tabIndex={-1}>
        {t('moderation:blocks.heading')}
      </h2>
      <p role="status" className="form-status">
        {result}
      </p>
      {error && <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && blocks.length === 0 && <p>{t('moderation:blocks.empty')}</p>}
      {blocks.length > 0 && (
        <ul className="report-list">
          {blocks.map((item) => (
            <li key={item.id} className="report">
              <p>
                <strong>{item.user.removed ? t('moderation:queue.removedAuthor') : item.user.displayName}</strong>
              </p>
              <p>
                {t('moderation:blocks.until', {
                  date: formatDateTime(item.until, language, { dateStyle: 'long' }),
                })}
              </p>
              <p>
                {t('moderation:blocks.reason')}: {item.reason}
              </p>
              <button
                type="button"
                className="button"
                aria-haspopup="dialog"
                aria-label={t('moderation:blocks.liftFor', { name: item.user.displayName })}
                onClick={(event) => {
                  opener.current = event.currentTarget;
                  setOpen(item);
                }}
              >
                {t('moderation:blocks.lift')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <Dialog title={t('moderation:blocks.liftTitle', { name: open.user.displayName })} onClose={close}>
          <ReasonForm
            idPrefix="lift"
            explanation={<p>{t('moderation:blocks.liftExplanation')}</p>}
            reasonLabel={t('moderation:reason.label')}
            reasonHint={t('moderation:reason.hint', { min: 3, max: 500 })}
            submitLabel={t('moderation:blocks.liftSubmit')}
            busy={lifting}
            wrongState={t('moderation:blocks.wrongState')}
            onSubmit={({ reason }) => onLift(open, reason)}
            onCancel={close}
          />
        </Dialog>
      )}
    </section>
  );
}
