import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionsModule } from '../auth/sessions.module';
import { MailModule } from '../mail/mail.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import {
  Workshop,
  WorkshopAttachment,
  WorkshopGoal,
  WorkshopInput,
  WorkshopInputGoal,
  WorkshopOutcomeSubmission,
  WorkshopParticipantCount,
  WorkshopSignup,
} from './workshop.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Workshop,
      WorkshopGoal,
      WorkshopSignup,
      WorkshopParticipantCount,
      WorkshopInput,
      WorkshopInputGoal,
      WorkshopAttachment,
      WorkshopOutcomeSubmission,
    ]),
    MunicipalitiesModule,
    OrganizationsModule,
    SessionsModule,
    MailModule,
  ],
  controllers: [
    // workshop controllers
  ],
  providers: [
    // workshop providers
  ],
  exports: [
    // workshop exports
  ],
})
export class WorkshopsModule {}
