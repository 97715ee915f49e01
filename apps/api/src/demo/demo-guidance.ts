/**
 * Kripos guidance for the demo week, written in English, with translations: some current, some made before
 * the source changed (so they show as outdated), as a real week's library looks by Wednesday.
 */
export interface DemoGuidance {
  category: string;
  scope: 'WEEK' | 'PLATFORM';
  scopePlatform?: string;
  pinned?: boolean;
  /** Earlier revisions first; the last is the current text. */
  revisions: { title: string; body: string }[];
  /** Translations, each made from the revision given (1-based). */
  translations: { language: string; title: string; body: string; fromRevision: number }[];
}

export const DEMO_GUIDANCE: DemoGuidance[] = [
  {
    category: 'METHODOLOGY',
    scope: 'WEEK',
    pinned: true,
    revisions: [
      {
        title: 'Open every conversation as police',
        body: '## How to start\n\nSay who you are and why you are here: **a uniformed police patrol**, not a player like them.\n\n- Stay in public channels unless a young person asks for a private chat.\n- Log each conversation during the session.',
      },
      {
        title: 'Open every conversation as police',
        body: '## How to start\n\nSay who you are and why you are here: **a uniformed police patrol**, not a player like them.\n\n- Stay in public channels unless a young person asks for a private chat.\n- Log each conversation during the session.\n- Never promise secrecy: say what you will have to pass on.',
      },
    ],
    translations: [
      {
        language: 'nb',
        fromRevision: 2,
        title: 'Åpne hver samtale som politi',
        body: '## Slik begynner du\n\nSi hvem du er og hvorfor du er her: **en uniformert politipatrulje**, ikke en spiller som dem.\n\n- Hold deg i åpne kanaler med mindre en ungdom ber om en privat samtale.\n- Loggfør hver samtale under økten.\n- Lov aldri hemmelighold: si hva du må bringe videre.',
      },
      {
        language: 'nl',
        fromRevision: 2,
        title: 'Open elk gesprek als politie',
        body: '## Zo begin je\n\nZeg wie je bent en waarom je er bent: **een politiepatrouille in uniform**, geen speler zoals zij.\n\n- Blijf in openbare kanalen, tenzij een jongere om een privégesprek vraagt.\n- Registreer elk gesprek tijdens de sessie.\n- Beloof nooit geheimhouding: zeg wat je moet doorgeven.',
      },
      {
        language: 'fi',
        fromRevision: 1,
        title: 'Aloita jokainen keskustelu poliisina',
        body: '## Näin aloitat\n\nKerro, kuka olet ja miksi olet paikalla: **univormupukuinen poliisipartio**, et pelaaja kuten he.\n\n- Pysy julkisilla kanavilla, ellei nuori pyydä yksityistä keskustelua.\n- Kirjaa jokainen keskustelu partion aikana.',
      },
      {
        language: 'is',
        fromRevision: 1,
        title: 'Hefjið hvert samtal sem lögregla',
        body: '## Svona byrjar þú\n\nSegðu hver þú ert og hvers vegna þú ert hér: **lögreglueftirlit í einkennisbúningi**, ekki spilari eins og þau.\n\n- Haltu þig á opnum rásum nema ungmenni biðji um einkasamtal.\n- Skráðu hvert samtal á meðan á vaktinni stendur.',
      },
    ],
  },
  {
    category: 'PROFILE_SAFETY',
    scope: 'WEEK',
    revisions: [
      {
        title: 'Keep the blue profiles safe',
        body: 'Use only the institutional profile assigned on the roster. Two-factor sign-in on the unit phone; never on a private device. Report any sign of takeover to the team leader at once.',
      },
    ],
    translations: [
      {
        language: 'fr',
        fromRevision: 1,
        title: 'Protéger les profils institutionnels',
        body: 'N’utilisez que le profil institutionnel attribué dans l’équipe. Authentification à deux facteurs sur le téléphone du service, jamais sur un appareil privé. Signalez immédiatement au chef d’équipe tout signe de piratage.',
      },
      {
        language: 'sv',
        fromRevision: 1,
        title: 'Skydda de institutionella profilerna',
        body: 'Använd bara den institutionella profil som anges på bemanningslistan. Tvåstegsinloggning på enhetens telefon, aldrig på en privat enhet. Rapportera genast tecken på kapning till gruppledaren.',
      },
    ],
  },
  {
    category: 'PLATFORM_TIPS',
    scope: 'PLATFORM',
    scopePlatform: 'DISCORD',
    revisions: [
      {
        title: 'Discord: where young people talk',
        body: 'Most conversations start in the **#general** channel of a community server. Watch for invitations to move to a private server; decline and stay public.',
      },
    ],
    translations: [],
  },
  {
    category: 'REFERRAL_ROUTES',
    scope: 'WEEK',
    revisions: [
      {
        title: 'When to refer, and to whom',
        body: '| Situation | Urgency | Unit |\n| --- | --- | --- |\n| Risk to life | IMMEDIATE | Emergency services |\n| Grooming, sextortion | PRIORITY | National cybercrime unit or child protection |\n| Scams, account theft | ROUTINE | Platform trust and safety |',
      },
    ],
    translations: [
      {
        language: 'de',
        fromRevision: 1,
        title: 'Wann und an wen weitergeleitet wird',
        body: '| Lage | Dringlichkeit | Stelle |\n| --- | --- | --- |\n| Lebensgefahr | SOFORT | Rettungsdienste |\n| Grooming, Sextortion | VORRANGIG | Nationale Cybercrime-Einheit oder Jugendschutz |\n| Betrug, Kontodiebstahl | ROUTINE | Vertrauen und Sicherheit der Plattform |',
      },
    ],
  },
];

/** Debriefs of the teams, each in one of its working languages, with the English summary. */
export const DEMO_DEBRIEFS: Record<
  string,
  {
    language: string;
    whatWorked: string;
    challenges: string;
    signals: string;
    wellbeingScore: number;
    wellbeingText: string;
    summaryEn: string;
  }
> = {
  NO: {
    language: 'nb',
    whatWorked: 'Ungdommene tok godt imot oss når vi presenterte oss tydelig som politi.',
    challenges: 'Mye støy i de åpne kanalene gjorde det vanskelig å følge tråden.',
    signals: 'Flere spørsmål om svindel med gratis skins.',
    wellbeingScore: 4,
    wellbeingText: 'God stemning i laget.',
    summaryEn:
      'Young people welcomed us when we introduced ourselves clearly as police; many questions about free-skin scams.',
  },
  BE: {
    language: 'fr',
    whatWorked: 'Les jeunes ont posé beaucoup de questions sur le métier de policier.',
    challenges: 'Passer du néerlandais au français selon les joueurs demandait de l’attention.',
    signals: 'Insultes récurrentes dans les équipes, souvent envers les plus jeunes.',
    wellbeingScore: 4,
    wellbeingText: 'Fatigue en fin de session, mais bon moral.',
    summaryEn:
      'Many questions about police work; switching between Dutch and French took attention; recurring insults in teams.',
  },
  NL: {
    language: 'nl',
    whatWorked: 'Korte gesprekken in het spel leverden veel vertrouwen op.',
    challenges: 'Sommige jongeren dachten eerst dat we nep waren.',
    signals: 'Meer meldingen van afpersing met foto’s dan verwacht.',
    wellbeingScore: 3,
    wellbeingText: 'Zware gesprekken; nabespreking met het team hielp.',
    summaryEn:
      'Short in-game conversations built trust; more sextortion reports than expected; heavy conversations were debriefed in the team.',
  },
  IS: {
    language: 'is',
    whatWorked: 'Ungmennin voru forvitin og vingjarnleg.',
    challenges: 'Fáir íslenskir spilarar á sameiginlega netþjóninum.',
    signals: 'Spurningar um hvernig eigi að tilkynna óviðeigandi efni.',
    wellbeingScore: 5,
    wellbeingText: 'Góð vakt.',
    summaryEn:
      'Curious and friendly young people; few Icelandic players on the shared server; questions about reporting content.',
  },
  FI: {
    language: 'fi',
    whatWorked: 'Nuoret kertoivat avoimesti kiusaamisesta, kun olimme paikalla useana päivänä.',
    challenges: 'Yksi vakava itsetuhoisuuteen liittyvä tilanne vaati koko ryhmän huomion.',
    signals: 'Robux-huijaukset ovat yleisiä.',
    wellbeingScore: 3,
    wellbeingText: 'Vakava tilanne painoi, purimme sen yhdessä.',
    summaryEn:
      'Young people spoke openly about bullying once we were there several days; one serious self-harm case needed the whole team.',
  },
};
