import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionsModule } from '../auth/sessions.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { DialogueContributionsLoaders } from './dialogue-contributions.loaders';
import { DialogueContributionsResolver, IdeaDialogueResolver, PollDialogueResolver, WorkshopDialogueResolver } from './dialogue-contributions.resolver';
import { NotificationsModule } from '../notifications/notifications.module';
import { DialogueDecisionResolver, DialoguePhaseResolver, DialoguesResolver, NotificationDialogueResolver } from './dialogues.resolver';
import { DialoguesLoaders } from './dialogues.loaders';
import { DialoguesService } from './dialogues.service';
import { Dialogue, DialoguePhase, DialogueGoal, DialoguePlace, DialogueDecision, DialogueFollow } from './dialogue.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([Dialogue, DialoguePhase, DialogueGoal, DialoguePlace, DialogueDecision, DialogueFollow]),
    MunicipalitiesModule,
    SessionsModule,
    // dialogue imports
    NotificationsModule,
  ],
  controllers: [
    // dialogue controllers
  ],
  providers: [
    // dialogue providers
    DialoguesService,
    DialoguesLoaders,
    DialoguesResolver,
    DialoguePhaseResolver,
    DialogueDecisionResolver,
    NotificationDialogueResolver,
    DialogueContributionsLoaders,
    DialogueContributionsResolver,
    IdeaDialogueResolver,
    WorkshopDialogueResolver,
    PollDialogueResolver,
  ],
  exports: [
    // dialogue exports
    DialoguesService,
    DialoguesLoaders,
  ],
})
export class DialoguesModule {}
