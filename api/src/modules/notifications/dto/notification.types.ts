import { Field, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection';
import { Notification } from '../notification.entity';

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}

@ObjectType({ description: 'How the viewer wants to hear about what happens.' })
export class NotificationPreferences {
  @Field({ description: 'One e-mail a morning (after 07:00 Swedish time) with the unread notifications since the last one, grouped by idea. Needs a verified e-mail address.' })
  dailyDigest: boolean;
}
