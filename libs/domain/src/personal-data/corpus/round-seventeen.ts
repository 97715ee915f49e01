import { clean, CorpusNote, withIds } from './corpus-note';

/**
 * Round seventeen: written blind, without reading the detector or earlier rounds. Kripos guidance notes as the teams
 * translate them and end-of-week reports with lessons learned: imperative steps, numbered lists, headings such as
 * "Tips:", "Let op:", "Achtung:", "Muista:", "Athugið:", "Obs:", dashes for bullets. The identifier notes quote a real
 * case by mistake (a name, a handle after "Snap:", a parent's e-mail, a phone number, an ID number a scammer
 * collected); the clean notes carry quoted chat lines, commands, menu paths, platform features, laws and help lines.
 */
export const ROUND_SEVENTEEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Week report, lessons learned (Fortnite, Discord):\n- Kids answer more than we ask. When we asked "which mode do you play?", a boy, gamertag GrimVortex_09, replied with his full name, Callum Whitford, and the names of his squad.\n- We left it in the log for two days. Next time: ask him to delete the message, then write "identifier removed" in the log.\n- Blur every screenshot before it goes into the shared folder.',
      'GrimVortex_09',
      'Callum Whitford',
    ),
    withIds(
      "Guidance note: when a parent joins the chat\n1) Greet them and confirm you are police on patrol.\n2) Do not take contact details in public chat. Example from Tuesday, quoted by mistake in the first draft: a mum posted j.ashworth1979@outlook.com and asked us to e-mail her about the open day.\n3) Point them to the official contact form instead.\nRemember: a parent's address still leads to the child.",
      'j.ashworth1979@outlook.com',
    ),
    withIds(
      'Tip: when a child posts a phone number, act in the same minute.\n- Ask them to delete it: "Please remove that, everyone in the server can see it."\n- Do not repeat it back.\n- Do not copy it into the log. (We did, on Thursday: the girl in #general had typed 07700 900417 and it ended up in three reports.)\n- Use /report if an adult replies to it.',
      '07700 900417',
    ),
    withIds(
      "Attention, Roblox team: a report we filed on Monday linked the child's own profile, roblox.com/users/2946613018/profile, instead of the adult's. The girl had also shared her Snap: lily.mae.x\nSteps:\n1) Delete the report draft.\n2) File a new one with the adult's profile only.\n3) Tell the shift lead.",
      'roblox.com/users/2946613018/profile',
      'lily.mae.x',
    ),
    withIds(
      'Lessons learned, week 11:\n- Kids spell e-mail addresses out to get past the filter. One boy wrote "tom dot ridley twelve at gmail dot com" in Game Chat and asked us to send him the application guide.\n- The filter did not catch it and neither did we. Read spelled-out text twice.\n- Never promise to e-mail anyone.',
      'tom dot ridley twelve at gmail dot com',
    ),
    clean(
      'Opening lines that work on Discord and Twitch:\n- "Hi, we\'re the police. Got any questions?"\n- "Ask us anything about the job, we don\'t bite."\n- "You don\'t have to tell us who you are."\nRemember: Never ask for a name, an age or a school. Stay in public channels like #ask-the-police and #support. Leave when the chat moves on.',
    ),
    clean(
      'Handling a grooming signal:\n1) Stay calm and thank the young person for telling you.\n2) Do not confront the adult in the public chat.\n3) Take a screenshot with the date and time visible.\n4) Explain the next step: "We pass this to a specialist team. You did nothing wrong."\n5) Hand over to the national unit (Kripos in Norway, the NCA in the UK) and log the case number only.\nTip: Mention Childline (0800 1111) or 116 111 before you leave the channel.',
    ),
    clean(
      'Questions about police jobs, short answers:\n- "Do I need to be good at gaming?" No. Cybercrime units need patience, curiosity and good writing.\n- "How old do I have to be?" Usually 18 or older, after upper secondary school.\n- "Do you carry a gun?" Depends on the country; in Norway officers are not routinely armed.\nPoint them to the national police academy\'s website. Keep it under three lines per answer.',
    ),
    clean(
      'Parents\' questions, what to point at:\n- Discord: Family Center (User Settings > Family Center).\n- Roblox: Parental Controls and a parent PIN.\n- Fortnite: Parental Controls in the Epic account.\n- Xbox: the Xbox Family Settings app.\n- iPhone: Screen Time > Communication Limits.\nTip: Say "Set it up together with your child" rather than "Lock it all down".',
    ),
    clean(
      'Week 14 report. 41 conversations across Fortnite (Zero Build and Creative), Minecraft Bedrock and two Twitch streams. 3 referrals, 0 identifiers stored.\nLessons learned:\n- Emote-only mode on Twitch kept the chat readable.\n- Kids asked more about the uniform than about crime.\n- The Dutch team\'s "Ask a cop Friday" format works; we copy it next week.\n- Keep answers short. Long texts got ignored.',
    ),
  ],
  nb: [
    withIds(
      'Eksempel fra onsdag (skulle vært anonymisert): jenta (Ingrid, 7B på Lunde skole) la ut nummeret 948 17 302 i #generelt og ba oss ringe henne om politiutdanningen.\nSlik gjør du:\n1) Be henne slette meldingen med en gang.\n2) Ikke skriv nummeret i loggen.\n3) Svar i kanalen, ikke på DM.',
      'Ingrid',
      '7B på Lunde skole',
      '948 17 302',
    ),
    withIds(
      'Husk: Ingen i politiet ber om fødselsnummer i et spill. Sak fra uke 6: En svindler i Roblox lovet 10 000 Robux for «verifisering», og en gutt på 12 sendte fødselsnummeret sitt, 140312 54346, i privatmelding. Foreldrene er varslet.\nTips: Si det rett ut i chatten: «Politiet spør aldri om personnummer.»',
      '140312 54346',
    ),
    withIds(
      'Ukerapport, lærdom:\n- Vi skrev av brukernavn i rapporten. Det skal vi ikke. Feil fra torsdag: «Snap: mathilde.xo11» står fortsatt i utkastet og må strykes.\n- Barn vil flytte fra Discord til Snapchat når de vil snakke privat. Si nei, vennlig.\n- Flere spurte om Politihøgskolen. Ha et kort svar klart.',
      'mathilde.xo11',
    ),
    withIds(
      'Når en forelder skriver i chatten:\n1) Bekreft at dere er politiet på patrulje.\n2) Ikke ta imot kontaktinfo offentlig. (Eksempel fra fredag, sitert ved en feil: moren skrev hilde.bakkevik@online.no og ba oss sende info om nettvett.)\n3) Henvis til politiet.no og skjemaet der.\nHusk: Også en forelders e-post peker på barnet.',
      'hilde.bakkevik@online.no',
    ),
    withIds(
      'Lærdom uke 12:\n- Vi skrev i loggen at Emil (gamertag FrostByte_NO) ble kontaktet av en voksen i Fortnite. Navnet og gamertaggen skulle vært byttet ut med saksnummeret.\n- Sikre bevis før dere svarer på meldingen.\n- Ikke gi løfter om hva som skjer med den voksne.',
      'Emil',
      'FrostByte_NO',
    ),
    clean(
      'Slik svarer du på spørsmål om politijobben:\n1) Svar kort og ærlig.\n2) Fortell at utdanningen tas ved Politihøgskolen og varer i tre år.\n3) Ikke be om navn, alder eller skole.\n4) Avslutt med: «Lykke til! Spør gjerne mer.»\nTips: Mange lurer på om man må være sterk. Svar at det finnes fysiske krav, men at de kan trenes opp.',
    ),
    clean(
      'Tegn på grooming – slik gjør du:\n1) Ta det på alvor og takk barnet for at det sier fra.\n2) Ikke be barnet sende deg bildene.\n3) Ta skjermbilde av meldingene med dato og klokkeslett.\n4) Meld fra til Kripos via vakthavende.\nHusk: Å avtale møte med et barn for å begå overgrep er straffbart (straffeloven § 306). Gi barnet Alarmtelefonen for barn og unge, 116 111.',
    ),
    clean(
      'Når et barn legger ut telefonnummeret sitt:\n- Be barnet slette meldingen: «Hei! Slett nummeret ditt, alle i serveren kan se det.»\n- Ikke gjenta nummeret.\n- Ikke skriv det i loggen, skriv bare «nummer slettet».\n- Bruk /report hvis en voksen svarer på det.\nObs: Det samme gjelder adresse og skole.',
    ),
    clean(
      'Ukerapport uke 38\nMinecraft, Fortnite (Zero Build) og to Twitch-strømmer. 52 samtaler, 2 bekymringsmeldinger, ingen identifikatorer lagret.\nLærdom:\n- «Hei, vi er politiet. Lurer du på noe?» fungerer bedre enn lange presentasjoner.\n- Barna vil vite om uniformen, hunden og bilen.\n- Vi må være to på hver patrulje i Roblox; chatten går fort.',
    ),
    clean(
      'Spørsmål fra foreldre – hva du viser til:\n- Discord: Family Center (Brukerinnstillinger > Family Center).\n- Roblox: Parental Controls og foreldre-PIN.\n- iPhone: Skjermtid > Kommunikasjonsgrenser.\n- Fortnite: foreldrekontroll i Epic-kontoen.\nTips: Si «Sett det opp sammen med barnet», ikke «Lås alt». Vis til Barneloven bare hvis de spør om foreldreansvar.',
    ),
  ],
  nn: [
    withIds(
      'Døme frå måndag (skulle vore fjerna): ein gut skreiv «ring meg på 415 08 263» i Game Chat i Fortnite.\nGjer slik:\n1) Be han slette meldinga.\n2) Ikkje gjenta nummeret.\n3) Skriv berre «nummer sletta» i loggen.',
      '415 08 263',
    ),
    withIds(
      'Hugs: Politiet spør aldri om fødselsnummer. Sak frå veke 9: Ein «Roblox-admin» lova gratis Robux, og ei jente på 12 sende fødselsnummeret sitt, 23081161232, i privatmelding. Saka er send vidare til Kripos.\nTips: Skriv det tydeleg i kanalen: «Politiet ber aldri om personnummer.»',
      '23081161232',
    ),
    withIds(
      'Vekerapport, lærdom:\n- I utkastet stod det at Sigrid Haugland frå Førde hadde fått meldingar frå ein vaksen. Fullt namn skal aldri inn i rapporten; bruk saksnummeret.\n- Ta skjermbilete før du svarar.\n- Fleire spurde korleis ein blir etterforskar. Ha eit kort svar klart.',
      'Sigrid Haugland',
    ),
    withIds(
      'Når eit barn vil flytte samtalen til Discord:\n1) Sei nei, venleg.\n2) Forklar at vi berre snakkar i opne kanalar.\n3) Ikkje skriv av brukarnamn. (Feil frå torsdag: Discord-brukaren nattfjell_11 vart nemnd i loggen.)\nHugs: Same regel gjeld for Snapchat og TikTok.',
      'nattfjell_11',
    ),
    withIds(
      'Lærdom veke 15:\n- Born skriv e-post med ord for å kome forbi filteret. Mora til ein gut skreiv «randi punktum fossheim krøllalfa gmail punktum com» og bad om informasjon om nettvett.\n- Les slik tekst to gonger.\n- Lov aldri å sende e-post.',
      'randi punktum fossheim krøllalfa gmail punktum com',
    ),
    clean(
      'Slik svarar du på spørsmål om politiyrket:\n1) Svar kort og ærleg.\n2) Fortel at utdanninga er ved Politihøgskolen og tek tre år.\n3) Ikkje be om namn, alder eller skule.\n4) Avslutt med: «Lukke til! Spør gjerne meir.»\nTips: Mange lurer på om ein må vere god i gaming. Svar at tolmod og nysgjerrigheit tel meir.',
    ),
    clean(
      'Teikn på grooming – gjer slik:\n1) Ta det på alvor og takk barnet for at det seier frå.\n2) Ikkje be om bileta.\n3) Ta skjermbilete av meldingane med dato og klokkeslett.\n4) Meld frå til vakthavande, som kontaktar Kripos.\nHugs: Gje barnet Alarmtelefonen for barn og unge, 116 111, før du går ut av kanalen.',
    ),
    clean(
      'Når eit barn legg ut telefonnummeret sitt:\n- Be barnet slette meldinga: «Hei! Slett nummeret ditt, alle på serveren kan sjå det.»\n- Ikkje gjenta nummeret.\n- Bruk /block og /report dersom ein vaksen svarar.\nMerk: Det same gjeld adresse, skule og klasse.',
    ),
    clean(
      'Vekerapport veke 40\nRoblox, Minecraft (Survival og Creative) og éin Twitch-straum. 37 samtalar, 1 bekymringsmelding, ingen identifikatorar lagra.\nLærdom:\n- «Hei, vi er politiet. Lurer du på noko?» gav fleire svar enn lange presentasjonar.\n- Borna vil vite om uniforma og politibilen.\n- Vi må vere to på kvar patrulje; chatten går fort.',
    ),
    clean(
      'Spørsmål frå foreldre – kva du viser til:\n- Discord: Family Center (Brukarinnstillingar > Family Center).\n- Roblox: Parental Controls og PIN for foreldre.\n- Xbox: appen Xbox Family Settings.\n- iPhone: Skjermtid > Kommunikasjonsgrenser.\nTips: Sei «Set det opp saman med barnet», ikkje «Lås alt». Vis til Barnelova berre når dei spør om foreldreansvar.',
    ),
  ],
  nl: [
    withIds(
      'Let op: de politie vraagt nooit om een BSN in een game. Casus van vorige week: een oplichter beloofde gratis V-Bucks voor "verificatie", en een meisje van 13 stuurde haar BSN, 273618490, in een privébericht. De ouders zijn via de wijkagent ingelicht.\nTip: Zeg het hardop in de chat: "De politie vraagt nooit om je BSN."',
      '273618490',
    ),
    withIds(
      'Weekverslag, lessen (Vlaams team):\n- Een jongen zette zijn gsm-nummer, 0479 62 18 05, in de chat van een Minecraft-server en vroeg of we hem wilden bellen over de politieschool. We hebben het nummer in ons verslag overgenomen; dat mag niet.\n- Vraag altijd eerst om het bericht te wissen.\n- Schrijf in het logboek enkel "nummer gewist".',
      '0479 62 18 05',
    ),
    withIds(
      'Opgelet: niemand van de politie vraagt een rijksregisternummer via Roblox. Voorbeeld dat per ongeluk in de eerste versie bleef staan: een oplichter verzamelde het rijksregisternummer 12.04.17-233.51 van een jongen van 12.\nStappen:\n1) Verwijder het nummer uit de versie.\n2) Meld de oplichter via /report.\n3) Verwijs de ouders naar Child Focus (116 000).',
      '12.04.17-233.51',
    ),
    withIds(
      'Lessen van week 19:\n- In het logboek stond: "Daan (gamertag Daantje_2011) werd benaderd door een volwassene in Fortnite." Naam en gamertag horen daar niet; gebruik het zaaknummer.\n- Maak eerst een screenshot, reageer daarna pas.\n- Beloof niets over wat er met de volwassene gebeurt.',
      'Daan',
      'Daantje_2011',
    ),
    withIds(
      'Als een ouder in de chat komt:\n1) Bevestig dat jullie de politie zijn.\n2) Neem geen contactgegevens aan in de openbare chat. (Voorbeeld van vrijdag, per ongeluk geciteerd: de mama van Lotte typte an.verstraeten@telenet.be en vroeg om tips over veilig gamen.)\n3) Verwijs naar de website van de lokale politiezone.',
      'Lotte',
      'an.verstraeten@telenet.be',
    ),
    clean(
      'Zo begin je een gesprek op Discord:\n- "Hoi, wij zijn de politie. Heb je vragen?"\n- "Je hoeft niet te zeggen wie je bent."\nLet op: Vraag nooit naar naam, leeftijd of school. Blijf in openbare kanalen zoals #vraag-de-politie. Verwijs bij zorgen naar De Kindertelefoon (0800-0432).',
    ),
    clean(
      'Signaal van grooming – stappen:\n1) Blijf rustig en bedank de jongere.\n2) Spreek de volwassene niet aan in de openbare chat.\n3) Maak een screenshot met datum en tijd.\n4) Draag de zaak via je leidinggevende over aan het Team Bestrijding Kinderpornografie en Kindersekstoerisme (TBKK).\nTip: Grooming is strafbaar (artikel 248e Wetboek van Strafrecht). Jeugdhulp via de gemeente valt onder de Jeugdwet; noem dat alleen als ouders erom vragen.',
    ),
    clean(
      'Vragen over de job van politie-inspecteur:\n- "Moet ik goed zijn in gamen?" Nee. Geduld en nieuwsgierigheid tellen meer.\n- "Hoe word ik inspecteur?" Via de selectie en de politieschool; de opleiding duurt ongeveer een jaar.\n- "Mag ik eens mee in de combi?" Verwijs naar de opendeurdag van de zone.\nOpgelet: Hou elk antwoord kort, maximaal drie lijnen.',
    ),
    clean(
      'Weekverslag week 42 (Vlaams team)\nFortnite (Zero Build), Roblox en twee Twitch-streams. 46 gesprekken, 2 doorverwijzingen naar Awel (102), geen identificatoren bewaard.\nLessen:\n- "Goeiedag, wij zijn de politie. Vragen?" werkt beter dan een lange uitleg.\n- Jongeren willen vooral weten hoe een interventie verloopt.\n- Werk met twee per patrouille; de chat gaat snel.',
    ),
    clean(
      'Vragen van ouders – waar je naar verwijst:\n- Discord: Family Center (Gebruikersinstellingen > Family Center).\n- Roblox: Parental Controls met een pincode voor ouders.\n- Fortnite: Ouderlijk toezicht in het Epic-account.\n- iPhone: Schermtijd > Communicatielimieten.\nTip: Zeg "Stel het samen met je kind in", niet "Zet alles op slot".',
    ),
  ],
  fr: [
    withIds(
      'Attention : la police ne demande jamais un numéro de registre national dans un jeu. Cas de la semaine 7, recopié par erreur dans la note : un escroc promettait des Robux gratuits « pour vérification », et une fillette de 12 ans lui a envoyé son numéro, 11.09.28-146.16.\nÀ faire :\n1) Retirer le numéro de la note.\n2) Signaler le compte via /report.\n3) Orienter les parents vers Child Focus (116 000).',
      '11.09.28-146.16',
    ),
    withIds(
      "Rapport de la semaine, leçons :\n- Un garçon a tapé son numéro de GSM, 0472 58 14 36, dans le chat d'un serveur Minecraft pour qu'on l'appelle au sujet de l'école de police. On l'a recopié dans le rapport : à ne plus faire.\n- Demander d'abord d'effacer le message.\n- Écrire seulement « numéro effacé » dans le journal.",
      '0472 58 14 36',
    ),
    withIds(
      "Leçons de la semaine 20 :\n- Le journal mentionnait une fille au pseudo Fortnite « LouveNoire_12 », contactée par un adulte. Le pseudo n'a rien à faire là ; utiliser le numéro de dossier.\n- Faire une capture d'écran avant de répondre.\n- Ne rien promettre sur la suite de l'enquête.",
      'LouveNoire_12',
    ),
    withIds(
      "Quand un enfant veut qu'on passe chez lui :\nRépondre non, gentiment, et rester dans le canal public. Exemple de jeudi, cité par erreur : Hugo, 10 ans, a écrit « j'habite rue des Tilleuls 27 à Namur, passez me voir ».\nÀ retenir :\n- Ne jamais répéter une adresse.\n- Demander d'effacer le message.",
      'Hugo',
      'rue des Tilleuls 27',
    ),
    withIds(
      "Si un parent arrive dans le chat :\n1) Confirmer qu'il s'agit bien de la police en patrouille.\n2) Ne pas prendre de coordonnées en public. (Exemple de vendredi, cité par erreur : la maman de Lucas a écrit nathalie.dubois81@skynet.be et demandait des conseils sur le contrôle parental.)\n3) Renvoyer vers le site de la zone de police locale.",
      'Lucas',
      'nathalie.dubois81@skynet.be',
    ),
    clean(
      "Pour ouvrir la conversation sur Discord :\n- « Bonjour, nous sommes la police. Des questions ? »\n- « Tu ne dois pas nous dire qui tu es. »\nAttention : Ne jamais demander le nom, l'âge ou l'école. Rester dans les canaux publics comme #support. En cas de souci, donner le 103 (Écoute-Enfants).",
    ),
    clean(
      "Signal de grooming – étapes :\n1) Rester calme et remercier le jeune.\n2) Ne pas interpeller l'adulte dans le chat public.\n3) Faire une capture d'écran avec la date et l'heure.\n4) Transmettre au service spécialisé de la police judiciaire fédérale via l'officier de garde.\nÀ savoir : le grooming est puni par le Code pénal (article 377quater de l'ancien code). Rappeler au jeune : « Tu n'as rien fait de mal. »",
    ),
    clean(
      "Questions sur le métier d'inspecteur :\n- « Faut-il être bon aux jeux vidéo ? » Non. La patience et la curiosité comptent plus.\n- « Comment devenir inspecteur ? » Par la sélection puis l'école de police ; la formation dure environ un an.\n- « Je peux monter dans la combi ? » Renvoyer vers la journée portes ouvertes de la zone.\nAstuce : Trois lignes maximum par réponse.",
    ),
    clean(
      "Rapport de la semaine 42\nFortnite (Zero Build), Roblox et deux streams Twitch. Septante-deux conversations, trois orientations vers le 103, aucun identifiant conservé.\nLeçons :\n- « Bonjour, c'est la police. Une question ? » marche mieux qu'une longue présentation.\n- Les jeunes veulent surtout savoir comment se passe une intervention.\n- Toujours patrouiller à deux : le chat va vite.",
    ),
    clean(
      "Questions des parents – vers quoi renvoyer :\n- Discord : Family Center (Paramètres utilisateur > Family Center).\n- Roblox : Parental Controls avec un code PIN parent.\n- Fortnite : contrôle parental dans le compte Epic.\n- iPhone : Temps d'écran > Limites de communication.\nAstuce : Dire « Configurez-le avec votre enfant » plutôt que « Bloquez tout ».",
    ),
  ],
  de: [
    withIds(
      'Achtung: Die Polizei fragt in einem Spiel nie nach der Nationalregisternummer. Fall aus Woche 8, versehentlich im Entwurf stehen geblieben: Ein Betrüger versprach kostenlose V-Bucks „zur Verifizierung“, und ein Junge (11) schickte ihm seine Nummer 13.02.05-087.79.\nSo gehst du vor:\n1) Nummer aus dem Entwurf löschen.\n2) Konto mit /report melden.\n3) Eltern an Child Focus (116 000) verweisen.',
      '13.02.05-087.79',
    ),
    withIds(
      'Wochenbericht, Lehren:\n- Ein Mädchen hat ihre Handynummer 0496 27 83 51 in den Chat eines Minecraft-Servers geschrieben, damit wir sie wegen der Polizeischule anrufen. Wir haben die Nummer in den Bericht übernommen. Das darf nicht passieren.\n- Zuerst bitten, die Nachricht zu löschen.\n- Im Protokoll nur „Nummer gelöscht“ vermerken.',
      '0496 27 83 51',
    ),
    withIds(
      'Lehren aus Woche 21:\n- Im Protokoll stand: „Lena Kreusch aus Kelmis wurde in Roblox von einem Erwachsenen angeschrieben.“ Vollständige Namen gehören nicht ins Protokoll; Aktenzeichen verwenden.\n- Erst Screenshot, dann antworten.\n- Nichts über den weiteren Verlauf versprechen.',
      'Lena Kreusch',
    ),
    withIds(
      'Wenn ein Kind uns zu sich nach Hause einlädt:\nFreundlich ablehnen und im öffentlichen Kanal bleiben. Beispiel vom Donnerstag, versehentlich zitiert: Ein Junge mit dem Gamertag Schattenwolf_Eupen schrieb „ich wohne Hauptstraße 41, kommt vorbei“.\nMerke:\n- Adressen nie wiederholen.\n- Um Löschung der Nachricht bitten.',
      'Schattenwolf_Eupen',
      'Hauptstraße 41',
    ),
    withIds(
      'Wenn ein Elternteil in den Chat kommt:\n1) Bestätigen, dass wir die Polizei auf Streife sind.\n2) Keine Kontaktdaten öffentlich annehmen. (Beispiel vom Freitag, versehentlich zitiert: Der Vater von Noah schrieb m.schroeder.eupen@gmx.net und bat um Tipps zu den Jugendschutzeinstellungen, dazu Noahs Snap: noah.sch11)\n3) Auf die Website der Polizeizone verweisen.',
      'Noah',
      'm.schroeder.eupen@gmx.net',
      'noah.sch11',
    ),
    clean(
      'So beginnst du ein Gespräch auf Discord:\n- „Hallo, wir sind die Polizei. Hast du Fragen?“\n- „Du musst uns nicht sagen, wer du bist.“\nAchtung: Nie nach Name, Alter oder Schule fragen. In öffentlichen Kanälen wie #support bleiben. Bei Sorgen auf die Telefonhilfe 108 oder Child Focus (116 000) hinweisen.',
    ),
    clean(
      'Hinweis auf Grooming – Schritte:\n1) Ruhig bleiben und dem Jugendlichen danken.\n2) Den Erwachsenen nicht im öffentlichen Chat ansprechen.\n3) Screenshot mit Datum und Uhrzeit machen.\n4) Über den Dienstleiter an die Föderale Gerichtspolizei Eupen weitergeben.\nAchtung: Bilder nie weiterleiten, auch nicht an Kollegen. In Deutschland gilt § 184b StGB, in Belgien das Strafgesetzbuch; beide verbieten die Verbreitung.',
    ),
    clean(
      'Fragen zum Polizeiberuf:\n- „Muss ich gut zocken können?“ Nein. Geduld und Neugier zählen mehr.\n- „Wie werde ich Inspektor?“ Über das Auswahlverfahren und die Polizeischule; die Ausbildung dauert etwa ein Jahr.\n- „Darf ich mal im Streifenwagen mitfahren?“ Auf den Tag der offenen Tür der Polizeizone Eifel oder Weser-Göhl verweisen.\nTipp: Höchstens drei Zeilen pro Antwort.',
    ),
    clean(
      'Wochenbericht Woche 42\nFortnite (Zero Build), Roblox und zwei Twitch-Streams. 33 Gespräche, 1 Weiterleitung an die Telefonhilfe, keine Kennungen gespeichert.\nLehren:\n- „Hallo, hier ist die Polizei. Fragen?“ funktioniert besser als eine lange Vorstellung.\n- Die Jugendlichen wollen vor allem wissen, wie ein Einsatz abläuft.\n- Immer zu zweit auf Streife gehen; der Chat ist schnell.',
    ),
    clean(
      'Fragen von Eltern – worauf du verweist:\n- Discord: Family Center (Benutzereinstellungen > Family Center).\n- Roblox: Parental Controls mit Eltern-PIN.\n- Xbox: App Xbox Family Settings.\n- iPhone: Bildschirmzeit > Kommunikationslimits.\nTipp: Sag „Richten Sie es gemeinsam mit Ihrem Kind ein“ statt „Sperren Sie alles“.',
    ),
  ],
  is: [
    withIds(
      'Athugið: Lögreglan biður aldrei um kennitölu í tölvuleik. Mál úr viku 5, sem var óvart afritað í skýrsluna: Svikari lofaði ókeypis Robux „til staðfestingar“ og drengur, 12 ára, sendi honum kennitöluna sína, 140311-2780.\nGerðu svona:\n1) Eyddu kennitölunni úr skýrslunni.\n2) Tilkynntu aðganginn með /report.\n3) Bentu foreldrum á 112.',
      '140311-2780',
    ),
    withIds(
      'Vikuskýrsla, lærdómur:\n- Stelpa skrifaði símanúmerið sitt, 862 4417, í spjallið á Minecraft-þjóni og bað okkur að hringja í sig út af lögreglunáminu. Við afrituðum númerið í skýrsluna. Það má ekki.\n- Biddu fyrst um að skilaboðunum verði eytt.\n- Skrifaðu aðeins „númeri eytt“ í dagbókina.',
      '862 4417',
    ),
    withIds(
      'Lærdómur úr viku 18:\n- Í dagbókinni stóð: „Ari Freyr Jónsson frá Selfossi fékk skilaboð frá fullorðnum manni í Fortnite.“ Fullt nafn á aldrei heima þar; notaðu málsnúmerið.\n- Taktu skjáskot áður en þú svarar.\n- Lofaðu engu um framhald málsins.',
      'Ari Freyr Jónsson',
    ),
    withIds(
      'Þegar barn vill færa spjallið yfir á Snapchat:\n1) Segðu nei, vingjarnlega.\n2) Útskýrðu að við spjöllum bara í opnum rásum.\n3) Ekki afrita notendanöfn. (Mistök frá fimmtudegi: í skýrslunni stóð „Snap: sunna.lif09“.)\nMundu: Sama gildir um Discord og TikTok.',
      'sunna.lif09',
    ),
    withIds(
      'Þegar foreldri kemur inn í spjallið:\n1) Staðfestu að þetta sé lögreglan á eftirliti.\n2) Ekki taka við samskiptaupplýsingum opinberlega. (Dæmi frá föstudegi, óvart tekið með: móðir Kötlu skrifaði helga.bjork77@simnet.is og bað um ráð um foreldrastillingar.)\n3) Bentu á vef lögreglunnar.',
      'Kötlu',
      'helga.bjork77@simnet.is',
    ),
    clean(
      'Svona byrjar þú samtal á Discord:\n- „Hæ, við erum lögreglan. Ertu með spurningu?“\n- „Þú þarft ekki að segja okkur hver þú ert.“\nAthugið: Aldrei spyrja um nafn, aldur eða skóla. Vertu í opnum rásum eins og #support. Bentu á Hjálparsíma Rauða krossins, 1717, ef eitthvað amar að.',
    ),
    clean(
      'Merki um tælingu (grooming) – skref:\n1) Vertu róleg(ur) og þakkaðu unglingnum fyrir að segja frá.\n2) Ekki ávarpa hinn fullorðna í opnu spjalli.\n3) Taktu skjáskot þar sem dagsetning og tími sjást.\n4) Komdu málinu til kynferðisbrotadeildar í gegnum varðstjóra.\nAthugið: Barnaverndarlög skylda okkur til að tilkynna málið til barnaverndar. Segðu við barnið: „Þú gerðir ekkert rangt.“',
    ),
    clean(
      'Spurningar um lögreglustarfið:\n- „Þarf ég að vera góð(ur) í tölvuleikjum?“ Nei. Þolinmæði og forvitni skipta meira máli.\n- „Hvernig verð ég lögreglumaður?“ Með námi í lögreglufræði við Háskólann á Akureyri og starfsþjálfun hjá Mennta- og starfsþróunarsetri lögreglu.\n- „Má ég fara í lögreglubílinn?“ Bentu á opið hús hjá embættinu.\nRáð: Hámark þrjár línur í hverju svari.',
    ),
    clean(
      'Vikuskýrsla, vika 42\nFortnite (Zero Build), Roblox og tveir Twitch-straumar. 29 samtöl, 1 tilkynning til barnaverndar, engin auðkenni vistuð.\nLærdómur:\n- „Hæ, þetta er lögreglan. Einhverjar spurningar?“ virkar betur en löng kynning.\n- Krakkarnir vilja helst vita hvernig útkall gengur fyrir sig.\n- Alltaf tvö saman á vakt; spjallið er hratt.',
    ),
    clean(
      'Spurningar frá foreldrum – hvert á að benda:\n- Discord: Family Center (Notendastillingar > Family Center).\n- Roblox: Parental Controls með PIN-númeri foreldra.\n- Fortnite: foreldrastillingar í Epic-aðganginum.\n- iPhone: Skjátími > Samskiptatakmörk.\nRáð: Segðu „Setjið þetta upp saman með barninu“ frekar en „Lokið öllu“.',
    ),
  ],
  fi: [
    withIds(
      'Muista: Poliisi ei koskaan kysy henkilötunnusta pelissä. Tapaus viikolta 4, joka kopioitiin vahingossa raporttiin: huijari lupasi ilmaisia Robuxeja ”vahvistusta varten”, ja 12-vuotias tyttö lähetti hänelle henkilötunnuksensa 140311A2744.\nToimi näin:\n1) Poista tunnus raportista.\n2) Ilmoita tili komennolla /report.\n3) Ohjaa vanhemmat tekemään rikosilmoitus.',
      '140311A2744',
    ),
    withIds(
      'Viikkoraportti, opit:\n- Poika kirjoitti puhelinnumeronsa 040 718 2293 Minecraft-palvelimen chattiin, jotta soittaisimme hänelle poliisikoulutuksesta. Kopioimme numeron raporttiin. Näin ei saa tehdä.\n- Pyydä ensin poistamaan viesti.\n- Kirjoita lokiin vain ”numero poistettu”.',
      '040 718 2293',
    ),
    withIds(
      'Opit viikolta 17:\n- Lokissa luki: ”Eetu Lahtinen Kuopiosta sai viestejä aikuiselta Fortnitessa.” Koko nimi ei kuulu lokiin; käytä asianumeroa.\n- Ota kuvakaappaus ennen kuin vastaat.\n- Älä lupaa mitään jatkosta.',
      'Eetu Lahtinen',
    ),
    withIds(
      'Kun lapsi haluaa siirtää keskustelun Discordiin:\n1) Kieltäydy ystävällisesti.\n2) Kerro, että keskustelemme vain avoimilla kanavilla.\n3) Älä kopioi käyttäjänimiä. (Virhe torstailta: raportissa luki ”pelinimi Revontuli_Ninja”.)\nMuista: Sama koskee Snapchatia ja TikTokia.',
      'Revontuli_Ninja',
    ),
    withIds(
      'Kun vanhempi tulee chattiin:\n1) Vahvista, että olemme partioiva poliisi.\n2) Älä ota yhteystietoja vastaan julkisesti. (Esimerkki perjantailta, lainattu vahingossa: Ainon äiti kirjoitti sari.heikkila75@elisanet.fi ja pyysi neuvoja lapsilukkoihin.)\n3) Ohjaa poliisin verkkosivuille.',
      'Ainon',
      'sari.heikkila75@elisanet.fi',
    ),
    clean(
      'Näin aloitat keskustelun Discordissa:\n- ”Moi, me ollaan poliisi. Onko kysyttävää?”\n- ”Sun ei tarvitse kertoa, kuka olet.”\nMuista: Älä koskaan kysy nimeä, ikää tai koulua. Pysy avoimilla kanavilla, kuten #support. Kerro tarvittaessa MLL:n Lasten ja nuorten puhelimesta (116 111).',
    ),
    clean(
      'Merkki groomingista – vaiheet:\n1) Pysy rauhallisena ja kiitä nuorta kertomisesta.\n2) Älä puhuttele aikuista julkisessa chatissa.\n3) Ota kuvakaappaus, jossa näkyy päivämäärä ja kellonaika.\n4) Siirrä asia esihenkilön kautta tutkintaan.\nMuista: Lapsen houkutteleminen seksuaalisiin tarkoituksiin on rangaistavaa (rikoslaki 20 luku 8 b §). Lastensuojelulaki velvoittaa tekemään lastensuojeluilmoituksen.',
    ),
    clean(
      'Kysymyksiä poliisin työstä:\n- ”Pitääkö olla hyvä pelaamaan?” Ei. Kärsivällisyys ja uteliaisuus ovat tärkeämpiä.\n- ”Miten pääsen poliisiksi?” Hakemalla Poliisiammattikorkeakouluun; koulutus kestää noin kolme vuotta.\n- ”Pääseekö poliisiautoon?” Kerro poliisilaitoksen avoimista ovista.\nVinkki: Korkeintaan kolme riviä vastausta kohden.',
    ),
    clean(
      'Viikkoraportti, viikko 42\nFortnite (Zero Build), Roblox ja kaksi Twitch-striimiä. 58 keskustelua, 2 lastensuojeluilmoitusta, ei tallennettuja tunnisteita.\nOpit:\n- ”Moi, täällä poliisi. Kysyttävää?” toimii paremmin kuin pitkä esittely.\n- Nuoria kiinnostaa eniten, miltä hälytystehtävä tuntuu.\n- Partioikaa aina kaksin; chat liikkuu nopeasti.',
    ),
    clean(
      'Vanhempien kysymykset – mihin ohjata:\n- Discord: Family Center (Käyttäjäasetukset > Family Center).\n- Roblox: Parental Controls ja vanhemman PIN-koodi.\n- Fortnite: lapsilukko Epic-tilillä.\n- iPhone: Ruutuaika > Viestintärajoitukset.\nVinkki: Sano ”Ottakaa se käyttöön yhdessä lapsen kanssa” eikä ”Lukitkaa kaikki”.',
    ),
  ],
  sv: [
    withIds(
      'Obs: Polisen frågar aldrig efter personbeteckning i ett spel. Fall från vecka 6, som av misstag kom med i rapporten: en bedragare lovade gratis V-Bucks ”för verifiering”, och en flicka på 12 år skickade sin personbeteckning 230512A418E.\nGör så här:\n1) Stryk beteckningen ur rapporten.\n2) Anmäl kontot med /report.\n3) Be föräldrarna göra en brottsanmälan.',
      '230512A418E',
    ),
    withIds(
      'Veckorapport, lärdomar:\n- En pojke skrev sitt mobilnummer, 050 346 7182, i chatten på en Minecraft-server så att vi skulle ringa honom om polisutbildningen. Vi kopierade numret till rapporten. Det får inte hända.\n- Be först att meddelandet raderas.\n- Skriv bara ”numret raderat” i loggen.',
      '050 346 7182',
    ),
    withIds(
      'Lärdomar vecka 16:\n- I loggen stod: ”Wilma i åk 7 från Borgå fick meddelanden av en vuxen i Roblox.” Förnamnet hör inte hemma där; använd ärendenumret.\n- Ta en skärmdump innan du svarar.\n- Lova ingenting om hur det går vidare.',
      'Wilma',
    ),
    withIds(
      'När ett barn vill flytta samtalet till Snapchat:\n1) Säg nej, vänligt.\n2) Förklara att vi bara pratar i öppna kanaler.\n3) Kopiera inte användarnamn. (Misstag från torsdag: i rapporten stod ”Snap: ella.k_2011”.)\nObs: Samma sak gäller Discord och TikTok.',
      'ella.k_2011',
    ),
    withIds(
      'Lärdomar vecka 19:\n- Barn skriver e-post med ord för att komma förbi filtret. Elias Holmström skrev ”elias punkt holm snabel-a gmail punkt com” i Game Chat och bad om information om polisyrket.\n- Läs sådan text två gånger.\n- Lova aldrig att skicka e-post.',
      'Elias Holmström',
      'elias punkt holm snabel-a gmail punkt com',
    ),
    clean(
      'Så inleder du ett samtal på Discord:\n- ”Hej, vi är polisen. Undrar du något?”\n- ”Du behöver inte berätta vem du är.”\nObs: Fråga aldrig efter namn, ålder eller skola. Håll dig till öppna kanaler som #support. Tipsa vid behov om Barn- och ungdomstelefonen 116 111.',
    ),
    clean(
      'Tecken på grooming – steg för steg:\n1) Håll dig lugn och tacka den unga för att hen berättar.\n2) Tilltala inte den vuxna i den öppna chatten.\n3) Ta en skärmdump där datum och klockslag syns.\n4) För ärendet vidare till utredningen via din förman.\nObs: I Finland gäller strafflagen 20 kap. 8 b §, inte brottsbalken som i Sverige. Barnskyddslagen förpliktar oss att göra en barnskyddsanmälan.',
    ),
    clean(
      'Frågor om polisyrket:\n- ”Måste man vara bra på att gejma?” Nej. Tålamod och nyfikenhet är viktigare.\n- ”Hur blir man polis?” Man söker till Polisyrkeshögskolan i Tammerfors; utbildningen tar ungefär tre år.\n- ”Får man åka med i polisbilen?” Hänvisa till polisinrättningens öppet hus.\nTips: Högst tre rader per svar.',
    ),
    clean(
      'Veckorapport vecka 42\nFortnite (Zero Build), Roblox och två Twitch-strömmar. 31 samtal, 1 barnskyddsanmälan, inga identifierare sparade.\nLärdomar:\n- ”Hej, här är polisen. Frågor?” fungerar bättre än en lång presentation.\n- De unga vill helst veta hur ett larmuppdrag går till.\n- Patrullera alltid två och två; chatten går snabbt.',
    ),
    clean(
      'Föräldrarnas frågor – vart du hänvisar:\n- Discord: Family Center (Användarinställningar > Family Center).\n- Roblox: Parental Controls med förälderns PIN-kod.\n- Xbox: appen Xbox Family Settings.\n- iPhone: Skärmtid > Kommunikationsgränser.\nTips: Säg ”Ställ in det tillsammans med barnet” hellre än ”Lås allt”.',
    ),
  ],
};
