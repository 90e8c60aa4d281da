import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type Repository } from 'typeorm';
import type { LoaderFactory } from '../../graphql/loader-registry';
import { Place } from './place.entity';

export interface PlacesLoaderSet {
  placesByMunicipality: DataLoader<string, Place[]>;
  placeById: DataLoader<string, Place | null>;
}

/** Central town first, then by population (largest first), then by name. */
export const PLACE_ORDER = { kind: 'ASC', population: { direction: 'DESC', nulls: 'LAST' }, name: 'ASC' } as const;

@Injectable()
export class PlacesLoaders implements LoaderFactory<PlacesLoaderSet> {
  constructor(@InjectRepository(Place) private readonly places: Repository<Place>) {}

  create(): PlacesLoaderSet {
    return {
      placesByMunicipality: new DataLoader(async (ids) => {
        const rows = await this.places.find({ where: { municipalityId: In([...ids]) }, order: PLACE_ORDER });
        const groups = new Map<string, Place[]>(ids.map((id) => [id, []]));
        for (const row of rows) groups.get(row.municipalityId)?.push(row);
        return ids.map((id) => groups.get(id) ?? []);
      }),
      placeById: new DataLoader(async (ids) => {
        const rows = await this.places.findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    };
  }
}
