import {
  BLOCK_DAYS_MAX,
  BLOCK_DAYS_MIN,
  ErrorCode,
  MODERATION_REASON_MAX_LENGTH,
  MODERATION_REASON_MIN_LENGTH,
  moderationReasonSchema,
  NAMESPACES,
} from '@medskapa/shared';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { errorMessageKey, fieldOfPath, serverFieldErrors } from '../../../graphql/errors';
import type { Translate } from '../../../i18n/translate';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextAreaField, TextField } from '../../../ui/form/fields';
import { useFormErrors, type FormError } from '../../../ui/form/useFormErrors';

/** The reason's message when it is missing or too long, else undefined. */
export function reasonProblem(t: Translate, reason: string): string | undefined {
  const result = moderationReasonSchema.safeParse(reason);
  if (result.success) return undefined;
  if (reason.trim() === '') return t('moderation:reason.required');
  return t('moderation:reason.length', { min: MODERATION_REASON_MIN_LENGTH, max: MODERATION_REASON_MAX_LENGTH });
}

/** A refused moderation request, beside its field or at the top. */
export function moderationServerErrors(t: Translate, error: CombinedError, wrongState: string): FormError[] {
  const out: FormError[] = [];
  for (const fieldError of serverFieldErrors(error)) {
    const field = fieldOfPath(fieldError.path);
    if (field === 'reason') out.push({ field: 'reason', message: t('moderation:reason.length', { min: MODERATION_REASON_MIN_LENGTH, max: MODERATION_REASON_MAX_LENGTH }) });
    else if (field === 'days') out.push({ field: 'days', message: t('moderation:block.daysInvalid', { min: BLOCK_DAYS_MIN, max: BLOCK_DAYS_MAX }) });
    else out.push({ message: wrongState });
  }
  if (out.length > 0) return out;
  const key = errorMessageKey(error);
  if (key === ErrorCode.BAD_USER_INPUT || key === ErrorCode.CONFLICT) return [{ message: wrongState }];
  return [{ message: t(`errors:${key}`) }];
}

interface ReasonFormProps {
  idPrefix: string;
  /** What happens, and who is told the reason. */
  explanation: ReactNode;
  reasonLabel: string;
  reasonHint: string;
  submitLabel: string;
  /** Blocking asks for a number of days too. */
  withDays?: boolean;
  danger?: boolean;
  busy?: boolean;
  /** The message for BAD_USER_INPUT without fields (e.g. restoring visible content). */
  wrongState: string;
  onSubmit(values: { reason: string; days: number }): Promise<CombinedError | undefined>;
  onCancel(): void;
}

/** A dialog's form with a mandatory reason (3–500 characters), optionally the days of a block. */
export function ReasonForm({ idPrefix, explanation, reasonLabel, reasonHint, submitLabel, withDays, danger, busy, wrongState, onSubmit, onCancel }: ReasonFormProps) {
  const { t } = useTranslation(NAMESPACES);
  const form = useFormErrors(idPrefix);
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('14');
  const first = useRef<HTMLDivElement>(null);

  useEffect(() => first.current?.querySelector<HTMLElement>('input, textarea')?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    const dayCount = Number(days);
    if (withDays && (!/^\d+$/.test(days.trim()) || dayCount < BLOCK_DAYS_MIN || dayCount > BLOCK_DAYS_MAX)) {
      errors.push({ field: 'days', message: t('moderation:block.daysInvalid', { min: BLOCK_DAYS_MIN, max: BLOCK_DAYS_MAX }) });
    }
    const problem = reasonProblem(t, reason);
    if (problem) errors.push({ field: 'reason', message: problem });
    if (errors.length) return form.show(errors);
    const error = await onSubmit({ reason: reason.trim(), days: dayCount });
    if (error) return form.show(moderationServerErrors(t, error, wrongState));
    form.clear();
  };

  return (
    <div ref={first}>
      <div className="status-box">{explanation}</div>
      <ErrorSummary form={form} />
      <form className="form" noValidate onSubmit={submit}>
        {withDays && (
          <TextField
            form={form}
            name="days"
            type="number"
            inputMode="numeric"
            min={BLOCK_DAYS_MIN}
            max={BLOCK_DAYS_MAX}
            className="field--short"
            label={t('moderation:block.days')}
            hint={t('moderation:block.daysHint', { min: BLOCK_DAYS_MIN, max: BLOCK_DAYS_MAX })}
            value={days}
            onValueChange={setDays}
          />
        )}
        <TextAreaField
          form={form}
          name="reason"
          required
          rows={4}
          maxLength={MODERATION_REASON_MAX_LENGTH + 20}
          label={reasonLabel}
          hint={reasonHint}
          value={reason}
          onValueChange={setReason}
        />
        <div className="form__actions">
          <button type="submit" className={danger ? 'button button--danger' : 'button button--primary'} disabled={busy}>
            {submitLabel}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('moderation:cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
