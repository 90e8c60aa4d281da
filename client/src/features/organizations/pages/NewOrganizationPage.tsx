import { createOrganizationSchema, NAMESPACES, OrganizationKind, OrganizationStatus } from '@medskapa/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { paths } from '../../../app/paths';
import { ErrorSummary } from '../../../ui/form/ErrorSummary';
import { RadioGroupField, TextAreaField, TextField } from '../../../ui/form/fields';
import { useFormErrors } from '../../../ui/form/useFormErrors';
import { Loading } from '../../../ui/Loading';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { DEFAULT_MUNICIPALITY, HomePlaceFields } from '../../accounts/components/HomePlaceFields';
import { SignInPrompt } from '../../accounts/components/SignInPrompt';
import { useViewer } from '../../accounts/useViewer';
import { serverErrors, validate } from '../../accounts/validation';
import { CreateOrganizationMutation } from '../organizations.graphql';

const FIELDS = ['name', 'kind', 'municipalitySlug', 'homePlaceId', 'contactEmail', 'description'] as const;

export const KINDS = [
  OrganizationKind.VILLAGE_ASSOCIATION,
  OrganizationKind.HEMBYGDSFORENING,
  OrganizationKind.FOLKETS_HUS,
  OrganizationKind.YOUTH_COUNCIL,
  OrganizationKind.SCHOOL_COUNCIL,
  OrganizationKind.OTHER,
] as const;

/** State passed to the organization page after creating one. */
export interface CreatedState {
  created?: OrganizationStatus;
}

/** `/organizations/new`: register an organization; it waits for an officer's approval. */
export function NewOrganizationPage() {
  const { t } = useTranslation(NAMESPACES);
  const { viewer, loading } = useViewer();
  const title = t('organizations:create.title');
  useDocumentTitle(title);
  if (loading) return <Loading />;
  if (!viewer) return <SignInPrompt title={title} body={t('organizations:create.signInBody')} />;
  return <NewOrganizationForm defaultMunicipality={viewer.municipality?.slug ?? DEFAULT_MUNICIPALITY} />;
}

function NewOrganizationForm({ defaultMunicipality }: { defaultMunicipality: string }) {
  const { t } = useTranslation(NAMESPACES);
  const navigate = useNavigate();
  const form = useFormErrors('organization');
  const [{ fetching }, create] = useMutation(CreateOrganizationMutation);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationKind | ''>('');
  const [municipalitySlug, setMunicipalitySlug] = useState(defaultMunicipality);
  const [homePlaceId, setHomePlaceId] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [description, setDescription] = useState('');

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(
      t,
      createOrganizationSchema,
      { name, kind: kind || undefined, municipalitySlug, homePlaceId: homePlaceId || null, contactEmail, description },
      FIELDS,
    );
    if (!checked.ok) return form.show(checked.errors);
    const result = await create({
      input: {
        name: checked.data.name,
        kind: checked.data.kind,
        municipalitySlug: checked.data.municipalitySlug,
        homePlaceId: checked.data.homePlaceId ?? null,
        contactEmail: checked.data.contactEmail ?? null,
        description: checked.data.description ?? null,
      },
    });
    if (result.error || !result.data) return form.show(result.error ? serverErrors(t, result.error, FIELDS) : []);
    const created = result.data.createOrganization;
    navigate(paths.organization(created.id), { state: { created: created.status } satisfies CreatedState });
  };

  return (
    <div className="form-page">
      <h1>{t('organizations:create.title')}</h1>
      <p className="lead">{t('organizations:create.lead')}</p>
      <ErrorSummary form={form} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          form={form}
          name="name"
          required
          autoComplete="organization"
          label={t('organizations:fields.name.label')}
          hint={t('organizations:fields.name.hint')}
          value={name}
          onValueChange={setName}
        />
        <RadioGroupField<OrganizationKind>
          form={form}
          name="kind"
          legend={t('organizations:fields.kind.legend')}
          options={KINDS.map((value) => ({ value, label: t(`organizations:kinds.${value}`) }))}
          value={kind}
          onValueChange={setKind}
        />
        <fieldset className="fieldset">
          <legend>{t('organizations:fields.where.legend')}</legend>
          <HomePlaceFields
            form={form}
            municipalitySlug={municipalitySlug}
            onMunicipalityChange={setMunicipalitySlug}
            homePlaceId={homePlaceId}
            onHomePlaceChange={setHomePlaceId}
            placeHint={t('organizations:fields.homePlace.hint')}
          />
        </fieldset>
        <TextField
          form={form}
          name="contactEmail"
          type="email"
          autoComplete="email"
          spellCheck={false}
          label={t('organizations:fields.contactEmail.label')}
          hint={t('organizations:fields.contactEmail.hint')}
          value={contactEmail}
          onValueChange={setContactEmail}
        />
        <TextAreaField
          form={form}
          name="description"
          label={t('organizations:fields.description.label')}
          hint={t('organizations:fields.description.hint')}
          value={description}
          onValueChange={setDescription}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={fetching}>
            {t('organizations:create.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
