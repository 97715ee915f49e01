import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedActor } from '../common/auth/authenticated-actor';
import { CurrentActor } from '../common/auth/current-actor.decorator';
import { PlanImportArgs } from './dto/plan-import.args';
import { PlanImportPreviewObject, PlanImportResultObject } from './dto/plan-import-preview.object';
import { PlanImportService } from './plan-import.service';

@Resolver()
export class PlanImportResolver {
  constructor(private readonly planImport: PlanImportService) {}

  @Query(() => PlanImportPreviewObject, {
    description:
      'Checks a plan file (CSV or XLSX, base64) row by row with the planning rules, against the week’s plan and its own rows. Writes nothing.',
  })
  previewPlanImport(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() args: PlanImportArgs,
  ): Promise<PlanImportPreviewObject> {
    return this.planImport.preview(actor, args);
  }

  @Mutation(() => PlanImportResultObject, {
    description:
      'Plans every session of a plan file in one transaction; refused with PLAN_IMPORT_INVALID (extensions.rows) when any row is wrong, and then nothing is written.',
  })
  importPlan(
    @CurrentActor() actor: AuthenticatedActor,
    @Args() args: PlanImportArgs,
  ): Promise<PlanImportResultObject> {
    return this.planImport.import(actor, args);
  }
}
