import { NAMESPACES } from '@medskapa/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { readFragment, type FragmentOf } from '../../../graphql/graphql';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { IdeaCardFragment } from '../ideas.graphql';
import { IdeaStatusBadge } from './IdeaStatusBadge';
import { languageName } from './languageName';

const EXCERPT_LENGTH = 220;

/** The start of a text, cut at a word boundary, with "…" when anything was left out. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?–-]+$/u, '')} …`;
}

/** One idea in the list: its title links to the idea page (h3 under the results' h2). */
export function IdeaCard({ slug, idea: ideaRef }: { slug: string; idea: FragmentOf<typeof IdeaCardFragment> }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const idea = readFragment(IdeaCardFragment, ideaRef);
  const titleId = useId();
  return (
    <article className="idea-card" aria-labelledby={titleId}>
      <h3 className="idea-card__title" id={titleId} lang={idea.originalLocale}>
        <Link to={paths.idea(slug, idea.id)}>{idea.title}</Link>
      </h3>
      <p className="idea-card__status">
        <IdeaStatusBadge status={idea.status} /> <span className="idea-card__reference">{idea.reference}</span>
      </p>
      <p className="idea-card__excerpt" lang={idea.originalLocale}>
        {excerpt(idea.body)}
      </p>
      <ul className="meta-list idea-card__counts">
        <li>{t('ideas:card.supportCount', { count: idea.supportCount })}</li>
        <li>{t('ideas:card.commentCount', { count: idea.commentCount })}</li>
        <li>
          <time dateTime={idea.createdAt}>
            {t('ideas:card.date', { date: formatDateTime(idea.createdAt, language, { dateStyle: 'medium' }) })}
          </time>
        </li>
        <li>{t('ideas:card.language', { language: languageName(idea.originalLocale, language) })}</li>
      </ul>
      {idea.goals.length > 0 && (
        <p className="idea-card__tags">
          <span className="idea-card__tag-label">{t('ideas:card.goals')}</span>{' '}
          {idea.goals.map((goal) => `${goal.code} ${goal.title}`).join(', ')}
        </p>
      )}
      {idea.places.length > 0 && (
        <p className="idea-card__tags">
          <span className="idea-card__tag-label">{t('ideas:card.places')}</span>{' '}
          {idea.places.map((place) => place.name).join(', ')}
        </p>
      )}
    </article>
  );
}
