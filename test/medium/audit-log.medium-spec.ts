import type { AuditLogFilter } from '@empact/domain';
import { AuditLogRepository } from '../../apps/api/src/audit-log/audit-log.repository';
import { AuditLogService } from '../../apps/api/src/audit-log/audit-log.service';
import type { AuthenticatedActor } from '../../apps/api/src/common/auth/authenticated-actor';
import { startServiceTest, ServiceTest } from '../support/service-test';
import { countStatements } from '../support/test-app';

/** Entries put into the log for the plans: about what a long week of a few dozen countries leaves. */
const ROWS = 200_000;
const WEEK = '00000000-0000-4000-8000-00000000000a';
const ACTOR = '00000000-0000-4000-8000-0000000000a1';
const TARGET = '00000000-0000-4000-8000-000000010041';

/** Each filter of the viewer and the index its page must read (migration AuditLogViewer). */
const FILTERS: [string, AuditLogFilter, string][] = [
  ['none', {}, 'audit_entry_at_id_idx'],
  ['week', { weekId: WEEK }, 'audit_entry_week_at_idx'],
  ['person', { actorId: ACTOR }, 'audit_entry_actor_at_idx'],
  ['action', { actions: ['readReferralDetails'] }, 'audit_entry_action_at_idx'],
  ['record', { targetType: 'Referral', targetId: TARGET }, 'audit_entry_target'],
  ['record id alone', { targetId: TARGET }, 'audit_entry_target_at_idx'],
  ['refusals', { outcome: 'REFUSED' }, 'audit_entry_refused_at_idx'],
  ['time range', { from: '2026-11-20T00:00:00Z', to: '2026-11-21T00:00:00Z' }, 'audit_entry_at_id_idx'],
];

describe(AuditLogService.name, () => {
  let s: ServiceTest;
  let service: AuditLogService;
  let officer: AuthenticatedActor;

  beforeAll(async () => {
    s = await startServiceTest();
    service = s.get(AuditLogService);
    officer = await s.actor('admin@empact.test');
    // Straight into the table (it is append-only: inserting is what it allows). Thirty days of entries, 40 weeks,
    // 300 people, 50 actions, a record each, 2% refused; one week, one person and one record among them.
    await s.t.dataSource.query(
      `INSERT INTO audit_entry (at, actor_id, action, target_type, target_id, outcome, details, week_id)
       SELECT timestamptz '2026-11-01T00:00:00Z' + (n * interval '13 seconds'),
              ('00000000-0000-4000-8000-' || lpad(to_hex(160 + n % 300), 12, '0'))::uuid,
              (ARRAY['login','readReferralDetails','logInteraction','updateInteraction','raiseReferral'])[1 + n % 5]
                || CASE WHEN (n / 5) % 10 = 0 THEN '' ELSE ((n / 5) % 10)::text END,
              CASE WHEN n % 3 = 0 THEN 'Referral' ELSE 'Interaction' END,
              '00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'),
              CASE WHEN n % 50 = 0 THEN 'FORBIDDEN' ELSE 'SUCCESS' END,
              NULL,
              ('00000000-0000-4000-8000-' || lpad(to_hex(n % 40), 12, '0'))::uuid
         FROM generate_series(1, $1) AS n`,
      [ROWS],
    );
    await s.t.dataSource.query(`ANALYZE audit_entry`);
  }, 300_000);
  afterAll(() => s.close());

  it.each(FILTERS)(
    'reads one page filtered by %s in one statement, besides the audit entry of the read',
    async (_name, filter) => {
      const { result, statements } = await countStatements(s.t, () =>
        s.as(officer, () => service.page(officer, filter, 50)),
      );
      expect(result.edges.length).toBeGreaterThan(0);
      const reads = statements.filter((sql) => !/^\s*INSERT INTO audit_entry/i.test(sql));
      expect(reads).toHaveLength(1);
      expect(statements.filter((sql) => /^\s*INSERT INTO audit_entry/i.test(sql))).toHaveLength(1);
    },
  );

  it('reads the next page in one statement too, from its cursor', async () => {
    const first = await s.as(officer, () => service.page(officer, { weekId: WEEK }, 50));
    const { result, statements } = await countStatements(s.t, () =>
      s.as(officer, () => service.page(officer, { weekId: WEEK }, 50, first.pageInfo.endCursor!)),
    );
    expect(statements).toHaveLength(2);
    const ids = new Set(first.edges.map((e) => e.node.id));
    expect(result.edges.some((e) => ids.has(e.node.id))).toBe(false);
  });

  it.each(FILTERS)(
    `plans the page filtered by %s on its index, without reading all ${ROWS.toLocaleString('en')} entries`,
    async (_name, filter, index) => {
      const { sql, params } = s
        .get(AuditLogRepository)
        .pageStatement(filter, ['2026-11-25T00:00:00.000000Z', '999999999'], 51);
      const [{ 'QUERY PLAN': plan }] = await s.t.dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
      const nodes: { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string }[] = [];
      const walk = (node: Record<string, unknown>) => {
        nodes.push(node as (typeof nodes)[number]);
        for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
      };
      walk((typeof plan === 'string' ? JSON.parse(plan) : plan)[0].Plan);
      const onLog = nodes.filter(
        (node) => node['Relation Name'] === 'audit_entry' || node['Index Name']?.startsWith('audit_entry'),
      );
      expect(onLog.filter((node) => node['Node Type'] === 'Seq Scan')).toEqual([]);
      expect(onLog.map((node) => node['Index Name'] ?? '').some((name) => name.startsWith(index))).toBe(true);
    },
  );
});
