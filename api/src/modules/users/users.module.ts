import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { Place } from '../places/place.entity';
import { PlacesModule } from '../places/places.module';
import { RoleAssignment } from './role-assignment.entity';
import { User } from './user.entity';
import { UsersLoaders } from './users.loaders';
import { RoleAssignmentResolver, UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User, RoleAssignment, Place]), MunicipalitiesModule, PlacesModule],
  providers: [UsersService, UsersLoaders, UsersResolver, RoleAssignmentResolver],
  exports: [UsersService, UsersLoaders],
})
export class UsersModule {}
