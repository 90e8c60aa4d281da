import { NAMESPACES, PollStatus } from '@medskapa/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { PollStatusBadge } from './PollStatusBadge';

/** What a card shows of a poll (the list queries select these fields). */
export interface PollCardData {
  id: string;
  question: string;
  audience?: string | null;
  status: string;
  opensAt: string;
  closesAt: string;
  organization: { id: string; name: string };
}

/** One poll in a list: its question links to the poll page (h3 under the list's h2). */
export function PollCard({ slug, poll, headingLevel = 3 }: { slug: string; poll: PollCardData; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  const date = (iso: string) => formatDateTime(iso, language);
  // Past tense once the moment has passed, so a reader need not compare dates.
  const opens = poll.status === PollStatus.SCHEDULED ? 'polls:card.opens' : 'polls:card.opened';
  const closes = poll.status === PollStatus.CLOSED ? 'polls:card.closed' : 'polls:card.closes';
  return (
    <article className="idea-card poll-card" aria-labelledby={titleId}>
      <Heading className="idea-card__title" id={titleId}>
        <Link to={paths.poll(slug, poll.id)}>{poll.question}</Link>
      </Heading>
      <p className="idea-card__status">
        <PollStatusBadge status={poll.status} />
      </p>
      <ul className="meta-list">
        <li>{t('polls:card.organization', { organization: poll.organization.name })}</li>
        {poll.audience && <li>{t('polls:card.audience', { audience: poll.audience })}</li>}
        <li>
          <time dateTime={poll.opensAt}>{t(opens, { date: date(poll.opensAt) })}</time>
        </li>
        <li>
          <time dateTime={poll.closesAt}>{t(closes, { date: date(poll.closesAt) })}</time>
        </li>
      </ul>
    </article>
  );
}
