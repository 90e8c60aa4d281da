import { NAMESPACES } from '@medskapa/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessageKey } from '../../../graphql/errors';
import { Dialog } from '../../../ui/Dialog';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { ClosePollNowMutation } from '../pollPage.graphql';

/**
 * "Stäng omröstningen nu" for an OPEN poll's managers, confirmed in a dialog: voting ends at
 * once and the results become public. `onClosed` refreshes the page's results.
 */
export function ClosePollButton({ pollId, onClosed }: { pollId: string; onClosed(): void }) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, closePoll] = useMutation(ClosePollNowMutation);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const cancel = () => {
    setOpen(false);
    setProblem(null);
    buttonRef.current?.focus();
  };
  const onConfirm = async () => {
    setProblem(null);
    const result = await closePoll({ id: pollId });
    if (result.error || !result.data) {
      const code = result.error ? errorMessageKey(result.error) : 'INTERNAL_SERVER_ERROR';
      // CONFLICT: the poll has not opened (someone changed its times meanwhile).
      setProblem(code === 'CONFLICT' ? t('pollResults:close.notOpen') : t(`errors:${code}`));
      return;
    }
    setOpen(false);
    // The button goes away with the OPEN status; the results heading is where the news is.
    announce(t('pollResults:close.done'));
    onClosed();
    document.getElementById('poll-results-heading')?.focus();
  };

  return (
    <>
      <button type="button" ref={buttonRef} className="button button--danger" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('pollResults:close.button')}
      </button>
      {open && (
        <Dialog title={t('pollResults:close.title')} onClose={cancel}>
          <p>{t('pollResults:close.body')}</p>
          {problem && (
            <p className="field__error" role="alert">
              {problem}
            </p>
          )}
          <div className="form__actions">
            <button type="button" className="button button--danger" disabled={fetching} onClick={onConfirm}>
              {t('pollResults:close.confirm')}
            </button>
            <button type="button" className="button" onClick={cancel}>
              {t('pollResults:close.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
