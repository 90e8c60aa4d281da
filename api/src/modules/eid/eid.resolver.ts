import { Query, Resolver } from '@nestjs/graphql';
import { EidLoginOptions } from './dto/eid-login-options';
import { EidService } from './eid.service';

@Resolver()
export class EidResolver {
  constructor(private readonly eid: EidService) {}

  @Query(() => EidLoginOptions, { description: 'Whether to offer sign-in with e-ID, and how.' })
  eidLogin(): EidLoginOptions {
    return this.eid.options();
  }
}
