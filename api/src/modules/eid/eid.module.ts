import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../users/user.entity';
import { EidController } from './eid.controller';
import { EidLoginAttempt } from './eid-login-attempt.entity';
import { EidOidcClient } from './eid-oidc.client';
import { EidResolver } from './eid.resolver';
import { EidService } from './eid.service';

/** Sign-in with e-ID (OpenID Connect against a BankID/Freja broker). Off unless EID_ISSUER is set. */
@Module({
  imports: [TypeOrmModule.forFeature([EidLoginAttempt, User])],
  controllers: [EidController],
  providers: [EidService, EidOidcClient, EidResolver],
})
export class EidModule {}
