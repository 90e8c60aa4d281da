import { DialogueStatus, NAMESPACES, SurveyStatus } from '@medskapa/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { paths } from '../../../app/paths';
import { formatNumber } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { Dialog } from '../../../ui/Dialog';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { CloseDialogueMutation, PublishDialogueMutation } from '../dialogues.graphql';
import { refusalLines } from './publishProblems';

export interface ManagedSurvey {
  id: string;
  title: string;
  status: string;
  version: number;
  responseCount: number;
}

interface PanelProps {
  slug: string;
  dialogue: { id: string; status: string; phases: readonly { kind: string }[]; surveys: readonly ManagedSurvey[] };
  /** Asks the page's data again after a change. */
  onChanged(): void;
}

/** "Hantera dialogen": edit, publish a draft, close an open dialogue, and the dialogue's surveys. */
export function DialogueManagerPanel({ slug, dialogue, onChanged }: PanelProps) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const announce = useAnnounce();
  const [{ fetching: publishing }, publish] = useMutation(PublishDialogueMutation);
  const [problems, setProblems] = useState<string[]>([]);
  const problemsRef = useRef<HTMLDivElement>(null);
  const kinds = dialogue.phases.map((phase) => phase.kind);

  const onPublish = async () => {
    setProblems([]);
    const result = await publish({ id: dialogue.id });
    if (result.error || !result.data) {
      setProblems(result.error ? refusalLines(t, result.error, kinds, t('dialogues:manage.notDraft')) : [t('errors:INTERNAL_SERVER_ERROR')]);
      // The list replaces nothing the reader was on: move them to it.
      setTimeout(() => problemsRef.current?.focus(), 0);
      return;
    }
    announce(t('dialogues:manage.published'));
    onChanged();
  };

  return (
    <section className="section dialogue-manage" aria-labelledby="dialogue-manage-heading">
      <h2 id="dialogue-manage-heading">{t('dialogues:manage.heading')}</h2>
      <div className="button-row">
        {dialogue.status !== DialogueStatus.REPORTED && (
          <Link className="button" to={paths.editDialogue(slug, dialogue.id)}>
            {t('dialogues:manage.edit')}
          </Link>
        )}
        {dialogue.status === DialogueStatus.DRAFT && (
          <button type="button" className="button button--primary" disabled={publishing} onClick={onPublish}>
            {t('dialogues:manage.publish')}
          </button>
        )}
        {dialogue.status === DialogueStatus.OPEN && <CloseDialogueButton dialogueId={dialogue.id} onClosed={onChanged} />}
        {(dialogue.status === DialogueStatus.DRAFT || dialogue.status === DialogueStatus.OPEN) && (
          <Link className="button" to={paths.newSurvey(slug, dialogue.id)}>
            {t('dialogues:manage.newSurvey')}
          </Link>
        )}
      </div>
      {problems.length > 0 && (
        <div className="error-summary" ref={problemsRef} tabIndex={-1} role="alert" aria-labelledby="dialogue-publish-problems">
          <h3 id="dialogue-publish-problems" className="error-summary__title">
            {t('dialogues:manage.publishRefused')}
          </h3>
          <ul className="error-summary__list">
            {problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <h3>{t('dialogues:manage.surveysHeading')}</h3>
      {dialogue.surveys.length === 0 ? (
        <p>{t('dialogues:manage.noSurveys')}</p>
      ) : (
        <ul className="item-list">
          {dialogue.surveys.map((survey) => (
            <li key={survey.id} className="item-list__item">
              <p className="item-list__title">{survey.title}</p>
              <ul className="meta-list">
                <li>{t(`dialogues:surveyStatus.${survey.status as SurveyStatus}`)}</li>
                <li>{t('dialogues:manage.version', { version: survey.version })}</li>
                <li>{t('dialogues:manage.responses', { count: survey.responseCount, formatted: formatNumber(survey.responseCount, language) })}</li>
              </ul>
              <p className="button-row">
                {survey.status === SurveyStatus.DRAFT && (
                  <Link className="button button--small" to={paths.editSurvey(slug, survey.id)} aria-label={t('dialogues:manage.editSurveyNamed', { title: survey.title })}>
                    {t('dialogues:manage.editSurvey')}
                  </Link>
                )}
                <Link className="button button--small" to={paths.surveyResults(slug, survey.id)} aria-label={t('dialogues:manage.surveyResultsNamed', { title: survey.title })}>
                  {t('dialogues:manage.surveyResults')}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Stäng dialogen", confirmed in a dialog that says the dialogue's open surveys close too. */
function CloseDialogueButton({ dialogueId, onClosed }: { dialogueId: string; onClosed(): void }) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, close] = useMutation(CloseDialogueMutation);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setOpen(false);
    setProblem(null);
    buttonRef.current?.focus();
  };
  const onConfirm = async () => {
    setProblem(null);
    const result = await close({ id: dialogueId });
    if (result.error || !result.data) {
      setProblem(result.error ? refusalLines(t, result.error, [], t('dialogues:close.notOpen')).join(' ') : t('errors:INTERNAL_SERVER_ERROR'));
      return;
    }
    setOpen(false);
    announce(t('dialogues:close.done'));
    onClosed();
    document.getElementById('dialogue-title')?.focus();
  };
  return (
    <>
      <button type="button" ref={buttonRef} className="button button--danger" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('dialogues:close.button')}
      </button>
      {open && (
        <Dialog title={t('dialogues:close.title')} onClose={cancel}>
          <p>{t('dialogues:close.body')}</p>
          {problem && (
            <p className="field__error" role="alert">
              {problem}
            </p>
          )}
          <div className="form__actions">
            <button type="button" className="button button--danger" disabled={fetching} onClick={onConfirm}>
              {t('dialogues:close.confirm')}
            </button>
            <button type="button" className="button" onClick={cancel}>
              {t('dialogues:close.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
