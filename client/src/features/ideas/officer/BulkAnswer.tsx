import { BULK_RESPONSE_MAX, NAMESPACES } from '@medskapa/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { readFragment, type FragmentOf } from '../../../graphql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { Dialog } from '../../../ui/Dialog';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { IdeaCardFragment } from '../ideas.graphql';
import { AnswerForm, type ResponseInput } from './AnswerForm';
import { emptyAnswer } from './answerValidation';
import { RespondToIdeasMutation } from './officer.graphql';
import './officer.css';

export interface BulkSelection {
  /** Chosen ideas by id, with their titles for the dialog. */
  selected: ReadonlyMap<string, string>;
  toggle(id: string, title: string, checked: boolean): void;
  clear(): void;
}

/** The ideas chosen in "Välj idéer att besvara" mode; emptied when the mode ends. */
export function useBulkSelection(enabled: boolean): BulkSelection {
  const [selected, setSelected] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!enabled) setSelected(new Map());
  }, [enabled]);
  const toggle = useCallback((id: string, title: string, checked: boolean) => {
    setSelected((current) => {
      const next = new Map(current);
      if (checked) next.set(id, title);
      else next.delete(id);
      return next;
    });
  }, []);
  const clear = useCallback(() => setSelected(new Map()), []);
  return useMemo(() => ({ selected, toggle, clear }), [selected, toggle, clear]);
}

/** "Välj <title>" above a card in bulk mode. */
export function SelectIdeaCheckbox({ idea: ideaRef, selection }: { idea: FragmentOf<typeof IdeaCardFragment>; selection: BulkSelection }) {
  const { t } = useTranslation(NAMESPACES);
  const idea = readFragment(IdeaCardFragment, ideaRef);
  const id = `bulk-select-${idea.id}`;
  return (
    <div className="checkbox idea-list__select">
      <input
        type="checkbox"
        id={id}
        className="checkbox__input"
        checked={selection.selected.has(idea.id)}
        onChange={(event) => selection.toggle(idea.id, idea.title, event.target.checked)}
      />
      <label className="checkbox__label" htmlFor={id}>
        {t('moderation:bulk.select')} <span className="visually-hidden" lang={idea.originalLocale}>{idea.title}</span>
      </label>
    </div>
  );
}

/**
 * The sticky bar under the list in bulk mode: how many are chosen and "Besvara N valda", which
 * opens the answer form in a dialog and gives every chosen idea the same answer (all or nothing).
 */
export function BulkAnswerBar({ slug, selection, onAnswered }: { slug: string; selection: BulkSelection; onAnswered(): void }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState('');
  const [{ fetching }, respond] = useMutation(RespondToIdeasMutation);
  const openButton = useRef<HTMLButtonElement>(null);
  const count = selection.selected.size;
  const tooMany = count > BULK_RESPONSE_MAX;

  const close = () => {
    setOpen(false);
    // After the dialog, focus returns to the button that opened it.
    setTimeout(() => openButton.current?.focus(), 0);
  };

  const onSubmit = async (input: ResponseInput) => {
    const ideaIds = [...selection.selected.keys()];
    const response = await respond({ ideaIds, input }, { additionalTypenames: ['Idea', 'IdeaResponse'] });
    if (response.error) return response.error;
    const message = t('moderation:bulk.done', { count: ideaIds.length, status: t(`ideas:status.${input.status}`) });
    setResult(message);
    announce(message);
    selection.clear();
    close();
    onAnswered();
    return undefined;
  };

  return (
    <div className="bulk-bar" role="region" aria-label={t('moderation:bulk.barLabel')}>
      <p>{t('moderation:bulk.chosen', { count })}</p>
      <button
        type="button"
        ref={openButton}
        className="button button--primary"
        aria-haspopup="dialog"
        disabled={count === 0 || tooMany}
        onClick={() => {
          setResult('');
          setOpen(true);
        }}
      >
        {t('moderation:bulk.answer', { count })}
      </button>
      {tooMany && <p className="field__error">{t('moderation:bulk.tooMany', { max: BULK_RESPONSE_MAX })}</p>}
      <p role="status" className="form-status">
        {result}
      </p>
      {open && (
        <Dialog title={t('moderation:bulk.dialogTitle', { count })} onClose={close}>
          <p>{t('moderation:bulk.dialogLead')}</p>
          <ul>
            {[...selection.selected.entries()].map(([id, title]) => (
              <li key={id}>{title}</li>
            ))}
          </ul>
          <AnswerForm
            idPrefix="bulk-answer"
            slug={slug}
            initial={emptyAnswer(language)}
            autoFocus
            bulk
            busy={fetching}
            submitLabel={t('moderation:bulk.submit', { count })}
            onSubmit={onSubmit}
            secondaryAction={
              <button type="button" className="button" onClick={close}>
                {t('moderation:cancel')}
              </button>
            }
          />
        </Dialog>
      )}
    </div>
  );
}
