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
import { WorkshopSignupErasureScheduler } from './workshop-signup-erasure';
import { WorkshopSignupsService } from './workshop-signups.service';
import { WorkshopsController } from './workshops.controller';
import { WorkshopsLoaders } from './workshops.loaders';
import { WorkshopsResolver } from './workshops.resolver';
import { WorkshopsService } from './workshops.service';

import { ATTACHMENT_STORAGE, DiskAttachmentStorage } from './attachment-storage';
import { WorkshopAttachmentsController } from './workshop-attachments.controller';
import { WorkshopInputsController } from './workshop-inputs.controller';
import { WorkshopOutcomeLoaders } from './workshop-outcome.loaders';
import {
  GoalWorkshopInputsResolver,
  PlaceWorkshopInputsResolver,
  ReportWorkshopResolver,
  WorkshopAttachmentResolver,
  WorkshopInputResolver,
  WorkshopOutcomeResolver,
} from './workshop-outcome.resolver';
import { WorkshopOutcomeService } from './workshop-outcome.service';

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
    WorkshopAttachmentsController,
    WorkshopInputsController,
    WorkshopsController,
  ],
  providers: [
    // workshop providers
    WorkshopOutcomeService,
    WorkshopOutcomeLoaders,
    WorkshopOutcomeResolver,
    WorkshopInputResolver,
    WorkshopAttachmentResolver,
    GoalWorkshopInputsResolver,
    PlaceWorkshopInputsResolver,
    ReportWorkshopResolver,
    { provide: ATTACHMENT_STORAGE, useClass: DiskAttachmentStorage },
    WorkshopsService,
    WorkshopsLoaders,
    WorkshopsResolver,
    WorkshopSignupsService,
    WorkshopSignupErasureScheduler,
  ],
  exports: [
    // workshop exports
    WorkshopOutcomeLoaders,
    WorkshopsService,
    WorkshopsLoaders,
  ],
})
export class WorkshopsModule {}
