import { NAMESPACES } from '@medskapa/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useClient, useMutation, type CombinedError } from 'urql';
import { paths } from '../../../app/paths';
import { useSessionChanged } from '../../../app/providers';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { CheckboxField } from '../../../ui/form/fields';
import { useFormErrors } from '../../../ui/form/useFormErrors';
import { DeleteMyAccountMutation, ExportMyDataQuery } from '../accounts.graphql';
import type { Viewer } from '../useViewer';
import { serverErrors } from '../validation';

/** Saves `text` as a file through a temporary Blob link (no inline script, CSP-safe). */
export function downloadFile(text: string, filename: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Download my data": everything the platform holds about the person, as a JSON file. */
export function ExportDataSection() {
  const { t } = useTranslation(NAMESPACES);
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();

  const onExport = async () => {
    setBusy(true);
    setDone(false);
    setError(undefined);
    const result = await client.query(ExportMyDataQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    if (result.error || result.data?.exportMyData == null) return setError(result.error);
    let text = result.data.exportMyData;
    try {
      text = JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      // Not JSON after all: save it as it came.
    }
    downloadFile(text, `medskapa-${new Date().toISOString().slice(0, 10)}.json`);
    setDone(true);
  };

  return (
    <section className="section" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('accounts:export.heading')}</h2>
      <p>{t('accounts:export.body')}</p>
      {error && <ErrorAlert error={error} />}
      <p>
        <button type="button" className="button" onClick={onExport} disabled={busy}>
          {t('accounts:export.button')}
        </button>
      </p>
      <p role="status" className="form-status">
        {done ? t('accounts:export.done') : ''}
      </p>
    </section>
  );
}

/** "Delete my account": explained, then confirmed with a checkbox; afterwards signed out. */
export function DeleteAccountSection({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation(NAMESPACES);
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const form = useFormErrors('delete');
  const [{ fetching }, deleteAccount] = useMutation(DeleteMyAccountMutation);
  const [confirming, setConfirming] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const firstControl = useRef<HTMLDivElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) firstControl.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [confirming]);

  const onCancel = () => {
    setConfirming(false);
    setUnderstood(false);
    form.clear();
    // The open button comes back; focus returns to it on the next frame.
    setTimeout(() => openButton.current?.focus(), 0);
  };

  const onDelete = async (event: FormEvent) => {
    event.preventDefault();
    if (!understood) return form.show([{ field: 'understood', message: t('accounts:deleteAccount.mustConfirm') }]);
    const result = await deleteAccount({});
    if (result.error) return form.show(serverErrors(t, result.error, []));
    sessionChanged();
    navigate(paths.accountDeleted(), { replace: true });
  };

  return (
    <section className="section section--danger" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('accounts:deleteAccount.heading')}</h2>
      <p>{t('accounts:deleteAccount.body')}</p>
      <p>{t('accounts:deleteAccount.contributions')}</p>
      {!confirming ? (
        <p>
          <button type="button" className="button button--danger" ref={openButton} onClick={() => setConfirming(true)}>
            {t('accounts:deleteAccount.open')}
          </button>
        </p>
      ) : (
        <>
          <ErrorSummary form={form} />
          <form className="form" noValidate onSubmit={onDelete}>
            <fieldset className="fieldset">
              <legend>{t('accounts:deleteAccount.confirmLegend', { name: viewer.displayName })}</legend>
              <div ref={firstControl}>
                <CheckboxField
                  form={form}
                  name="understood"
                  label={t('accounts:deleteAccount.confirmLabel')}
                  checked={understood}
                  onCheckedChange={setUnderstood}
                />
              </div>
            </fieldset>
            <div className="form__actions">
              <button type="submit" className="button button--danger" disabled={fetching}>
                {t('accounts:deleteAccount.confirm')}
              </button>
              <button type="button" className="button" onClick={onCancel}>
                {t('accounts:deleteAccount.cancel')}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
