import { Locale, Role, workingWeekOf } from '@empact/domain';
import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { ActionWeekEntity } from '../action-weeks/action-week.entity';
import { AuthService } from '../auth/auth.service';
import { AuditService } from '../common/audit/audit.service';
import { AppConfig } from '../common/config/app-config';

interface DemoAccount {
  email: string;
  displayName: string;
  country: string | null;
  roles: Role[];
  language: Locale;
}

/** The teams of the reference week: who leads, who talks (Operator One), who supports (Operator Two). */
const TEAMS: { cc: string; languages: Locale[]; people: [string, Locale][] }[] = [
  { cc: 'no', languages: ['nb', 'nn'], people: [['Kari Nordmann', 'nb'], ['Ola Nordmann', 'nb'], ['Sigrid Hauge', 'nn']] },
  { cc: 'be', languages: ['nl', 'fr', 'de'], people: [['Lotte Peeters', 'nl'], ['Thomas Dubois', 'fr'], ['Anke Maes', 'de']] },
  { cc: 'nl', languages: ['nl'], people: [['Sanne de Vries', 'nl'], ['Daan Jansen', 'nl'], ['Fleur Bakker', 'nl']] },
  { cc: 'is', languages: ['is'], people: [['Guðrún Jónsdóttir', 'is'], ['Jón Sigurðsson', 'is'], ['Anna Björnsdóttir', 'is']] },
  { cc: 'fi', languages: ['fi', 'sv'], people: [['Aino Virtanen', 'fi'], ['Mikko Korhonen', 'fi'], ['Linnea Holmström', 'sv']] },
];

export const DEMO_TIME_ZONE = 'Europe/Oslo';

export function demoAccounts(): DemoAccount[] {
  const accounts: DemoAccount[] = [
    { email: 'admin@empact.test', displayName: 'Platform Administrator', country: null, roles: ['ADMIN'], language: 'en' },
    { email: 'coordinator.no@empact.test', displayName: 'Ingrid Berg (Kripos)', country: 'NO', roles: ['COORDINATOR'], language: 'nb' },
    { email: 'liaison@empact.test', displayName: 'Marta Kowalska (Europol)', country: null, roles: ['LIAISON'], language: 'en' },
  ];
  for (const team of TEAMS) {
    const [leader, one, two] = team.people;
    const country = team.cc.toUpperCase();
    accounts.push(
      { email: `leader.${team.cc}@empact.test`, displayName: leader[0], country, roles: ['TEAM_LEADER'], language: leader[1] },
      { email: `operator1.${team.cc}@empact.test`, displayName: one[0], country, roles: ['OPERATOR'], language: one[1] },
      { email: `operator2.${team.cc}@empact.test`, displayName: two[0], country, roles: ['OPERATOR'], language: two[1] },
    );
  }
  return accounts;
}

/**
 * Fills an empty database with the demo week, modelled on the reference week (Kripos hosting Belgium, the
 * Netherlands, Iceland and Finland) but placed on the current working week so that a newcomer sees it live.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** Seeds when the database has no account yet; returns whether it did. */
  async seedIfEmpty(now = new Date()): Promise<boolean> {
    if (!this.config.SEED_DEMO) return false;
    if ((await this.dataSource.getRepository(AccountEntity).count()) > 0) return false;
    const password = this.config.DEMO_PASSWORD ?? randomBytes(12).toString('base64url');
    const accounts = demoAccounts();
    const hashes = await Promise.all(accounts.map(() => AuthService.hashPassword(password)));
    const { firstDay, lastDay } = workingWeekOf(now, DEMO_TIME_ZONE);

    await this.dataSource.transaction(async (em) => {
      await em.insert(
        AccountEntity,
        accounts.map((account, i) => ({ ...account, passwordHash: hashes[i] })),
      );
      const week = em.create(ActionWeekEntity, {
        code: `EMPACT-AW-${firstDay.slice(0, 4)}-NO`,
        title: 'EMPACT Action Week: joint online patrol on gaming platforms',
        hostCountry: 'NO',
        firstDay,
        lastDay,
        timeZone: DEMO_TIME_ZONE,
        status: 'LIVE',
        countries: TEAMS.map((team) => ({ country: team.cc.toUpperCase(), languages: team.languages })),
      });
      await em.save(week);
      await this.audit.record(em, { actorId: null, action: 'seedDemo', targetType: 'ActionWeek', targetId: week.id });
    });

    const lines = [
      'Demo week seeded: Kripos (NO) hosts BE, NL, IS and FI, ' + `${firstDay} to ${lastDay} (${DEMO_TIME_ZONE}).`,
      `Accounts: ${accounts.map((a) => a.email).join(', ')}`,
      this.config.DEMO_PASSWORD
        ? 'Password: the value of DEMO_PASSWORD.'
        : `Password for every demo account (shown once, not stored in clear): ${password}`,
    ];
    this.logger.log(`\n${lines.join('\n')}`);
    return true;
  }
}
