/**
 * Notes as an officer writes them during a patrol, in each working language a bench week uses, with an English
 * summary. They hold no identifier of anyone (the API's personal-data check passes them): the bench must log
 * what a real team logs, not text the API would refuse.
 */
export const NOTES = {
  nb: [
    [
      'Tre gutter lurte på om vi var ekte politi og hvorfor vi spiller. Forklarte nettpatruljen og hva vi gjør.',
      'Three boys asked whether we were real police; explained the online patrol.',
    ],
    [
      'Ei jente blir utestengt fra laget og kalt stygge ting i chatten. Rådet henne til å blokkere, ta skjermbilder og snakke med en voksen hun stoler på.',
      'A girl is excluded and insulted in team chat; advised blocking, screenshots and a trusted adult.',
    ],
    [
      'Spørsmål om gratis skins via en lenke. Forklarte at det er svindel og hvordan man sikrer kontoen.',
      'Question about free skins via a link; explained the scam and account security.',
    ],
  ],
  nn: [
    [
      'To jenter spurde kva dei skal gjere når framande vil ha bilete. Forklarte at dei kan seie nei, blokkere og melde frå.',
      'Two girls asked what to do when strangers ask for pictures; explained saying no, blocking and reporting.',
    ],
    [
      'Krangel i kanalen om juks. Roa ned stemninga og minte om reglane på serveren.',
      'Argument about cheating; calmed it down and recalled the server rules.',
    ],
  ],
  nl: [
    [
      'Vier jongeren vroegen of we echt van de politie zijn en of we ook gamen. Uitgelegd wat de wijkagent online doet.',
      'Four young people asked if we are real police; explained the online community officer’s work.',
    ],
    [
      'Racistische opmerkingen in de openbare chat. Aangesproken en uitgelegd hoe je het meldt.',
      'Racist remarks in public chat; addressed and explained how to report.',
    ],
    [
      'Gezellig gepraat over de nieuwe map. Veel vragen over hoe je agent wordt.',
      'Chat about the new map; questions about becoming a police officer.',
    ],
  ],
  fr: [
    [
      'Un jeune se fait insulter chaque soir par son équipe. Conseillé de bloquer, de garder des captures d’écran et d’en parler à un adulte de confiance.',
      'A young person is insulted nightly by their team; advised blocking, screenshots and a trusted adult.',
    ],
    [
      'Trois ados demandent si la police joue vraiment. Expliqué la patrouille en ligne et le rôle de la police.',
      'Three teenagers asked whether police really play; explained the online patrol.',
    ],
  ],
  de: [
    [
      'Zwei Jugendliche fragten, wie man ein Konto privat stellt. Einstellungen gemeinsam durchgegangen.',
      'Two young people asked how to make an account private; went through the settings.',
    ],
    [
      'Streit im Sprachkanal wegen eines verlorenen Spiels. Beruhigt und an die Regeln erinnert.',
      'Argument in voice chat over a lost game; calmed down and recalled the rules.',
    ],
  ],
  is: [
    [
      'Spjall um leikinn við nokkra unglinga. Þeim fannst gaman að lögreglan væri með.',
      'Chat about the game with some teenagers; they liked that the police joined.',
    ],
    [
      'Spurt um hvernig á að tilkynna óviðeigandi efni. Farið yfir tilkynningarhnappinn í leiknum.',
      'Asked how to report inappropriate content; went through the report button.',
    ],
  ],
  fi: [
    [
      'Nuoret kysyivät, miten poliisiksi pääsee ja pelaako poliisi oikeasti. Kerroimme nettipoliisin työstä.',
      'Young people asked how to become police; told about online police work.',
    ],
    [
      'Pelikaverit haukkuvat yhtä pelaajaa joka ilta. Neuvoimme estämään, ottamaan kuvakaappaukset ja kertomaan aikuiselle.',
      'Team mates insult one player every night; advised blocking, screenshots and telling an adult.',
    ],
  ],
  sv: [
    [
      'Några ungdomar frågade hur man skyddar sitt konto. Vi gick igenom tvåstegsverifiering och starka lösenord.',
      'Some young people asked how to protect their account; went through two-step verification.',
    ],
    [
      'Pratade om spelet och om hur polisens arbete ser ut. Trevlig stämning.',
      'Talked about the game and police work; friendly atmosphere.',
    ],
  ],
  da: [
    [
      'Nogle unge spurgte, om vi virkelig er politiet. Fortalte om den digitale patrulje.',
      'Some young people asked whether we really are police; told about the online patrol.',
    ],
    [
      'En pige fortalte om grimme beskeder fra holdkammerater. Rådede hende til at blokere og tale med en voksen.',
      'A girl told of nasty messages from team mates; advised blocking and talking to an adult.',
    ],
  ],
  et: [
    [
      'Noored küsisid, kas me oleme päris politsei. Rääkisime veebikonstaabli tööst.',
      'Young people asked whether we are real police; told about the web constable’s work.',
    ],
    [
      'Küsimus tasuta mänguraha lingi kohta. Selgitasime pettust ja konto kaitsmist.',
      'Question about free game currency via a link; explained the scam and account protection.',
    ],
  ],
  lv: [
    [
      'Jaunieši jautāja, vai mēs tiešām esam policija. Pastāstījām par tiešsaistes patruļu.',
      'Young people asked whether we really are police; told about the online patrol.',
    ],
    [
      'Strīds tērzēšanā par krāpšanos spēlē. Nomierinājām un atgādinājām noteikumus.',
      'Argument in chat about cheating; calmed it down and recalled the rules.',
    ],
  ],
  lt: [
    [
      'Jaunimas klausė, ar mes tikra policija. Papasakojome apie patruliavimą internete.',
      'Young people asked whether we are real police; told about the online patrol.',
    ],
    [
      'Mergaitė pasakojo apie patyčias komandos pokalbyje. Patarėme blokuoti ir pasikalbėti su suaugusiuoju.',
      'A girl told of bullying in team chat; advised blocking and talking to an adult.',
    ],
  ],
  pl: [
    [
      'Kilku nastolatków pytało, czy jesteśmy prawdziwą policją. Wyjaśniliśmy, na czym polega patrol w sieci.',
      'Some teenagers asked whether we are real police; explained the online patrol.',
    ],
    [
      'Pytanie o darmowe skórki przez link. Wyjaśniliśmy oszustwo i jak zabezpieczyć konto.',
      'Question about free skins via a link; explained the scam and account security.',
    ],
  ],
  en: [
    [
      'A group of teenagers asked whether we are real police officers. Explained the online patrol and what we do.',
      'Teenagers asked whether we are real police; explained the online patrol.',
    ],
    [
      'A boy said his team mates insult him every evening. Advised blocking, keeping screenshots and telling a trusted adult.',
      'A boy is insulted nightly; advised blocking, screenshots and a trusted adult.',
    ],
  ],
  ga: [
    [
      'Chuir déagóirí ceist an póilíní fíor muid. Mhíníomar an patról ar líne.',
      'Teenagers asked whether we are real police; explained the online patrol.',
    ],
  ],
  es: [
    [
      'Unos chicos preguntaron si somos policías de verdad. Explicamos la patrulla en línea.',
      'Some kids asked whether we are real police; explained the online patrol.',
    ],
    [
      'Insultos cada noche contra la misma jugadora en el chat del equipo. Le aconsejamos bloquear, guardar capturas y hablar con un adulto.',
      'A girl is insulted in team chat; advised blocking, screenshots and an adult.',
    ],
  ],
  ca: [
    [
      'Uns joves van preguntar si som policia de veritat. Vam explicar la patrulla en línia.',
      'Young people asked whether we are real police; explained the online patrol.',
    ],
  ],
  it: [
    [
      'Alcuni ragazzi chiedevano se siamo davvero la polizia. Abbiamo spiegato il pattugliamento online.',
      'Some young people asked whether we are really police; explained the online patrol.',
    ],
    [
      'Domanda su skin gratuite tramite un link. Spiegata la truffa e come proteggere l’account.',
      'Question about free skins via a link; explained the scam and account protection.',
    ],
  ],
  pt: [
    [
      'Alguns jovens perguntaram se somos mesmo a polícia. Explicámos a patrulha online.',
      'Young people asked whether we really are police; explained the online patrol.',
    ],
    [
      'Discussão no chat por causa de batota. Acalmámos a conversa e lembrámos as regras.',
      'Argument in chat about cheating; calmed it down and recalled the rules.',
    ],
  ],
  cs: [
    [
      'Několik dospívajících se ptalo, jestli jsme opravdu policie. Vysvětlili jsme online hlídku.',
      'Teenagers asked whether we are really police; explained the online patrol.',
    ],
    [
      'Dívka popsala urážky v týmovém chatu. Poradili jsme blokovat a promluvit si s dospělým.',
      'A girl described insults in team chat; advised blocking and talking to an adult.',
    ],
  ],
  sk: [
    [
      'Mladí sa pýtali, či sme naozaj polícia. Vysvetlili sme online hliadku.',
      'Young people asked whether we are really police; explained the online patrol.',
    ],
  ],
  sl: [
    [
      'Mladi so spraševali, ali smo res policija. Pojasnili smo spletno patruljo.',
      'Young people asked whether we are really police; explained the online patrol.',
    ],
  ],
  hr: [
    [
      'Mladi su pitali jesmo li prava policija. Objasnili smo online ophodnju.',
      'Young people asked whether we are real police; explained the online patrol.',
    ],
    [
      'Pitanje o besplatnim skinovima preko poveznice. Objasnili smo prijevaru i zaštitu računa.',
      'Question about free skins via a link; explained the scam and account protection.',
    ],
  ],
  hu: [
    [
      'Néhány fiatal megkérdezte, tényleg rendőrök vagyunk-e. Elmagyaráztuk az online járőrözést.',
      'Young people asked whether we are really police; explained the online patrol.',
    ],
    [
      'Vita a csapat csevegőjében csalás miatt. Lecsillapítottuk és emlékeztettünk a szabályokra.',
      'Argument in team chat about cheating; calmed it and recalled the rules.',
    ],
  ],
  ro: [
    [
      'Câțiva tineri au întrebat dacă suntem poliție adevărată. Am explicat patrularea online.',
      'Young people asked whether we are real police; explained the online patrol.',
    ],
  ],
  bg: [
    [
      'Младежи питаха дали сме истинска полиция. Обяснихме онлайн патрула.',
      'Young people asked whether we are real police; explained the online patrol.',
    ],
  ],
  el: [
    [
      'Κάποιοι νέοι ρώτησαν αν είμαστε πραγματικά αστυνομία. Εξηγήσαμε τη διαδικτυακή περιπολία.',
      'Young people asked whether we are really police; explained the online patrol.',
    ],
    [
      'Ερώτηση για δωρεάν αντικείμενα μέσω συνδέσμου. Εξηγήσαμε την απάτη και την προστασία του λογαριασμού.',
      'Question about free items via a link; explained the scam and account protection.',
    ],
  ],
  lb: [
    [
      'Jonker hunn gefrot, ob mir wierklech Police sinn. Mir hunn d’Online-Patrull erkläert.',
      'Young people asked whether we really are police; explained the online patrol.',
    ],
  ],
  mt: [
    [
      'Xi żgħażagħ staqsew jekk aħniex verament il-pulizija. Spjegajna l-għassa online.',
      'Young people asked whether we really are police; explained the online patrol.',
    ],
  ],
};
