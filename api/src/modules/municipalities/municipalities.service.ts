import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { slugSchema } from '@medskapa/shared';
import type { Repository } from 'typeorm';
import { DomainError, parseArgument } from '../../common/domain-error';
import type { RequestLoaders } from '../../graphql/loader-registry';
import { MunicipalitiesLoaders } from './municipalities.loaders';
import { Municipality } from './municipality.entity';
import { Region } from './region.entity';

@Injectable()
export class MunicipalitiesService {
  constructor(
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
    @InjectRepository(Region) private readonly regions: Repository<Region>,
  ) {}

  list(): Promise<Municipality[]> {
    return this.municipalities.find({ order: { slug: 'ASC' } });
  }

  /** The municipality with this slug; NOT_FOUND when there is none, BAD_USER_INPUT for a malformed slug. */
  async bySlug(slug: string, argumentName = 'slug'): Promise<Municipality> {
    const valid = parseArgument(slugSchema, slug, argumentName);
    const municipality = await this.municipalities.findOneBy({ slug: valid });
    if (!municipality) throw DomainError.notFound('municipality', valid);
    return municipality;
  }

  listRegions(): Promise<Region[]> {
    return this.regions.find({ order: { slug: 'ASC' } });
  }

  async regionBySlug(slug: string): Promise<Region> {
    const valid = parseArgument(slugSchema, slug, 'slug');
    const region = await this.regions.findOneBy({ slug: valid });
    if (!region) throw DomainError.notFound('region', valid);
    return region;
  }

  async regionOf(municipality: Municipality, loaders: RequestLoaders): Promise<Region | null> {
    if (!municipality.regionId) return null;
    return loaders.get(MunicipalitiesLoaders).regionById.load(municipality.regionId);
  }
}
