import { Module } from '@nestjs/common';
import { ActionWeekModule } from '../action-weeks/action-week.module';
import { OutcomesExportController } from './outcomes-export.controller';
import { OutcomesResolver } from './outcomes.resolver';
import { OutcomesService } from './outcomes.service';
import { TallyFolder } from './tally-folder';

@Module({
  imports: [ActionWeekModule],
  controllers: [OutcomesExportController],
  providers: [OutcomesService, OutcomesResolver, TallyFolder],
})
export class OutcomesModule {}
