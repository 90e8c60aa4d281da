import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailService } from './mail.service';
import { OutboxResolver } from './outbox.resolver';
import { OutboxService } from './outbox.service';
import { OutboxMessage } from './outbox-message.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessage])],
  providers: [MailService, OutboxService, OutboxResolver],
  exports: [MailService],
})
export class MailModule {}
