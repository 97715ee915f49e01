import {
  checkPlanRow,
  findPlanImportConflicts,
  isPlainText,
  planClockTime,
  planCountryCodes,
  planFileKind,
  planHeader,
  type PlanImportContext,
  type PlanImportRow,
  type PlannedRow,
} from './plan-import';
import type { SessionPlan } from './schedule-rules';

const CONTEXT: PlanImportContext = {
  week: {
    firstDay: '2025-11-20',
    lastDay: '2025-11-24',
    timeZone: 'Europe/Oslo',
    countries: ['NO', 'BE', 'NL', 'IS', 'FI'],
  },
  platforms: [
    { code: 'DISCORD', name: 'Discord' },
    { code: 'ROBLOX', name: 'Roblox' },
  ],
  guideOf: (email) => (email === 'coordinator.no@empact.test' ? 'guide-1' : undefined),
};

const GOOD = {
  date: '2025-11-20',
  start: '10:00',
  end: '12:00',
  platform: 'DISCORD',
  venue: 'Kripos server',
  countries: 'NO, BE',
};

const row = (cells: PlanImportRow['cells'], n = 2): PlanImportRow => ({ row: n, cells });
const codes = (cells: PlanImportRow['cells']) =>
  checkPlanRow(row(cells), CONTEXT).problems.map((p) => `${p.field}:${p.code}`);

describe('planFileKind', () => {
  const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
  const text = new TextEncoder().encode('date,start\n');

  it('takes a ZIP named .xlsx for a workbook and text named .csv for CSV', () => {
    expect(planFileKind('plan.xlsx', zip)).toBe('XLSX');
    expect(planFileKind('Plan.CSV', text)).toBe('CSV');
  });

  it('refuses a name and a content that disagree, and other kinds of file', () => {
    expect(planFileKind('plan.csv', zip)).toBeNull();
    expect(planFileKind('plan.xlsx', text)).toBeNull();
    expect(planFileKind('plan.pdf', text)).toBeNull();
    expect(planFileKind('plan.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]))).toBeNull();
    expect(planFileKind('plan.csv', Uint8Array.from([0x61, 0x00, 0x62]))).toBeNull();
  });

  it('tells text from binary', () => {
    expect(isPlainText('date;start\r\n2025-11-20;10:00\t\n')).toBe(true);
    expect(isPlainText('%PDF-1.7\u0001\u0002')).toBe(false);
  });
});

describe('planHeader', () => {
  it('reads the fixed keys whatever their case and spacing, and ignores empty header cells', () => {
    expect(
      planHeader(['Date', 'START', 'end', 'platform', 'venue', 'countries', 'Guide e-mail', '']),
    ).toEqual({
      ok: true,
      columns: ['date', 'start', 'end', 'platform', 'venue', 'countries', 'guide_email', null],
    });
  });

  it('names unknown, missing and repeated columns', () => {
    expect(planHeader(['date', 'start', 'end', 'platform', 'venue', 'Land', 'date'])).toEqual({
      ok: false,
      unknown: ['Land'],
      missing: ['countries'],
      duplicate: ['date'],
    });
  });
});

describe('planClockTime and planCountryCodes', () => {
  it('reads times as people type them', () => {
    expect(planClockTime('9:00')).toBe('09:00');
    expect(planClockTime('09.30')).toBe('09:30');
    expect(planClockTime('13:45:00')).toBe('13:45');
    expect(planClockTime('24:00')).toBeNull();
    expect(planClockTime('noon')).toBeNull();
  });

  it('splits country codes on commas, semicolons and spaces, once each', () => {
    expect(planCountryCodes('no; be,NL  fi NO')).toEqual(['NO', 'BE', 'NL', 'FI']);
  });
});

describe('checkPlanRow', () => {
  it('plans a good row in the week’s zone', () => {
    const { plan, problems } = checkPlanRow(
      row({ ...GOOD, guide_email: 'Coordinator.NO@empact.test', briefing: ' Meet early ' }),
      CONTEXT,
    );
    expect(problems).toEqual([]);
    expect(plan).toMatchObject({
      row: 2,
      platform: 'DISCORD',
      countries: ['NO', 'BE'],
      guideId: 'guide-1',
      briefing: 'Meet early',
    });
    // Oslo is UTC+1 in November.
    expect(plan?.startsAt.toISOString()).toBe('2025-11-20T09:00:00.000Z');
    expect(plan?.endsAt.toISOString()).toBe('2025-11-20T11:00:00.000Z');
  });

  it('takes a platform by its name too', () => {
    expect(checkPlanRow(row({ ...GOOD, platform: 'roblox' }), CONTEXT).plan?.platform).toBe('ROBLOX');
  });

  it('names every required cell left empty', () => {
    expect(codes({})).toEqual([
      'date:REQUIRED',
      'start:REQUIRED',
      'end:REQUIRED',
      'platform:REQUIRED',
      'venue:REQUIRED',
      'countries:REQUIRED',
    ]);
  });

  it('refuses dates and times that are not well formed, or outside the week', () => {
    expect(codes({ ...GOOD, date: '20.11.2025', start: '10', end: '25:00' })).toEqual([
      'date:INVALID_DATE',
      'start:INVALID_TIME',
      'end:INVALID_TIME',
    ]);
    expect(codes({ ...GOOD, date: '2025-11-25' })).toEqual(['date:DATE_OUTSIDE_WEEK']);
    expect(codes({ ...GOOD, date: '2025-02-30' })).toEqual(['date:INVALID_DATE']);
  });

  it('holds the times to the dialog’s rules', () => {
    expect(codes({ ...GOOD, start: '12:00', end: '10:00' })).toEqual(['end:ENDS_BEFORE_START']);
    expect(codes({ ...GOOD, start: '10:00', end: '10:00' })).toEqual(['end:ENDS_BEFORE_START']);
    expect(codes({ ...GOOD, start: '08:00', end: '17:00' })).toEqual(['end:TOO_LONG']);
  });

  it('refuses unknown platforms, countries and guides, and countries not taking part', () => {
    expect(codes({ ...GOOD, platform: 'MySpace' })).toEqual(['platform:UNKNOWN_PLATFORM']);
    expect(codes({ ...GOOD, countries: 'NO, XX' })).toEqual(['countries:UNKNOWN_COUNTRY']);
    const outside = checkPlanRow(row({ ...GOOD, countries: 'NO DE' }), CONTEXT).problems;
    expect(outside).toEqual([{ field: 'countries', code: 'COUNTRY_NOT_IN_WEEK', value: 'DE' }]);
    expect(codes({ ...GOOD, guide_email: 'operator1.no@empact.test' })).toEqual([
      'guide_email:UNKNOWN_GUIDE',
    ]);
  });

  it('holds texts to the bounds and characters of the dialog', () => {
    expect(codes({ ...GOOD, venue: 'x'.repeat(201) })).toEqual(['venue:TEXT_TOO_LONG']);
    expect(codes({ ...GOOD, venue: 'Kripos\u202Eecnaidnug' })).toEqual(['venue:NAME_CHARACTERS']);
    expect(codes({ ...GOOD, briefing: 'x'.repeat(4001) })).toEqual(['briefing:TEXT_TOO_LONG']);
    expect(codes({ ...GOOD, briefing: 'half \uD800 a character' })).toEqual(['briefing:UNSTORABLE_TEXT']);
  });
});

describe('findPlanImportConflicts', () => {
  const planned = (
    n: number,
    start: string,
    end: string,
    countries: string[],
    guideId: string | null = null,
  ) =>
    checkPlanRow(
      row(
        {
          ...GOOD,
          start,
          end,
          countries: countries.join(' '),
          guide_email: guideId ? 'coordinator.no@empact.test' : '',
        },
        n,
      ),
      CONTEXT,
    ).plan as PlannedRow;

  const existing: SessionPlan[] = [
    {
      id: 'session-1',
      status: 'SCHEDULED',
      startsAt: new Date('2025-11-20T09:00:00Z'),
      endsAt: new Date('2025-11-20T11:00:00Z'),
      countries: ['NL'],
      guideId: null,
      rosters: [],
    },
    {
      id: 'session-2',
      status: 'CANCELLED',
      startsAt: new Date('2025-11-20T09:00:00Z'),
      endsAt: new Date('2025-11-20T11:00:00Z'),
      countries: ['FI'],
      guideId: null,
      rosters: [],
    },
  ];

  it('finds a row double-booking a team of the plan, but not of a cancelled session', () => {
    const found = findPlanImportConflicts(
      [planned(2, '10:00', '11:00', ['NL']), planned(3, '10:00', '11:00', ['FI'])],
      existing,
    );
    expect([...found.keys()]).toEqual([2]);
    expect(found.get(2)).toEqual([
      expect.objectContaining({
        kind: 'COUNTRY',
        subject: 'NL',
        otherSessionId: 'session-1',
        otherRow: null,
      }),
    ]);
  });

  it('finds rows of the file that double-book each other, on the later row', () => {
    const found = findPlanImportConflicts(
      [
        planned(2, '13:00', '15:00', ['NO'], 'guide-1'),
        planned(3, '14:00', '16:00', ['BE'], 'guide-1'),
        planned(4, '15:00', '16:00', ['NO']),
      ],
      [],
    );
    expect([...found.keys()]).toEqual([3]);
    expect(found.get(3)).toEqual([
      expect.objectContaining({ kind: 'GUIDE', subject: 'guide-1', otherRow: 2 }),
    ]);
  });

  it('finds nothing in a plan without overlaps', () => {
    expect(
      findPlanImportConflicts(
        [planned(2, '09:00', '10:00', ['NO']), planned(3, '10:00', '11:00', ['NO'])],
        existing,
      ).size,
    ).toBe(0);
  });
});
