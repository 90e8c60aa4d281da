import {
  ErrorCode,
  issueVoterCodesSchema,
  NAMESPACES,
  PollStatus,
  VOTER_CODE_BATCH_LABEL_MAX_LENGTH,
  VOTER_CODES_PER_CALL_MAX,
} from '@medskapa/shared';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { errorMessageKey, hasErrorCode, serverFieldErrors } from '../../../graphql/errors';
import type { ResultOf } from '../../../graphql/graphql';
import type { Translate } from '../../../i18n/translate';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { Dialog } from '../../../ui/Dialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { TextField } from '../../../ui/form/fields';
import { useFormErrors, type FormError } from '../../../ui/form/useFormErrors';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { Loading } from '../../../ui/Loading';
import { IssueVoterCodesMutation, PollVoterCodeBatchesQuery, RevokeVoterCodesMutation } from '../pollPage.graphql';
import { siteOrigin } from '../voteAddress';
import { VoterCodeSheet } from './VoterCodeSheet';

type Batch = ResultOf<typeof PollVoterCodeBatchesQuery>['voterCodeBatches'][number];

export interface VoterCodesPoll {
  id: string;
  status: string;
  question: string;
  shortCode: string;
  organizationName: string;
  municipalityName: string;
}

interface Issued {
  codes: string[];
  batchLabel: string | null;
}

/**
 * For the poll's managers: create one-time voter codes for a class or group, print them as
 * slips right away, and see and revoke the batches made so far. `onChanged` refreshes the
 * results (codes issued and turnout change).
 */
export function VoterCodesPanel({ poll, onChanged }: { poll: VoterCodesPoll; onChanged(): void }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data, error }, reexecute] = useQuery({ query: PollVoterCodeBatchesQuery, variables: { pollId: poll.id } });
  const [issued, setIssued] = useState<Issued | null>(null);
  const refreshBatches = () => {
    reexecute({ requestPolicy: 'network-only' });
    onChanged();
  };
  const closed = poll.status === PollStatus.CLOSED;

  return (
    <section className="section" aria-labelledby="poll-codes-heading">
      <h2 id="poll-codes-heading">{t('pollResults:codes.heading')}</h2>
      <p>{t('pollResults:codes.lead')}</p>
      {closed ? (
        <p className="muted">{t('pollResults:codes.closed')}</p>
      ) : (
        <IssueForm
          pollId={poll.id}
          onIssued={(next) => {
            setIssued(next);
            refreshBatches();
          }}
        />
      )}
      {issued && (
        <VoterCodeSheet
          // A new sheet for every batch, so it takes focus again.
          key={issued.codes[0]}
          codes={issued.codes}
          batchLabel={issued.batchLabel}
          question={poll.question}
          organizationName={poll.organizationName}
          municipalityName={poll.municipalityName}
          shortCode={poll.shortCode}
          origin={siteOrigin()}
          onDone={() => {
            setIssued(null);
            document.getElementById('poll-batches-heading')?.focus();
          }}
        />
      )}
      <h3 id="poll-batches-heading" tabIndex={-1}>
        {t('pollResults:batches.heading')}
      </h3>
      {data ? (
        <BatchTable batches={data.voterCodeBatches} canRevoke={!closed} onRevoked={refreshBatches} />
      ) : error ? (
        <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : (
        <Loading />
      )}
    </section>
  );
}

function IssueForm({ pollId, onIssued }: { pollId: string; onIssued(issued: Issued): void }) {
  const { t } = useTranslation(NAMESPACES);
  const form = useFormErrors('voter-codes');
  const [batchLabel, setBatchLabel] = useState('');
  const [count, setCount] = useState('');
  const [{ fetching }, issue] = useMutation(IssueVoterCodesMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const label = batchLabel.trim();
    // An empty or non-numeric field gives NaN, which the schema refuses like any other bad count.
    const parsed = issueVoterCodesSchema.safeParse({ count: count.trim() === '' ? Number.NaN : Number(count), batchLabel: label || null });
    if (!parsed.success) {
      const problems: FormError[] = [];
      const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
      if (fields.has('batchLabel')) {
        problems.push({ field: 'batchLabel', message: t('pollResults:issue.errors.labelTooLong', { max: VOTER_CODE_BATCH_LABEL_MAX_LENGTH }) });
      }
      if (fields.has('count')) {
        problems.push({ field: 'count', message: t('pollResults:issue.errors.count', { max: VOTER_CODES_PER_CALL_MAX }) });
      }
      form.show(problems);
      return;
    }
    form.clear();
    const result = await issue({ pollId, count: parsed.data.count, batchLabel: parsed.data.batchLabel ?? null });
    if (result.error || !result.data) {
      form.show([{ message: issueErrorMessage(t, result.error) }]);
      return;
    }
    onIssued({ codes: result.data.issueVoterCodes, batchLabel: parsed.data.batchLabel ?? null });
    setBatchLabel('');
    setCount('');
  };

  return (
    <form className="form panel" noValidate onSubmit={onSubmit} aria-labelledby="voter-codes-form-heading">
      <h3 id="voter-codes-form-heading">{t('pollResults:issue.heading')}</h3>
      <p>{t('pollResults:issue.onceHint')}</p>
      <ErrorSummary form={form} />
      <TextField
        form={form}
        name="batchLabel"
        label={t('pollResults:issue.label')}
        hint={t('pollResults:issue.labelHint')}
        value={batchLabel}
        onValueChange={setBatchLabel}
        maxLength={VOTER_CODE_BATCH_LABEL_MAX_LENGTH}
        autoComplete="off"
        className="field--short"
      />
      <TextField
        form={form}
        name="count"
        type="number"
        inputMode="numeric"
        min={1}
        max={VOTER_CODES_PER_CALL_MAX}
        step={1}
        label={t('pollResults:issue.count')}
        hint={t('pollResults:issue.countHint', { max: VOTER_CODES_PER_CALL_MAX })}
        value={count}
        onValueChange={setCount}
        className="field--short"
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={fetching}>
          {t('pollResults:issue.submit')}
        </button>
      </div>
    </form>
  );
}

/** Why issuing failed: the poll closed meanwhile, or the error code's general message. */
function issueErrorMessage(t: Translate, error: CombinedError | undefined): string {
  if (!error) return t('errors:INTERNAL_SERVER_ERROR');
  if (serverFieldErrors(error).some((field) => field.path === 'pollId')) return t('pollResults:issue.errors.closed');
  if (hasErrorCode(error, ErrorCode.FORBIDDEN)) return t('pollResults:errors.forbidden');
  return t(`errors:${errorMessageKey(error)}`);
}

function BatchTable({ batches, canRevoke, onRevoked }: { batches: readonly Batch[]; canRevoke: boolean; onRevoked(): void }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const announce = useAnnounce();
  const [revoking, setRevoking] = useState<Batch | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  if (batches.length === 0) return <p>{t('pollResults:batches.none')}</p>;

  const nameOf = (batch: Batch) => batch.label ?? t('pollResults:batches.unnamed');
  const close = () => {
    const button = revoking ? buttons.current.get(revoking.id) : undefined;
    setRevoking(null);
    button?.focus();
  };

  return (
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('pollResults:batches.label')}</th>
            <th scope="col" className="table__number">
              {t('pollResults:batches.count')}
            </th>
            <th scope="col">{t('pollResults:batches.created')}</th>
            <th scope="col">{t('pollResults:batches.state')}</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((batch) => (
            <tr key={batch.id}>
              <th scope="row" id={`batch-${batch.id}`}>
                {nameOf(batch)}
              </th>
              <td className="table__number">{batch.issuedCount}</td>
              <td>
                <time dateTime={batch.createdAt}>{formatDateTime(batch.createdAt, language)}</time>
              </td>
              <td>
                {batch.revokedAt ? (
                  t('pollResults:batches.revokedAt', { date: formatDateTime(batch.revokedAt, language) })
                ) : canRevoke ? (
                  <button
                    type="button"
                    className="button button--small"
                    aria-haspopup="dialog"
                    // The row's class names which codes: "Spärra koderna, 7B".
                    aria-describedby={`batch-${batch.id}`}
                    ref={(element) => {
                      if (element) buttons.current.set(batch.id, element);
                      else buttons.current.delete(batch.id);
                    }}
                    onClick={() => setRevoking(batch)}
                  >
                    {t('pollResults:revoke.button')}
                  </button>
                ) : (
                  t('pollResults:batches.active')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {revoking && (
        <RevokeDialog
          batch={revoking}
          name={nameOf(revoking)}
          onCancel={close}
          onRevoked={() => {
            setRevoking(null);
            announce(t('pollResults:revoke.done', { label: nameOf(revoking) }));
            document.getElementById('poll-batches-heading')?.focus();
            onRevoked();
          }}
        />
      )}
    </div>
  );
}

function RevokeDialog({ batch, name, onCancel, onRevoked }: { batch: Batch; name: string; onCancel(): void; onRevoked(): void }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ fetching }, revoke] = useMutation(RevokeVoterCodesMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const onConfirm = async () => {
    setProblem(null);
    const result = await revoke({ batchId: batch.id });
    if (result.error || !result.data) {
      setProblem(t(`errors:${result.error ? errorMessageKey(result.error) : 'INTERNAL_SERVER_ERROR'}`));
      return;
    }
    onRevoked();
  };

  return (
    <Dialog title={t('pollResults:revoke.title', { label: name })} onClose={onCancel}>
      <p>{t('pollResults:revoke.body', { count: batch.issuedCount })}</p>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="button button--danger" disabled={fetching} onClick={onConfirm}>
          {t('pollResults:revoke.confirm')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('pollResults:revoke.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
