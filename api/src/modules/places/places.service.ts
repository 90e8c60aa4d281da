import { Injectable } from '@nestjs/common';
import type { PlaceKind } from '@medskapa/shared';
import type { RequestLoaders } from '../../graphql/loader-registry';
import type { Municipality } from '../municipalities/municipality.entity';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import type { Place } from './place.entity';
import { PlacesLoaders } from './places.loaders';

@Injectable()
export class PlacesService {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  async placesOf(municipality: Municipality, kind: PlaceKind | undefined, loaders: RequestLoaders): Promise<Place[]> {
    const places = await loaders.get(PlacesLoaders).placesByMunicipality.load(municipality.id);
    return kind ? places.filter((place) => place.kind === kind) : places;
  }

  async placesBySlug(slug: string, kind: PlaceKind | undefined, loaders: RequestLoaders): Promise<Place[]> {
    const municipality = await this.municipalities.bySlug(slug, 'municipalitySlug');
    return this.placesOf(municipality, kind, loaders);
  }
}
