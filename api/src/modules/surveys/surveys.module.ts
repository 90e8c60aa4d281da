import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionsModule } from '../auth/sessions.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { Survey } from './survey.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([Survey]),
    MunicipalitiesModule,
    SessionsModule,
    // survey imports
  ],
  controllers: [
    // survey controllers
  ],
  providers: [
    // survey providers
  ],
  exports: [
    // survey exports
  ],
})
export class SurveysModule {}
