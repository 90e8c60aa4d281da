import { NAMESPACES } from '@medskapa/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../../app/paths';
import { isNotFound } from '../../../graphql/errors';
import { useLanguage } from '../../../i18n/useLanguage';
import { Loading } from '../../../ui/Loading';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { useViewer } from '../../accounts/useViewer';
import { formatWorkshopTime } from '../components/WorkshopDetailsFormat';
import { CaptureForms } from './CaptureForms';
import { CaptureWorkshopQuery, CaptureMunicipalityQuery } from './capture.graphql';
import { captureDb, type WorkshopSnapshot } from './captureStore';
import { CaptureQueue } from './captureQueue';
import { useOnline } from './useCaptureQueue';
import './capture.css';

/** `/:slug/workshops/:id/capture`: the facilitator's offline capture form. */
export function WorkshopCapturePage() {
  const { slug = '', id = '' } = useParams();
  return <Capture key={`${slug}/${id}`} slug={slug} id={id} />;
}

/**
 * Online, the workshop, the municipality's målbilder and places are fetched and stored on the
 * device; offline (or when the API cannot be reached) the stored copy is used.
 */
function Capture({ slug, id }: { slug: string; id: string }) {
  const { t } = useTranslation(NAMESPACES);
  const online = useOnline();
  const location = useLocation();
  const { viewer, loading: viewerLoading } = useViewer();
  const [workshopResult] = useQuery({ query: CaptureWorkshopQuery, variables: { id }, requestPolicy: 'network-only', pause: !online });
  const [municipalityResult] = useQuery({ query: CaptureMunicipalityQuery, variables: { slug }, pause: !online });
  const [stored, setStored] = useState<WorkshopSnapshot | null | undefined>(undefined);

  // What the device has from an earlier visit.
  useEffect(() => {
    let live = true;
    void captureDb()
      .then((db) => new CaptureQueue(db).loadSnapshot(id))
      .then((snapshot) => {
        if (live) setStored(snapshot ?? null);
      })
      .catch(() => {
        // No IndexedDB (e.g. a locked-down browser): the form works online only.
        if (live) setStored(null);
      });
    return () => {
      live = false;
    };
  }, [id]);

  const workshop = workshopResult.data?.workshop;
  const municipality = municipalityResult.data?.municipality;
  const fresh: WorkshopSnapshot | undefined =
    workshop && workshop.viewerCanManage && municipalityResult.data
      ? {
          workshop: {
            id: workshop.id,
            title: workshop.title,
            startsAt: workshop.startsAt,
            endsAt: workshop.endsAt,
            venue: workshop.venue,
            place: workshop.place ? { id: workshop.place.id, name: workshop.place.name } : null,
            organization: { name: workshop.organization.name },
            goals: workshop.goals.map((g) => ({ id: g.id, code: g.code, title: g.title })),
            viewerCanManage: workshop.viewerCanManage,
            outcomeStatus: workshop.outcomeStatus,
            municipality: { slug: workshop.municipality.slug },
          },
          areas: (municipality?.currentStrategy?.areas ?? []).map((a) => ({
            id: a.id,
            code: a.code,
            title: a.title,
            goals: a.goals.map((g) => ({ id: g.id, code: g.code, title: g.title })),
          })),
          places: (municipality?.places ?? []).map((p) => ({ id: p.id, name: p.name })),
          storedAt: new Date().toISOString(),
        }
      : undefined;
  const freshKey = fresh ? JSON.stringify({ ...fresh, storedAt: '' }) : '';

  // Store the fresh copy for offline use.
  useEffect(() => {
    if (!freshKey) return;
    const snapshot = { ...(JSON.parse(freshKey) as WorkshopSnapshot), storedAt: new Date().toISOString() };
    let live = true;
    void captureDb()
      .then((db) => new CaptureQueue(db).saveSnapshot(snapshot))
      .then(() => {
        if (live) setStored(snapshot);
      });
    return () => {
      live = false;
    };
  }, [freshKey]);

  const snapshot = fresh ?? stored ?? undefined;
  useDocumentTitle(snapshot ? t('workshopCapture:title', { title: snapshot.workshop.title }) : t('workshopCapture:documentTitle'));

  const answered = online && !workshopResult.fetching && (workshopResult.data !== undefined || workshopResult.error !== undefined);
  const networkFailed = !!workshopResult.error?.networkError && workshopResult.error.graphQLErrors.length === 0;

  if (answered && !networkFailed) {
    if (isNotFound(workshopResult.error) || (workshopResult.data && !workshop)) {
      return <AccessMessage title={t('workshopCapture:access.notFoundTitle')} body={null} back={paths.workshops(slug)} />;
    }
    if (workshop && !workshop.viewerCanManage) {
      if (!viewer && !viewerLoading) {
        return (
          <AccessMessage
            title={t('workshopCapture:access.signedOutTitle')}
            body={t('workshopCapture:access.signedOutBody')}
            back={paths.workshop(slug, id)}
            signIn={paths.login(location.pathname)}
          />
        );
      }
      if (viewerLoading) return <Loading />;
      return <AccessMessage title={t('workshopCapture:access.forbiddenTitle')} body={t('workshopCapture:access.forbiddenBody')} back={paths.workshop(slug, id)} />;
    }
  }

  if (!snapshot) {
    const cannotLoad = stored === null && (!online || networkFailed);
    if (cannotLoad) {
      return <AccessMessage title={t('workshopCapture:access.notStoredTitle')} body={t('workshopCapture:access.notStoredBody')} back={paths.workshop(slug, id)} />;
    }
    return <Loading />;
  }

  return <CapturePageBody slug={slug} snapshot={snapshot} storedOffline={!!stored} online={online} />;
}

function CapturePageBody({ slug, snapshot, storedOffline, online }: { slug: string; snapshot: WorkshopSnapshot; storedOffline: boolean; online: boolean }) {
  const { t } = useTranslation(NAMESPACES);
  const { language } = useLanguage();
  const { workshop } = snapshot;
  return (
    <div className="capture">
      <p>
        <Link to={paths.workshop(slug, workshop.id)}>{t('workshopCapture:backToWorkshop')}</Link>
      </p>
      <h1>{t('workshopCapture:title', { title: workshop.title })}</h1>
      <p className="capture__meta">
        {t('workshopCapture:meta', {
          organization: workshop.organization.name,
          when: formatWorkshopTime(workshop.startsAt, workshop.endsAt, language),
          venue: workshop.venue,
        })}
      </p>
      <p>{t('workshopCapture:intro')}</p>
      {storedOffline && <p className="capture__stored">{t('workshopCapture:stored')}</p>}
      {workshop.outcomeStatus === 'PUBLISHED' && <p className="notice">{t('workshopCapture:access.published')}</p>}
      <CaptureForms snapshot={snapshot} online={online} />
    </div>
  );
}

function AccessMessage({ title, body, back, signIn }: { title: string; body: string | null; back: string; signIn?: string }) {
  const { t } = useTranslation(NAMESPACES);
  useDocumentTitle(title);
  return (
    <div className="capture">
      <h1>{title}</h1>
      {body && <p>{body}</p>}
      <p className="button-row">
        {signIn && (
          <Link className="button button--primary" to={signIn}>
            {t('workshopCapture:access.signIn')}
          </Link>
        )}
        <Link to={back}>{t('workshopCapture:backToWorkshop')}</Link>
      </p>
    </div>
  );
}
