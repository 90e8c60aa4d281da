import { effectiveSupportThreshold, ideaSettingsSchema, Role } from '@medskapa/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, type FieldError, parseArgument } from '../../common/domain-error';
import { requireRole, type Viewer } from '../../common/viewer';
import { AuditService } from '../audit/audit.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { Municipality } from '../municipalities/municipality.entity';
import type { IdeaSettings } from './dto/idea-answer.types';
import { IdeaThresholdService } from './idea-threshold.service';

type StoredSettings = Pick<Municipality, 'population' | 'ideaSupportThreshold' | 'ideaSupportThresholdPerMille' | 'ideaThresholdMinorityLanguageExempt'>;

/** A municipality's rules for ideas: public to read, ADMIN to change (audited). */
@Injectable()
export class IdeaSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalitiesService,
    private readonly audit: AuditService,
    private readonly threshold: IdeaThresholdService,
  ) {}

  settingsOf(municipality: StoredSettings): IdeaSettings {
    const perMille = municipality.ideaSupportThresholdPerMille == null ? null : Number(municipality.ideaSupportThresholdPerMille);
    return {
      population: municipality.population,
      supportThreshold: effectiveSupportThreshold({
        population: municipality.population,
        supportThreshold: municipality.ideaSupportThreshold,
        supportThresholdPerMille: perMille,
      }),
      supportThresholdPerMille: perMille,
      minorityLanguageExempt: municipality.ideaThresholdMinorityLanguageExempt,
    };
  }

  /**
   * Fields left out (or null for the exemption) stay as they are; null clears the others. A count
   * and a per mille threshold cannot both be set, and per mille needs the population. PUBLISHED
   * ideas already past a lowered threshold, or newly exempt, move to UNDER_REVIEW at once.
   */
  async update(viewer: Viewer | null, slug: string, rawInput: unknown): Promise<IdeaSettings> {
    const municipality = await this.municipalities.bySlug(slug, 'municipalitySlug');
    const admin = requireRole(viewer, municipality.id, Role.ADMIN);
    const input = parseArgument(ideaSettingsSchema, rawInput ?? {}, 'input');
    const before: StoredSettings = {
      population: municipality.population,
      ideaSupportThreshold: municipality.ideaSupportThreshold,
      ideaSupportThresholdPerMille: municipality.ideaSupportThresholdPerMille == null ? null : Number(municipality.ideaSupportThresholdPerMille),
      ideaThresholdMinorityLanguageExempt: municipality.ideaThresholdMinorityLanguageExempt,
    };
    const after: StoredSettings = {
      population: input.population === undefined ? before.population : input.population,
      ideaSupportThreshold: input.supportThreshold === undefined ? before.ideaSupportThreshold : input.supportThreshold,
      ideaSupportThresholdPerMille: input.supportThresholdPerMille === undefined ? before.ideaSupportThresholdPerMille : input.supportThresholdPerMille,
      ideaThresholdMinorityLanguageExempt: input.minorityLanguageExempt ?? before.ideaThresholdMinorityLanguageExempt,
    };
    const errors: FieldError[] = [];
    if (after.ideaSupportThreshold != null && after.ideaSupportThresholdPerMille != null) {
      const message = 'Set either a count or a per mille threshold (set the other to null).';
      errors.push({ path: 'input.supportThreshold', message }, { path: 'input.supportThresholdPerMille', message });
    }
    if (after.ideaSupportThresholdPerMille != null && after.population == null) {
      errors.push({ path: 'input.population', message: 'A per mille threshold needs the population.' });
    }
    if (errors.length > 0) throw DomainError.badInput(errors);

    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Municipality).update({ id: municipality.id }, after);
      // Ideas already past a lowered threshold, or newly exempt, go to review now.
      const movedToReview = await this.threshold.sweep(municipality.id, admin.userId, manager);
      await this.audit.record(
        admin,
        {
          action: 'municipality.updateIdeaSettings',
          municipalityId: municipality.id,
          targetType: 'MUNICIPALITY',
          targetId: municipality.id,
          details: { before, after, movedToReview },
        },
        manager,
      );
    });
    return this.settingsOf(after);
  }
}
