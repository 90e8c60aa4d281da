import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { UsersModule } from '../users/users.module';
import { Idea, IdeaGoal, IdeaPlace, IdeaReferenceCounter, IdeaSupport } from './idea.entity';
import { IdeasLoaders } from './ideas.loaders';
import { IdeasPersonalData } from './ideas.personal-data';
import { IdeasResolver } from './ideas.resolver';
import { IdeasService } from './ideas.service';

@Module({
  imports: [TypeOrmModule.forFeature([Idea, IdeaGoal, IdeaPlace, IdeaSupport, IdeaReferenceCounter]), MunicipalitiesModule, UsersModule],
  providers: [IdeasService, IdeasLoaders, IdeasPersonalData, IdeasResolver],
  exports: [IdeasService, IdeasLoaders],
})
export class IdeasModule {}
