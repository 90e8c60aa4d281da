import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { Place } from '../places/place.entity';
import { PlacesModule } from '../places/places.module';
import { User } from '../users/user.entity';
import { UsersModule } from '../users/users.module';
import { Membership } from './membership.entity';
import { OrganizationInvitation } from './organization-invitation.entity';
import { Organization } from './organization.entity';
import { OrganizationsLoaders } from './organizations.loaders';
import { OrganizationsPersonalData } from './organizations.personal-data';
import {
  MembershipResolver,
  OrganizationInvitationResolver,
  OrganizationsResolver,
  UserOrganizationsResolver,
} from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Organization, Membership, OrganizationInvitation, Place, User]),
    MunicipalitiesModule,
    PlacesModule,
    UsersModule,
  ],
  providers: [
    OrganizationsService,
    OrganizationsLoaders,
    OrganizationsPersonalData,
    OrganizationsResolver,
    MembershipResolver,
    OrganizationInvitationResolver,
    UserOrganizationsResolver,
  ],
  exports: [OrganizationsService, OrganizationsLoaders],
})
export class OrganizationsModule {}
