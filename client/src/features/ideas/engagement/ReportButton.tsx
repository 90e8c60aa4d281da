import { ErrorCode, NAMESPACES, REPORT_NOTE_MAX_LENGTH, ReportReason, ReportTargetType } from '@medskapa/shared';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessageKey, hasErrorCode, retryAfterSeconds } from '../../../graphql/errors';
import { Dialog } from '../../../ui/Dialog';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { RadioGroupField, TextAreaField } from '../../../ui/form/fields';
import { useFormErrors } from '../../../ui/form/useFormErrors';
import { HiddenContext } from '../../../ui/HiddenContext';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { waitMessage } from '../../accounts/validation';
import { ReportContentMutation } from './engagement.graphql';

const REASONS = [ReportReason.SPAM, ReportReason.OFFENSIVE, ReportReason.PERSONAL_DATA, ReportReason.OFF_TOPIC] as const;

interface ReportButtonProps {
  targetType: ReportTargetType.IDEA | ReportTargetType.COMMENT;
  targetId: string;
  /** Words only screen readers hear after the button's label ("kommentaren från Anna"). */
  context?: ReactNode;
}

/**
 * "Anmäl" opening a dialog: the reason as a radio group, an optional note, and the thanks
 * ("Tack, en moderator tittar på det") once sent. Focus goes back to the button on close.
 */
export function ReportButton({ targetType, targetId, context }: ReportButtonProps) {
  const { t } = useTranslation(NAMESPACES);
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // After the modal dialog has gone: while it is open, the rest of the page is inert.
    setTimeout(() => buttonRef.current?.focus(), 0);
  };
  return (
    <>
      <button ref={buttonRef} type="button" className="button button--small button--quiet" onClick={() => setOpen(true)}>
        {targetType === ReportTargetType.IDEA ? t('ideas:report.idea') : t('ideas:report.comment')}
        {context && <HiddenContext>{context}</HiddenContext>}
      </button>
      {open && <ReportDialog targetType={targetType} targetId={targetId} onClose={close} />}
    </>
  );
}

function ReportDialog({ targetType, targetId, onClose }: ReportButtonProps & { onClose(): void }) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const form = useFormErrors(`report-${targetId}`);
  const [reason, setReason] = useState<ReportReason | ''>('');
  const [note, setNote] = useState('');
  const [sent, setSent] = useState(false);
  const [{ fetching }, report] = useMutation(ReportContentMutation);
  const closeRef = useRef<HTMLButtonElement>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = [];
    if (!reason) errors.push({ field: 'reason', message: t('ideas:report.reasonRequired') });
    if (note.trim().length > REPORT_NOTE_MAX_LENGTH) errors.push({ field: 'note', message: t('ideas:report.noteTooLong', { max: REPORT_NOTE_MAX_LENGTH }) });
    if (!reason || errors.length > 0) return form.show(errors);
    const result = await report({ input: { targetType, targetId, reason, note: note.trim() || null } });
    if (result.error || !result.data) {
      const error = result.error;
      if (!error) return form.show([{ message: t(`errors:${ErrorCode.INTERNAL_SERVER_ERROR}`) }]);
      if (hasErrorCode(error, ErrorCode.RATE_LIMITED)) return form.show([{ message: waitMessage(t, retryAfterSeconds(error)) }]);
      if (hasErrorCode(error, ErrorCode.BAD_USER_INPUT)) return form.show([{ message: t('ideas:report.own') }]);
      return form.show([{ message: t(`errors:${errorMessageKey(error)}`) }]);
    }
    form.clear();
    setSent(true);
    announce(t('ideas:report.thanks'));
    setTimeout(() => closeRef.current?.focus(), 0);
  };

  const title = targetType === ReportTargetType.IDEA ? t('ideas:report.ideaTitle') : t('ideas:report.commentTitle');
  return (
    <Dialog title={title} onClose={onClose}>
      {sent ? (
        <>
          <p className="notice" role="status">
            {t('ideas:report.thanks')}
          </p>
          <div className="form__actions">
            <button ref={closeRef} type="button" className="button button--primary" onClick={onClose}>
              {t('ideas:report.close')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('ideas:report.lead')}</p>
          <ErrorSummary form={form} />
          <form className="form" noValidate onSubmit={onSubmit}>
            <RadioGroupField
              form={form}
              name="reason"
              legend={t('ideas:report.legend')}
              options={REASONS.map((value) => ({ value, label: t(`ideas:report.reasons.${value}`) }))}
              value={reason}
              onValueChange={(value) => setReason(value as ReportReason)}
            />
            <TextAreaField
              form={form}
              name="note"
              rows={3}
              label={t('ideas:report.note')}
              hint={t('ideas:report.noteHint', { max: REPORT_NOTE_MAX_LENGTH })}
              value={note}
              onValueChange={setNote}
            />
            <div className="form__actions">
              <button type="submit" className="button button--primary" disabled={fetching}>
                {t('ideas:report.submit')}
              </button>
              <button type="button" className="button" onClick={onClose}>
                {t('ideas:report.cancel')}
              </button>
            </div>
          </form>
        </>
      )}
    </Dialog>
  );
}
