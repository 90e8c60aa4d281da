import { NAMESPACES, type IdeaStatus } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { readFragment, type ResultOf } from '../../../graphql/graphql';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import type { Translate } from '../../../i18n/translate';
import { DecisionFragment, type IdeaEngagementQuery } from './engagement.graphql';

export type TimelineEntry = NonNullable<ResultOf<typeof IdeaEngagementQuery>['idea']>['timeline'][number];

/** The human text of one timeline entry in the reader's language. */
export function timelineText(t: Translate, entry: TimelineEntry): string {
  switch (entry.kind) {
    case 'SUBMITTED':
      return t('ideas:timeline.SUBMITTED');
    case 'THRESHOLD_REACHED':
      if (entry.exempt) return t('ideas:timeline.exempt');
      return entry.supportCount != null
        ? t('ideas:timeline.THRESHOLD_REACHED', { count: entry.supportCount })
        : t('ideas:timeline.thresholdReached');
    case 'STATUS_CHANGED':
      return t('ideas:timeline.STATUS_CHANGED', { status: t(`ideas:status.${(entry.toStatus ?? 'PUBLISHED') as IdeaStatus}`) });
    case 'ANSWERED':
      return t('ideas:timeline.ANSWERED');
    case 'DECIDED': {
      const decision = entry.decision ? readFragment(DecisionFragment, entry.decision) : null;
      return decision
        ? t('ideas:timeline.DECIDED', { body: decision.body, date: decision.meetingDate, paragraph: decision.paragraph })
        : t('ideas:timeline.decidedPlain');
    }
    case 'HIDDEN':
      return t('ideas:timeline.HIDDEN');
    case 'RESTORED':
      return t('ideas:timeline.RESTORED');
    default:
      return String(entry.kind);
  }
}

/** What happened to the idea, oldest first: submitted → supports → under review → answered → decided. */
export function Timeline({ entries, fallbackCreatedAt }: { entries: readonly TimelineEntry[] | undefined; fallbackCreatedAt: string }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const when = (iso: string) => formatDateTime(iso, language, { dateStyle: 'long' });
  if (!entries || entries.length === 0) {
    return (
      <ol className="idea__timeline timeline">
        <li className="timeline__entry">
          <time dateTime={fallbackCreatedAt}>{when(fallbackCreatedAt)}</time>: {t('ideas:timeline.SUBMITTED')}
        </li>
      </ol>
    );
  }
  return (
    <ol className="idea__timeline timeline">
      {entries.map((entry) => (
        <li key={entry.id} className={`timeline__entry timeline__entry--${entry.kind.toLowerCase()}`}>
          <time dateTime={entry.occurredAt}>{when(entry.occurredAt)}</time>: {timelineText(t, entry)}
        </li>
      ))}
    </ol>
  );
}
