import { Module } from '@nestjs/common';
import { DebriefResolver } from './debrief.resolver';
import { DebriefService } from './debrief.service';

@Module({ providers: [DebriefService, DebriefResolver], exports: [DebriefService] })
export class DebriefModule {}
