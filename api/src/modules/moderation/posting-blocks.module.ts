import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PostingBlocksService } from './posting-blocks.service';
import { UserBlock } from './user-block.entity';

@Module({
  imports: [TypeOrmModule.forFeature([UserBlock])],
  providers: [PostingBlocksService],
  exports: [PostingBlocksService],
})
export class PostingBlocksModule {}
