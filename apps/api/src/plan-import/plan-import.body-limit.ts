import { PLAN_IMPORT_MAX_BYTES } from '@empact/domain';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { Kind, parse } from 'graphql';

/**
 * The names of the admin app's plan import operations. A request that names one of them in `X-Apollo-Operation-Name`
 * is read with a larger body limit, to carry a file of up to PLAN_IMPORT_MAX_BYTES as base64.
 */
export const PLAN_IMPORT_OPERATION_NAMES: readonly string[] = ['PreviewPlanImport', 'ImportPlan'];
/** The root fields such a request may ask for, and nothing else. */
const PLAN_IMPORT_FIELDS = new Set(['previewPlanImport', 'importPlan', '__typename']);
/** The largest file as base64 (4 characters for 3 bytes), and room for the query and the other arguments. */
export const PLAN_IMPORT_BODY_LIMIT = Math.ceil(PLAN_IMPORT_MAX_BYTES / 3) * 4 + 64 * 1024;

/** Whether a GraphQL document asks for nothing but the plan import's fields. */
function onlyPlanImport(query: unknown): boolean {
  if (typeof query !== 'string') return false;
  try {
    return parse(query, { maxTokens: 200 }).definitions.every(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION &&
        definition.selectionSet.selections.every(
          (selection) => selection.kind === Kind.FIELD && PLAN_IMPORT_FIELDS.has(selection.name.value),
        ),
    );
  } catch {
    return false;
  }
}

/**
 * Raises the body limit (BODY_LIMIT, 1 MB by default) for the plan import only: a POST to /graphql that names a plan
 * import operation is read with PLAN_IMPORT_BODY_LIMIT, and refused as too large unless its document asks for the plan
 * import's fields alone, so that no other operation gets the larger limit by naming itself so. Every other request is
 * left to the general parser.
 */
export function planImportBodyParser(): RequestHandler {
  const json = express.json({ limit: PLAN_IMPORT_BODY_LIMIT });
  return (req: Request, res: Response, next: NextFunction) => {
    const name = req.headers['x-apollo-operation-name'];
    if (
      req.method !== 'POST' ||
      req.path !== '/graphql' ||
      !PLAN_IMPORT_OPERATION_NAMES.includes(String(name))
    )
      return next();
    json(req, res, (error?: unknown) => {
      if (error) return next(error);
      const body = req.body as { query?: unknown } | undefined;
      if (!onlyPlanImport(body?.query)) return next({ type: 'entity.too.large', status: 413 });
      next();
    });
  };
}
