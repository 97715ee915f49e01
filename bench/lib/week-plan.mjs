import { randomUUID } from 'node:crypto';
import { addDays, clockTime, localDate, zonedInstant } from './domain.mjs';

/**
 * The shape of a realistic action week, planned in memory before it is written: the host (Kripos, NO) and up
 * to 26 EU member states with their working languages; teams of three per country, as many as the plan needs
 * so that nobody is on two sessions at once; Kripos guides likewise; ~500 joint sessions over five days, a
 * few of them LIVE at the moment the plan is made, whatever the day and hour.
 */

export const TIME_ZONE = 'Europe/Oslo';
export const HOST = 'NO';

/** The reference week's five first, then EU member states: a week has 5 to 27 countries. */
const COUNTRY_LANGUAGES = [
  ['NO', ['nb', 'nn']],
  ['BE', ['nl', 'fr', 'de']],
  ['NL', ['nl']],
  ['IS', ['is']],
  ['FI', ['fi', 'sv']],
  ['SE', ['sv']],
  ['DK', ['da']],
  ['DE', ['de']],
  ['FR', ['fr']],
  ['EE', ['et']],
  ['PL', ['pl']],
  ['IE', ['en', 'ga']],
  ['ES', ['es', 'ca']],
  ['IT', ['it']],
  ['AT', ['de']],
  ['LV', ['lv']],
  ['LT', ['lt']],
  ['PT', ['pt']],
  ['CZ', ['cs']],
  ['SK', ['sk']],
  ['SI', ['sl']],
  ['HR', ['hr']],
  ['HU', ['hu']],
  ['RO', ['ro']],
  ['BG', ['bg']],
  ['GR', ['el']],
  ['LU', ['lb', 'fr', 'de']],
  ['MT', ['mt', 'en']],
  ['CY', ['el']],
];
export const MIN_COUNTRIES = 5;
export const MAX_COUNTRIES = 27;

const UI_LOCALES = ['en', 'nb', 'nn', 'nl', 'fr', 'de', 'is', 'fi', 'sv'];

/** Where teams patrol, and how unevenly: Discord and Roblox dominate, a long tail of others. */
export const PLATFORM_WEIGHTS = [
  ['DISCORD', 30],
  ['ROBLOX', 20],
  ['MINECRAFT', 15],
  ['FORTNITE', 14],
  ['TWITCH', 8],
  ['STEAM', 5],
  ['TIKTOK', 4],
  ['INSTAGRAM', 2],
  ['SNAPCHAT', 1],
  ['FACEBOOK', 1],
];
const VENUES = {
  DISCORD: 'EMPACT joint patrol server',
  ROBLOX: 'Hangout experience',
  MINECRAFT: 'Survival world',
  FORTNITE: 'Creative hub',
  TWITCH: 'Gaming stream chat',
  STEAM: 'Community hub',
  TIKTOK: 'Live gaming streams',
  INSTAGRAM: 'Gaming community',
  SNAPCHAT: 'Public stories',
  FACEBOOK: 'Gaming groups',
};

/** A small deterministic generator: the same seed plans the same week. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted(random, pairs) {
  const total = pairs.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, w] of pairs) {
    r -= w;
    if (r < 0) return value;
  }
  return pairs[pairs.length - 1][0];
}

const overlaps = (busy, start, end) => busy.some(([s, e]) => s < end && start < e);

export function planWeek({
  now = new Date(),
  countries: countryCount = 27,
  sessions: sessionCount = 500,
  seed = 7,
} = {}) {
  if (countryCount < MIN_COUNTRIES || countryCount > MAX_COUNTRIES)
    throw new Error(`--countries must be ${MIN_COUNTRIES} to ${MAX_COUNTRIES}`);
  const random = mulberry32(seed);
  const today = localDate(now, TIME_ZONE);
  // The week is in its fourth day: most sessions have ended, some are live, tomorrow's are planned.
  const firstDay = addDays(today, -3);
  const lastDay = addDays(today, 1);
  const days = [0, 1, 2, 3, 4].map((d) => addDays(firstDay, d));

  const countries = COUNTRY_LANGUAGES.slice(0, countryCount).map(([country, languages], i) => ({
    country,
    languages,
    // How busy each team is: the host and the reference countries most, the others spread out.
    activity: i === 0 ? 3 : i < 5 ? 2 : 0.5 + random() * 2,
  }));

  const accounts = [];
  const account = (email, displayName, country, roles, language) => {
    const a = { id: randomUUID(), email, displayName, country, roles, language };
    accounts.push(a);
    return a;
  };
  account('admin@bench.empact.test', 'Bench Administrator', null, ['ADMIN'], 'en');
  const liaison = account('liaison@bench.empact.test', 'Bench Liaison (Europol)', null, ['LIAISON'], 'en');
  // Europol's other liaisons, who watch the outcomes dashboard in the busiest hour (scenario 7).
  const liaisons = [
    liaison,
    ...[2, 3, 4, 5].map((n) =>
      account(`liaison${n}@bench.empact.test`, `Bench Liaison ${n} (Europol)`, null, ['LIAISON'], 'en'),
    ),
  ];

  const teams = new Map(countries.map((c) => [c.country, []]));
  const uiLanguage = (c) => c.languages.find((l) => UI_LOCALES.includes(l)) ?? 'en';
  function freeTeam(c, start, end) {
    const list = teams.get(c.country);
    let team = list.find((t) => !overlaps(t.busy, start, end));
    if (!team) {
      const n = list.length + 1;
      const cc = c.country.toLowerCase();
      const lang = uiLanguage(c);
      team = {
        leader: account(
          `leader.t${n}.${cc}@bench.empact.test`,
          `Team leader ${n} ${c.country}`,
          c.country,
          ['TEAM_LEADER'],
          lang,
        ),
        one: account(
          `operator1.t${n}.${cc}@bench.empact.test`,
          `Operator One ${n} ${c.country}`,
          c.country,
          ['OPERATOR'],
          lang,
        ),
        two: account(
          `operator2.t${n}.${cc}@bench.empact.test`,
          `Operator Two ${n} ${c.country}`,
          c.country,
          ['OPERATOR'],
          lang,
        ),
        busy: [],
      };
      list.push(team);
    }
    team.busy.push([start, end]);
    return team;
  }
  const guides = [];
  function freeGuide(start, end) {
    let guide = guides.find((g) => !overlaps(g.busy, start, end));
    if (!guide) {
      const n = guides.length + 1;
      guide = {
        account: account(
          `coordinator${n}.no@bench.empact.test`,
          `Kripos guide ${n}`,
          HOST,
          ['COORDINATOR'],
          'nb',
        ),
        busy: [],
      };
      guides.push(guide);
    }
    guide.busy.push([start, end]);
    return guide.account;
  }
  const coordinator = freeGuide(0, 0); // the first coordinator exists even on a quiet plan

  const profiles = [];
  const profileIds = new Map();
  for (const c of countries) {
    for (const [platformCode] of PLATFORM_WEIGHTS) {
      const id = randomUUID();
      profiles.push({
        id,
        country: c.country,
        platformCode,
        displayName: `Police ${c.country} · ${platformCode.toLowerCase()}`,
      });
      profileIds.set(`${c.country}/${platformCode}`, id);
    }
  }

  const sessions = [];
  function addSession(start, end, platformCode, sessionCountries, { live = false } = {}) {
    const startsAt = start.getTime();
    const endsAt = end.getTime();
    const cancelled = !live && random() < 0.03;
    const status = cancelled
      ? 'CANCELLED'
      : endsAt <= now.getTime()
        ? 'ENDED'
        : startsAt <= now.getTime()
          ? 'LIVE'
          : 'SCHEDULED';
    const guide = freeGuide(startsAt, endsAt);
    const rosters = sessionCountries.map((c) => {
      const team = freeTeam(c, startsAt, endsAt);
      // Planned sessions are not always fully staffed yet.
      const gap = status === 'SCHEDULED' ? random() : 1;
      return {
        country: c.country,
        operatorOneId: team.one.id,
        operatorTwoId: gap < 0.1 ? null : team.two.id,
        teamLeaderId: gap < 0.03 ? null : team.leader.id,
        profileId: profileIds.get(`${c.country}/${platformCode}`),
      };
    });
    sessions.push({
      id: randomUUID(),
      platformCode,
      venue: VENUES[platformCode],
      startsAt: new Date(startsAt),
      endsAt: new Date(endsAt),
      guideId: guide.id,
      status,
      startedAt:
        status === 'LIVE' || status === 'ENDED'
          ? new Date(startsAt + Math.floor(random() * 10) * 60_000)
          : null,
      endedAt: status === 'ENDED' ? new Date(endsAt) : null,
      cancelReason: cancelled ? 'Platform outage announced for the slot; moved to another day.' : null,
      countries: sessionCountries.map((c) => c.country),
      rosters,
    });
  }

  // Live now: four-hour patrols that began an hour ago (rounded to the quarter). Every country has two teams on
  // them (the busiest hour: three operators of each country log, scenario 7), whatever the hour of the run; the
  // first five sessions, of the first nine countries, are the ones scenario 1's operators log in.
  const liveStart = new Date(Math.floor((now.getTime() - 60 * 60_000) / 900_000) * 900_000);
  const liveEnd = new Date(liveStart.getTime() + 4 * 3600_000);
  const inGroups = (from, size, shift = 0) =>
    Array.from({ length: Math.max(0, Math.ceil((countries.length - from) / size)) }, (_, g) =>
      Array.from({ length: size }, (_, k) => from + g * size + k)
        .filter((i) => i < countries.length)
        .map((i) => (i + shift) % countries.length),
    );
  const liveGroups = [
    ...[[0, 1], [2, 3], [4], [5, 6], [7, 8]].map((group) => group.filter((i) => i < countries.length)),
    ...inGroups(9, 3),
    // The second team of each country, with other countries than the first.
    ...inGroups(0, 3, 1),
  ]
    .filter((group) => group.length > 0)
    .map((group) => group.map((i) => countries[i]));
  const livePlatforms = ['DISCORD', 'MINECRAFT', 'ROBLOX', 'FORTNITE', 'TWITCH'];
  liveGroups.forEach((group, i) =>
    addSession(liveStart, liveEnd, livePlatforms[i % livePlatforms.length], group, { live: true }),
  );

  // The rest of the plan: sessions of two to four hours between 08:00 and 20:00, spread over the five days.
  const countryWeights = countries.map((c) => [c, c.activity]);
  for (let i = 0; sessions.length < sessionCount; i++) {
    const day = days[i % days.length];
    const startMinutes = 8 * 60 + 30 * Math.floor(random() * 25);
    const duration = [120, 150, 180, 180, 240][Math.floor(random() * 5)];
    const start = zonedInstant(day, clockTime(startMinutes), TIME_ZONE);
    const end = new Date(start.getTime() + duration * 60_000);
    const size = weighted(random, [
      [1, 35],
      [2, 45],
      [3, 20],
    ]);
    const picked = [];
    while (picked.length < size) {
      const c = weighted(
        random,
        countryWeights.filter(([candidate]) => !picked.includes(candidate)),
      );
      picked.push(c);
    }
    addSession(start, end, weighted(random, PLATFORM_WEIGHTS), picked);
  }

  return {
    code: `BENCH-${today}-${randomUUID().slice(0, 8)}`,
    title: 'Bench week: joint online patrol on gaming platforms',
    hostCountry: HOST,
    firstDay,
    lastDay,
    timeZone: TIME_ZONE,
    now,
    countries,
    accounts,
    profiles,
    sessions,
    coordinator,
    coordinators: guides.map((g) => g.account),
    liaison,
    liaisons,
    teamsPerCountry: Object.fromEntries([...teams].map(([country, list]) => [country, list.length])),
  };
}
