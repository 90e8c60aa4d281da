import { NAMESPACES, type DialoguePhaseKind } from '@medskapa/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { formatNumber } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDay } from '../dialogueFormat';
import { DialogueStatusBadge } from './DialogueStatusBadge';

/** What a card shows of a dialogue (the list query selects these fields). */
export interface DialogueCardData {
  id: string;
  title: string;
  purpose: string;
  status: string;
  contributionCount: number;
  currentPhase: { kind: string; startsOn: string; endsOn: string } | null;
}

/** The first sentences of the purpose, cut at a word, for a card. */
export function excerpt(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40)).trimEnd()}…`;
}

/** One dialogue in a list: its title links to the dialogue page (h3 under the list's h2). */
export function DialogueCard({ slug, dialogue, headingLevel = 3 }: { slug: string; dialogue: DialogueCardData; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  const phase = dialogue.currentPhase;
  return (
    <article className="idea-card dialogue-card" aria-labelledby={titleId}>
      <Heading className="idea-card__title" id={titleId}>
        <Link to={paths.dialogue(slug, dialogue.id)}>{dialogue.title}</Link>
      </Heading>
      <p className="idea-card__status">
        <DialogueStatusBadge status={dialogue.status} />
      </p>
      <ul className="meta-list">
        {phase && (
          <li>
            {t('dialogues:card.currentPhase', {
              phase: t(`dialogues:phase.${phase.kind as DialoguePhaseKind}`),
              start: formatDay(phase.startsOn, language),
              end: formatDay(phase.endsOn, language),
            })}
          </li>
        )}
        <li>{t('dialogues:card.contributions', { count: dialogue.contributionCount, formatted: formatNumber(dialogue.contributionCount, language) })}</li>
      </ul>
      <p className="dialogue-card__purpose">{excerpt(dialogue.purpose)}</p>
    </article>
  );
}
