import {
  addDays,
  formatRecoveryCode,
  twoFactorRequired,
  daysOf,
  Locale,
  Role,
  SessionStatus,
  workingWeekOf,
  zonedInstant,
} from '@empact/domain';
import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { ActionWeekEntity } from '../action-weeks/action-week.entity';
import { PatrolSessionCountryEntity } from '../patrol-sessions/patrol-session-country.entity';
import { PatrolSessionEntity } from '../patrol-sessions/patrol-session.entity';
import { PatrolSessionRepository } from '../patrol-sessions/patrol-session.repository';
import { RosterEntity } from '../patrol-sessions/roster.entity';
import { PoliceProfileEntity } from '../police-profiles/police-profile.entity';
import { AuthService } from '../auth/auth.service';
import { AuditService } from '../common/audit/audit.service';
import { AppConfig } from '../common/config/app-config';
import { DEMO_DEBRIEFS, DEMO_GUIDANCE } from './demo-guidance';
import { DEMO_NOTES } from './demo-notes';
import { DemoSeedRepository } from './demo-seed.repository';
import { DEMO_TWO_FACTOR_FILE, DemoSecrets, writeDemoSecrets } from './demo-two-factor';
import { newRecoveryCodes, newTotpSecret } from '../two-factor/totp';
import { TwoFactorService } from '../two-factor/two-factor.service';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

interface DemoAccount {
  email: string;
  displayName: string;
  country: string | null;
  roles: Role[];
  language: Locale;
}

/** The teams of the reference week: who leads, who talks (Operator One), who supports (Operator Two). */
const TEAMS: { cc: string; languages: Locale[]; people: [string, Locale][] }[] = [
  {
    cc: 'no',
    languages: ['nb', 'nn'],
    people: [
      ['Kari Nordmann', 'nb'],
      ['Ola Nordmann', 'nb'],
      ['Sigrid Hauge', 'nn'],
    ],
  },
  {
    cc: 'be',
    languages: ['nl', 'fr', 'de'],
    people: [
      ['Lotte Peeters', 'nl'],
      ['Thomas Dubois', 'fr'],
      ['Anke Maes', 'de'],
    ],
  },
  {
    cc: 'nl',
    languages: ['nl'],
    people: [
      ['Sanne de Vries', 'nl'],
      ['Daan Jansen', 'nl'],
      ['Fleur Bakker', 'nl'],
    ],
  },
  {
    cc: 'is',
    languages: ['is'],
    people: [
      ['Guðrún Jónsdóttir', 'is'],
      ['Jón Sigurðsson', 'is'],
      ['Anna Björnsdóttir', 'is'],
    ],
  },
  {
    cc: 'fi',
    languages: ['fi', 'sv'],
    people: [
      ['Aino Virtanen', 'fi'],
      ['Mikko Korhonen', 'fi'],
      ['Linnea Holmström', 'sv'],
    ],
  },
];

export const DEMO_TIME_ZONE = 'Europe/Oslo';

/** Each slot, three sessions side by side: who patrols together, and which Kripos coordinator guides them. */
const DEMO_GROUPS: { countries: string[]; guide: string }[] = [
  { countries: ['NO', 'BE'], guide: 'coordinator.no@empact.test' },
  { countries: ['NL', 'IS'], guide: 'coordinator2.no@empact.test' },
  { countries: ['FI'], guide: 'coordinator3.no@empact.test' },
];
const DEMO_SLOTS: [string, string][] = [
  ['09:00', '12:00'],
  ['13:00', '16:00'],
];
const DEMO_PLATFORMS: [string, string, string][] = [
  ['DISCORD', 'Discord', 'EMPACT joint patrol server'],
  ['MINECRAFT', 'Minecraft', 'Nordic survival world'],
  ['FORTNITE', 'Fortnite', 'Creative hub'],
  ['ROBLOX', 'Roblox', 'Hangout experience'],
  ['TWITCH', 'Twitch', 'Gaming stream chat'],
];
const PROFILE_NAMES: Record<string, string> = {
  NO: 'Politiet',
  BE: 'Politie België',
  NL: 'Politie',
  IS: 'Lögreglan',
  FI: 'Poliisi',
};

const idOf = (accounts: AccountEntity[], email: string): string => {
  const account = accounts.find((a) => a.email === email);
  if (!account) throw new Error(`demo account ${email} missing`);
  return account.id;
};

/** A small deterministic generator, so that every newcomer's demo has the same shape. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];
/** Age bands as patrols meet them: mostly 13–15. */
const AGE_BAND_MIX = [
  'AGE_13_15',
  'AGE_13_15',
  'AGE_13_15',
  'AGE_16_17',
  'AGE_16_17',
  'UNDER_13',
  'UNKNOWN',
  'ADULT_18_PLUS',
];
const CHANNEL_MIX = ['PUBLIC_CHAT', 'PUBLIC_CHAT', 'IN_GAME', 'VOICE', 'DIRECT_MESSAGE'];
const UNIT_BY_TOPIC: Record<string, string> = {
  SELF_HARM_SUICIDE: 'EMERGENCY_SERVICES',
  SEXTORTION: 'NATIONAL_CYBERCRIME_UNIT',
  GROOMING_SEXUAL_EXPLOITATION: 'CHILD_PROTECTION_SERVICES',
  THREATS_VIOLENCE: 'NATIONAL_CYBERCRIME_UNIT',
};

/**
 * The week the demo shows: Monday to Friday of this week once its second day's first session has started, so that
 * there is a whole day of figures, debriefs and referrals behind what is live; before that (on a weekend, a Monday,
 * a Tuesday morning) the week just worked, when this week's figures would be one morning's, too few to show anything.
 */
export function demoWeekOf(now: Date): { firstDay: string; lastDay: string } {
  const week = workingWeekOf(now, DEMO_TIME_ZONE);
  if (now >= zonedInstant(addDays(week.firstDay, 1), DEMO_SLOTS[0][0], DEMO_TIME_ZONE)) return week;
  return { firstDay: addDays(week.firstDay, -7), lastDay: addDays(week.lastDay, -7) };
}

function statusAt(now: Date, startsAt: Date, endsAt: Date): SessionStatus {
  if (endsAt <= now) return 'ENDED';
  if (startsAt <= now) return 'LIVE';
  return 'SCHEDULED';
}

export function demoAccounts(): DemoAccount[] {
  const accounts: DemoAccount[] = [
    {
      email: 'admin@empact.test',
      displayName: 'Platform Administrator',
      country: null,
      roles: ['ADMIN'],
      language: 'en',
    },
    {
      email: 'coordinator.no@empact.test',
      displayName: 'Ingrid Berg (Kripos)',
      country: 'NO',
      roles: ['COORDINATOR'],
      language: 'nb',
    },
    {
      email: 'coordinator2.no@empact.test',
      displayName: 'Henrik Lund (Kripos)',
      country: 'NO',
      roles: ['COORDINATOR'],
      language: 'nb',
    },
    {
      email: 'coordinator3.no@empact.test',
      displayName: 'Marit Solberg (Kripos)',
      country: 'NO',
      roles: ['COORDINATOR'],
      language: 'nn',
    },
    {
      email: 'liaison@empact.test',
      displayName: 'Marta Kowalska (Europol)',
      country: null,
      roles: ['LIAISON'],
      language: 'en',
    },
    {
      email: 'dpo@empact.test',
      displayName: 'Sofie Haugen (Kripos, personvernombud)',
      country: null,
      roles: ['DATA_PROTECTION_OFFICER'],
      language: 'nb',
    },
  ];
  for (const team of TEAMS) {
    const [leader, one, two] = team.people;
    const country = team.cc.toUpperCase();
    accounts.push(
      {
        email: `leader.${team.cc}@empact.test`,
        displayName: leader[0],
        country,
        roles: ['TEAM_LEADER'],
        language: leader[1],
      },
      {
        email: `operator1.${team.cc}@empact.test`,
        displayName: one[0],
        country,
        roles: ['OPERATOR'],
        language: one[1],
      },
      {
        email: `operator2.${team.cc}@empact.test`,
        displayName: two[0],
        country,
        roles: ['OPERATOR'],
        language: two[1],
      },
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
    private readonly twoFactor: TwoFactorService,
    private readonly repository: DemoSeedRepository,
    private readonly sessions: PatrolSessionRepository,
  ) {}

  /** Seeds when the database has no account yet; returns whether it did. */
  async seedIfEmpty(now = new Date()): Promise<boolean> {
    if (!this.config.SEED_DEMO) return false;
    if ((await this.dataSource.getRepository(AccountEntity).count()) > 0) return false;
    const password = this.config.DEMO_PASSWORD ?? randomBytes(12).toString('base64url');
    const accounts = demoAccounts();
    // Every demo account has the same password: one argon2id hash serves them all (twenty would add seconds to the
    // first start, and separate salts hide nothing when the password is shared anyway).
    const passwordHash = await AuthService.hashPassword(password);
    const { firstDay, lastDay } = demoWeekOf(now);

    const demoSecrets: DemoSecrets = {};
    await this.dataSource.transaction(async (em) => {
      await em.insert(
        AccountEntity,
        accounts.map((account) => ({ ...account, passwordHash })),
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
      const accountsIn = await em.find(AccountEntity);
      for (const account of accountsIn.filter((a) => twoFactorRequired(a.roles))) {
        const secret = newTotpSecret();
        const recoveryCodes = newRecoveryCodes();
        await this.twoFactor.enrolWithSecret(em, account.id, secret, recoveryCodes);
        demoSecrets[account.email] = { secret, recoveryCodes: recoveryCodes.map(formatRecoveryCode) };
      }
      await this.seedSessions(em, week, now);
      await this.seedGuidance(em, week, idOf(accountsIn, 'coordinator.no@empact.test'));
      await this.seedDebriefs(em, week);
      await this.audit.record(em, {
        actorId: null,
        action: 'seedDemo',
        targetType: 'ActionWeek',
        targetId: week.id,
      });
    });

    mkdirSync(this.config.DATA_DIR, { recursive: true });
    writeDemoSecrets(this.config.DATA_DIR, demoSecrets);

    const lines = [
      'Demo week seeded: Kripos (NO) hosts BE, NL, IS and FI, ' +
        `${firstDay} to ${lastDay} (${DEMO_TIME_ZONE}), 30 joint patrol sessions.`,
      `Accounts: ${accounts.map((a) => a.email).join(', ')}`,
      this.config.DEMO_PASSWORD
        ? 'Password: the value of DEMO_PASSWORD.'
        : `Password for every demo account (shown once, not stored in clear): ${password}`,
      `Two-factor sign-in: ${Object.keys(demoSecrets).join(', ')} ask for a code; \`npm run demo:code -- <e-mail>\` prints it (secrets in ${join(this.config.DATA_DIR, DEMO_TWO_FACTOR_FILE)}).`,
    ];
    this.logger.log(`\n${lines.join('\n')}`);
    return true;
  }

  /** A full week of joint sessions with rosters and each country's police profile for the platform. */
  private async seedSessions(em: EntityManager, week: ActionWeekEntity, now: Date): Promise<void> {
    const accounts = await em.find(AccountEntity);
    const idOf = (email: string) => {
      const account = accounts.find((a) => a.email === email);
      if (!account) throw new Error(`demo account ${email} missing`);
      return account.id;
    };
    const profiles = await em.save(
      PoliceProfileEntity,
      TEAMS.flatMap((team) =>
        DEMO_PLATFORMS.map(([platformCode, platformName]) => ({
          country: team.cc.toUpperCase(),
          platformCode,
          displayName: `${PROFILE_NAMES[team.cc.toUpperCase()]} · ${platformName}`,
          status: 'ACTIVE' as const,
          safetyNotes:
            'Institutional account; two-factor sign-in on a unit phone; credentials held by the team leader.',
        })),
      ),
    );
    const profileOf = (country: string, platformCode: string) =>
      profiles.find((p) => p.country === country && p.platformCode === platformCode)?.id ?? null;

    let index = 0;
    for (const day of daysOf(week.firstDay, addDays(week.firstDay, 4))) {
      for (const [from, to] of DEMO_SLOTS) {
        for (const group of DEMO_GROUPS) {
          const [platformCode, , venue] = DEMO_PLATFORMS[index % DEMO_PLATFORMS.length];
          index += 1;
          const startsAt = zonedInstant(day, from, DEMO_TIME_ZONE);
          const endsAt = zonedInstant(day, to, DEMO_TIME_ZONE);
          const status = statusAt(now, startsAt, endsAt);
          const session = await em.save(PatrolSessionEntity, {
            weekId: week.id,
            platformCode,
            venue,
            startsAt,
            endsAt,
            guideId: idOf(group.guide),
            briefing:
              'Introduce yourselves as police in every conversation; stay in public channels unless a young person asks for a private chat; log each interaction during the session; refer anything serious at once.',
            status,
            startedAt: status === 'SCHEDULED' ? null : startsAt,
            endedAt: status === 'ENDED' ? endsAt : null,
            version: 1,
          });
          await em.insert(
            PatrolSessionCountryEntity,
            group.countries.map((country) => ({ sessionId: session.id, country })),
          );
          if (status !== 'SCHEDULED') {
            await this.seedInteractions(em, week, session, group.countries, idOf, now, mulberry32(index));
          }
          await em.insert(
            RosterEntity,
            group.countries.map((country) => {
              const cc = country.toLowerCase();
              return {
                sessionId: session.id,
                country,
                operatorOneId: idOf(`operator1.${cc}@empact.test`),
                operatorTwoId: idOf(`operator2.${cc}@empact.test`),
                teamLeaderId: idOf(`leader.${cc}@empact.test`),
                profileId: profileOf(country, platformCode),
              };
            }),
          );
        }
      }
    }
  }

  /** What each team logged in a session that has started: notes in its own languages, a few referrals. */
  private async seedInteractions(
    em: EntityManager,
    week: ActionWeekEntity,
    session: PatrolSessionEntity,
    countries: string[],
    idOf: (email: string) => string,
    now: Date,
    random: () => number,
  ): Promise<void> {
    const until = Math.min(now.getTime(), session.endsAt.getTime());
    for (const country of countries) {
      const cc = country.toLowerCase();
      const languages = TEAMS.find((team) => team.cc === cc)?.languages ?? ['en'];
      const count = 2 + Math.floor(random() * 7);
      for (let i = 0; i < count; i++) {
        const occurredAt = new Date(
          session.startsAt.getTime() + ((i + 0.5) / count) * (until - session.startsAt.getTime()),
        );
        if (occurredAt.getTime() > until) continue;
        const language = languages[random() < 0.8 ? 0 : Math.floor(random() * languages.length)];
        const note = pick(random, DEMO_NOTES[language] ?? DEMO_NOTES.nb);
        const id = randomUUID();
        const authorId = idOf(`operator${1 + (i % 2)}.${cc}@empact.test`);
        // The random draws in the order of the columns, as ever: the demo keeps its shape.
        await this.repository.insertInteraction(em, {
          id,
          weekId: week.id,
          sessionId: session.id,
          country,
          authorId,
          platformCode: session.platformCode,
          channel: pick(random, CHANNEL_MIX),
          occurredAt,
          durationMinutes: 3 + Math.floor(random() * 22),
          youngPeople: 1 + Math.floor(random() * 4),
          ageBand: pick(random, AGE_BAND_MIX),
          topics: note.topics,
          initiatedBy: random() < 0.6 ? 'YOUNG_PERSON' : 'PATROL',
          tone: note.tone,
          outcome: note.outcome,
          notes: note.notes,
          notesLanguage: language,
          summaryEn: note.summaryEn,
          contentHash: createHash('sha256').update(id).digest('hex'),
        });
        const unit = UNIT_BY_TOPIC[note.topics[0]];
        if (unit && (note.outcome === 'REFERRED' || note.outcome === 'EMERGENCY_ESCALATION')) {
          const leaderId = idOf(`leader.${cc}@empact.test`);
          await this.repository.insertReferral(em, {
            interactionId: id,
            weekId: week.id,
            sessionId: session.id,
            country,
            raisedBy: leaderId,
            receivingUnit: unit,
            urgency: note.outcome === 'EMERGENCY_ESCALATION' ? 'IMMEDIATE' : 'PRIORITY',
            reasonCode: note.topics[0],
            details:
              'Channel, time and the in-game context passed to the unit by phone; reference in the unit’s own system.',
            status: session.status === 'ENDED' ? 'HANDED_OVER' : 'OPEN',
            createdAt: occurredAt,
          });
        }
      }
    }
  }

  /** The Kripos guidance library: published notes, some translations current and some outdated. */
  private async seedGuidance(
    em: EntityManager,
    week: ActionWeekEntity,
    coordinatorId: string,
  ): Promise<void> {
    for (const note of DEMO_GUIDANCE) {
      const current = note.revisions[note.revisions.length - 1];
      const id = await this.repository.insertGuidanceNote(em, {
        weekId: week.id,
        category: note.category,
        scope: note.scope,
        scopePlatform: note.scopePlatform ?? null,
        title: current.title,
        body: current.body,
        revision: note.revisions.length,
        pinned: note.pinned ?? false,
        createdBy: coordinatorId,
      });
      for (const [index, revision] of note.revisions.entries()) {
        await this.repository.insertGuidanceRevision(
          em,
          id,
          index + 1,
          revision.title,
          revision.body,
          coordinatorId,
        );
      }
      for (const t of note.translations) {
        await this.repository.insertGuidanceTranslation(em, id, {
          language: t.language,
          title: t.title,
          body: t.body,
          sourceRevision: t.fromRevision,
          translatedBy: coordinatorId,
        });
      }
    }
  }

  /** Each team leader's debrief of the first ended session of their country, in the team's language. */
  private async seedDebriefs(em: EntityManager, week: ActionWeekEntity): Promise<void> {
    for (const [country, debrief] of Object.entries(DEMO_DEBRIEFS)) {
      const sessionId = await this.sessions.firstEndedSessionOf(em, week.id, country);
      if (!sessionId) continue;
      const leaderEmail = `leader.${country.toLowerCase()}@empact.test`;
      const leaderId = await this.repository.accountIdByEmail(em, leaderEmail);
      if (!leaderId) throw new Error(`demo account ${leaderEmail} missing`);
      await this.repository.insertSubmittedDebrief(em, {
        sessionId,
        weekId: week.id,
        country,
        authorId: leaderId,
        language: debrief.language,
        whatWorked: debrief.whatWorked,
        challenges: debrief.challenges,
        signals: debrief.signals,
        wellbeingScore: debrief.wellbeingScore,
        wellbeingText: debrief.wellbeingText,
        summaryEn: debrief.summaryEn,
      });
    }
  }
}
