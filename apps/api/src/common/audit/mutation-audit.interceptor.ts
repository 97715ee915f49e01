import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, Observable, switchMap } from 'rxjs';
import { requestStore } from '../request-context';
import { AuditService } from './audit.service';

/**
 * Every successful mutation leaves an audit entry. Services write theirs inside their own transaction;
 * a mutation that wrote none gets a plain one here. Refusals are recorded by the error filter.
 */
@Injectable()
export class MutationAuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<{
      parentType: { name: string };
      fieldName: string;
    }>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    const store = requestStore();
    const before = store?.auditCount ?? 0;
    return next.handle().pipe(
      switchMap((result: unknown) => {
        if (!store || store.auditCount > before) return [result];
        const id = (result as { id?: unknown } | null)?.id;
        return from(
          this.audit
            .recordNow({ action: info.fieldName, targetId: typeof id === 'string' ? id : null })
            .then(() => result),
        );
      }),
    );
  }
}
