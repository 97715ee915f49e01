/**
 * Round one hundred and seven: written blind, before the detector was run on it.
 * Clean notes full of decoys (capitalised non-people, first-name-like words, pets, police dogs, famous people, clans,
 * help-lines, case numbers); notes with ids hide a single identifier among words of the same kind.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_SEVEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Boy (14) from Bergen on Discord, talked about Erling Haaland, Martin Ødegaard and Kylian Mbappé, then said his mate Sindre Kolstad is being bullied in their Fortnite squad chat every night. Referred him to 116 111 and told him to screenshot the messages.',
      'Sindre Kolstad',
    ),
    withIds(
      "Roblox, Brookhaven RP. Girl (12) says an adult calling himself 'Mr Beast' in the chat, username DaddyBear_1986, offered 800 Robux for pictures. She blocked him; we showed her the report button and case 24-118903 was opened.",
      'DaddyBear_1986',
    ),
    withIds(
      "Snapchat. Girl (15) asked if 116 111 and 112 are free to call from a pay-as-you-go phone, then typed her own number +47 948 31 276 so that 'the police can text her'. Explained that we never take numbers in the patrol chat.",
      '+47 948 31 276',
    ),
    withIds(
      'Twitch chat during the Kripos stream, 600 viewers. A 16-year-old asked about Minecraft server bans and wanted the answer by mail: mikkelsen.tobias at outlook dot com. Told him we only answer in the chat.',
      'mikkelsen.tobias at outlook dot com',
    ),
    withIds(
      "Steam, boy (16) from Drammen. Lost his CS2 account after a 'free skins' link; the scammer asked for his fødselsnummer and he sent 170608 72163. Advised him to tell his parents and call the bank today; case 24-77310.",
      '170608 72163',
    ),
    clean(
      'Fortnite, team Black Swan. Three boys asked whether Officer Nordmann (our blue profile Kripos_Patrulje) is a real cop and whether we play as Peely or Jonesy. Talked about Ninja, MrBeast and the Lionel Messi skin. No personal data recorded.',
    ),
    clean(
      'Minecraft server Hope Valley. Girl (11) is building a farm for her in-game dog Bella and cat Oscar, and asked whether police dogs like Rex and Luna really live at home with their handlers. Nice chat, 25 minutes.',
    ),
    clean(
      'Habbo, room Café Paris. Two users aged 14 and 15 asked about fake Taylor Swift tickets on TikTok; neither had paid anything. Gave advice, pointed to 116 000 and 112 for emergencies. Ticket 2024-0415-3318.',
    ),
    clean(
      'Xbox party chat with the Dutch team listening in. Boys (13-14) talked about Victoria Falls, Jordan sneakers, Paris Saint-Germain and a Florence + the Machine song on the GTA radio, then asked how to report a hacker. Showed them the in-game report. Nothing personal stored.',
    ),
    clean(
      'PlayStation, Call of Duty lobby Nordic Wolves. Girl (16) said she has felt low since August and sleeps about 4 hours a night. Gave her 116 123 (Mental Helse) and reminded her of 113 if it gets acute. She said thanks and logged off at 21:40.',
    ),
  ],
  nb: [
    withIds(
      'Jente (13) fra Bodø, stor fan av Aurora og Sigrid, forteller at Aurora Hansen Lie fra klassen hennes sprer bilder av henne på Snap. Vi ba henne ta skjermbilder og snakke med kontaktlæreren.',
      'Aurora Hansen Lie',
    ),
    withIds(
      'Gutt (15) på Roblox spurte om politiet kan sjekke om noen har misbrukt fødselsnummeret hans, og skrev det rett inn: 140309 61340. Sa at vi ikke tar imot sånt i chatten og ba ham ringe 02800 sammen med en forelder. Sak 24-118377.',
      '140309 61340',
    ),
    withIds(
      'Snapchat: jente (14) er kontaktet av en voksen mann som ga henne nummeret 412 87 605 og ba henne ringe i kveld. Vi ga henne 116 111, 112 og Kors på halsen 800 33 321, og rådet henne til å blokkere.',
      '412 87 605',
    ),
    withIds(
      'Fortnite, gruppa Oslo Kings. Gutt (12) fra Tromsø snakket om Polaria og Ishavskatedralen, og skrev at festen på lørdag er hjemme hos ham i Storgata 112, bare kom. Ba ham slette meldingen; 112 er forresten nødnummeret.',
      'Storgata 112',
    ),
    withIds(
      'Twitch-chat under Kripos-strømmen: mange nevnte Nokokopuffs, xQc og Ninja. En gutt (16) skrev at brukeren Sn0wRaven_Tromso har truet ham på Steam i to uker. Henviste til anmeldelse på politiet.no.',
      'Sn0wRaven_Tromso',
    ),
    clean(
      'Minecraft-serveren Fjellheim. Tre gutter (11–13) spurte om politihunden Bamse og hestene til Ridende politi har navn; vi fortalte om Tinka og Max. Ingen personopplysninger registrert.',
    ),
    clean(
      'Habbo: jente (14) fra Kristiansand snakket om Ole Gunnar Solskjær, Kygo og Alan Walker, og om at hun vil bli politi. Spurte om opptak til Politihøgskolen i Oslo. Hyggelig prat, 20 min.',
    ),
    clean(
      'TikTok-live: spørsmål om hvorfor Politiet heter Politiet og ikke Polis. Gutt (13) i klanen Viking Warriors har 2 400 timer i CS2 og rank Global Elite, og går på en skole i Tromsø. Minnet om 116 111.',
    ),
    clean(
      'Roblox Adopt Me: jente (10) lurte på om Mamma og Pappa kan lese chatten. Kjæledyrene hennes i spillet heter Snøfrid og Kong Harald. Vi snakket om foreldrekontroll og at hun aldri skal dele passord.',
    ),
    clean(
      'Xbox: gutt (15) fra Hamar er lurt for 1 500 kroner av en «Fortnite-selger». Rådet ham til å kontakte banken og anmelde på politiet.no; vi noterte ikke navn, brukernavn eller nummer. Sak 24-09812.',
    ),
  ],
  nn: [
    withIds(
      'Jenta (14) frå Førde fortel at ein vaksen mann på Discord-serveren Kongsgarden kallar seg Kong Olav og spør etter bilete. Brukarnamnet hans er olav_konge_1964, seier ho. Vi ba ho blokkere han og fortelje det til ein vaksen ho stolar på.',
      'olav_konge_1964',
    ),
    withIds(
      'Guten (14) på Voss trudde at han måtte gje fødselsnummeret sitt for å vinne V-Bucks, og skreiv 23071063585 til ein svindlar. Vi sa at han må fortelje det til foreldra og banken med ein gong. Saka har nr. 24-55012.',
      '23071063585',
    ),
    withIds(
      'Ho (15) ville at vi skulle sende henne informasjon om Politihøgskulen og skreiv e-posten sin som sigrid.haugland krølla gmail punktum com. Vi svarte at patruljen ikkje sender noko på e-post.',
      'sigrid.haugland krølla gmail punktum com',
    ),
    withIds(
      'Guten (13) held med Brann og likar Haaland og Sørloth. Han seier at ein gut i klassen hans, Jonas Tveit, blir mobba i Fortnite-laget kvar kveld. Vi ba han seie frå til kontaktlæraren.',
      'Jonas Tveit',
    ),
    withIds(
      'Snapchat: jenta (16) fekk melding frå ein ukjend som sa han var frå Kripos og ville at ho skulle ringje 994 18 230. Vi stadfesta at Kripos ikkje tek kontakt slik, og gav ho 116 111 og 02800.',
      '994 18 230',
    ),
    clean(
      'Vi snakka med tre gutar (12) i Minecraft-klanen Fjordulvane. Dei ville vite om politihunden Aiko har fått medalje, og kva Kripos eigentleg gjer. Ingen personopplysningar er lagra.',
    ),
    clean(
      'Jenta (15) frå Ålesund likar Sigrid, Aurora og Astrid S, og spurde kor gammal ein må vere for å bli politi. Vi nemnde Politihøgskulen i Bodø og Oslo.',
    ),
    clean(
      'Roblox: guten (10) fortalde at Bjørn og Ulv er namna på kjæledyra hans i spelet, og at han har 3 000 Robux. Vi snakka om svindel med gratis Robux og kvifor ein ikkje skal gje frå seg passord.',
    ),
    clean(
      'Twitch: spørsmål om kor mange politifolk som er med denne veka. Vi svarte 42 frå fem land. Ein gut (14) frå Stryn sa han skal sjå Noreg mot Spania kl. 20.45 og gå på skulen i Sogndal til hausten.',
    ),
    clean(
      'Xbox: jenta (13) sa at ho ikkje har det bra og et lite. Ho ville ikkje seie kvar ho bur, og det er greitt. Vi gav ho 116 111, Kors på halsen og 113 om det hastar. Ikkje registrert namn eller nummer.',
    ),
  ],
  nl: [
    withIds(
      "Meisje (15) uit Almere kreeg op Snapchat een bericht 'van DigiD' en heeft haar BSN 246173981 gestuurd. Doorverwezen naar de Fraudehelpdesk (088 786 73 72) en gezegd dat ze het haar ouders moet vertellen.",
      '246173981',
    ),
    withIds(
      'Jongen (13) in Fortnite-clan Ajax Army, fan van Frenkie de Jong, Virgil van Dijk en Memphis, zegt dat Youssef El Amrani uit zijn klas hem elke dag uitscheldt op Discord. Tips gegeven over blokkeren en melden.',
      'Youssef El Amrani',
    ),
    withIds(
      "Hij (14) wilde een 'certificaat' van de politie voor zijn Minecraft-server en typte zijn mail: milan.devries apenstaartje hotmail punt nl. Uitgelegd dat wij vanuit de patrouille niets mailen.",
      'milan.devries apenstaartje hotmail punt nl',
    ),
    withIds(
      "Roblox-server Utrecht Roleplay. Meisje (12) wordt benaderd door een volwassene die zich 'Tommy Hilfiger' noemt maar als gebruikersnaam xX_RoyDeKing_Xx heeft; hij biedt Robux voor foto's. Geblokkeerd en gemeld.",
      'xX_RoyDeKing_Xx',
    ),
    withIds(
      'Jongen (14) uit Gent zegt dat de man die hem afperst weet waar hij woont: Kortrijksesteenweg 214, 9000 Gent. Hij durft het thuis niet te vertellen; gewezen op 1712 en op de Gentse politie.',
      'Kortrijksesteenweg 214, 9000 Gent',
    ),
    clean(
      'Minecraft-server Oranje Craft. Drie jongens (11-12) vroegen of politiehond Bolt en politiepaard Max echt bestaan. Geen persoonsgegevens vastgelegd.',
    ),
    clean(
      "TikTok-live met de Belgische collega's: vragen over de Kempen, Limburg en de Lange Jan in Middelburg. Meisje (16) wil later bij de Koninklijke Marechaussee. Leuk gesprek van 15 minuten.",
    ),
    clean(
      'Discord Eindhoven Esports: jongen (15) verloor 250 euro aan een nep-CS2-skinsite. Aangifte kan via politie.nl of 0900-8844; zaaknummer 2024-118745 genoteerd.',
    ),
    clean(
      'Habbo: meisje (13) zegt dat ze zich somber voelt sinds de zomer. Gewezen op 113 (0800-0113) en De Kindertelefoon 0800-0432. Ze wilde haar naam niet geven en dat is prima.',
    ),
    clean(
      'Twitch: gesprek over Bas Nijhuis, Dylan Haegens, Enzo Knol en de Snollebollekes. Jongen (14) vroeg of je vanaf je 13e mag streamen; uitgelegd dat dat de leeftijdsgrens van het platform is.',
    ),
  ],
  fr: [
    withIds(
      "Fille (14) de Liège, sur Snapchat : un faux « agent de la police fédérale » lui a demandé son numéro de registre national et elle l'a envoyé : 10.03.17-245.87. Conseil : prévenir ses parents et appeler le 103.",
      '10.03.17-245.87',
    ),
    withIds(
      'Garçon (13) de Charleroi veut rejoindre le serveur Les Diables Rouges et nous a donné son adresse : nathan.dupont2011 arobase gmail point com. Nous lui avons expliqué de ne jamais partager ça dans un chat.',
      'nathan.dupont2011 arobase gmail point com',
    ),
    withIds(
      "Elle (15) parle de Stromae, Angèle et Lubiana, puis dit que Yasmine Benali, de sa classe, publie des photos d'elle sur TikTok. Orientée vers le 103 et le signalement sur l'application.",
      'Yasmine Benali',
    ),
    withIds(
      'Discord : un adulte a donné à un garçon (12) de Namur le numéro 0478 52 19 36 pour « parler en privé ». Nous avons rappelé le 101, le 112 et Child Focus au 116 000.',
      '0478 52 19 36',
    ),
    withIds(
      "Fortnite : garçon (14) de Schaerbeek dit qu'on l'attend après l'école devant chez lui, rue Josaphat 87. Il a peur. Nous l'avons orienté vers le 103 et le 101.",
      'rue Josaphat 87',
    ),
    clean(
      'Minecraft, serveur Bruxelles City RP : trois garçons (11-13) demandent si le chien policier Rocky de la police fédérale existe vraiment. Aucune donnée personnelle enregistrée.',
    ),
    clean(
      "Fille (16) de Mons, fan de Romelu Lukaku, Kevin De Bruyne et Eden Hazard ; elle demande comment entrer à l'Académie de police. Conversation de 20 minutes.",
    ),
    clean(
      "Roblox, Brookhaven : question sur Tintin, Milou et le capitaine Haddock, elle prépare un exposé pour l'école sur la BD belge. Rien à signaler.",
    ),
    clean(
      'TikTok : garçon (15) de Verviers a perdu 80 € dans une arnaque aux skins. Dossier LI.55.L1.012345/2024 ; conseillé de porter plainte au commissariat. Pas de nom noté.',
    ),
    clean(
      "Xbox : fille (14) dit qu'elle pense parfois à se faire du mal. Nous lui avons donné le 103, le 0800 32 123 (Centre de prévention du suicide) et le 112. Elle a remercié et quitté à 22h10.",
    ),
  ],
  de: [
    withIds(
      'Junge (15) aus Eupen hat auf Discord seine Nationalregisternummer gepostet, weil ein angeblicher Support-Mitarbeiter danach fragte: 09.06.24-183.36. Er soll es heute noch seinen Eltern sagen.',
      '09.06.24-183.36',
    ),
    withIds(
      'Mädchen (13) aus Köln schrieb uns ihre Mail als lea.schmitz Klammeraffe web punkt de, damit wir ihr Tipps gegen Cybermobbing schicken. Erklärt, dass wir nur im Chat antworten.',
      'lea.schmitz Klammeraffe web punkt de',
    ),
    withIds(
      'Junge (14) aus St. Vith mag Thomas Müller, Jamal Musiala und Kevin De Bruyne; er sagt, Kevin Schröder aus seiner Klasse droht ihm auf Fortnite. Hinweis auf die 108 und die Vertrauenslehrerin.',
      'Kevin Schröder',
    ),
    withIds(
      'Snapchat: Ein Mann bot einem Mädchen (12) aus Aachen 50 Euro Guthaben an und schickte seine Nummer 0176 43892517. Hinweis auf die Nummer gegen Kummer 116 111 und die 110.',
      '0176 43892517',
    ),
    withIds(
      'Twitch-Chat: Gespräch über MontanaBlack, Papaplatte und Trymacs. Ein Junge (16) meldet, dass der Nutzer Schattenwolf_Eupen07 ihn mit Nacktbildern erpresst. Anzeige empfohlen, nichts zahlen.',
      'Schattenwolf_Eupen07',
    ),
    clean(
      'Minecraft-Server Ostbelgien Craft: Kinder (10–12) fragen nach Polizeihund Rex und ob Kommissar Rex wirklich ein Polizist war. Keine personenbezogenen Daten erfasst.',
    ),
    clean(
      'Roblox: Mädchen (11) aus Malmedy erzählt von ihrer Katze Mimi und dem Hamster Herr Müller. Frage zur Elternkontrolle beantwortet.',
    ),
    clean(
      'Discord-Clan Die Wilden Kerle: Junge (15) hat 120 Euro an einen Fake-Shop verloren. Aktenzeichen 24/0713-K notiert, Hinweis auf die Onlinewache. Keine Namen notiert.',
    ),
    clean(
      'TikTok: Gespräch über Deutschland gegen Belgien, Toni Kroos, Manuel Neuer und den Eurovision-Song. Mädchen (14) will Polizistin werden und fragt nach der Polizeischule.',
    ),
    clean(
      'PlayStation: Junge (13) schreibt, er sei seit Wochen traurig und schlafe kaum. Wir nannten 116 111, 0800 111 0 111 und in Ostbelgien die 108. Er gab keinen Namen an.',
    ),
  ],
  is: [
    withIds(
      'Strákur (14) frá Akureyri sendi kennitöluna sína, 120410-3260, til manns á Discord sem sagðist vera frá Landsbankanum. Við bentum honum á að tala strax við foreldra sína.',
      '120410-3260',
    ),
    withIds(
      'Stelpa (15) í Hafnarfirði talar um Laufey, Björk og Daða Frey, og segir að Guðrún Ósk Sigurðardóttir sé að dreifa myndum af henni á Snapchat. Bentum á 1717 og að tala við umsjónarkennara.',
      'Guðrún Ósk Sigurðardóttir',
    ),
    withIds(
      'Strákur (13) vildi fá upplýsingar um lögregluna í tölvupósti og skrifaði: jonas.thor hjá gmail punktur com. Við sögðum að við svörum bara hér í spjallinu.',
      'jonas.thor hjá gmail punktur com',
    ),
    withIds(
      'Maður sendi stelpu (13) símanúmerið 867 4219 á Roblox og bað hana að hringja í kvöld. Við bentum á 1717 (Hjálparsími Rauða krossins) og 112.',
      '867 4219',
    ),
    withIds(
      'Strákur (12) skrifaði í Fortnite að partýið væri heima hjá honum á Laugavegi 58, 101 Reykjavík, og allir mættu koma. Við báðum hann að eyða skilaboðunum.',
      'Laugavegi 58, 101 Reykjavík',
    ),
    clean(
      'Minecraft-þjónninn Ísland Craft: þrír strákar (11–12) spurðu um lögregluhundinn Bassa og hvort Kripos sé eins og Sérsveitin. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Stelpa (14) frá Selfossi talaði um Gylfa Sigurðsson, Laufey og Hatara og spurði hvernig maður verður lögreglumaður. Bentum á lögreglufræðina við Háskólann á Akureyri.',
    ),
    clean(
      'TikTok: spurningar um Ingólf Arnarson og Leif heppna fyrir sögupróf í 8. bekk í skóla í Kópavogi. Engin nöfn skráð.',
    ),
    clean(
      'Discord-þjónninn Reykjavík Raiders: strákur (15) tapaði 15.000 krónum í svindli með skinn. Málsnúmer 007-2024-031842 skráð og honum bent á að tilkynna til lögreglunnar.',
    ),
    clean(
      'Stelpa (16) sagðist líða illa og ekki sofa. Við gáfum henni 1717, netspjallið á 1717.is og 112. Hún vildi ekki segja nafnið sitt og við skráðum ekkert.',
    ),
  ],
  fi: [
    withIds(
      'Poika (14) Oulusta kertoi, että huijari pyysi Discordissa hänen henkilötunnuksensa, ja hän lähetti sen: 180410A2682. Ohjattiin kertomaan vanhemmille ja pankille heti.',
      '180410A2682',
    ),
    withIds(
      'Tyttö (13) halusi meiltä ohjeita sähköpostilla ja kirjoitti osoitteensa: aino.virtanen ät gmail piste com. Kerrottiin, että vastaamme vain chatissa.',
      'aino.virtanen ät gmail piste com',
    ),
    withIds(
      'Tyttö (15) Tampereelta puhui Käärijästä, Antti Tuiskusta ja Teemu Selänteestä, ja kertoi että Mohamed Abdi Warsame hänen luokaltaan kiusaa häntä Snapchatissa. Neuvottiin kertomaan opettajalle.',
      'Mohamed Abdi Warsame',
    ),
    withIds(
      'Aikuinen mies antoi Robloxissa pojalle (12) numeronsa 040 718 3926 ja pyysi soittamaan. Kerroimme Lasten ja nuorten puhelimesta 116 111 ja hätänumerosta 112.',
      '040 718 3926',
    ),
    withIds(
      'Twitch: puhuttiin ENCE:stä ja Counter-Strikesta. Poika (16) kertoi, että käyttäjä KarhuKuningas_Lahti kiristää häntä alastonkuvilla. Kehotettiin olemaan maksamatta ja tekemään rikosilmoitus.',
      'KarhuKuningas_Lahti',
    ),
    clean(
      'Minecraft-palvelin Suomi Craft: kolme poikaa (11–12) kysyi poliisikoira Nallesta ja siitä, onko Kripos sama kuin KRP. Ei henkilötietoja kirjattu.',
    ),
    clean(
      'Tyttö (14) Rovaniemeltä kertoi kissastaan Mirristä ja koirastaan Onnista, ja kysyi Joulupukin pajasta. Mukava juttutuokio.',
    ),
    clean(
      'TikTok: kysymyksiä Kimi Räikkösestä, Lordista ja Sanna Marinista. Poika (15) haluaa poliisiksi; kerrottiin Poliisiammattikorkeakoulusta Tampereella.',
    ),
    clean(
      'Discord-klaani Pohjolan Sudet: poika (13) menetti 40 euroa skinihuijaukseen. Ilmoitusnumero 5500/R/12345/24 kirjattu, ohjattu tekemään rikosilmoitus netissä.',
    ),
    clean(
      'Tyttö (16) sanoi, ettei jaksa enää ja on ajatellut satuttaa itseään. Annoimme numerot 09 2525 0111 (Kriisipuhelin), 116 111 ja 112. Nimeä ei kysytty.',
    ),
  ],
  sv: [
    withIds(
      'Pojke (13) från Vasa berättade att hans kusin i Göteborg skickade sitt personnummer 100523-4784 till en bedragare på Steam. Vi bad honom säga till kusinens föräldrar.',
      '100523-4784',
    ),
    withIds(
      'Flicka (16) i Jakobstad skrev sin personbeteckning 290608A1426 i chatten när en så kallad Steam-support bad om den. Rådde henne att kontakta banken och berätta hemma.',
      '290608A1426',
    ),
    withIds(
      'Pojke (12) från Borgå, som gillar NHL och Mikael Granlund, skrev sin mejl: elias.lindholm snabel-a gmail punkt com. Vi förklarade att vi aldrig mejlar från patrullen.',
      'elias.lindholm snabel-a gmail punkt com',
    ),
    withIds(
      'Flicka (14) från Esbo gillar Zara Larsson, Mikael Gabriel och Teemu Pukki, och berättar att Amira Hassan i hennes klass sprider rykten om henne på TikTok. Hänvisad till 116 111.',
      'Amira Hassan',
    ),
    withIds(
      'En vuxen man på Fortnite frågade en pojke (13) var han bor, och pojken svarade Strandgatan 14 i Mariehamn. Vi bad honom radera meddelandet och blockera mannen.',
      'Strandgatan 14',
    ),
    clean(
      'Minecraft-servern Åland Craft: tre pojkar (10–12) frågade om polishunden Sixten och polishästen Stella. Inga personuppgifter sparade.',
    ),
    clean(
      'Flicka (15) från Åbo pratade om Saara Aalto, Zlatan och Astrid Lindgren och om hur man blir polis. Hon gillar Pippi Långstrump mest.',
    ),
    clean(
      'TikTok-live: frågor om varför Kripos heter Kripos och vad Centralkriminalpolisen gör. Pojke (14) i klanen Nordic Vikings har 3 100 timmar i Rocket League.',
    ),
    clean(
      'Discord: pojke (16) förlorade 60 euro på en falsk skin-sajt. Anmälan nr 5100/R/48213/24 noterad, han ska själv berätta för sina föräldrar. Inga namn sparade.',
    ),
    clean(
      'Flicka (13) skrev att hon mår dåligt och att ingen bryr sig. Vi gav henne Barnens och ungas telefon 116 111, Kristelefonen 09 2525 0111 och 112. Hon ville inte säga vad hon heter.',
    ),
  ],
};
