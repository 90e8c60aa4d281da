import { NAMESPACES } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDay } from '../dialogueFormat';

export interface DecisionRow {
  id: string;
  body: string;
  meetingDate: string;
  paragraph: string;
  diaryNumber: string;
  url?: string | null;
  summary?: string | null;
}

/** The decisions as a table (Organ, Datum, Paragraf, Diarienummer, Beslutet); "Ta bort" per row for managers. */
export function DecisionsTable({
  decisions,
  onRemove,
  busy = false,
}: {
  decisions: readonly DecisionRow[];
  onRemove?(decision: DecisionRow): void;
  busy?: boolean;
}) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  return (
    <div className="table-scroll dialogue-decisions">
      <table className="table">
        <caption className="visually-hidden">{t('dialogues:decisions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dialogues:decisions.body')}</th>
            <th scope="col">{t('dialogues:decisions.date')}</th>
            <th scope="col">{t('dialogues:decisions.paragraph')}</th>
            <th scope="col">{t('dialogues:decisions.diaryNumber')}</th>
            <th scope="col">{t('dialogues:decisions.decision')}</th>
            {onRemove && (
              <th scope="col">
                <span className="visually-hidden">{t('dialogues:decisions.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {decisions.map((decision) => (
            <tr key={decision.id}>
              <td>{decision.body}</td>
              <td>
                <time dateTime={decision.meetingDate}>{formatDay(decision.meetingDate, language)}</time>
              </td>
              <td>{decision.paragraph}</td>
              <td>{decision.diaryNumber}</td>
              <td>
                {decision.summary && <p className="dialogue-decisions__summary">{decision.summary}</p>}
                {decision.url && (
                  <a href={decision.url} rel="noopener noreferrer">
                    {t('dialogues:decisions.open', { paragraph: decision.paragraph })}
                  </a>
                )}
              </td>
              {onRemove && (
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={busy}
                    aria-label={t('dialogues:decisions.removeNamed', { body: decision.body, paragraph: decision.paragraph })}
                    onClick={() => onRemove(decision)}
                  >
                    {t('dialogues:decisions.remove')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
