import { IDEA_BODY_MAX_LENGTH, IDEA_TITLE_MAX_LENGTH, IDEA_TITLE_MIN_LENGTH, NAMESPACES } from '@medskapa/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { SimilarIdeasQuery } from '../ideas.graphql';
import { IdeaStatusBadge } from './IdeaStatusBadge';
import { SupportButton } from './SupportButton';

/** How long typing must pause before the draft is compared with published ideas. */
export const SIMILAR_DEBOUNCE_MS = 400;

/** `value`, once it has stayed the same for `delay` ms. */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * "Support this instead?": published ideas near-identical to the draft, each with a link and a
 * support button, shown while the reader writes. The count is announced politely; the region is
 * there from the start so the announcement is heard.
 */
export function SimilarIdeas({ slug, title, body }: { slug: string; title: string; body: string }) {
  const { t } = useTranslation(NAMESPACES);
  const draft = useDebounced({ title: title.trim().slice(0, IDEA_TITLE_MAX_LENGTH), body: body.trim().slice(0, IDEA_BODY_MAX_LENGTH) }, SIMILAR_DEBOUNCE_MS);
  const ready = draft.title.length >= IDEA_TITLE_MIN_LENGTH;
  const [{ data }] = useQuery({
    query: SimilarIdeasQuery,
    variables: { municipalitySlug: slug, title: draft.title, body: draft.body || null },
    pause: !ready,
  });
  const similar = ready ? (data?.similarIdeas ?? []) : [];
  const returnTo = paths.newIdea(slug);

  return (
    <div className="similar-ideas">
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {similar.length > 0 ? t('ideas:similar.announcement', { count: similar.length }) : ''}
      </p>
      {similar.length > 0 && (
        <section className="panel" aria-labelledby="similar-ideas-heading">
          <h2 id="similar-ideas-heading">{t('ideas:similar.heading')}</h2>
          <p>{t('ideas:similar.lead', { count: similar.length })}</p>
          <ul className="item-list">
            {similar.map(({ idea }) => (
              <li key={idea.id} className="item-list__item">
                <p className="item-list__title">
                  <Link to={paths.idea(slug, idea.id)}>{idea.title}</Link>
                </p>
                <p className="muted">
                  <IdeaStatusBadge status={idea.status} /> {idea.reference}
                </p>
                <SupportButton idea={idea} returnTo={returnTo} withTitle />
              </li>
            ))}
          </ul>
          <p>{t('ideas:similar.stillSubmit')}</p>
        </section>
      )}
    </div>
  );
}
