import { Module } from '@nestjs/common';
import { PlatformResolver } from './platform.resolver';
import { PlatformService } from './platform.service';

@Module({ providers: [PlatformService, PlatformResolver], exports: [PlatformService] })
export class PlatformModule {}
