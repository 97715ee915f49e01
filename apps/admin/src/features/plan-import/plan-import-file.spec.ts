import { describe, expect, it } from '@jest/globals';
import { PLAN_IMPORT_MAX_BYTES } from '@empact/domain';
import { bytesToBase64, isRefusedRow, PLAN_FILE_MAX, shownRows, tooLargePlanFile } from './plan-import-file';

describe('plan import file', () => {
  it('encodes bytes as base64 as Node does, across the slices', () => {
    const bytes = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 31 + 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });

  it('refuses a file over the limit before it is sent', () => {
    expect(PLAN_FILE_MAX).toBe('2 MB');
    expect(tooLargePlanFile({ size: PLAN_IMPORT_MAX_BYTES })).toBe(false);
    expect(tooLargePlanFile({ size: PLAN_IMPORT_MAX_BYTES + 1 })).toBe(true);
  });

  it('shows all rows or only the refused ones', () => {
    const rows = [
      { row: 2, errors: [], conflicts: [] },
      { row: 3, errors: [{ code: 'REQUIRED' }], conflicts: [] },
      { row: 4, errors: [], conflicts: [{ kind: 'COUNTRY' }] },
    ];
    expect(isRefusedRow(rows[0])).toBe(false);
    expect(shownRows(rows, false).map((r) => r.row)).toEqual([2, 3, 4]);
    expect(shownRows(rows, true).map((r) => r.row)).toEqual([3, 4]);
  });
});
