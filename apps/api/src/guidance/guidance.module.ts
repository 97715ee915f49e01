import { Module } from '@nestjs/common';
import { GuidanceResolver } from './guidance.resolver';
import { GuidanceService } from './guidance.service';

@Module({ providers: [GuidanceService, GuidanceResolver] })
export class GuidanceModule {}
