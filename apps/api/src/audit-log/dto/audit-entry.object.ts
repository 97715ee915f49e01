import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '../../accounts/dto/account.object';
import { PageInfoObject } from '../../interactions/dto/interaction.object';

@ObjectType('AuditActor', { description: 'Who wrote an audit entry, as their account reads now.' })
export class AuditActorObject {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;

  @Field(() => String)
  email: string;

  @Field(() => [RoleEnum])
  roles: string[];

  @Field(() => String, { nullable: true })
  country: string | null;
}

@ObjectType('AuditEntry', {
  description:
    'One entry of the append-only audit log: who did what to which record, when, and how it ended.',
})
export class AuditEntryObject {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  at: Date;

  @Field(() => AuditActorObject, {
    nullable: true,
    description: 'Null for the platform itself (the retention job, the demo seed) and before sign-in.',
  })
  actor: AuditActorObject | null;

  @Field(() => String, {
    description: 'The mutation, or the read worth knowing about (readReferralDetails, ...).',
  })
  action: string;

  @Field(() => String, { nullable: true })
  targetType: string | null;

  @Field(() => String, { nullable: true })
  targetId: string | null;

  @Field(() => String, { description: 'SUCCESS, or the error code the caller received.' })
  outcome: string;

  @Field(() => ID, { nullable: true, description: 'The week the entry is about, where its record tells.' })
  weekId: string | null;

  @Field(() => String, { nullable: true })
  weekCode: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What the entry records beside its target, as JSON: codes, counts and ids; never a free text.',
  })
  details: string | null;
}

@ObjectType('AuditEntryEdge')
export class AuditEntryEdgeObject {
  @Field(() => String)
  cursor: string;

  @Field(() => AuditEntryObject)
  node: AuditEntryObject;
}

@ObjectType('AuditLogConnection')
export class AuditLogConnectionObject {
  @Field(() => [AuditEntryEdgeObject])
  edges: AuditEntryEdgeObject[];

  @Field(() => PageInfoObject)
  pageInfo: PageInfoObject;
}
