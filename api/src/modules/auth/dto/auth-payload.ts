import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../../users/user.entity';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Session token for API clients (Authorization: Bearer). The web client uses the cookie.' })
  token: string;

  @Field(() => User)
  user: User;
}
