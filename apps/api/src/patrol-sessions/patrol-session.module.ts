import { Module } from '@nestjs/common';
import { ActionWeekModule } from '../action-weeks/action-week.module';
import { PlatformModule } from '../platforms/platform.module';
import { PatrolSessionLoaderFactory } from './patrol-session.loader';
import { PatrolSessionResolver } from './patrol-session.resolver';
import { PatrolSessionService } from './patrol-session.service';

@Module({
  imports: [ActionWeekModule, PlatformModule],
  providers: [PatrolSessionService, PatrolSessionResolver, PatrolSessionLoaderFactory],
  exports: [PatrolSessionService],
})
export class PatrolSessionModule {}
