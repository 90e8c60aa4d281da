import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionsModule } from '../auth/sessions.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { Dialogue, DialoguePhase, DialogueGoal, DialoguePlace, DialogueDecision, DialogueFollow } from './dialogue.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([Dialogue, DialoguePhase, DialogueGoal, DialoguePlace, DialogueDecision, DialogueFollow]),
    MunicipalitiesModule,
    SessionsModule,
    // dialogue imports
  ],
  controllers: [
    // dialogue controllers
  ],
  providers: [
    // dialogue providers
  ],
  exports: [
    // dialogue exports
  ],
})
export class DialoguesModule {}
