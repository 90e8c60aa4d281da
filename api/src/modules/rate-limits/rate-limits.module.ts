import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { RateLimitsService } from './rate-limits.service';
import { WriteThrottleInterceptor } from './write-throttle.interceptor';

@Global()
@Module({
  providers: [RateLimitsService, { provide: APP_INTERCEPTOR, useClass: WriteThrottleInterceptor }],
  exports: [RateLimitsService],
})
export class RateLimitsModule {}
