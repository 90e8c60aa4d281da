import {
  AgeGroup,
  NAMESPACES,
  ParticipantGender,
  WORKSHOP_ATTACHMENT_ALT_MAX_LENGTH,
  WORKSHOP_ATTACHMENT_CONTENT_TYPES,
  WORKSHOP_ATTACHMENT_MAX_BYTES,
  WORKSHOP_DOT_VOTES_MAX,
  WORKSHOP_INPUT_GOALS_MAX,
  WORKSHOP_INPUT_TEXT_MAX_LENGTH,
  WORKSHOP_PARTICIPANT_COUNT_MAX,
} from '@medskapa/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import type { CaptureDraft, QueueEntry, QueuedPhoto, WorkshopSnapshot } from './captureStore';
import { useCaptureQueue } from './useCaptureQueue';

const AGE_GROUPS = Object.values(AgeGroup);
const GENDERS = [ParticipantGender.WOMAN, ParticipantGender.MAN, ParticipantGender.OTHER_OR_UNSTATED];
const cellKey = (ageGroup: string, gender: string) => `${ageGroup}:${gender}`;

const EMPTY_DRAFT: CaptureDraft = {
  participants: {},
  text: '',
  goalIds: [],
  weightKind: 'priority',
  priority: '',
  dotVotes: '',
  placeId: '',
  altText: '',
};

/** A whole number in [0, max] from a field; '' is `empty`; undefined when invalid. */
function wholeNumber(value: string, max: number, empty: number | null): number | null | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return empty;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n <= max ? n : undefined;
}

/** The status bar, the participant table, the input form, the queue and the photos. */
export function CaptureForms({ snapshot, online }: { snapshot: WorkshopSnapshot; online: boolean }) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const workshopId = snapshot.workshop.id;
  const state = useCaptureQueue(workshopId, online);
  const { queue, entries, photos, refresh, syncNow } = state;
  const [draft, setDraft] = useState<CaptureDraft | null>(null);

  // The half-filled forms as left on this device.
  useEffect(() => {
    if (!queue) return;
    let live = true;
    void queue.loadDraft(workshopId).then((stored) => {
      if (live) setDraft({ ...EMPTY_DRAFT, ...stored });
    });
    return () => {
      live = false;
    };
  }, [queue, workshopId]);

  const update = (change: Partial<CaptureDraft>) => {
    setDraft((current) => {
      const next = { ...(current ?? EMPTY_DRAFT), ...change };
      void queue?.saveDraft(workshopId, next);
      return next;
    });
  };

  const afterAdd = async (message: string) => {
    await refresh();
    announce(message);
    if (navigator.onLine) void syncNow();
  };

  if (!queue || !draft) return null;
  return (
    <>
      <CaptureStatus state={state} online={online} />
      <ParticipantsForm
        draft={draft}
        update={update}
        onSave={async (cells) => {
          await queue.addParticipants(workshopId, cells);
          await afterAdd(t('workshopCapture:participants.saved'));
        }}
      />
      <InputForm
        snapshot={snapshot}
        draft={draft}
        update={update}
        onAdd={async (input) => {
          await queue.addInput(workshopId, input);
          update({ text: '', goalIds: [], priority: '', dotVotes: '', placeId: '' });
          await afterAdd(t('workshopCapture:input.added'));
        }}
      />
      <QueuedInputs
        snapshot={snapshot}
        entries={entries}
        onRemove={async (entry) => {
          await queue.removeEntry(entry.clientId);
          await refresh();
          announce(t('workshopCapture:queue.removed'));
        }}
        onEdit={async (entry) => {
          if (entry.kind !== 'input') return;
          await queue.removeEntry(entry.clientId);
          update({
            text: entry.input.text,
            goalIds: entry.input.goalIds,
            priority: entry.input.priority === null ? '' : String(entry.input.priority),
            dotVotes: entry.input.dotVotes === null ? '' : String(entry.input.dotVotes),
            placeId: entry.input.placeId ?? '',
          });
          await refresh();
          document.getElementById('capture-text')?.focus();
        }}
      />
      <PhotoForm
        draft={draft}
        update={update}
        photos={photos}
        onAdd={async (file, altText) => {
          await queue.addPhoto(workshopId, file, altText);
          update({ altText: '' });
          await afterAdd(t('workshopCapture:photos.added'));
        }}
        onRemove={async (photo) => {
          await queue.removePhoto(photo.clientId);
          await refresh();
          announce(t('workshopCapture:photos.removed'));
        }}
      />
    </>
  );
}

function CaptureStatus({ state, online }: { state: ReturnType<typeof useCaptureQueue>; online: boolean }) {
  const { t } = useTranslation(NAMESPACES);
  const { entries, photos, syncing, lastError, syncNow } = state;
  const unsent = entries.filter((e) => e.status === 'waiting' || e.status === 'sending');
  const inputs = unsent.filter((e) => e.kind === 'input').length;
  const participants = unsent.some((e) => e.kind === 'participants');
  const waitingPhotos = photos.filter((p) => p.status === 'waiting').length;
  const needsFix = entries.filter((e) => e.status === 'needsFix').length;
  const anything = entries.length + photos.length > 0;
  const waiting = inputs + waitingPhotos + (participants ? 1 : 0) > 0;
  return (
    <section className={`capture-status ${online ? 'capture-status--online' : 'capture-status--offline'}`} aria-label={t('workshopCapture:status.label')}>
      <div role="status" aria-live="polite" className="capture-status__lines" data-testid="capture-status">
        <p className="capture-status__connection">{online ? t('workshopCapture:status.online') : t('workshopCapture:status.offline')}</p>
        {inputs > 0 && <p>{t('workshopCapture:status.waitingInputs', { count: inputs })}</p>}
        {participants && <p>{t('workshopCapture:status.waitingParticipants')}</p>}
        {waitingPhotos > 0 && <p>{t('workshopCapture:status.waitingPhotos', { count: waitingPhotos })}</p>}
        {needsFix > 0 && <p>{t('workshopCapture:status.needsFix', { count: needsFix })}</p>}
        {syncing && <p>{t('workshopCapture:status.sending')}</p>}
        {!syncing && !waiting && anything && needsFix === 0 && <p>{t('workshopCapture:status.allSent')}</p>}
        {!anything && <p>{t('workshopCapture:status.nothingYet')}</p>}
        {lastError && online && <p className="capture-status__error">{t('workshopCapture:status.lastError', { message: lastError })}</p>}
      </div>
      {online && waiting && (
        <button type="button" className="button button--small" onClick={() => void syncNow()} disabled={syncing}>
          {t('workshopCapture:status.sendNow')}
        </button>
      )}
    </section>
  );
}

interface DraftProps {
  draft: CaptureDraft;
  update(change: Partial<CaptureDraft>): void;
}

function ParticipantsForm({ draft, update, onSave }: DraftProps & { onSave(cells: { ageGroup: string; gender: string; count: number }[]): Promise<void> }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const [error, setError] = useState(false);
  const values = draft.participants;
  const numbers = AGE_GROUPS.flatMap((a) => GENDERS.map((g) => wholeNumber(values[cellKey(a, g)] ?? '', WORKSHOP_PARTICIPANT_COUNT_MAX, 0)));
  const total = numbers.reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const invalid = numbers.some((n) => n === undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (invalid) {
      setError(true);
      const first = AGE_GROUPS.flatMap((a) => GENDERS.map((g) => cellKey(a, g))).find(
        (key) => wholeNumber(values[key] ?? '', WORKSHOP_PARTICIPANT_COUNT_MAX, 0) === undefined,
      );
      if (first) document.getElementById(`capture-cell-${first}`)?.focus();
      return;
    }
    setError(false);
    await onSave(AGE_GROUPS.flatMap((ageGroup) => GENDERS.map((gender) => ({ ageGroup, gender, count: wholeNumber(values[cellKey(ageGroup, gender)] ?? '', WORKSHOP_PARTICIPANT_COUNT_MAX, 0) ?? 0 }))));
  };

  return (
    <section className="capture-section" aria-labelledby="capture-participants-heading">
      <h2 id="capture-participants-heading">{t('workshopCapture:participants.heading')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="field__hint" id="capture-participants-hint">
          {t('workshopCapture:participants.hint')}
        </p>
        {error && (
          <p className="field__error" id="capture-participants-error">
            <span className="visually-hidden">{t('common:form.errorPrefix')}</span> {t('workshopCapture:participants.invalid')}
          </p>
        )}
        <div className="capture-table-wrap">
          <table className="capture-table">
            <caption>{t('workshopCapture:participants.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workshopCapture:participants.ageGroup')}</th>
                {GENDERS.map((gender) => (
                  <th scope="col" key={gender}>
                    {t(`workshops:gender.${gender}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {AGE_GROUPS.map((ageGroup) => (
                <tr key={ageGroup}>
                  <th scope="row">{t(`workshops:ageGroup.${ageGroup}`)}</th>
                  {GENDERS.map((gender) => {
                    const key = cellKey(ageGroup, gender);
                    const inputId = `capture-cell-${key}`;
                    const bad = wholeNumber(values[key] ?? '', WORKSHOP_PARTICIPANT_COUNT_MAX, 0) === undefined;
                    return (
                      <td key={gender}>
                        <label className="visually-hidden" htmlFor={inputId}>
                          {t('workshopCapture:participants.cell', {
                            ageGroup: t(`workshops:ageGroup.${ageGroup}`),
                            gender: t(`workshops:gender.${gender}`).toLocaleLowerCase(language),
                          })}
                        </label>
                        <input
                          id={inputId}
                          className="field__input capture-table__input"
                          type="number"
                          inputMode="numeric"
                          min={0}
                          max={WORKSHOP_PARTICIPANT_COUNT_MAX}
                          step={1}
                          value={values[key] ?? ''}
                          aria-invalid={error && bad ? true : undefined}
                          aria-describedby={error && bad ? 'capture-participants-error' : 'capture-participants-hint'}
                          onChange={(event) => update({ participants: { ...values, [key]: event.target.value } })}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="capture-total" data-testid="participant-total">
          {t('workshopCapture:participants.total', { count: total, formattedCount: formatNumber(total, language) })}
        </p>
        <button type="submit" className="button">
          {t('workshopCapture:participants.save')}
        </button>
      </form>
    </section>
  );
}

type InputErrors = Partial<Record<'text' | 'goalIds' | 'dotVotes', string>>;

function InputForm({
  snapshot,
  draft,
  update,
  onAdd,
}: DraftProps & {
  snapshot: WorkshopSnapshot;
  onAdd(input: { text: string; goalIds: string[]; priority: number | null; dotVotes: number | null; placeId: string | null }): Promise<void>;
}) {
  const { t } = useTranslation(NAMESPACES);
  const [errors, setErrors] = useState<InputErrors>({});
  const textRef = useRef<HTMLTextAreaElement>(null);
  const workshopGoalIds = new Set(snapshot.workshop.goals.map((g) => g.id));
  const groups = snapshot.areas.length > 0 ? snapshot.areas : [{ id: 'workshop', code: '', title: t('workshopCapture:input.workshopGoals'), goals: snapshot.workshop.goals }];
  const otherPlaces = snapshot.places.filter((p) => p.id !== snapshot.workshop.place?.id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: InputErrors = {};
    const text = draft.text.trim();
    if (!text) next.text = t('workshopCapture:input.textRequired');
    else if (text.length > WORKSHOP_INPUT_TEXT_MAX_LENGTH) next.text = t('workshopCapture:input.textTooLong');
    if (draft.goalIds.length > WORKSHOP_INPUT_GOALS_MAX) next.goalIds = t('workshopCapture:input.goalsTooMany');
    const dotVotes = wholeNumber(draft.dotVotes, WORKSHOP_DOT_VOTES_MAX, null);
    const priority = draft.priority ? Number(draft.priority) : null;
    if (dotVotes === undefined) next.dotVotes = t('workshopCapture:input.dotVotesInvalid');
    else if (dotVotes !== null && priority !== null) next.dotVotes = t('workshopCapture:input.bothWeights');
    setErrors(next);
    const firstInvalid = (['text', 'goalIds', 'dotVotes'] as const).find((field) => next[field]);
    if (firstInvalid) {
      document.getElementById(firstInvalid === 'goalIds' ? 'capture-goals' : `capture-${firstInvalid === 'text' ? 'text' : 'dot-votes'}`)?.focus();
      return;
    }
    await onAdd({ text, goalIds: draft.goalIds, priority, dotVotes: dotVotes ?? null, placeId: draft.placeId || null });
    textRef.current?.focus();
  };

  const toggleGoal = (goalId: string, checked: boolean) =>
    update({ goalIds: checked ? [...draft.goalIds, goalId] : draft.goalIds.filter((g) => g !== goalId) });
  let firstGoal = true;

  return (
    <section className="capture-section" aria-labelledby="capture-input-heading">
      <h2 id="capture-input-heading">{t('workshopCapture:input.heading')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className={`field ${errors.text ? 'field--error' : ''}`}>
          <label className="field__label" htmlFor="capture-text">
            {t('workshopCapture:input.text')}
          </label>
          <p className="field__hint" id="capture-text-hint">
            {t('workshopCapture:input.textHint')}
          </p>
          {errors.text && (
            <p className="field__error" id="capture-text-error">
              <span className="visually-hidden">{t('common:form.errorPrefix')}</span> {errors.text}
            </p>
          )}
          <textarea
            ref={textRef}
            id="capture-text"
            className="field__textarea"
            rows={4}
            required
            aria-required="true"
            aria-invalid={errors.text ? true : undefined}
            aria-describedby={['capture-text-hint', errors.text ? 'capture-text-error' : ''].filter(Boolean).join(' ')}
            value={draft.text}
            onChange={(event) => update({ text: event.target.value })}
          />
        </div>

        <fieldset className={`fieldset field ${errors.goalIds ? 'field--error' : ''}`} aria-describedby="capture-goals-hint">
          <legend className="field__label">{t('workshopCapture:input.goals')}</legend>
          <p className="field__hint" id="capture-goals-hint">
            {t('workshopCapture:input.goalsHint')}
          </p>
          {errors.goalIds && (
            <p className="field__error">
              <span className="visually-hidden">{t('common:form.errorPrefix')}</span> {errors.goalIds}
            </p>
          )}
          {groups.map((area) => (
            <fieldset key={area.id} className="fieldset fieldset--nested">
              <legend>{area.code ? `${area.code} ${area.title}` : area.title}</legend>
              <div className="checkboxes">
                {area.goals.map((goal) => {
                  const inputId = firstGoal ? 'capture-goals' : `capture-goal-${goal.id}`;
                  firstGoal = false;
                  return (
                    <div className="checkbox" key={goal.id}>
                      <input
                        type="checkbox"
                        className="checkbox__input"
                        id={inputId}
                        value={goal.id}
                        checked={draft.goalIds.includes(goal.id)}
                        onChange={(event) => toggleGoal(goal.id, event.target.checked)}
                      />
                      <label className={`checkbox__label ${workshopGoalIds.has(goal.id) ? 'capture-goal--workshop' : ''}`} htmlFor={inputId}>
                        {`${goal.code} ${goal.title}`}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          ))}
        </fieldset>

        <fieldset className="fieldset field" aria-describedby="capture-priority-hint">
          <legend className="field__label">{t('workshopCapture:input.priority')}</legend>
          <p className="field__hint" id="capture-priority-hint">
            {t('workshopCapture:input.priorityHint')}
          </p>
          <div className="capture-radios">
            {(['', '1', '2', '3'] as const).map((value) => (
              <div className="radio" key={value || 'none'}>
                <input
                  type="radio"
                  className="radio__input"
                  id={`capture-priority-${value || 'none'}`}
                  name="capture-priority"
                  value={value}
                  checked={draft.priority === value}
                  onChange={() => update({ priority: value })}
                />
                <label className="radio__label" htmlFor={`capture-priority-${value || 'none'}`}>
                  {value === '' ? t('workshopCapture:input.priorityNone') : t(`workshopCapture:input.priority${value}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>

        <div className={`field field--short ${errors.dotVotes ? 'field--error' : ''}`}>
          <label className="field__label" htmlFor="capture-dot-votes">
            {t('workshopCapture:input.dotVotes')}
          </label>
          {errors.dotVotes && (
            <p className="field__error" id="capture-dot-votes-error">
              <span className="visually-hidden">{t('common:form.errorPrefix')}</span> {errors.dotVotes}
            </p>
          )}
          <input
            id="capture-dot-votes"
            className="field__input"
            type="number"
            inputMode="numeric"
            min={0}
            max={WORKSHOP_DOT_VOTES_MAX}
            value={draft.dotVotes}
            aria-invalid={errors.dotVotes ? true : undefined}
            aria-describedby={errors.dotVotes ? 'capture-dot-votes-error' : undefined}
            onChange={(event) => update({ dotVotes: event.target.value })}
          />
        </div>

        <div className="field">
          <label className="field__label" htmlFor="capture-place">
            {t('workshopCapture:input.place')}
          </label>
          <select id="capture-place" className="field__select" value={draft.placeId} onChange={(event) => update({ placeId: event.target.value })}>
            <option value="">
              {snapshot.workshop.place ? `${t('workshopCapture:input.placeDefault')} (${snapshot.workshop.place.name})` : t('workshopCapture:input.placeDefault')}
            </option>
            {otherPlaces.map((place) => (
              <option key={place.id} value={place.id}>
                {place.name}
              </option>
            ))}
          </select>
        </div>

        <button type="submit" className="button button--primary">
          {t('workshopCapture:input.add')}
        </button>
      </form>
    </section>
  );
}

const STATUS_KEYS = {
  waiting: 'workshopCapture:queue.waiting',
  sending: 'workshopCapture:queue.sending',
  sent: 'workshopCapture:queue.sent',
  needsFix: 'workshopCapture:queue.needsFix',
} as const;

function QueuedInputs({
  snapshot,
  entries,
  onRemove,
  onEdit,
}: {
  snapshot: WorkshopSnapshot;
  entries: QueueEntry[];
  onRemove(entry: QueueEntry): Promise<void>;
  onEdit(entry: QueueEntry): Promise<void>;
}) {
  const { t } = useTranslation(NAMESPACES);
  const goals = new Map(snapshot.areas.flatMap((a) => a.goals).concat(snapshot.workshop.goals).map((g) => [g.id, g.code]));
  const places = new Map(snapshot.places.map((p) => [p.id, p.name]));
  return (
    <section className="capture-section" aria-labelledby="capture-queue-heading">
      <h2 id="capture-queue-heading">{t('workshopCapture:queue.heading')}</h2>
      {entries.length === 0 ? (
        <p>{t('workshopCapture:queue.empty')}</p>
      ) : (
        <ul className="capture-queue">
          {entries.map((entry) => {
            const removable = entry.status === 'waiting' || entry.status === 'needsFix';
            const summary =
              entry.kind === 'input'
                ? entry.input.text
                : t('workshopCapture:queue.participantsEntry', { count: entry.participants.reduce((sum, c) => sum + c.count, 0) });
            return (
              <li key={entry.clientId} className={`capture-queue__item capture-queue__item--${entry.status}`} data-testid="capture-entry">
                <p className="capture-queue__text">{summary}</p>
                {entry.kind === 'input' && (
                  <p className="capture-queue__meta">
                    {[
                      entry.input.priority !== null ? t('workshopCapture:queue.priority', { priority: entry.input.priority }) : '',
                      entry.input.dotVotes !== null ? t('workshopCapture:queue.dotVotes', { count: entry.input.dotVotes }) : '',
                      entry.input.goalIds.map((id) => goals.get(id) ?? '').filter(Boolean).join(', '),
                      entry.input.placeId ? (places.get(entry.input.placeId) ?? '') : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                )}
                <p className={`capture-badge capture-badge--${entry.status}`}>{t(STATUS_KEYS[entry.status])}</p>
                {entry.status === 'needsFix' && entry.error && <p className="field__error">{entry.error}</p>}
                {removable && (
                  <div className="button-row">
                    {entry.status === 'needsFix' && entry.kind === 'input' && (
                      <button type="button" className="button button--small" aria-label={t('workshopCapture:queue.editLabel', { text: summary })} onClick={() => void onEdit(entry)}>
                        {t('workshopCapture:queue.edit')}
                      </button>
                    )}
                    <button type="button" className="button button--small" aria-label={t('workshopCapture:queue.removeLabel', { text: summary })} onClick={() => void onRemove(entry)}>
                      {t('workshopCapture:queue.remove')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function PhotoForm({
  draft,
  update,
  photos,
  onAdd,
  onRemove,
}: DraftProps & { photos: QueuedPhoto[]; onAdd(file: File, altText: string): Promise<void>; onRemove(photo: QueuedPhoto): Promise<void> }) {
  const { t } = useTranslation(NAMESPACES);
  const fileRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [altError, setAltError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    let problem: string | null = null;
    if (!file) problem = t('workshopCapture:photos.noFile');
    else if (!(WORKSHOP_ATTACHMENT_CONTENT_TYPES as readonly string[]).includes(file.type)) problem = t('workshopCapture:photos.wrongType');
    else if (file.size > WORKSHOP_ATTACHMENT_MAX_BYTES) problem = t('workshopCapture:photos.tooBig');
    const altProblem = draft.altText.trim().length > WORKSHOP_ATTACHMENT_ALT_MAX_LENGTH ? t('workshopCapture:photos.altTooLong') : null;
    setError(problem);
    setAltError(altProblem);
    if (problem) return fileRef.current?.focus();
    if (altProblem) return document.getElementById('capture-photo-alt')?.focus();
    await onAdd(file!, draft.altText);
    if (fileRef.current) fileRef.current.value = '';
  };

  return (
    <section className="capture-section" aria-labelledby="capture-photos-heading">
      <h2 id="capture-photos-heading">{t('workshopCapture:photos.heading')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className={`field ${error ? 'field--error' : ''}`}>
          <label className="field__label" htmlFor="capture-photo">
            {t('workshopCapture:photos.file')}
          </label>
          <p className="field__hint" id="capture-photo-hint">
            {t('workshopCapture:photos.fileHint')}
          </p>
          {error && (
            <p className="field__error" id="capture-photo-error">
              <span className="visually-hidden">{t('common:form.errorPrefix')}</span> {error}
            </p>
          )}
          <input
            ref={fileRef}
            id="capture-photo"
            type="file"
            accept="image/jpeg,image/png"
            capture="environment"
            aria-invalid={error ? true : undefined}
            aria-describedby={['capture-photo-hint', error ? 'capture-photo-error' : ''].filter(Boolean).join(' ')}
          />
        </div>
        <div className={`field ${altError ? 'field--error' : ''}`}>
          <label className="field__label" htmlFor="capture-photo-alt">
            {t('workshopCapture:photos.alt')}
          </label>
          <p className="field__hint" id="capture-photo-alt-hint">
            {t('workshopCapture:photos.altHint')}
          </p>
          {altError && (
            <p className="field__error" id="capture-photo-alt-error">
              <span className="visually-hidden">{t('common:form.errorPrefix')}</span> {altError}
            </p>
          )}
          <input
            id="capture-photo-alt"
            className="field__input"
            type="text"
            value={draft.altText}
            aria-invalid={altError ? true : undefined}
            aria-describedby={['capture-photo-alt-hint', altError ? 'capture-photo-alt-error' : ''].filter(Boolean).join(' ')}
            onChange={(event) => update({ altText: event.target.value })}
          />
        </div>
        <button type="submit" className="button">
          {t('workshopCapture:photos.add')}
        </button>
      </form>
      {photos.length > 0 && (
        <ul className="capture-photos">
          {photos.map((photo, index) => (
            <PhotoItem key={photo.clientId} photo={photo} number={index + 1} onRemove={onRemove} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PhotoItem({ photo, number, onRemove }: { photo: QueuedPhoto; number: number; onRemove(photo: QueuedPhoto): Promise<void> }) {
  const { t } = useTranslation(NAMESPACES);
  // A data: URL, as the Content-Security-Policy allows images from 'self' and data: only.
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const reader = new FileReader();
    reader.onload = () => setUrl(typeof reader.result === 'string' ? reader.result : null);
    reader.readAsDataURL(photo.blob);
    return () => reader.abort();
  }, [photo.blob]);
  const label = photo.altText ? t('workshopCapture:photos.thumbnailWithAlt', { number, alt: photo.altText }) : t('workshopCapture:photos.thumbnail', { number });
  return (
    <li className="capture-photos__item" data-testid="capture-photo">
      {url ? <img className="capture-photos__thumb" src={url} alt={label} /> : <p className="capture-photos__thumb">{label}</p>}
      <p className={`capture-badge capture-badge--${photo.status}`}>{t(STATUS_KEYS[photo.status])}</p>
      {photo.status === 'needsFix' && photo.error && <p className="field__error">{photo.error}</p>}
      {photo.status !== 'sent' && (
        <button type="button" className="button button--small" aria-label={t('workshopCapture:photos.removeLabel', { number })} onClick={() => void onRemove(photo)}>
          {t('workshopCapture:photos.remove')}
        </button>
      )}
    </li>
  );
}
