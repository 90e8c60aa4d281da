import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type Repository } from 'typeorm';
import type { LoaderFactory } from '../../graphql/loader-registry';
import { Region } from './region.entity';

export interface MunicipalitiesLoaderSet {
  regionById: DataLoader<string, Region | null>;
}

@Injectable()
export class MunicipalitiesLoaders implements LoaderFactory<MunicipalitiesLoaderSet> {
  constructor(@InjectRepository(Region) private readonly regions: Repository<Region>) {}

  create(): MunicipalitiesLoaderSet {
    return {
      regionById: new DataLoader(async (ids) => {
        const rows = await this.regions.findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    };
  }
}
