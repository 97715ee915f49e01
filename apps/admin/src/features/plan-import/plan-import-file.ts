import { PLAN_IMPORT_MAX_BYTES } from '@empact/domain';

/** The largest plan file, as people read it: "2 MB". */
export const PLAN_FILE_MAX = `${PLAN_IMPORT_MAX_BYTES / (1024 * 1024)} MB`;

/** What the file input takes: the extensions, and the types browsers give these files. */
export const PLAN_FILE_ACCEPT =
  '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/**
 * The header that lets a plan file through the API's body limit (which is raised for the plan import alone): the
 * operation's name, as the API expects it (apps/api/src/plan-import/plan-import.body-limit.ts).
 */
export const planImportContext = (operationName: 'PreviewPlanImport' | 'ImportPlan') => ({
  fetchOptions: { headers: { 'X-Apollo-Operation-Name': operationName } },
});

/** Whether the file is over the limit: refused here at once rather than after sending it. */
export const tooLargePlanFile = (file: { size: number }) => file.size > PLAN_IMPORT_MAX_BYTES;

/** Bytes as base64, a slice at a time (one call with 2 MB of arguments would overflow the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

interface CheckedRow {
  errors: readonly unknown[];
  conflicts: readonly unknown[];
}

/** A row the import would refuse: an error in a cell, or a conflict. */
export const isRefusedRow = (row: CheckedRow) => row.errors.length > 0 || row.conflicts.length > 0;

/** The rows to show: all, or only those with problems. */
export function shownRows<T extends CheckedRow>(rows: readonly T[], onlyRefused: boolean): T[] {
  return onlyRefused ? rows.filter(isRefusedRow) : [...rows];
}
