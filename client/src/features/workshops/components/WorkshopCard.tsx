import { NAMESPACES } from '@medskapa/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { formatNumber } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatWorkshopTime, langAttribute, textLanguage } from './WorkshopDetailsFormat';

/** What a card shows of a workshop (the list queries select these fields). */
export interface WorkshopCardData {
  id: string;
  title: string;
  titleTranslations: readonly { locale: string; status: string }[];
  originalLocale: string;
  startsAt: string;
  endsAt: string;
  venue: string;
  cancelledAt?: string | null;
  signupEnabled: boolean;
  signupCount: number;
  signupLimit?: number | null;
  outcomeStatus: string;
  place?: { id: string; name: string } | null;
  organization: { id: string; name: string };
}

/** One workshop in a list: its title links to the workshop page (h3 under the list's h2). */
export function WorkshopCard({ slug, workshop, headingLevel = 3 }: { slug: string; workshop: WorkshopCardData; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  const lang = langAttribute(textLanguage(workshop.titleTranslations, language, workshop.originalLocale), language);
  const cancelled = !!workshop.cancelledAt;
  const published = workshop.outcomeStatus === 'PUBLISHED';
  return (
    <article className="idea-card workshop-card" aria-labelledby={titleId}>
      <Heading className="idea-card__title" id={titleId}>
        <Link to={paths.workshop(slug, workshop.id)} lang={lang}>
          {workshop.title}
        </Link>
      </Heading>
      {(cancelled || published) && (
        <p className="idea-card__status">
          {cancelled && <span className="badge badge--danger">{t('workshops:phase.cancelled')}</span>}
          {!cancelled && published && <span className="badge badge--ok">{t('workshops:outcomeStatus.PUBLISHED')}</span>}
        </p>
      )}
      <ul className="meta-list">
        <li>
          <time dateTime={workshop.startsAt}>{formatWorkshopTime(workshop.startsAt, workshop.endsAt, language)}</time>
        </li>
        <li>{t('workshops:card.venue', { venue: workshop.venue })}</li>
        {workshop.place && <li>{t('workshops:card.place', { place: workshop.place.name })}</li>}
        <li>{t('workshops:card.organization', { organization: workshop.organization.name })}</li>
        {workshop.signupEnabled && !cancelled && (
          <li>
            {workshop.signupLimit
              ? t('workshops:signup.countOfMax', {
                  count: workshop.signupCount,
                  formatted: formatNumber(workshop.signupCount, language),
                  max: formatNumber(workshop.signupLimit, language),
                })
              : t('workshops:signup.count', { count: workshop.signupCount, formatted: formatNumber(workshop.signupCount, language) })}
          </li>
        )}
      </ul>
    </article>
  );
}
