import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { Place } from '../places/place.entity';
import { User } from '../users/user.entity';
import { AuthResolver, SessionResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { UserToken } from './user-token.entity';

@Module({
  imports: [TypeOrmModule.forFeature([User, UserToken, Place, Municipality])],
  providers: [AuthService, AuthResolver, SessionResolver],
  exports: [AuthService],
})
export class AuthModule {}
