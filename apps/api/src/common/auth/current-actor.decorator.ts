import { createParamDecorator } from '@nestjs/common';
import { requestStore } from '../request-context';
import type { AuthenticatedActor } from './authenticated-actor';

/** The signed-in account; the auth guard has already refused requests without one. */
export const CurrentActor = createParamDecorator((): AuthenticatedActor => {
  const actor = requestStore()?.actor;
  if (!actor) throw new Error('CurrentActor used on a route without an authenticated actor');
  return actor;
});
