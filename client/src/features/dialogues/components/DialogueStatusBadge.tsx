import { DialogueStatus, NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';

const TONE: Record<DialogueStatus, string> = {
  [DialogueStatus.DRAFT]: 'badge--warning',
  [DialogueStatus.OPEN]: 'badge--ok',
  [DialogueStatus.CLOSED]: '',
  [DialogueStatus.REPORTED]: '',
};

/** A dialogue's status as a badge; the words carry the meaning, the colour only repeats it. */
export function DialogueStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation(NAMESPACES);
  const known = (Object.values(DialogueStatus) as string[]).includes(status) ? (status as DialogueStatus) : DialogueStatus.DRAFT;
  return (
    <span className={['badge', TONE[known]].filter(Boolean).join(' ')}>
      <span className="visually-hidden">{t('dialogues:status.label')} </span>
      {t(`dialogues:status.${known}`)}
    </span>
  );
}
