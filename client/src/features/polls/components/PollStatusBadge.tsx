import { NAMESPACES, PollStatus } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';

const TONE: Record<PollStatus, string> = {
  [PollStatus.SCHEDULED]: 'badge--warning',
  [PollStatus.OPEN]: 'badge--ok',
  [PollStatus.CLOSED]: '',
};

/** A poll's status as a badge; the words carry the meaning, the colour only repeats it. */
export function PollStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation(NAMESPACES);
  const known = (Object.values(PollStatus) as string[]).includes(status) ? (status as PollStatus) : PollStatus.SCHEDULED;
  return (
    <span className={['badge', TONE[known]].filter(Boolean).join(' ')}>
      <span className="visually-hidden">{t('polls:status.label')} </span>
      {t(`polls:status.${known}`)}
    </span>
  );
}
