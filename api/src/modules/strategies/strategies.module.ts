import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Goal } from './goal.entity';
import { StrategicArea } from './strategic-area.entity';
import { Strategy } from './strategy.entity';
import { StrategiesLoaders } from './strategies.loaders';
import {
  GoalResolver,
  MunicipalityStrategiesResolver,
  RegionStrategiesResolver,
  StrategicAreaResolver,
  StrategyResolver,
} from './strategies.resolver';
import { StrategiesService } from './strategies.service';

@Module({
  imports: [TypeOrmModule.forFeature([Strategy, StrategicArea, Goal])],
  providers: [
    StrategiesService,
    StrategiesLoaders,
    StrategyResolver,
    StrategicAreaResolver,
    GoalResolver,
    MunicipalityStrategiesResolver,
    RegionStrategiesResolver,
  ],
  exports: [StrategiesService],
})
export class StrategiesModule {}
