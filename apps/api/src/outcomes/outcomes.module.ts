import { Module } from '@nestjs/common';
import { ActionWeekModule } from '../action-weeks/action-week.module';
import { OutcomesResolver } from './outcomes.resolver';
import { OutcomesService } from './outcomes.service';

@Module({ imports: [ActionWeekModule], providers: [OutcomesService, OutcomesResolver] })
export class OutcomesModule {}
