import { NAMESPACES, WorkshopInputStatus, WorkshopOutcomeStatus } from '@medskapa/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { paths } from '../../../app/paths';
import type { ResultOf } from '../../../graphql/graphql';
import { formatDateTime } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { Dialog } from '../../../ui/Dialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { HiddenContext } from '../../../ui/HiddenContext';
import { useAnnounce } from '../../../ui/LiveAnnouncer';
import { conflictReason, reviewErrorMessage } from './reviewErrors';
import { InputWeight } from './WorkshopOutcomeView';
import { WorkshopInputEditForm, type ReviewArea, type ReviewPlace } from './WorkshopInputEditForm';
import {
  DeleteWorkshopAttachmentMutation,
  DeleteWorkshopInputMutation,
  PublishWorkshopOutcomeMutation,
  WorkshopOutcomeReviewQuery,
} from './outcome.graphql';
import './outcome.css';

type ReviewWorkshop = NonNullable<ResultOf<typeof WorkshopOutcomeReviewQuery>['workshop']>;
type ReviewInput = ReviewWorkshop['inputs'][number];
type ReviewPhoto = ReviewWorkshop['attachments'][number];

/**
 * "Granska och publicera" for the workshop's managers: the DRAFT inputs, each editable and
 * deletable; the photos, deletable; and publishing the outcome after a confirmation. Nothing
 * before the workshop has started (unless something is already recorded) and for others.
 */
export function WorkshopOutcomeReview({ workshopId, slug }: { workshopId: string; slug: string }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const [{ data, error }, reexecute] = useQuery({ query: WorkshopOutcomeReviewQuery, variables: { id: workshopId, slug } });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const workshop = data?.workshop;

  if (!workshop) {
    if (error) return <ErrorAlert error={error} onRetry={refetch} />;
    return null;
  }
  if (!workshop.viewerCanManage) return null;
  const status = workshop.outcomeStatus;
  const started = new Date(workshop.startsAt).getTime() <= Date.now();
  if (status === WorkshopOutcomeStatus.NONE && (!started || workshop.cancelledAt)) return null;

  const published = status === WorkshopOutcomeStatus.PUBLISHED;
  const drafts = workshop.inputs.filter((input) => input.status === WorkshopInputStatus.DRAFT);
  const areas: readonly ReviewArea[] = data?.municipality?.currentStrategy?.areas ?? [];
  const places: readonly ReviewPlace[] = data?.municipality?.places ?? [];

  return (
    <section className="section workshop-review" aria-labelledby="workshop-review-heading">
      <h2 id="workshop-review-heading" ref={headingRef} tabIndex={-1}>
        {t('workshopOutcome:review.heading')}
      </h2>
      {published && workshop.outcomePublishedAt ? (
        <>
          <p className="workshop-review__status">
            {t('workshopOutcome:review.published', {
              date: formatDateTime(workshop.outcomePublishedAt, language, { dateStyle: 'long', timeStyle: 'short' }),
            })}
          </p>
          <p>{t('workshopOutcome:review.publishedLead')}</p>
        </>
      ) : (
        <p>{status === WorkshopOutcomeStatus.NONE ? t('workshopOutcome:review.empty') : t('workshopOutcome:review.lead')}</p>
      )}
      {!workshop.cancelledAt && (
        <p>
          <Link to={paths.captureWorkshop(slug, workshop.id)}>{t('workshopOutcome:review.capture')}</Link>
        </p>
      )}
      {!published && status !== WorkshopOutcomeStatus.NONE && (
        <DraftInputs inputs={drafts} areas={areas} places={places} onChanged={refetch} />
      )}
      {workshop.attachments.length > 0 && <ReviewPhotos photos={workshop.attachments} onChanged={refetch} />}
      {!published && status !== WorkshopOutcomeStatus.NONE && (
        <PublishButton
          workshopId={workshop.id}
          onPublished={() => {
            refetch();
            headingRef.current?.focus();
          }}
        />
      )}
    </section>
  );
}

/** The DRAFT inputs in the order captured: text, weight, målbilder, place; edit and delete. */
function DraftInputs({
  inputs,
  areas,
  places,
  onChanged,
}: {
  inputs: readonly ReviewInput[];
  areas: readonly ReviewArea[];
  places: readonly ReviewPlace[];
  onChanged(): void;
}) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<ReviewInput | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, deleteInput] = useMutation(DeleteWorkshopInputMutation);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Where focus goes back to after editing or a cancelled delete: the item's own button.
  const [focusAfter, setFocusAfter] = useState<string | null>(null);

  useEffect(() => {
    if (!focusAfter) return;
    document.getElementById(focusAfter)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const numberOf = (input: ReviewInput) => inputs.indexOf(input) + 1;

  const cancelDelete = () => {
    if (deleting) setFocusAfter(`workshop-input-delete-${deleting.id}`);
    setDeleting(null);
    setProblem(null);
  };
  const confirmDelete = async () => {
    if (!deleting) return;
    setProblem(null);
    const result = await deleteInput({ id: deleting.id });
    if (result.error || !result.data) {
      setProblem(result.error ? reviewErrorMessage(t, result.error) : t('errors:INTERNAL_SERVER_ERROR'));
      return;
    }
    setDeleting(null);
    announce(t('workshopOutcome:review.deleted'));
    onChanged();
    headingRef.current?.focus();
  };

  return (
    <>
      <h3 id="workshop-review-inputs-heading" ref={headingRef} tabIndex={-1}>
        {t('workshopOutcome:review.inputsHeading')}
      </h3>
      {inputs.length === 0 && <p>{t('workshopOutcome:review.noInputs')}</p>}
      {inputs.length > 0 && (
        <ol className="workshop-review__inputs">
          {inputs.map((input) => {
            const number = numberOf(input);
            const context = t('workshopOutcome:review.inputNumber', { number });
            return (
              <li key={input.id} className="workshop-review__input">
                {editing === input.id ? (
                  <WorkshopInputEditForm
                    input={input}
                    number={number}
                    areas={areas}
                    places={places}
                    onCancel={() => {
                      setEditing(null);
                      setFocusAfter(`workshop-input-edit-${input.id}`);
                    }}
                    onSaved={() => {
                      setEditing(null);
                      announce(t('workshopOutcome:review.saved', { number }));
                      setFocusAfter(`workshop-input-edit-${input.id}`);
                      onChanged();
                    }}
                  />
                ) : (
                  <>
                    <p className="workshop-review__text">{input.text}</p>
                    <ul className="meta-list">
                      {(input.priority != null || input.dotVotes != null) && (
                        <li>
                          <InputWeight input={input} />
                        </li>
                      )}
                      <li>
                        {input.goals.length > 0
                          ? `${t('workshopOutcome:review.goalsLabel')} ${input.goals.map((g) => `${g.code} ${g.title}`).join(', ')}`
                          : t('workshopOutcome:review.noGoals')}
                      </li>
                      {input.place && <li>{t('workshopOutcome:view.place', { place: input.place.name })}</li>}
                    </ul>
                    <div className="button-row">
                      <button
                        type="button"
                        id={`workshop-input-edit-${input.id}`}
                        className="button button--small"
                        onClick={() => setEditing(input.id)}
                      >
                        {t('workshopOutcome:review.edit')}
                        <HiddenContext>{context}</HiddenContext>
                      </button>
                      <button
                        type="button"
                        id={`workshop-input-delete-${input.id}`}
                        className="button button--small button--danger"
                        aria-haspopup="dialog"
                        onClick={() => setDeleting(input)}
                      >
                        {t('workshopOutcome:review.delete')}
                        <HiddenContext>{context}</HiddenContext>
                      </button>
                    </div>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {deleting && (
        <Dialog title={t('workshopOutcome:review.deleteDialog.title')} onClose={cancelDelete}>
          <p className="workshop-review__text">{deleting.text}</p>
          <p>{t('workshopOutcome:review.deleteDialog.body')}</p>
          {problem && (
            <p className="field__error" role="alert">
              {problem}
            </p>
          )}
          <div className="form__actions">
            <button type="button" className="button button--danger" disabled={fetching} onClick={confirmDelete}>
              {t('workshopOutcome:review.deleteDialog.confirm')}
            </button>
            <button type="button" className="button" onClick={cancelDelete}>
              {t('workshopOutcome:review.deleteDialog.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}

/** The photos, each with "Ta bort fotot" (confirmed; also after publishing). */
function ReviewPhotos({ photos, onChanged }: { photos: readonly ReviewPhoto[]; onChanged(): void }) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const [deleting, setDeleting] = useState<{ photo: ReviewPhoto; number: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, deleteAttachment] = useMutation(DeleteWorkshopAttachmentMutation);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const cancel = () => {
    const id = deleting?.photo.id;
    setDeleting(null);
    setProblem(null);
    if (id) document.getElementById(`workshop-photo-delete-${id}`)?.focus();
  };
  const confirm = async () => {
    if (!deleting) return;
    setProblem(null);
    const result = await deleteAttachment({ id: deleting.photo.id });
    if (result.error || !result.data) {
      setProblem(result.error ? reviewErrorMessage(t, result.error) : t('errors:INTERNAL_SERVER_ERROR'));
      return;
    }
    setDeleting(null);
    announce(t('workshopOutcome:review.photoDeleted'));
    onChanged();
    headingRef.current?.focus();
  };

  return (
    <>
      <h3 id="workshop-review-photos-heading" ref={headingRef} tabIndex={-1}>
        {t('workshopOutcome:review.photosHeading')}
      </h3>
      <ul className="workshop-photos">
        {photos.map((photo, index) => {
          const alt = photo.altText || t('workshopOutcome:view.photoAlt');
          return (
            <li key={photo.id} className="workshop-review__photo">
              <img src={photo.url} alt={alt} width={photo.width} height={photo.height} loading="lazy" className="workshop-photos__image" />
              <button
                type="button"
                id={`workshop-photo-delete-${photo.id}`}
                className="button button--small button--danger"
                aria-haspopup="dialog"
                onClick={() => setDeleting({ photo, number: index + 1 })}
              >
                {t('workshopOutcome:review.deletePhoto')}
                <HiddenContext>{`${index + 1}: ${alt}`}</HiddenContext>
              </button>
            </li>
          );
        })}
      </ul>
      {deleting && (
        <Dialog title={t('workshopOutcome:review.photoDialog.title')} onClose={cancel}>
          <p>{t('workshopOutcome:review.photoDialog.body')}</p>
          {problem && (
            <p className="field__error" role="alert">
              {problem}
            </p>
          )}
          <div className="form__actions">
            <button type="button" className="button button--danger" disabled={fetching} onClick={confirm}>
              {t('workshopOutcome:review.photoDialog.confirm')}
            </button>
            <button type="button" className="button" onClick={cancel}>
              {t('workshopOutcome:review.photoDialog.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}

/** "Publicera resultatet", confirmed in a dialog; OUTCOME_EMPTY is explained there. */
function PublishButton({ workshopId, onPublished }: { workshopId: string; onPublished(): void }) {
  const { t } = useTranslation(NAMESPACES);
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, publish] = useMutation(PublishWorkshopOutcomeMutation);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const cancel = () => {
    setOpen(false);
    setProblem(null);
    buttonRef.current?.focus();
  };
  const confirm = async () => {
    setProblem(null);
    const result = await publish({ workshopId });
    if (result.error || !result.data) {
      if (result.error && conflictReason(result.error) === 'OUTCOME_EMPTY') setProblem(t('workshopOutcome:review.publish.empty'));
      else setProblem(result.error ? reviewErrorMessage(t, result.error) : t('errors:INTERNAL_SERVER_ERROR'));
      return;
    }
    setOpen(false);
    announce(t('workshopOutcome:review.publish.done'));
    onPublished();
  };

  return (
    <>
      <p>
        <button type="button" ref={buttonRef} className="button button--primary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
          {t('workshopOutcome:review.publish.button')}
        </button>
      </p>
      {open && (
        <Dialog title={t('workshopOutcome:review.publish.title')} onClose={cancel}>
          <p>{t('workshopOutcome:review.publish.body')}</p>
          {problem && (
            <p className="field__error" role="alert">
              {problem}
            </p>
          )}
          <div className="form__actions">
            <button type="button" className="button button--primary" disabled={fetching} onClick={confirm}>
              {t('workshopOutcome:review.publish.confirm')}
            </button>
            <button type="button" className="button" onClick={cancel}>
              {t('workshopOutcome:review.publish.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
