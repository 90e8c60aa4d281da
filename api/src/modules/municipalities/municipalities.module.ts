import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalitiesLoaders } from './municipalities.loaders';
import { MunicipalitiesResolver, RegionsResolver } from './municipalities.resolver';
import { MunicipalitiesService } from './municipalities.service';
import { Municipality } from './municipality.entity';
import { Region } from './region.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Municipality, Region])],
  providers: [MunicipalitiesService, MunicipalitiesLoaders, MunicipalitiesResolver, RegionsResolver],
  exports: [MunicipalitiesService, MunicipalitiesLoaders],
})
export class MunicipalitiesModule {}
