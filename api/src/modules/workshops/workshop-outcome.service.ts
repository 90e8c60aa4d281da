import {
  ErrorCode,
  findPersonalData,
  idSchema,
  PERSONAL_DATA_LABELS,
  updateWorkshopInputSchema,
  WORKSHOP_ATTACHMENT_MAX_INPUT_PIXELS,
  WORKSHOP_ATTACHMENT_MAX_SIDE,
  WORKSHOP_ATTACHMENTS_MAX,
  WorkshopInputStatus,
  workshopOutcomeInputSchema,
  WorkshopOutcomeStatus,
} from '@medskapa/shared';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { DomainError, type FieldError, parseArgument } from '../../common/domain-error';
import type { Viewer } from '../../common/viewer';
import type { RequestLoaders } from '../../graphql/loader-registry';
import { AuditService } from '../audit/audit.service';
import type { Place } from '../places/place.entity';
import { PlacesLoaders } from '../places/places.loaders';
import type { Goal } from '../strategies/goal.entity';
import { ATTACHMENT_STORAGE, type AttachmentStorage } from './attachment-storage';
import type { WorkshopGoalInputs } from './dto/outcome-types';
import { Workshop, WorkshopAttachment, WorkshopInput, type WorkshopParticipantCount } from './workshop.entity';
import { WorkshopOutcomeLoaders } from './workshop-outcome.loaders';
import { WorkshopsService } from './workshops.service';

sharp.cache(false);

/** A problem with an uploaded file, answered with an HTTP status (413 too large, 415 not a JPEG or PNG). */
export class UploadError extends Error {
  constructor(
    readonly status: 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

export type ImageType = 'image/jpeg' | 'image/png';

/** The type by the file's first bytes, never by what the client says. */
export function sniffImageType(body: Buffer): ImageType | null {
  if (body.length >= 3 && body[0] === 0xff && body[1] === 0xd8 && body[2] === 0xff) return 'image/jpeg';
  if (body.length >= 8 && body.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return null;
}

/**
 * Decodes a JPEG or PNG (at most WORKSHOP_ATTACHMENT_MAX_INPUT_PIXELS), turns it upright by its
 * EXIF orientation and encodes it again without any metadata (no EXIF, so no GPS position, no
 * camera serial), at most WORKSHOP_ATTACHMENT_MAX_SIDE pixels on the long side.
 */
export async function reencodeImage(body: Buffer): Promise<{ data: Buffer; contentType: ImageType; width: number; height: number }> {
  const sniffed = sniffImageType(body);
  if (!sniffed) throw new UploadError(415, 'Only JPEG and PNG photos can be uploaded.');
  const open = () => sharp(body, { limitInputPixels: WORKSHOP_ATTACHMENT_MAX_INPUT_PIXELS, failOn: 'error' });
  let format: string | undefined;
  try {
    format = (await open().metadata()).format;
  } catch (error) {
    if (/pixel limit/i.test(String((error as Error).message))) throw new UploadError(413, 'The photo has too many pixels (at most 40 megapixels).');
    throw new UploadError(415, 'The file is not a readable JPEG or PNG photo.');
  }
  if ((sniffed === 'image/jpeg' && format !== 'jpeg') || (sniffed === 'image/png' && format !== 'png')) {
    throw new UploadError(415, 'Only JPEG and PNG photos can be uploaded.');
  }
  try {
    const pipeline = open().rotate().resize({ width: WORKSHOP_ATTACHMENT_MAX_SIDE, height: WORKSHOP_ATTACHMENT_MAX_SIDE, fit: 'inside', withoutEnlargement: true });
    const encoded = sniffed === 'image/jpeg' ? pipeline.jpeg({ quality: 82, mozjpeg: true }) : pipeline.png({ compressionLevel: 9 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { data, contentType: sniffed, width: info.width, height: info.height };
  } catch (error) {
    if (/pixel limit/i.test(String((error as Error).message))) throw new UploadError(413, 'The photo has too many pixels (at most 40 megapixels).');
    throw new UploadError(415, 'The file is not a readable JPEG or PNG photo.');
  }
}

const conflict = (reason: string, message: string) => new DomainError(ErrorCode.CONFLICT, message, { reason });

interface LockedWorkshop {
  cancelled: boolean;
  started: boolean;
  published: boolean;
}

/**
 * The outcome of a workshop: what facilitators record (participant counts, inputs, photos), the
 * organizer's review and publishing, and who reads what.
 *
 * Who may do what:
 * - managers (officers/admins of the municipality, LEADERs of the organization) record, once the
 *   workshop has started and unless it is cancelled; they edit and delete inputs until the outcome
 *   is published, publish it, and add and delete photos;
 * - everyone reads participants, PUBLISHED inputs and photos once the outcome is published;
 *   managers read DRAFT inputs too; HIDDEN inputs (moderators, on reports) are shown to no one.
 *
 * Recording after publishing is allowed (a device that synchronises late): those inputs are
 * PUBLISHED at once, since the organizer has already released the outcome and moderators handle
 * anything wrong through reports. Edits of inputs after publishing are refused (CONFLICT).
 */
@Injectable()
export class WorkshopOutcomeService {
  private readonly logger = new Logger(WorkshopOutcomeService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Workshop) private readonly workshopRepository: Repository<Workshop>,
    @InjectRepository(WorkshopInput) private readonly inputRepository: Repository<WorkshopInput>,
    @InjectRepository(WorkshopAttachment) private readonly attachmentRepository: Repository<WorkshopAttachment>,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage,
    private readonly workshops: WorkshopsService,
    private readonly audit: AuditService,
  ) {}

  // ---------------------------------------------------------------- recording

  /**
   * Idempotent twice over: the submission's clientMutationId is stored, so a replay returns the
   * current state and changes nothing; each input is keyed by (workshop, clientId) and inserted with
   * ON CONFLICT DO NOTHING, so the same inputs under a new clientMutationId land once as well. The
   * workshop row is locked for the transaction, so concurrent submissions (two facilitators) run one
   * after the other and both land, and publishing never misses an input.
   */
  async record(viewer: Viewer | null, workshopIdArg: string, raw: unknown): Promise<Workshop> {
    const workshop = await this.workshops.requireManager(viewer, workshopIdArg, 'workshopId');
    const input = parseArgument(workshopOutcomeInputSchema, raw, 'input');
    this.refusePersonalData(input.inputs.map((item, index) => ({ path: `input.inputs.${index}.text`, text: item.text })));
    await this.requireGoals(
      workshop.municipalityId,
      input.inputs.map((item, index) => ({ path: `input.inputs.${index}.goalIds`, ids: item.goalIds })),
    );
    await this.requirePlaces(
      workshop.municipalityId,
      input.inputs.map((item, index) => ({ path: `input.inputs.${index}.placeId`, id: item.placeId })),
    );

    await this.dataSource.transaction(async (manager) => {
      const state = await this.lock(manager, workshop.id);
      if (state.cancelled) throw conflict('WORKSHOP_CANCELLED', 'The workshop is cancelled; nothing can be recorded.');
      if (!state.started) throw conflict('WORKSHOP_NOT_STARTED', 'The outcome can be recorded once the workshop has started.');
      const fresh: unknown[] = await manager.query(
        `INSERT INTO workshop_outcome_submission (workshop_id, client_mutation_id, submitted_by_id) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING client_mutation_id`,
        [workshop.id, input.clientMutationId, viewer!.userId],
      );
      if (fresh.length === 0) return; // A replay: the first submission with this id has been stored.

      if (input.participants.length > 0) {
        await manager.query(
          `INSERT INTO workshop_participant_count (workshop_id, age_group, gender, count)
           SELECT $1, t.age_group, t.gender, t.count FROM unnest($2::text[], $3::text[], $4::int[]) AS t(age_group, gender, count)
           ON CONFLICT (workshop_id, age_group, gender) DO UPDATE SET count = EXCLUDED.count`,
          [workshop.id, input.participants.map((p) => p.ageGroup), input.participants.map((p) => p.gender), input.participants.map((p) => p.count)],
        );
      }

      if (input.inputs.length > 0) {
        const status = state.published ? WorkshopInputStatus.PUBLISHED : WorkshopInputStatus.DRAFT;
        const items = input.inputs;
        // clock_timestamp() rises row by row, so the inputs keep the order they were captured in.
        const inserted: Array<{ id: string; client_id: string }> = await manager.query(
          `INSERT INTO workshop_input (workshop_id, client_id, text, priority, dot_votes, place_id, status, created_by_id, created_at, updated_at)
           SELECT $1, t.client_id, t.text, t.priority, t.dot_votes, t.place_id, $7, $8, clock_timestamp(), now()
             FROM unnest($2::uuid[], $3::text[], $4::smallint[], $5::int[], $6::uuid[]) WITH ORDINALITY AS t(client_id, text, priority, dot_votes, place_id, n)
            ORDER BY t.n
           ON CONFLICT (workshop_id, client_id) DO NOTHING
           RETURNING id, client_id`,
          [
            workshop.id,
            items.map((i) => i.clientId),
            items.map((i) => i.text),
            items.map((i) => i.priority),
            items.map((i) => i.dotVotes),
            items.map((i) => i.placeId),
            status,
            viewer!.userId,
          ],
        );
        const goalsOf = new Map(items.map((i) => [i.clientId, i.goalIds]));
        const links = inserted.flatMap((row) => (goalsOf.get(row.client_id) ?? []).map((goalId) => [row.id, goalId] as const));
        if (links.length > 0) {
          await manager.query(`INSERT INTO workshop_input_goal (input_id, goal_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
            links.map((l) => l[0]),
            links.map((l) => l[1]),
          ]);
        }
      }
    });
    return this.workshopRepository.findOneByOrFail({ id: workshop.id });
  }

  // ---------------------------------------------------------------- review and publish

  /** DRAFT inputs become PUBLISHED and count as contributions. Publishing again changes nothing. */
  async publish(viewer: Viewer | null, workshopIdArg: string): Promise<Workshop> {
    const workshop = await this.workshops.requireManager(viewer, workshopIdArg, 'workshopId');
    await this.dataSource.transaction(async (manager) => {
      const state = await this.lock(manager, workshop.id);
      if (state.published) return;
      if (state.cancelled) throw conflict('WORKSHOP_CANCELLED', 'The workshop is cancelled; its outcome cannot be published.');
      const [{ inputs, participants }]: Array<{ inputs: number; participants: number }> = await manager.query(
        `SELECT (SELECT count(*)::int FROM workshop_input WHERE workshop_id = $1 AND status = 'DRAFT') AS inputs,
                (SELECT coalesce(sum(count), 0)::int FROM workshop_participant_count WHERE workshop_id = $1) AS participants`,
        [workshop.id],
      );
      if (inputs === 0 && participants === 0) {
        throw conflict('OUTCOME_EMPTY', 'Record at least one input or how many took part before publishing.');
      }
      await manager.query(`UPDATE workshop_input SET status = 'PUBLISHED', updated_at = now() WHERE workshop_id = $1 AND status = 'DRAFT'`, [workshop.id]);
      await manager.query(`UPDATE workshop SET outcome_published_at = now(), updated_at = now() WHERE id = $1`, [workshop.id]);
      await this.audit.record(
        viewer,
        {
          action: 'WORKSHOP_OUTCOME_PUBLISHED',
          municipalityId: workshop.municipalityId,
          targetType: 'Workshop',
          targetId: workshop.id,
          details: { inputs, participants, organizationId: workshop.organizationId },
        },
        manager,
      );
    });
    return this.workshopRepository.findOneByOrFail({ id: workshop.id });
  }

  async updateInput(viewer: Viewer | null, idArg: string, raw: unknown): Promise<WorkshopInput> {
    const { row, workshop } = await this.requireManagedInput(viewer, idArg);
    const input = parseArgument(updateWorkshopInputSchema, raw, 'input');
    this.refusePersonalData([{ path: 'input.text', text: input.text }]);
    await this.requireGoals(workshop.municipalityId, [{ path: 'input.goalIds', ids: input.goalIds }]);
    await this.requirePlaces(workshop.municipalityId, [{ path: 'input.placeId', id: input.placeId }]);
    await this.dataSource.transaction(async (manager) => {
      await this.requireUnpublished(manager, workshop.id);
      await manager.query(`UPDATE workshop_input SET text = $2, priority = $3, dot_votes = $4, place_id = $5, updated_at = now() WHERE id = $1`, [
        row.id,
        input.text,
        input.priority,
        input.dotVotes,
        input.placeId,
      ]);
      await manager.query(`DELETE FROM workshop_input_goal WHERE input_id = $1`, [row.id]);
      if (input.goalIds.length > 0) {
        await manager.query(`INSERT INTO workshop_input_goal (input_id, goal_id) SELECT $1, g FROM unnest($2::uuid[]) AS g`, [row.id, input.goalIds]);
      }
    });
    return this.inputRepository.findOneByOrFail({ id: row.id });
  }

  /**
   * Removes a DRAFT input. Its clientId is free again: a device that sends the same input under a
   * NEW clientMutationId would add it again (a replay of the same submission would not).
   */
  async deleteInput(viewer: Viewer | null, idArg: string): Promise<Workshop> {
    const { row, workshop } = await this.requireManagedInput(viewer, idArg);
    await this.dataSource.transaction(async (manager) => {
      await this.requireUnpublished(manager, workshop.id);
      await manager.query(`DELETE FROM workshop_input WHERE id = $1`, [row.id]);
    });
    return this.workshopRepository.findOneByOrFail({ id: workshop.id });
  }

  // ---------------------------------------------------------------- photos

  /**
   * Stores a photo once per (workshop, clientId): a retry (also a concurrent one) returns the
   * attachment stored first, `created: false`. The caller has checked size and read the body.
   */
  async addAttachment(
    viewer: Viewer,
    workshop: Workshop,
    clientId: string,
    altText: string | null,
    body: Buffer,
  ): Promise<{ attachment: WorkshopAttachment; created: boolean }> {
    const image = await reencodeImage(body);
    const [{ n }]: Array<{ n: number }> = await this.dataSource.query(`SELECT count(*)::int AS n FROM workshop_attachment WHERE workshop_id = $1`, [workshop.id]);
    if (n >= WORKSHOP_ATTACHMENTS_MAX) throw conflict('TOO_MANY_ATTACHMENTS', `A workshop can have at most ${WORKSHOP_ATTACHMENTS_MAX} photos.`);
    const id = randomUUID();
    const storageKey = `workshops/${workshop.id}/${id}.${image.contentType === 'image/jpeg' ? 'jpg' : 'png'}`;
    await this.storage.put(storageKey, image.data, image.contentType);
    try {
      const inserted: unknown[] = await this.dataSource.query(
        `INSERT INTO workshop_attachment (id, workshop_id, client_id, storage_key, content_type, byte_size, width, height, alt_text, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (workshop_id, client_id) DO NOTHING RETURNING id`,
        [id, workshop.id, clientId, storageKey, image.contentType, image.data.length, image.width, image.height, altText, viewer.userId],
      );
      if (inserted.length === 0) {
        await this.storage.delete(storageKey);
        return { attachment: await this.attachmentRepository.findOneByOrFail({ workshopId: workshop.id, clientId }), created: false };
      }
    } catch (error) {
      await this.storage.delete(storageKey);
      throw error;
    }
    return { attachment: await this.attachmentRepository.findOneByOrFail({ id }), created: true };
  }

  existingAttachment(workshopId: string, clientId: string): Promise<WorkshopAttachment | null> {
    return this.attachmentRepository.findOneBy({ workshopId, clientId });
  }

  /** Managers delete photos at any time, also after publishing (e.g. a face that should not be shown). */
  async deleteAttachment(viewer: Viewer | null, idArg: string): Promise<Workshop> {
    const id = parseArgument(idSchema, idArg, 'id');
    const attachment = await this.attachmentRepository.findOneBy({ id });
    if (!attachment) throw DomainError.notFound('workshop attachment', id);
    const workshop = await this.workshops.requireManager(viewer, attachment.workshopId, 'id');
    await this.attachmentRepository.delete({ id });
    await this.storage.delete(attachment.storageKey).catch((error: unknown) => this.logger.warn(`Could not delete ${attachment.storageKey}: ${String(error)}`));
    return this.workshopRepository.findOneByOrFail({ id: workshop.id });
  }

  /** The photo's bytes when the viewer may see it: published outcome, or a manager. */
  async readAttachment(
    viewer: Viewer | null,
    workshopIdArg: string,
    attachmentIdArg: string,
    loaders: RequestLoaders,
  ): Promise<{ attachment: WorkshopAttachment; body: Buffer; published: boolean }> {
    const workshop = await this.workshops.byId(workshopIdArg, loaders);
    const attachmentId = parseArgument(idSchema, attachmentIdArg, 'attachmentId');
    const attachment = await this.attachmentRepository.findOneBy({ id: attachmentId, workshopId: workshop.id });
    if (!attachment) throw DomainError.notFound('workshop attachment', attachmentId);
    await this.requireOutcomeVisible(viewer, workshop, loaders);
    const body = await this.storage.get(attachment.storageKey);
    if (!body) throw DomainError.notFound('workshop attachment', attachmentId);
    return { attachment, body, published: workshop.outcomePublishedAt !== null };
  }

  static urlOf(attachment: WorkshopAttachment): string {
    return `/workshops/${attachment.workshopId}/attachments/${attachment.id}`;
  }

  // ---------------------------------------------------------------- reading

  workshopById(id: string, loaders: RequestLoaders): Promise<Workshop> {
    return this.workshops.byId(id, loaders);
  }

  async canSeeOutcome(viewer: Viewer | null, workshop: Workshop, loaders: RequestLoaders): Promise<boolean> {
    return workshop.outcomePublishedAt !== null || (await this.workshops.canManage(viewer, workshop, loaders));
  }

  /** UNAUTHENTICATED signed out, FORBIDDEN for others, until the outcome is published. */
  async requireOutcomeVisible(viewer: Viewer | null, workshop: Workshop, loaders: RequestLoaders): Promise<void> {
    if (await this.canSeeOutcome(viewer, workshop, loaders)) return;
    if (!viewer) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'You need to sign in to do this.');
    throw new DomainError(ErrorCode.FORBIDDEN, 'The outcome is not published yet; only the organizers see it.');
  }

  async outcomeStatus(workshop: Workshop, loaders: RequestLoaders): Promise<WorkshopOutcomeStatus> {
    if (workshop.outcomePublishedAt) return WorkshopOutcomeStatus.PUBLISHED;
    return (await loaders.get(WorkshopOutcomeLoaders).recordedByWorkshop.load(workshop.id)) ? WorkshopOutcomeStatus.DRAFT : WorkshopOutcomeStatus.NONE;
  }

  async participants(viewer: Viewer | null, workshop: Workshop, loaders: RequestLoaders): Promise<WorkshopParticipantCount[]> {
    if (!(await this.canSeeOutcome(viewer, workshop, loaders))) return [];
    return loaders.get(WorkshopOutcomeLoaders).participantsByWorkshop.load(workshop.id);
  }

  async participantTotal(viewer: Viewer | null, workshop: Workshop, loaders: RequestLoaders): Promise<number> {
    return (await this.participants(viewer, workshop, loaders)).reduce((sum, cell) => sum + cell.count, 0);
  }

  /** Public: PUBLISHED inputs; managers: DRAFT ones too; HIDDEN ones: no one. */
  async inputs(viewer: Viewer | null, workshop: Workshop, loaders: RequestLoaders): Promise<WorkshopInput[]> {
    const all = await loaders.get(WorkshopOutcomeLoaders).inputsByWorkshop.load(workshop.id);
    if (all.every((input) => input.status === WorkshopInputStatus.PUBLISHED)) return all;
    if (await this.workshops.canManage(viewer, workshop, loaders)) return all;
    return all.filter((input) => input.status === WorkshopInputStatus.PUBLISHED);
  }

  /** Grouped by målbild (by code); an input with two målbilder is in both groups; then those without målbild. */
  async inputsByGoal(viewer: Viewer | null, workshop: Workshop, loaders: RequestLoaders): Promise<WorkshopGoalInputs[]> {
    const inputs = await this.inputs(viewer, workshop, loaders);
    const goals = await Promise.all(inputs.map((input) => this.goalsOf(input, loaders)));
    const groups = new Map<string, WorkshopGoalInputs>();
    const none: WorkshopGoalInputs = { goal: null, inputs: [] };
    inputs.forEach((input, index) => {
      if (goals[index]!.length === 0) none.inputs.push(input);
      for (const goal of goals[index]!) {
        if (!groups.has(goal.id)) groups.set(goal.id, { goal, inputs: [] });
        groups.get(goal.id)!.inputs.push(input);
      }
    });
    const sorted = [...groups.values()].sort((a, b) => a.goal!.code.localeCompare(b.goal!.code, 'sv', { numeric: true }));
    return none.inputs.length > 0 ? [...sorted, none] : sorted;
  }

  async attachments(viewer: Viewer | null, workshop: Workshop, loaders: RequestLoaders): Promise<WorkshopAttachment[]> {
    if (!(await this.canSeeOutcome(viewer, workshop, loaders))) return [];
    return loaders.get(WorkshopOutcomeLoaders).attachmentsByWorkshop.load(workshop.id);
  }

  goalsOf(input: WorkshopInput, loaders: RequestLoaders): Promise<Goal[]> {
    return loaders.get(WorkshopOutcomeLoaders).goalsByInput.load(input.id);
  }

  async placeOf(input: WorkshopInput, loaders: RequestLoaders): Promise<Place | null> {
    return input.placeId ? loaders.get(PlacesLoaders).placeById.load(input.placeId) : null;
  }

  goalInputCount(goal: Goal, loaders: RequestLoaders): Promise<number> {
    return loaders.get(WorkshopOutcomeLoaders).publishedInputCountByGoal.load(goal.id);
  }

  placeInputCount(place: Place, loaders: RequestLoaders): Promise<number> {
    return loaders.get(WorkshopOutcomeLoaders).publishedInputCountByPlace.load(place.id);
  }

  // ---------------------------------------------------------------- helpers

  private async lock(manager: EntityManager, workshopId: string): Promise<LockedWorkshop> {
    const [row]: LockedWorkshop[] = await manager.query(
      `SELECT cancelled_at IS NOT NULL AS cancelled, starts_at <= now() AS started, outcome_published_at IS NOT NULL AS published
         FROM workshop WHERE id = $1 FOR NO KEY UPDATE`,
      [workshopId],
    );
    if (!row) throw DomainError.notFound('workshop', workshopId);
    return row;
  }

  private async requireUnpublished(manager: EntityManager, workshopId: string): Promise<void> {
    const state = await this.lock(manager, workshopId);
    if (state.published) {
      throw conflict('OUTCOME_PUBLISHED', 'The outcome is published; inputs can no longer be changed. Moderators hide inputs that break the rules.');
    }
  }

  private async requireManagedInput(viewer: Viewer | null, idArg: string): Promise<{ row: WorkshopInput; workshop: Workshop }> {
    const id = parseArgument(idSchema, idArg, 'id');
    const row = await this.inputRepository.findOneBy({ id });
    if (!row || row.status === WorkshopInputStatus.HIDDEN) throw DomainError.notFound('workshop input', id);
    const workshop = await this.workshops.requireManager(viewer, row.workshopId, 'id');
    return { row, workshop };
  }

  private refusePersonalData(texts: Array<{ path: string; text: string }>): void {
    const fields: FieldError[] = [];
    for (const { path, text } of texts) {
      const kinds = findPersonalData(text);
      if (kinds.length > 0) {
        fields.push({ path, message: `Contains ${kinds.map((kind) => PERSONAL_DATA_LABELS[kind]).join(' and ')}. Remove it: the outcome is published.` });
      }
    }
    if (fields.length > 0) throw DomainError.badInput(fields);
  }

  private async requireGoals(municipalityId: string, wanted: Array<{ path: string; ids: string[] }>): Promise<void> {
    const unique = [...new Set(wanted.flatMap((w) => w.ids))];
    if (unique.length === 0) return;
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT g.id FROM goal g JOIN strategic_area a ON a.id = g.area_id JOIN strategy s ON s.id = a.strategy_id
        WHERE g.id = ANY($1::uuid[]) AND s.municipality_id = $2`,
      [unique, municipalityId],
    );
    const ok = new Set(rows.map((r) => r.id));
    const fields = wanted
      .filter((w) => w.ids.some((id) => !ok.has(id)))
      .map((w) => ({ path: w.path, message: "Choose målbilder of the municipality's strategies." }));
    if (fields.length > 0) throw DomainError.badInput(fields);
  }

  private async requirePlaces(municipalityId: string, wanted: Array<{ path: string; id: string | null }>): Promise<void> {
    const unique = [...new Set(wanted.flatMap((w) => (w.id ? [w.id] : [])))];
    if (unique.length === 0) return;
    const rows: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM place WHERE id = ANY($1::uuid[]) AND municipality_id = $2`, [
      unique,
      municipalityId,
    ]);
    const ok = new Set(rows.map((r) => r.id));
    const fields = wanted.filter((w) => w.id && !ok.has(w.id)).map((w) => ({ path: w.path, message: 'Choose a place of the municipality.' }));
    if (fields.length > 0) throw DomainError.badInput(fields);
  }
}
