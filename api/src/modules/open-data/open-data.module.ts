import { Module } from '@nestjs/common';
import { OpenDataController } from './open-data.controller';
import { OpenDataService } from './open-data.service';

/** GET /open-data/ideas.csv and /open-data/ideas.json. */
@Module({ controllers: [OpenDataController], providers: [OpenDataService] })
export class OpenDataModule {}
