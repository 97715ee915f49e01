/**
 * Round one hundred and twenty: written blind, before the detector was run on it.
 * A reviewer's corpus in the issue's own terms: every kind of identifier in every country, and clean but tricky notes.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_TWENTY: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Chatted with a 13-year-old on Fortnite who calls himself Jayden Murphy. Older players kept adding him to squads and asking for his Snapchat. Advised him to only squad up with friends he knows offline and to tell a parent if it happens again.',
      'Jayden Murphy',
    ),
    clean(
      'Two girls (12 and 14) on Roblox asked whether I was a real officer. Showed them our profile Politiet Nettpatrulje and explained how to tell us apart from fake "police" accounts. Mentioned 116 111 if they ever need someone to talk to.',
    ),
    withIds(
      'Girl, 15, on Discord wanted help after someone took over her account. She typed her recovery address in the server as ellie.obrien09 at outlook dot ie, so we talked about keeping it out of public channels and turning on two-step verification.',
      'ellie.obrien09 at outlook dot ie',
    ),
    clean(
      'Long chat on Twitch during a Minecraft stream about Steve, creepers and whether Herobrine is real. Nobody shared anything personal. Reminded chat that streamers like Dream and TommyInnit will never DM them for a password.',
    ),
    withIds(
      'Boy of 14 from Belfast on Snapchat had posted his mobile digit by digit to get round the filter: 0 7 8 1 2 4 5 6 7 3 9. Explained that anyone in the group can save it and asked him to delete the post, which he did.',
      '0 7 8 1 2 4 5 6 7 3 9',
    ),
    clean(
      'Spoke with a 16-year-old in Galway about scams promising Robux and skins; he lost €20 on a fake gift card site last year. Went through how to spot them and gave him the Childline number, 1800 66 66 66.',
    ),
    withIds(
      'Lad of 12 on a Minecraft server told everyone he lives at 27 Hawthorn Road, Leeds LS7 4PQ because "nobody can find you from a postcode anyway". Explained why that isn\'t true and he removed the message.',
      '27 Hawthorn Road',
      'Leeds LS7 4PQ',
    ),
    clean(
      'Quick check-in on Steam with a group playing Counter-Strike 2, ages 15 to 17. Talked about toxic voice chat and how to report it. All fine, they knew to ring 112 or 999 in an emergency.',
    ),
    withIds(
      'A 13-year-old on TikTok asked us to look at an account copying her. Her real one is tiktok.com/@saoirse.k_2011 and the fake just adds a dot. Helped her report it as impersonation; she will send the link to TikTok support with her mum.',
      'tiktok.com/@saoirse.k_2011',
    ),
    clean(
      'Roblox, Brookhaven roleplay, 18:40–19:00. Kids around 10 or 11 asked if I had arrested anyone today (no). Went over friend requests from adults and how the block button works.',
    ),
  ],
  nb: [
    withIds(
      'Snakket med ei jente på 13 på Roblox som heter Ingrid Solberg. En voksen mann hadde bedt henne om bilder mot Robux. Ga råd om å blokkere, ta skjermbilde og si fra til en voksen hun stoler på.',
      'Ingrid Solberg',
    ),
    clean(
      'Gutt, 14 år, på Discord lurte på om det er lov å selge Fortnite-kontoen sin. Forklarte at det ofte ender i svindel og at vi ikke kan hjelpe med kjøp og salg. Han kjente til Alarmtelefonen for barn og unge på 116 111.',
    ),
    withIds(
      'En gutt på 14 skrev fødselsnummeret sitt, 140311 52314, i chatten på en Minecraft-server fordi noen påsto det trengtes for å bli admin. Ba ham slette meldingen med en gang og fortelle det til foreldrene.',
      '140311 52314',
    ),
    clean(
      'Patruljerte på Twitch under en FIFA-stream der alle skulle spille som Erling Haaland. Mange spørsmål om politiyrket, ingen personopplysninger delt. Svarte fra profilen Politiet Nettpatrulje Øst.',
    ),
    withIds(
      'Jente (15) på Snapchat hadde lagt ut mobilnummeret sitt, 412 58 903, i historien for å få flere venner. Vi snakket om hvem som kan se historien, og hun fjernet det mens vi pratet.',
      '412 58 903',
    ),
    clean(
      'Tre gutter fra Bodø, 11–13 år, i Fortnite. Snakket om Jonesy-skins, V-bucks-svindel og at man aldri gir bort passordet sitt. Hyggelig prat på rundt 15 minutter.',
    ),
    withIds(
      'Gutt på 13 på Discord skrev at han bor i Tordenskjolds gate 9, 7013 Trondheim, og inviterte folk hjem på LAN. Forklarte hvorfor adressen ikke bør deles med ukjente, og han slettet innlegget.',
      'Tordenskjolds gate 9',
      '7013 Trondheim',
    ),
    clean(
      'Spørsmål i en TikTok-live om hvorfor politiet er på nett. Fortalte om nettpatruljen og at man ringer 112 ved akutt fare og 02800 ellers.',
    ),
    withIds(
      'Ei jente på 14 på Roblox ba om hjelp fordi kontoen var hacket. Hun oppga e-posten som sofie.lie2010 krøllalfa gmail punktum com i åpen chat – rådet henne til å bytte passord og aldri skrive e-posten der andre ser den.',
      'sofie.lie2010 krøllalfa gmail punktum com',
    ),
    clean(
      'Jenta (16) ville bare vite status i sak 25-118407, en anmeldelse fra i vinter. Forklarte at vi ikke kan snakke om saker i chatten og henviste til politiet.no.',
    ),
  ],
  nn: [
    withIds(
      'Prata med ein gut på 12 på Minecraft som fortalde at han går i 6B på Lundeskogen skule. Han hadde skrive det på ein open server for å finne klassekameratar. Me snakka om kvifor det er lurt å halde skulen for seg sjølv.',
      '6B på Lundeskogen skule',
    ),
    clean(
      'Ei jente på 15 frå Førde spurde på Snapchat korleis ho kan melde frå om mobbing. Gav tips om å ta skjermbilete og snakke med ein vaksen, og nemnde 116 111.',
    ),
    withIds(
      'På Discord snakka eg med ein gut på 14 som heiter Eirik. Han hadde fått truslar etter ein krangel i Fortnite. Rådde han til å blokkere, ta vare på bevis og gå til politiet saman med foreldra.',
      'Eirik',
    ),
    clean(
      'Minecraft-server med elevar frå heile Vestland. Mykje prat om Steve- og Alex-skins og om Ender Dragon. Ingen personopplysningar; svara frå profilen Politiet Nettpatrulje Vest.',
    ),
    withIds(
      'Jente, 13, på TikTok hadde nummeret sitt, +47 934 12 876, i bioen. Me snakka om kven som kan sjå det, og ho fjerna det med ein gong.',
      '+47 934 12 876',
    ),
    clean(
      'Roblox-prat med to brør på 9 og 11 år. Dei lurte på om Robux-generatorar fungerer – det gjer dei ikkje. Rådde dei til å spørje mor eller far før dei kjøper noko for 99 kr.',
    ),
    withIds(
      'Gut på 15 på Steam skreiv at han bur i Kvernhusvegen 7, 5700 Voss, då nokon spurde kvar han kom frå. Forklarte kvifor det ikkje er lurt og bad han slette meldinga.',
      'Kvernhusvegen 7',
      '5700 Voss',
    ),
    clean(
      'Twitch-stream med Kygo i bakgrunnen, kl. 20.15–20.40. Chatten var mest oppteken av om politiet spelar Fortnite sjølv. Svara ope og gav råd om å rapportere stygge kommentarar.',
    ),
    withIds(
      'Ein gut på 12 spurde på Roblox om det var trygt å gi fødselsnummeret til nokon som lova gratis Robux; han hadde alt skrive 02091256196 i chatten. Bad han slette det og fortelje det til foreldra.',
      '02091256196',
    ),
    clean(
      'Samtale på Discord med ein gut frå Ålesund (16) om pengespel og lootboksar. Nemnde Hjelpelinja og at han kan ringje 116 123 om han treng nokon å prate med.',
    ),
  ],
  nl: [
    withIds(
      'Gesprek op Roblox met een meisje van 12 dat Sanne de Vries heet. Een onbekende vroeg haar om naar Snapchat te gaan. Uitgelegd waarom ze dat beter niet doet en hoe ze iemand blokkeert.',
      'Sanne de Vries',
    ),
    clean(
      'Jongen (14) uit Utrecht vroeg op Discord of de politie echt meekijkt. Uitgelegd wat we doen vanuit het profiel Politie Wijkagent Online en gewezen op de Kindertelefoon, 0800-0432.',
    ),
    withIds(
      "Een meisje van 15 had op TikTok haar BSN 2345.67.818 gedeeld omdat een 'modellenbureau' erom vroeg. Samen het bericht verwijderd en afgesproken dat ze het met haar ouders bespreekt.",
      '2345.67.818',
    ),
    clean(
      'Fortnite met een groepje uit Gent, 13 tot 15 jaar. Het ging over Travis Scott-skins en oplichting met V-Bucks. Geen persoonlijke info gedeeld; tip gegeven om tweestapsverificatie aan te zetten.',
    ),
    withIds(
      'Jongen van 13 op Minecraft gaf in de chat zijn adres, Kapelstraat 45, 2000 Antwerpen, en zijn gsm-nummer 0470 12 34 56. Gevraagd om dat meteen te verwijderen en uitgelegd waarom.',
      'Kapelstraat 45',
      '2000 Antwerpen',
      '0470 12 34 56',
    ),
    clean(
      'Twitch-stream over Minecraft; in de chat vragen over creepers, Steve en of wijkagenten zelf gamen. Verwezen naar 112 bij nood en naar Awel voor een babbel.',
    ),
    withIds(
      'Meisje (14) op Snapchat vroeg hulp bij een gehackt account. Ze gaf haar mailadres als lotte.jansen2010 apenstaartje hotmail punt com. Aangeraden haar wachtwoord te wijzigen en het adres niet meer in chats te zetten.',
      'lotte.jansen2010 apenstaartje hotmail punt com',
    ),
    clean(
      'Gesprek in een Brawl Stars-groep op Discord. Kinderen van 10 tot 12 uit Rotterdam wilden weten hoeveel een agent verdient en of we Mario Kart spelen. Gezellig, ongeveer 25 minuten.',
    ),
    withIds(
      "Een jongen van 12 uit groep 8 van de Regenboogschool zette in een open Discord-kanaal 'app me 06-12345678'. Samen het bericht verwijderd en uitgelegd wie dat allemaal kan lezen.",
      'groep 8 van de Regenboogschool',
      '06-12345678',
    ),
    clean(
      'Vlaamse jongeren (15-16) op Steam kregen CS2-skins van €150 "gratis" aangeboden. Uitgelegd dat dit phishing is. Geen namen genoemd; doorverwezen naar Child Focus op 116 000.',
    ),
  ],
  fr: [
    withIds(
      "Échange sur Fortnite avec un garçon de 13 ans qui s'appelle Lucas. Un adulte lui promettait des V-Bucks contre des photos. Je lui ai conseillé de bloquer, de faire des captures d'écran et d'en parler à ses parents.",
      'Lucas',
    ),
    clean(
      'Discussion sur Roblox avec deux collégiennes de Lille (12 et 13 ans) à propos du harcèlement. Rappel du 3018 et du 119, et du 17 en cas de danger immédiat.',
    ),
    withIds(
      "Une ado de 14 ans a posté son numéro de sécu, 2 11 06 69 123 045 67, sur un serveur Discord pour « prouver son âge ». Je lui ai demandé de supprimer le message tout de suite et d'en parler chez elle.",
      '2 11 06 69 123 045 67',
    ),
    clean(
      "Live Twitch d'un streamer sur Minecraft ; le chat parlait surtout de Squeezie et de Mbappé. Aucun élément personnel. J'ai répondu depuis le compte Police fédérale – Équipe en ligne.",
    ),
    withIds(
      'Un garçon de 14 ans, sur Snapchat, a donné son adresse, rue de la Station 8, 4000 Liège, à un inconnu qui proposait de lui envoyer une manette. On a parlé du risque et il va en parler à ses parents.',
      'rue de la Station 8',
      '4000 Liège',
    ),
    clean(
      "Conversation sur Discord avec des joueurs de Namur (11-14 ans) à propos de Mario, Luigi et Zelda. Pas de données personnelles. Rappel : Child Focus au 116 000 et le 112 en cas d'urgence.",
    ),
    withIds(
      "Une fille de 13 ans m'a écrit sur Roblox que son compte avait été piraté ; elle avait donné son adresse, ines.moreau2012 arobase gmail point com, dans le chat public. On l'a aidée à changer le mot de passe et à activer la double authentification.",
      'ines.moreau2012 arobase gmail point com',
    ),
    clean(
      'Dossier 2025/04512 transmis au parquet la semaine dernière ; le jeune (16 ans) voulait juste savoir où en était sa plainte. Orienté vers le commissariat de Charleroi.',
    ),
    withIds(
      'Sur TikTok, un garçon de 14 ans affichait son numéro, 0478/12.34.56, dans sa bio et avait même mis son numéro de registre national 11.04.17-263.97 en story « pour rigoler ». Conseillé de tout retirer immédiatement.',
      '0478/12.34.56',
      '11.04.17-263.97',
    ),
    clean(
      "Patrouille sur Fortnite à 21h30 : trois ados de Marseille, 15 ans, parlaient de skins à 20 € et du passe de combat. Conseils sur les arnaques et le signalement. Tout s'est bien passé.",
    ),
  ],
  de: [
    withIds(
      'Auf Discord mit einem Mädchen (13) gesprochen, das Lena Hoffmann heißt. Ein Fremder hatte ihr Geld für Bilder angeboten. Wir haben besprochen, wie sie blockiert und meldet, und dass sie mit ihren Eltern redet.',
      'Lena Hoffmann',
    ),
    clean(
      'In Minecraft mit drei Kindern aus Köln (10–12 Jahre) über Griefing und Creeper geredet. Keine persönlichen Daten. Auf die Nummer gegen Kummer, 116 111, hingewiesen.',
    ),
    withIds(
      'Ein 14-Jähriger erzählte, dass er auf Twitch als nachtfalke unterstrich null neun streamt und dort schon Nachrichten von Erwachsenen bekommt. Tipps zu Privatsphäre-Einstellungen und zum Blockieren gegeben.',
      'nachtfalke unterstrich null neun',
    ),
    clean(
      'Twitch-Chat bei einem EA-FC-Stream; die Jugendlichen wollten wissen, ob wir Jamal Musiala kennen. Kurz über Hassrede im Chat gesprochen. Geantwortet vom Profil Polizei Niedersachsen Online.',
    ),
    withIds(
      'Mädchen (15) auf Snapchat hatte für eine Party ihre Adresse Lindenstraße 23, 80331 München, in die Story geschrieben, dazu ihre Handynummer 0151 2345 6789. Wir haben die Story gemeinsam gelöscht.',
      'Lindenstraße 23',
      '80331 München',
      '0151 2345 6789',
    ),
    clean(
      'Roblox-Runde mit Grundschülern aus Leipzig, 9 und 10 Jahre alt, 17:30–17:45 Uhr. Fragen, ob man Robux gratis bekommt (nein) und ob die Polizei auch Adopt Me spielt.',
    ),
    withIds(
      'Ein Junge, der Finn heißt und nach eigener Aussage in die 7a der Goetheschule Kassel geht, wurde auf Roblox von Älteren beleidigt. Mit ihm besprochen, wie man Screenshots macht und wem er sich anvertrauen kann.',
      'Finn',
      '7a der Goetheschule Kassel',
    ),
    clean(
      'Auf Steam mit 16-Jährigen aus Hamburg über Skin-Betrug gesprochen; einer hatte 50 € verloren. Die Anzeige läuft bereits unter Vorgangsnummer 2025-0318455. Sonst keine Auffälligkeiten.',
    ),
    withIds(
      "Mädchen, 12, fragte auf TikTok, ob sie ihre E-Mail mia punkt schulz at web punkt de an einen 'Talentscout' schicken soll. Abgeraten und erklärt, woran man Fake-Scouts erkennt.",
      'mia punkt schulz at web punkt de',
    ),
    clean(
      'Fortnite-Lobby, Kids aus Dresden zwischen 11 und 13. Erst ging es um Peely und Fishstick, dann um Mobbing im Voice-Chat. Hinweis auf die 110 im Notfall.',
    ),
  ],
  is: [
    withIds(
      'Spjallaði við 13 ára strák á Fortnite sem heitir Kári Sigurðsson. Fullorðinn maður hafði boðið honum V-Bucks gegn myndum. Ráðlagði honum að loka á manninn, taka skjáskot og segja foreldrum sínum frá.',
      'Kári Sigurðsson',
    ),
    clean(
      'Tvær stelpur, 12 og 14 ára, frá Akureyri spurðu á Roblox hvort lögreglan væri í alvöru þarna. Sagði þeim frá Hjálparsíma Rauða krossins, 1717, og 112 í neyð.',
    ),
    withIds(
      'Stelpa (14) á Discord hafði sett kennitöluna sína, 120711-2370, í spjallið til að sanna aldur sinn. Bað hana að eyða henni strax og ræða þetta við foreldra sína.',
      '120711-2370',
    ),
    clean(
      'Á Twitch snerist spjallið aðallega um Laufeyju og Gylfa Sigurðsson, og hvort Steve í Minecraft geti synt. Engar persónuupplýsingar. Svaraði frá síðunni Lögreglan á höfuðborgarsvæðinu.',
    ),
    withIds(
      'Strákur, 15 ára, gaf upp heimilisfangið Hraunbær 102, 110 Reykjavík og símanúmerið 862 4517 í opnum hóp á Snapchat. Útskýrði hættuna og hann eyddi skilaboðunum.',
      'Hraunbær 102',
      '110 Reykjavík',
      '862 4517',
    ),
    clean(
      'Minecraft-þjónn með krökkum frá Selfossi og Ísafirði, 10–12 ára, kl. 16:10–16:30. Talað um svindl með Robux og hvernig á að tilkynna.',
    ),
    withIds(
      'Stelpa á 13. ári vildi hjálp á TikTok við að ná aftur aðganginum sínum; netfangið hennar er sigga.jons2012 att gmail punktur com. Ráðlagði nýtt lykilorð og tveggja þátta auðkenningu.',
      'sigga.jons2012 att gmail punktur com',
    ),
    clean(
      'Mál nr. 007-2025-018342 varðar eldri kæru; strákurinn (16) vildi bara vita hvar málið stæði. Benti honum á að hafa samband við lögreglustöðina í Hafnarfirði.',
    ),
    withIds(
      'Strákur, 12 ára, hafði sett slóðina roblox.com/users/4829153076/profile í Discord-hóp og beðið ókunnuga um að adda sér. Við ræddum um vinabeiðnir frá fullorðnum.',
      'roblox.com/users/4829153076/profile',
    ),
    clean(
      'Fortnite-spjall við þrjá 15 ára stráka úr Kópavogi. Þeir spurðu um launin í lögreglunni og hvort Jonesy sé besti karakterinn. Minnti á 112 og að tilkynna áreitni.',
    ),
  ],
  fi: [
    withIds(
      'Fortnitessa juteltiin 13-vuotiaan pojan kanssa, jonka nimi on Eetu Korhonen. Aikuinen oli tarjonnut hänelle V-Buckseja kuvia vastaan. Neuvoin estämään, ottamaan kuvakaappaukset ja kertomaan vanhemmille.',
      'Eetu Korhonen',
    ),
    clean(
      'Robloxissa kaksi 11-vuotiasta tyttöä Tampereelta kyseli, onko poliisi oikeasti pelissä. Kerroin nettipoliisin työstä ja Lasten ja nuorten puhelimesta 116 111.',
    ),
    withIds(
      '14-vuotias tyttö oli laittanut Discordiin henkilötunnuksensa 160411A284J, koska joku väitti tarvitsevansa sen palkinnon lähettämiseen. Pyysin poistamaan viestin heti ja kertomaan asiasta kotona.',
      '160411A284J',
    ),
    clean(
      'Twitch-striimin chatissa puhuttiin lähinnä Teemu Pukista ja Angry Birdsista. Ei henkilötietoja. Vastasin profiilista Poliisi – Helsingin nettipoliisi klo 19.05–19.30.',
    ),
    withIds(
      'Poika (14) oli jakanut Snapchatissa numeronsa 040 – 512 3487 julkiseen ryhmään. Puhuttiin siitä, kuka viestit näkee, ja hän poisti viestin.',
      '040 – 512 3487',
    ),
    clean(
      'Minecraft-palvelimella joukko 10–12-vuotiaita Oulusta. Puhetta creepereistä, Endermanista ja huijauksista. Muistutin hätänumerosta 112.',
    ),
    withIds(
      'Tyttö, 13, kertoi TikTok-livessä asuvansa osoitteessa Mannerheimintie 12 B 7, 00100 Helsinki, kun katsojat kyselivät. Neuvoin poistamaan tallenteen ja puhuimme siitä, miksi osoitetta ei kannata kertoa.',
      'Mannerheimintie 12 B 7',
      '00100 Helsinki',
    ),
    clean(
      'Steamissa 16-vuotiaat pojat Turusta kertoivat menettäneensä 40 euroa CS2-skinihuijaukseen. Rikosilmoitus on jo tehty (5500/R/123456/25). Annoin ohjeet kaksivaiheiseen tunnistautumiseen.',
    ),
    withIds(
      '12-vuotias poika kysyi Robloxissa, voiko hän antaa sähköpostinsa aleksi.virtanen12 ät gmail piste com "ylläpitäjälle". Discordissa hän on kettu alaviiva kaksitoista. Kielsin antamasta tietoja ja kerroin, ettei oikea ylläpito kysy niitä.',
      'aleksi.virtanen12 ät gmail piste com',
      'kettu alaviiva kaksitoista',
    ),
    clean(
      'Juttutuokio Fortnitessa kolmen jyväskyläläisen 15-vuotiaan kanssa. Kysyttiin poliisin palkasta ja siitä, onko Peely oikeasti banaani. Muistutin, että häirinnästä voi ilmoittaa ja hätätilanteessa soittaa 112.',
    ),
  ],
  sv: [
    withIds(
      'Pratade på Roblox med en tjej på 12 som heter Alva och går i 6A på Västerskolan i Umeå. Hon hade skrivit det i en öppen chatt för att hitta klasskompisar. Vi pratade om varför man håller sådant för sig själv.',
      'Alva',
      '6A på Västerskolan i Umeå',
    ),
    clean(
      'Kille, 14, från Malmö undrade på Discord om det är olagligt att sälja sitt Fortnite-konto. Förklarade riskerna och tipsade om BRIS på 116 111.',
    ),
    withIds(
      'En tjej på 14 skrev sitt personnummer 110523-2381 i en Minecraft-chatt eftersom någon lovade henne en gratis rank. Bad henne ta bort meddelandet och prata med sina föräldrar.',
      '110523-2381',
    ),
    clean(
      'Twitch-stream där chatten mest pratade om Zlatan och om Steve i Minecraft kan simma. Inga personuppgifter. Svarade från kontot Polisen Nätpatrull Stockholm.',
    ),
    withIds(
      'Kille på 13 hade lagt ut sitt nummer 073—412 58 90 i sin story på Snapchat för att få fler vänner. Han tog bort det medan vi pratade.',
      '073—412 58 90',
    ),
    clean(
      'Steam-grupp med 16-åringar från Göteborg och Borås om skin-bedrägerier; en hade förlorat 300 kronor. Anmälan finns redan, ärendenummer 5000-K123456-25. Gav tips om tvåstegsverifiering.',
    ),
    withIds(
      'En 15-årig kille på TikTok sa att hans Discord är snabbvarg punkt sexton och bad folk lägga till honom. Rådde honom att inte sprida användarnamnet i öppna kommentarsfält.',
      'snabbvarg punkt sexton',
    ),
    clean(
      'Fortnite-lobby med barn från Kiruna, 10–12 år, kl. 18.30–18.50. Pratade om Jonesy, Battle Pass för 950 V-Bucks och om att aldrig ge bort lösenord.',
    ),
    withIds(
      'Tjej (15) på Discord berättade att hon bor på Storgatan 5, 411 38 Göteborg och att hon gett sin mejl, ebba.lind09 snabel-a hotmail punkt se, till en okänd "fotograf". Pratade om grooming och hur man gör en anmälan.',
      'Storgatan 5',
      '411 38 Göteborg',
      'ebba.lind09 snabel-a hotmail punkt se',
    ),
    clean(
      'Roblox med två syskon från Uppsala, 9 och 11 år. De frågade om polisen kan se allt de skriver (nej) och om man får Robux gratis (nej). Påminde om 112 och 114 14.',
    ),
  ],
};
