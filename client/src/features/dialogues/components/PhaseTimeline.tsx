import { NAMESPACES, type DialoguePhaseKind } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDay } from '../dialogueFormat';

export interface TimelinePhase {
  id: string;
  kind: string;
  startsOn: string;
  endsOn: string;
  description?: string | null;
  isCurrent: boolean;
}

/**
 * The phases as an ordered list; the current one says so in words ("Pågår nu") and carries
 * aria-current="step", its border only repeats that.
 */
export function PhaseTimeline({ phases }: { phases: readonly TimelinePhase[] }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  return (
    <ol className="dialogue-timeline">
      {phases.map((phase) => (
        <li
          key={phase.id}
          className={phase.isCurrent ? 'dialogue-timeline__phase dialogue-timeline__phase--current' : 'dialogue-timeline__phase'}
          aria-current={phase.isCurrent ? 'step' : undefined}
        >
          <p className="dialogue-timeline__name">
            <strong>{t(`dialogues:phase.${phase.kind as DialoguePhaseKind}`)}</strong>
            {phase.isCurrent && (
              <>
                {' '}
                <span className="badge badge--ok">{t('dialogues:page.phaseCurrent')}</span>
              </>
            )}
          </p>
          <p className="dialogue-timeline__dates">
            <time dateTime={phase.startsOn}>{formatDay(phase.startsOn, language)}</time>
            {' – '}
            <time dateTime={phase.endsOn}>{formatDay(phase.endsOn, language)}</time>
          </p>
          {phase.description && <p className="dialogue-timeline__description">{phase.description}</p>}
        </li>
      ))}
    </ol>
  );
}
