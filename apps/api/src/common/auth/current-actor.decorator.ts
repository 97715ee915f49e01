import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { requestStore } from '../request-context';
import { graphqlContextOf } from './auth.guard';
import type { AuthenticatedActor } from './authenticated-actor';

/** The signed-in account; the auth guard has already refused requests without one. */
export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedActor => {
    const actor = requestStore()?.actor ?? graphqlContextOf(context)?.actor;
    if (!actor) throw new Error('CurrentActor used on a route without an authenticated actor');
    return actor;
  },
);
