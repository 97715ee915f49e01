import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { CopyWeekPlanArgs } from './dto/copy-week-plan.args';
import { PlanCopyObject } from './dto/plan-copy.object';
import { PlanCopyService } from './plan-copy.service';

@Resolver(() => PlanCopyObject)
export class PlanCopyResolver {
  constructor(private readonly planCopy: PlanCopyService) {}

  @Query(() => PlanCopyObject, {
    description:
      'What copyWeekPlan would do, nothing written: the copies, the sessions skipped and those refused.',
  })
  planCopyPreview(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { fromWeekId, toWeekId }: CopyWeekPlanArgs,
  ): Promise<PlanCopyObject> {
    return this.planCopy.preview(actor, fromWeekId, toWeekId);
  }

  @Mutation(() => PlanCopyObject, {
    description:
      'Copies an earlier week’s plan into a week in preparation (shifted by whole days, at the same local times), ' +
      'without rosters or guides. Refused as a whole with PLAN_COPY_REFUSED (extensions.sessions) when a session would ' +
      'fall outside the week’s days or conflict with its plan; WEEK_NOT_IN_PLANNING when the week is live or closed.',
  })
  copyWeekPlan(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() { fromWeekId, toWeekId }: CopyWeekPlanArgs,
  ): Promise<PlanCopyObject> {
    return this.planCopy.copy(actor, fromWeekId, toWeekId);
  }
}
