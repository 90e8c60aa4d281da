import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { Place } from './place.entity';
import { PlacesLoaders } from './places.loaders';
import { MunicipalityPlacesResolver, PlacesResolver } from './places.resolver';
import { PlacesService } from './places.service';

@Module({
  imports: [TypeOrmModule.forFeature([Place]), MunicipalitiesModule],
  providers: [PlacesService, PlacesLoaders, PlacesResolver, MunicipalityPlacesResolver],
  exports: [PlacesLoaders],
})
export class PlacesModule {}
