import { AgeGroup, NAMESPACES, ParticipantGender, WorkshopOutcomeStatus } from '@medskapa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import type { ResultOf } from '../../../graphql/graphql';
import { formatNumber } from '../../../i18n/languages';
import { useLanguage } from '../../../i18n/useLanguage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { WorkshopOutcomeQuery } from './outcome.graphql';
import './outcome.css';

type OutcomeWorkshop = NonNullable<ResultOf<typeof WorkshopOutcomeQuery>['workshop']>;

export const AGE_GROUPS = Object.values(AgeGroup);
export const GENDERS = Object.values(ParticipantGender);

/** The CSV of a workshop's inputs, served by the API (not a route of this app). */
export const workshopInputsCsv = (id: string) => `/workshops/${encodeURIComponent(id)}/inputs.csv`;

/**
 * "Det här kom fram" on the workshop page: participant figures, the inputs grouped by målbild,
 * photos of the flip charts and the CSV. Public once published; the workshop's managers see
 * the draft too, marked as such. Before that, a line saying when the result comes.
 */
export function WorkshopOutcomeView({ workshopId, slug }: { workshopId: string; slug: string }) {
  const { t } = useTranslation(NAMESPACES);
  const [{ data, error }, reexecute] = useQuery({ query: WorkshopOutcomeQuery, variables: { id: workshopId } });
  const workshop = data?.workshop;
  if (!workshop) {
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return null;
  }
  const published = workshop.outcomeStatus === WorkshopOutcomeStatus.PUBLISHED;
  const draftForManagers = workshop.viewerCanManage && workshop.outcomeStatus === WorkshopOutcomeStatus.DRAFT;

  if (!published && !draftForManagers) {
    // Nothing to say about a workshop yet to come, or one that was cancelled.
    const started = new Date(workshop.startsAt).getTime() <= Date.now();
    if (!started || workshop.cancelledAt) return null;
    return (
      <section className="section workshop-outcome" aria-labelledby="workshop-outcome-heading">
        <h2 id="workshop-outcome-heading">{t('workshopOutcome:view.heading')}</h2>
        <p>{t('workshopOutcome:view.pending')}</p>
      </section>
    );
  }

  const inputCount = workshop.inputsByGoal.reduce((sum, group) => sum + group.inputs.length, 0);
  return (
    <section className="section workshop-outcome" aria-labelledby="workshop-outcome-heading">
      <h2 id="workshop-outcome-heading">{t('workshopOutcome:view.heading')}</h2>
      {draftForManagers && (
        <p className="notice workshop-outcome__draft">{t('workshopOutcome:view.draftNote')}</p>
      )}
      <ParticipantFigures workshop={workshop} />
      {inputCount === 0 ? <p>{t('workshopOutcome:view.noInputs')}</p> : <InputsByGoal slug={slug} workshop={workshop} />}
      {workshop.attachments.length > 0 && (
        <>
          <h3>{t('workshopOutcome:view.photosHeading')}</h3>
          <WorkshopPhotos attachments={workshop.attachments} />
        </>
      )}
      {inputCount > 0 && (
        <p>
          {/* Served by the API, so a plain link rather than the router. */}
          <a className="button" href={workshopInputsCsv(workshop.id)} download>
            {t('workshopOutcome:view.csv')}
          </a>
        </p>
      )}
    </section>
  );
}

/** "23 deltog" and the same figures by age group (rows) and gender (columns) in a real table. */
export function ParticipantFigures({ workshop }: { workshop: Pick<OutcomeWorkshop, 'participantTotal' | 'participants'> }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const number = (value: number) => formatNumber(value, language);
  if (workshop.participants.length === 0 && workshop.participantTotal === 0) return null;
  const cell = (ageGroup: string, gender: string) =>
    workshop.participants.find((p) => p.ageGroup === ageGroup && p.gender === gender)?.count ?? 0;
  const rowTotal = (ageGroup: string) => GENDERS.reduce((sum, gender) => sum + cell(ageGroup, gender), 0);
  const columnTotal = (gender: string) => AGE_GROUPS.reduce((sum, ageGroup) => sum + cell(ageGroup, gender), 0);
  const total = workshop.participants.reduce((sum, p) => sum + p.count, 0);
  return (
    <>
      <p className="workshop-outcome__summary">{t('workshopOutcome:view.participantSummary', { count: workshop.participantTotal })}</p>
      <div className="table-scroll">
        <table className="table workshop-outcome__participants">
          <caption>{t('workshopOutcome:view.participantsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshopOutcome:view.ageColumn')}</th>
              {GENDERS.map((gender) => (
                <th scope="col" className="table__number" key={gender}>
                  {t(`workshops:gender.${gender}`)}
                </th>
              ))}
              <th scope="col" className="table__number">
                {t('workshopOutcome:view.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {AGE_GROUPS.map((ageGroup) => (
              <tr key={ageGroup}>
                <th scope="row">{t(`workshops:ageGroup.${ageGroup}`)}</th>
                {GENDERS.map((gender) => (
                  <td className="table__number" key={gender}>
                    {number(cell(ageGroup, gender))}
                  </td>
                ))}
                <td className="table__number">{number(rowTotal(ageGroup))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('workshopOutcome:view.total')}</th>
              {GENDERS.map((gender) => (
                <td className="table__number" key={gender}>
                  {number(columnTotal(gender))}
                </td>
              ))}
              <td className="table__number">{number(total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

/** "Prioritet 1" or "12 prickar", whichever the input has. */
export function InputWeight({ input }: { input: { priority?: number | null; dotVotes?: number | null } }) {
  const { t } = useTranslation(NAMESPACES);
  if (input.priority != null) return <>{t('workshopOutcome:view.priority', { priority: input.priority })}</>;
  if (input.dotVotes != null) return <>{t('workshopOutcome:view.dotVotes', { count: input.dotVotes })}</>;
  return null;
}

/** One h3 per målbild (code and title, linking to its area), the group without målbild last. */
function InputsByGoal({ slug, workshop }: { slug: string; workshop: OutcomeWorkshop }) {
  const { t } = useTranslation(NAMESPACES);
  const groups = workshop.inputsByGoal.filter((group) => group.inputs.length > 0);
  // The API already puts the group without målbild last; keep it so whatever the order.
  const ordered = [...groups.filter((g) => g.goal), ...groups.filter((g) => !g.goal)];
  return (
    <div className="workshop-outcome__goals">
      {ordered.map((group) => (
        <div className="workshop-outcome__goal" key={group.goal?.id ?? 'none'}>
          <h3>
            {group.goal ? (
              <Link to={paths.area(slug, group.goal.area.code)}>{`${group.goal.code} ${group.goal.title}`}</Link>
            ) : (
              t('workshopOutcome:view.noGoal')
            )}
          </h3>
          <ul className="workshop-outcome__inputs">
            {group.inputs.map((input) => (
              <li key={input.id} className="workshop-outcome__input">
                <p className="workshop-outcome__text">{input.text}</p>
                {(input.priority != null || input.dotVotes != null || input.place) && (
                  <ul className="meta-list">
                    {(input.priority != null || input.dotVotes != null) && (
                      <li>
                        <InputWeight input={input} />
                      </li>
                    )}
                    {input.place && <li>{t('workshopOutcome:view.place', { place: input.place.name })}</li>}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

interface Photo {
  id: string;
  url: string;
  altText?: string | null;
  width: number;
  height: number;
}

/** Thumbnails of the flip-chart photos, each linking to the full size. */
function WorkshopPhotos({ attachments }: { attachments: readonly Photo[] }) {
  const { t } = useTranslation(NAMESPACES);
  return (
    <ul className="workshop-photos">
      {attachments.map((photo) => (
        <li key={photo.id}>
          <a href={photo.url}>
            <img
              src={photo.url}
              alt={photo.altText || t('workshopOutcome:view.photoAlt')}
              width={photo.width}
              height={photo.height}
              loading="lazy"
              className="workshop-photos__image"
            />
          </a>
        </li>
      ))}
    </ul>
  );
}

export { WorkshopPhotos };
