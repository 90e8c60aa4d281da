import { ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../graphql/connection';
import { Comment } from '../comment.entity';

@ObjectType()
export class CommentConnection extends Connection(Comment) {}
