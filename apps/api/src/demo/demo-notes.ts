/**
 * Sample notes for the demo week, in each team's working languages, with an English summary. Written the way
 * an officer notes a conversation: what was asked, what was said, what was done. No identifier of anyone.
 */
export interface DemoNote {
  topics: string[];
  outcome: string;
  tone: string;
  notes: string;
  summaryEn: string;
}

export const DEMO_NOTES: Record<string, DemoNote[]> = {
  nb: [
    {
      topics: ['QUESTIONS_ABOUT_POLICE'],
      outcome: 'CONVERSATION_ONLY',
      tone: 'POSITIVE',
      notes:
        'Tre gutter lurte på om vi var ekte politi og hvorfor vi spiller. Forklarte nettpatruljen og hva vi gjør.',
      summaryEn: 'Three boys asked whether we were real police; explained the online patrol.',
    },
    {
      topics: ['BULLYING'],
      outcome: 'ADVICE_GIVEN',
      tone: 'NEGATIVE',
      notes:
        'Ei jente fortalte at hun blir utestengt fra laget og kalt stygge ting i chatten. Rådet henne til å blokkere, ta skjermbilder og snakke med en voksen hun stoler på.',
      summaryEn:
        'A girl is excluded and insulted in team chat; advised blocking, screenshots and talking to a trusted adult.',
    },
    {
      topics: ['FRAUD_SCAMS'],
      outcome: 'ADVICE_GIVEN',
      tone: 'NEUTRAL',
      notes:
        'Spørsmål om gratis skins via en lenke. Forklarte at det er svindel og hvordan man sikrer kontoen med totrinnsbekreftelse.',
      summaryEn: 'Question about free skins via a link; explained the scam and two-factor sign-in.',
    },
    {
      topics: ['SMALL_TALK_TRUST_BUILDING'],
      outcome: 'CONVERSATION_ONLY',
      tone: 'POSITIVE',
      notes: 'Småprat om spillet i ca. 15 min. God stemning, flere kom innom for å hilse.',
      summaryEn: 'Small talk about the game; good atmosphere.',
    },
    {
      topics: ['SELF_HARM_SUICIDE'],
      outcome: 'POINTED_TO_HELP_SERVICE',
      tone: 'NEGATIVE',
      notes:
        'En ungdom skrev at alt er tungt for tiden. Tok samtalen i privat melding og viste til Kors på halsen og fastlegen.',
      summaryEn: 'A young person said things feel heavy; moved to DM and pointed to a helpline and the GP.',
    },
  ],
  nn: [
    {
      topics: ['ONLINE_SAFETY_ADVICE'],
      outcome: 'ADVICE_GIVEN',
      tone: 'POSITIVE',
      notes:
        'To jenter spurde kva dei skal gjere når framande vil ha bilete. Forklarte at dei kan seie nei, blokkere og melde frå.',
      summaryEn:
        'Two girls asked what to do when strangers ask for pictures; explained saying no, blocking and reporting.',
    },
    {
      topics: ['GAMING_CONFLICT'],
      outcome: 'CONVERSATION_ONLY',
      tone: 'HOSTILE',
      notes: 'Krangel i kanalen om juks. Roa ned stemninga og minte om reglane på serveren.',
      summaryEn: 'Argument about cheating in the channel; calmed it down and recalled the server rules.',
    },
  ],
  nl: [
    {
      topics: ['QUESTIONS_ABOUT_POLICE'],
      outcome: 'CONVERSATION_ONLY',
      tone: 'POSITIVE',
      notes:
        'Vier jongeren vroegen of we echt van de politie zijn en of we ook gamen. Uitgelegd wat de wijkagent online doet.',
      summaryEn:
        'Four young people asked if we are real police; explained the online community officer’s work.',
    },
    {
      topics: ['SEXTORTION'],
      outcome: 'REFERRED',
      tone: 'NEGATIVE',
      notes:
        'Jongen vertelde dat iemand dreigt foto’s te delen als hij niet betaalt. Gezegd niet te betalen, niets te verwijderen en aangifte te doen; doorverwezen.',
      summaryEn:
        'A boy is being blackmailed with photos; advised not to pay, keep evidence, report; referred.',
    },
    {
      topics: ['HATE_SPEECH'],
      outcome: 'ADVICE_GIVEN',
      tone: 'HOSTILE',
      notes:
        'Racistische opmerkingen in de openbare chat. Aangesproken, uitgelegd waarom dat strafbaar kan zijn en hoe je het meldt.',
      summaryEn: 'Racist remarks in public chat; addressed and explained how to report.',
    },
    {
      topics: ['SMALL_TALK_TRUST_BUILDING'],
      outcome: 'CONVERSATION_ONLY',
      tone: 'POSITIVE',
      notes: 'Gezellig gepraat over de nieuwe map. Veel vragen over hoe je agent wordt.',
      summaryEn: 'Chat about the new map; many questions about becoming a police officer.',
    },
    {
      topics: ['DRUGS'],
      outcome: 'POINTED_TO_HELP_SERVICE',
      tone: 'NEUTRAL',
      notes:
        'Vraag over vapes en wat je mag kopen onder de 18. Uitleg gegeven en gewezen op de jongerenlijn.',
      summaryEn: 'Question about vapes under 18; explained and pointed to the youth helpline.',
    },
  ],
  fr: [
    {
      topics: ['BULLYING'],
      outcome: 'ADVICE_GIVEN',
      tone: 'NEGATIVE',
      notes:
        'Un jeune se fait insulter chaque soir par son équipe. Conseillé de bloquer, de garder des captures d’écran et d’en parler à un adulte de confiance.',
      summaryEn:
        'A young person is insulted nightly by their team; advised blocking, screenshots and a trusted adult.',
    },
    {
      topics: ['QUESTIONS_ABOUT_POLICE'],
      outcome: 'CONVERSATION_ONLY',
      tone: 'POSITIVE',
      notes:
        'Trois ados demandent si la police joue vraiment à Fortnite. Expliqué la patrouille en ligne et le rôle de la police.',
      summaryEn: 'Three teenagers asked whether police really play; explained the online patrol.',
    },
    {
      topics: ['FRAUD_SCAMS'],
      outcome: 'ADVICE_GIVEN',
      tone: 'NEUTRAL',
      notes:
        'Arnaque aux V-bucks gratuits signalée dans le salon. Expliqué comment reconnaître une arnaque et sécuriser son compte.',
      summaryEn: 'Free V-bucks scam in the channel; explained how to spot scams and secure accounts.',
    },
  ],
  de: [
    {
      topics: ['ONLINE_SAFETY_ADVICE'],
      outcome: 'ADVICE_GIVEN',
      tone: 'POSITIVE',
      notes:
        'Zwei Jugendliche fragten, wie man ein Konto privat stellt. Einstellungen gemeinsam durchgegangen.',
      summaryEn: 'Two young people asked how to make an account private; went through the settings together.',
    },
    {
      topics: ['THREATS_VIOLENCE'],
      outcome: 'REFERRED',
      tone: 'HOSTILE',
      notes:
        'Drohung gegen eine Schule im Sprachkanal gehört. Sofort mit der Teamleitung besprochen und weitergeleitet.',
      summaryEn: 'Threat against a school heard in voice chat; discussed with the team leader and referred.',
    },
  ],
  is: [
    {
      topics: ['SMALL_TALK_TRUST_BUILDING'],
      outcome: 'CONVERSATION_ONLY',
      tone: 'POSITIVE',
      notes: 'Spjall um leikinn við nokkra unglinga. Þeim fannst gaman að lögreglan væri með.',
      summaryEn: 'Chat about the game with some teenagers; they liked that the police joined.',
    },
    {
      topics: ['GROOMING_SEXUAL_EXPLOITATION'],
      outcome: 'REFERRED',
      tone: 'NEGATIVE',
      notes:
        'Stúlka sagði frá fullorðnum manni sem biður um myndir og vill hittast. Ráðlagt að hætta samskiptum og vista gögn; vísað áfram.',
      summaryEn:
        'A girl told of an adult asking for pictures and a meeting; advised stopping contact and keeping evidence; referred.',
    },
    {
      topics: ['ONLINE_SAFETY_ADVICE'],
      outcome: 'ADVICE_GIVEN',
      tone: 'NEUTRAL',
      notes: 'Spurt um hvernig á að tilkynna óviðeigandi efni. Farið yfir tilkynningarhnappinn í leiknum.',
      summaryEn: 'Asked how to report inappropriate content; went through the in-game report button.',
    },
  ],
  fi: [
    {
      topics: ['QUESTIONS_ABOUT_POLICE'],
      outcome: 'CONVERSATION_ONLY',
      tone: 'POSITIVE',
      notes:
        'Nuoret kysyivät, miten poliisiksi pääsee ja pelaako poliisi oikeasti. Kerroimme nettipoliisin työstä.',
      summaryEn:
        'Young people asked how to become police and whether police really play; told about online police work.',
    },
    {
      topics: ['BULLYING', 'GAMING_CONFLICT'],
      outcome: 'ADVICE_GIVEN',
      tone: 'NEGATIVE',
      notes:
        'Pelikaverit haukkuvat yhtä pelaajaa joka ilta. Neuvoimme estämään, ottamaan kuvakaappaukset ja kertomaan aikuiselle.',
      summaryEn:
        'Team mates insult one player every night; advised blocking, screenshots and telling an adult.',
    },
    {
      topics: ['FRAUD_SCAMS'],
      outcome: 'ADVICE_GIVEN',
      tone: 'NEUTRAL',
      notes:
        'Kysymys ilmaisista Robuxeista linkin kautta. Kerroimme huijauksesta ja kaksivaiheisesta tunnistautumisesta.',
      summaryEn: 'Question about free Robux via a link; explained the scam and two-factor sign-in.',
    },
    {
      topics: ['SELF_HARM_SUICIDE'],
      outcome: 'EMERGENCY_ESCALATION',
      tone: 'NEGATIVE',
      notes:
        'Nuori kirjoitti aikovansa satuttaa itseään tänä iltana. Jatkoimme keskustelua ja hälytimme hätäkeskuksen ryhmänjohtajan kautta.',
      summaryEn:
        'A young person wrote they intend to hurt themselves tonight; kept talking and alerted emergency services.',
    },
  ],
  sv: [
    {
      topics: ['ONLINE_SAFETY_ADVICE'],
      outcome: 'ADVICE_GIVEN',
      tone: 'POSITIVE',
      notes:
        'Några ungdomar frågade hur man skyddar sitt konto. Vi gick igenom tvåstegsverifiering och starka lösenord.',
      summaryEn: 'Some young people asked how to protect their account; went through two-step verification.',
    },
    {
      topics: ['SMALL_TALK_TRUST_BUILDING'],
      outcome: 'CONVERSATION_ONLY',
      tone: 'POSITIVE',
      notes: 'Pratade om spelet och om hur polisens arbete ser ut. Trevlig stämning.',
      summaryEn: 'Talked about the game and police work; friendly atmosphere.',
    },
  ],
};
