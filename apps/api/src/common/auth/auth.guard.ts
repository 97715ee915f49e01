import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { secondFactorRequired } from '@empact/domain';
import { DomainException, unauthenticated } from '../errors/domain.exception';
import { requestStore } from '../request-context';
import type { AuthenticatedActor } from './authenticated-actor';
import { BEFORE_SECOND_FACTOR } from './before-second-factor.decorator';
import { IS_PUBLIC } from './public.decorator';
import { TokenService } from './token.service';

/** The GraphQL context: the request, and the actor once the guard has found one (sockets have no request store). */
export interface GraphqlContext {
  req?: Request;
  actor?: AuthenticatedActor;
}

export function graphqlContextOf(context: ExecutionContext): GraphqlContext | undefined {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<GraphqlContext>()
    : undefined;
}

export function requestOf(context: ExecutionContext): Request | undefined {
  if (context.getType<string>() === 'graphql') return graphqlContextOf(context)?.req;
  return context.switchToHttp().getRequest<Request>();
}

function bearerToken(req: Request | undefined): string | undefined {
  const header = req?.headers?.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

/** Global guard: every resolver and route needs a live session unless it is marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    const token = bearerToken(requestOf(context));
    if (!token) {
      if (isPublic) return true;
      throw unauthenticated();
    }
    const actor = await this.tokens.actorFor(token);
    if (!actor) {
      if (isPublic) return true;
      throw unauthenticated('auth.sessionEnded');
    }
    const store = requestStore();
    if (store) store.actor = actor;
    const graphql = graphqlContextOf(context);
    if (graphql) graphql.actor = actor;
    if (
      !isPublic &&
      !actor.twoFactorEnabled &&
      secondFactorRequired(actor.roles, actor.twoFactorRequiredByWeek)
    ) {
      // Signed in with the password alone, in a role that needs a second factor: setting one up is all it may do.
      const allowed = this.reflector.getAllAndOverride<boolean>(BEFORE_SECOND_FACTOR, [
        context.getHandler(),
        context.getClass(),
      ]);
      if (!allowed) throw new DomainException('TWO_FACTOR_ENROLMENT_REQUIRED');
    }
    return true;
  }
}
