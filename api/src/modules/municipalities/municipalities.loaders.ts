import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type Repository } from 'typeorm';
import type { LoaderFactory } from '../../graphql/loader-registry';
import { Municipality } from './municipality.entity';
import { Region } from './region.entity';

export interface MunicipalitiesLoaderSet {
  regionById: DataLoader<string, Region | null>;
  municipalityById: DataLoader<string, Municipality | null>;
}

@Injectable()
export class MunicipalitiesLoaders implements LoaderFactory<MunicipalitiesLoaderSet> {
  constructor(
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
  ) {}

  create(): MunicipalitiesLoaderSet {
    return {
      regionById: new DataLoader(async (ids) => {
        const rows = await this.regions.findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      municipalityById: new DataLoader(async (ids) => {
        const rows = await this.municipalities.findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    };
  }
}
