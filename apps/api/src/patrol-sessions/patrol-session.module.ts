import { Module } from '@nestjs/common';
import { ActionWeekModule } from '../action-weeks/action-week.module';
import { PlatformModule } from '../platforms/platform.module';
import { PatrolSessionResolver } from './patrol-session.resolver';
import { PatrolSessionService } from './patrol-session.service';

@Module({
  imports: [ActionWeekModule, PlatformModule],
  providers: [PatrolSessionService, PatrolSessionResolver],
  exports: [PatrolSessionService],
})
export class PatrolSessionModule {}
