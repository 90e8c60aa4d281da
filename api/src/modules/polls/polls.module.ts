import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionsModule } from '../auth/sessions.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { Poll, PollGoal, PollOption, Vote, VoterCode, VoterCodeBatch } from './poll.entity';
import { PollsController } from './polls.controller';
import { PollsLoaders } from './polls.loaders';
import { GoalPollsResolver, PollOptionResolver, PollsResolver } from './polls.resolver';
import { PollsService } from './polls.service';

@Module({
  imports: [TypeOrmModule.forFeature([Poll, PollOption, PollGoal, VoterCodeBatch, VoterCode, Vote]), MunicipalitiesModule, OrganizationsModule, SessionsModule],
  controllers: [PollsController],
  providers: [PollsService, PollsLoaders, PollsResolver, PollOptionResolver, GoalPollsResolver],
  exports: [PollsService, PollsLoaders],
})
export class PollsModule {}
