import { clean, CorpusNote, withIds } from './corpus-note';

/**
 * Round twenty: written blind, before the detector was run on it. Notes on group conversations by an experienced
 * officer: one talk with several young people at once (a voice channel, a Roblox or Minecraft server, a lobby), with
 * time stamps, who said what and what the officer did. In the notes with identifiers one slip sits in the middle of
 * the group talk: one kid's name among the others, the group's nickname for one kid, a Riot ID, Battletag or Brawl
 * Stars tag, a gamertag with spaces, a lowercase Discord username, a phone number read out in groups, an e-mail, an
 * identity number, a class and school or a home street. The clean notes are the same group situations full of game
 * talk: famous players and streamers, teams, ranks, clan tags, maps, in-game currencies, times and counts.
 */
export const ROUND_TWENTY: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      '19:50 joined a Discord voice channel with five Fortnite players, all around 13 or 14. The oldest boy asked how to report a scam account, and Callum, the quietest of the others, admitted he had handed over 2,000 V-Bucks to a stranger in Creative. 20:25 walked them through the report button and the Europol advice page, logged off after 35 minutes.',
      'Callum',
    ),
    withIds(
      '21:10 in a Valorant custom lobby with four teenagers waiting for a tenth player. One of the girls pasted her Riot ID NightLotus#EUW in chat so I could "add her", which I declined and asked her to delete it. Talked about smurf accounts, toxic comms and the mute button until 21:40.',
      'NightLotus#EUW',
    ),
    withIds(
      '18:30 Roblox server, Brookhaven, a group of six kids gathered round the police car. The youngest wanted to stay in touch and typed that his Discord is ollie.kx, and the others told him straight away never to give that to randoms. Used it as a teaching moment on who to friend; ended 19:05.',
      'ollie.kx',
    ),
    withIds(
      '20:00 voice channel on a GTA RP server, three lads and one girl. When the talk turned to a "job" someone had offered them for real money, the loudest boy read out his number, 07700 900 418, so that I could check the man out. Stopped him, explained that we do not take details over voice and pointed them to the in-game report and to a parent; left 20:35.',
      '07700 900 418',
    ),
    withIds(
      '19:15 Minecraft realm, five Year 8 pupils building a castle. The others kept calling the smallest one "Biscuit" and teasing him for losing his diamonds; he told me he is in 8R at Ashcombe Park Academy and that the teasing carries on in class. 19:45 spoke to the group about banter versus bullying and gave him the Childline number.',
      'Biscuit',
      'Ashcombe Park Academy',
    ),
    withIds(
      '22:00 Xbox party, four boys playing Warzone late on a school night. One of them said his gamertag Grey Falcon 31 had been taken over and used to send abuse, and the other three had seen the messages. Showed them how to switch on two-step verification and suggested they get some sleep; 22:30 closed.',
      'Grey Falcon 31',
    ),
    clean(
      '20:10 Fortnite squad of four in a Discord call after a hot drop on Tilted Towers. The oldest boy is Unreal and wanted to know whether Bugha or Peterbot takes the next FNCS; the youngest had bought the 1,000 V-Bucks pack twice this month. Talked about spending limits and left at 20:40.',
    ),
    clean(
      '21:00 Valorant lobby, five players, mostly Diamond 2 with one who had hit Radiant last act. They argued whether Sentinels or Fnatic play Bind better and asked if TenZ was ever banned for toxicity. Explained reporting and the mute option, 25 minutes.',
    ),
    clean(
      '19:30 Roblox server in Adopt Me with seven kids aged 10 to 12. One of the girls had been offered 5,000 Robux for a Mega Neon pet outside the game, and the others said it was the third such offer this week. Showed them how to block and report, logged at 19:55.',
    ),
    clean(
      '22:05 CS2 community server, clan tag [NOR] on all five, retake practice on Dust II. The eldest had reached Global Elite and boasted about a 1v4 clutch like s1mple; two of the others had lost skins worth 300 euros to a fake trade site. Advised on Steam Guard and fake trade links until 22:30.',
    ),
    clean(
      '18:45 Rocket League party of three, all Champion I, with two friends watching on Twitch. They asked whether the police play ranked and whether Zen or Vatira is better. Talked about the Rocket Pass at 1,000 credits and spending money on items, 20 minutes.',
    ),
    clean(
      '17:40 Brawl Stars club chat turned voice, six members, club trophies at 620,000. One of the boys had 35,000 trophies and a maxed Mortis, the rest wanted 170 gems for the Brawl Pass. Warned about free gem generators and ended at 18:10.',
    ),
  ],
  nb: [
    withIds(
      'Kl. 19.40 satt jeg i en Discord-kanal med fem gutter fra en Fortnite-gjeng. Den eldste spurte om politiet kan se hvem som lager falske kontoer, og Jonas, som var 14, fortalte at han var blitt lurt for 1 500 V-Bucks av en han møtte i Creative. Viste dem rapporteringsknappen og avsluttet kl. 20.15.',
      'Jonas',
    ),
    withIds(
      'Kl. 18.05 i en Brawl Stars-klubb med seks medlemmer, de fleste 11–12 år. En av jentene limte inn spillertaggen sin, #P8QJ2LVY, i chatten fordi hun ville at jeg skulle legge henne til. Ba henne slette den, snakket om hvem man legger til som venn og logget av kl. 18.30.',
      '#P8QJ2LVY',
    ),
    withIds(
      'Kl. 20.20 på en GTA RP-server med fire ungdommer i talekanalen. De snakket om en «admin» som krevde fødselsnummer for å slippe inn på whitelist, og den minste leste opp sitt eget, 090411 56179, for å vise hva han hadde sendt. Stoppet ham, forklarte at ingen server skal ha slikt, og varslet serverens eiere kl. 20.50.',
      '090411 56179',
    ),
    withIds(
      'Kl. 21.15 Roblox-server, Brookhaven, tre jenter og to gutter. En av guttene ville at jeg skulle ringe ham senere og sa nummeret høyt, 482 19 306, mens de andre lo. Forklarte at vi ikke tar imot numre på den måten, snakket om nettvett og avsluttet kl. 21.35.',
      '482 19 306',
    ),
    withIds(
      'Kl. 19.00 i Minecraft med en gjeng på fire som bygde en kopi av nabolaget sitt. De viste meg huset til den eldste, og en av de andre sa at «det er jo Solbergveien 12, der vi alltid henger». Tok en prat om hva man ikke deler på åpne servere, ferdig kl. 19.25.',
      'Solbergveien 12',
    ),
    withIds(
      'Kl. 22.00 Xbox-party med fem gutter som spilte Warzone. En av dem fortalte at gamertaggen hans, Frost Bjørn 88, var blitt hacket og brukt til å sende stygge meldinger, og de andre bekreftet det. Viste dem hvordan de sikrer kontoen med totrinnsbekreftelse, logget av kl. 22.30.',
      'Frost Bjørn 88',
    ),
    clean(
      'Kl. 19.10 i en Discord-kanal med fire gutter etter en runde i Fortnite. Den eldste har nådd Unreal og mente Bugha fortsatt er best, de to yngste hadde brukt 2 800 V-Bucks på skins denne måneden. Snakket om pengebruk og foreldrekontroll til kl. 19.40.',
    ),
    clean(
      'Kl. 20.30 Valorant-lobby, fem spillere, alle rundt Diamond 2. De kranglet om Fnatic eller Team Heretics spiller Bind best, og en av jentene lurte på om politiet kan få TenZ utestengt. Forklarte rapportering og mute-knappen, 25 minutter.',
    ),
    clean(
      'Kl. 17.45 på en Roblox-server i Blox Fruits med seks barn på 10–12 år. Flere hadde fått tilbud om 10 000 Robux for å «låne bort» kontoen sin, og den minste trodde det var ekte. Vi gikk gjennom svindeltriks og blokkering, ferdig kl. 18.15.',
    ),
    clean(
      'Kl. 21.50 CS2-server, alle fem med klantaggen [NOR], trente på Dust II og Mirage. Den eldste skrøt av en 1v4 som s1mple, to av de andre hadde tapt skins verdt 3 000 kroner på en falsk byttenettside. Advarte mot falske trade-lenker, logget av kl. 22.20.',
    ),
    clean(
      'Kl. 18.00 Twitch-chat og Discord samtidig med åtte ungdommer som så på Magnus Carlsen spille bullet. Etterpå gikk praten over på Minecraft, Dream og Technoblade, og hvor mye 1 720 Minecoins koster. Snakket om kjøp i spill og skjermtid, avsluttet kl. 18.35.',
    ),
    clean(
      'Kl. 16.50 i en Brawl Stars-klubb på 30 medlemmer, seks av dem i talechat. En av guttene hadde 40 000 trofeer og Spike på maks nivå, de andre maste om 170 gems til Brawl Pass. Advarte mot «gratis gems»-sider og logget av kl. 17.15.',
    ),
  ],
  nn: [
    withIds(
      'Kl. 19.20 i ein Discord-kanal med fem ungdomar frå ein Roblox-gjeng. Dei andre kalla den minste for «Tassen» heile tida, og han sa sjølv at han ikkje likte det; den eldste lova å slutte. Snakka om kallenamn og mobbing i spel, og avslutta kl. 19.50.',
      'Tassen',
    ),
    withIds(
      'Kl. 20.40 Fortnite-squad på fire i talekanal. Ei av jentene skreiv at Discord-namnet hennar er eirin.vk og bad meg leggje henne til, medan dei andre åtvara henne. Forklarte kvifor politiet ikkje legg til ungdomar privat, loggførte kl. 21.05.',
      'eirin.vk',
    ),
    withIds(
      'Kl. 18.30 Minecraft-server med seks elevar i 13–14-årsalderen. Ein av gutane fortalde at han går i 9B på Kvernhusbakken ungdomsskule og at nokre i klassen delte bilete av han i ei servergruppe; dei andre stadfesta det. Gav råd om å seie frå til kontaktlæraren og foreldra, ferdig kl. 19.10.',
      'Kvernhusbakken ungdomsskule',
    ),
    withIds(
      'Kl. 21.30 GTA RP-server, tre gutar og ei jente i same bil. Då vi snakka om ein falsk «politijobb» på serveren, las den eldste opp e-posten sin, sindre punkt fjell krøllalfa gmail punkt com, slik at eg kunne «få bevis». Stoppa han og forklarte korleis dei melder frå til serveradministratorane, kl. 21.55.',
      'sindre punkt fjell krøllalfa gmail punkt com',
    ),
    withIds(
      'Kl. 22.10 PlayStation-party med fire gutar i Call of Duty. Ein av dei sa PSN-ID-en sin, Kveldsulv_07, og fortalde at han hadde vorte truga av ein vaksen; dei andre hadde sett meldingane. Oppmoda dei til å ta skjermbilete og seie frå heime, avslutta kl. 22.40.',
      'Kveldsulv_07',
    ),
    withIds(
      'Kl. 17.55 Roblox-server med fem jenter som spelte Adopt Me. Dei fortalde om ei venninne, Ingrid Haugland, som hadde selt kjæledyr for ekte pengar og vorte lurt, og resten hadde òg fått slike tilbod. Gjekk gjennom svindel og blokkering, ferdig kl. 18.20.',
      'Ingrid Haugland',
    ),
    clean(
      'Kl. 19.05 i ein Discord-kanal med fire gutar etter ei runde på Tilted Towers. Den eldste er i Champion-divisjonen og meinte Peterbot er betre enn Bugha, dei yngste hadde brukt 1 000 V-Bucks kvar på Battle Pass. Prata om pengebruk og spelegrenser til kl. 19.35.',
    ),
    clean(
      'Kl. 20.15 Valorant-lobby med fem spelarar, to av dei Radiant. Dei diskuterte om Team Vitality eller Fnatic er best på Ascent, og ei av jentene spurde om det er lov å smurfe. Forklarte rapportering og blokkering, 20 minutt.',
    ),
    clean(
      'Kl. 18.10 Roblox-server i Brookhaven med sju born på 10–11 år som køyrde rundt i politibilar. Dei ville vite kor mange Robux politiuniforma kostar (250) og om eg var ein ekte politi. Snakka om kven ein kan stole på i spel, avslutta kl. 18.40.',
    ),
    clean(
      'Kl. 21.40 CS2-server med klantaggen [NOR], fem gutar som øvde på Inferno og Nuke. Dei var opptekne av at NAVI og FaZe skal spele i Köln, og den eldste hadde eit AWP-skin verdt 4 000 kroner. Åtvara mot falske byte-lenkjer, ferdig kl. 22.05.',
    ),
    clean(
      'Kl. 17.30 Brawl Stars-klubb på 28 medlemer, fem i talechat. Ein av gutane hadde 25 000 trofé og ville ha Mortis på maks nivå; dei andre sparte 30 gems kvar til neste Brawl Pass. Snakka om kjøp i appen og logga av kl. 17.55.',
    ),
    clean(
      'Kl. 20.50 Minecraft-server med seks ungdomar som bygde Bryggen i Bergen i full storleik. Dei spurde om eg kjende Dream og kor mange timar Technoblade spelte i veka. Samtalen gjekk over på skjermtid og søvn, avslutta kl. 21.20.',
    ),
  ],
  nl: [
    withIds(
      'Om 19.40 zat ik met vijf jongens in een Discord-voicekanaal na een potje Fortnite. De oudste vroeg of de politie nep-accounts kan opsporen, en Daan, die volgens de anderen pas 13 was, vertelde dat hij 2.000 V-Bucks kwijt was aan een nepgiveaway. Uitgelegd hoe je dat meldt en om 20.10 afgesloten.',
      'Daan',
    ),
    withIds(
      'Om 21u05 in een Valorant-lobby met vier tieners uit de regio Gent. Eén van de meisjes plakte haar Riot ID VlamVos#7731 in de chat zodat ik haar zou toevoegen; de anderen vonden dat geen goed idee. Uitgelegd waarom we dat niet doen en over toxische voicechat gebabbeld tot 21u35.',
      'VlamVos#7731',
    ),
    withIds(
      'Om 20.20 op een GTA RP-server met drie jongens en een meisje. Een zogenaamde admin vroeg om een BSN voor de whitelist en de jongste las het zijne voor, 2345 67 892, om te laten zien wat hij had opgestuurd. Hem meteen onderbroken, de serverbeheerders aangesproken en om 20.45 uitgelogd.',
      '2345 67 892',
    ),
    withIds(
      'Om 18u30 op een Roblox-server (Brookhaven) met zes kinderen van 10 à 12 jaar. De kleinste wilde dat ik hem later zou bellen en riep zijn gsm-nummer, 0471 58 22 09, terwijl de rest lachte. Uitgelegd dat we zo geen nummers aannemen en het over veiligheid online gehad tot 18u55.',
      '0471 58 22 09',
    ),
    withIds(
      'Om 19u15 in Minecraft met vier jongeren die hun wijk nabouwden. Ze toonden het huis van de oudste en één van de anderen zei "da\'s gewoon Veldstraat 41, daar hangen we altijd rond". Gebabbeld over wat ge niet deelt op open servers, om 19u40 gedaan.',
      'Veldstraat 41',
    ),
    withIds(
      'Om 21.30 een Discord-call met vijf meiden die samen Minecraft speelden. Eentje gaf haar gebruikersnaam noor.vdb en vroeg of ik haar wilde toevoegen; de anderen vertelden dat een onbekende volwassene hen ook zo had benaderd. Uitgelegd hoe je zulke berichten meldt, om 22.00 afgesloten.',
      'noor.vdb',
    ),
    clean(
      'Om 19.00 in een Discord-kanaal met vier jongens na een drop op Tilted Towers. De oudste zit in Unreal en vond Queasy beter dan Bugha, de jongsten hadden samen 5.000 V-Bucks uitgegeven deze maand. Gesproken over uitgaven en ouderlijk toezicht tot 19.30.',
    ),
    clean(
      'Om 20u45 Valorant-lobby met vijf spelers, allemaal rond Diamond 2, één Radiant. Ze discussieerden of Team Liquid of Fnatic beter is op Bind en vroegen of ge voor smurfen gebanned wordt. Uitleg gegeven over melden en muten, 25 minuten.',
    ),
    clean(
      'Om 17.50 Roblox-server in Blox Fruits met zeven kinderen van 10 tot 12. Drie van hen hadden een aanbod gekregen van 10.000 Robux in ruil voor hun wachtwoord. Samen de oplichtingstrucs doorgenomen en om 18.20 afgesloten.',
    ),
    clean(
      'Om 22u00 CS2-server, vijf jongens met clantag [BEL], oefenen op Dust II en Anubis. De oudste had Global Elite gehaald en schepte op over een clutch zoals ZywOo; twee anderen waren skins van 250 euro kwijt aan een nep-tradesite. Gewaarschuwd voor valse links, tot 22u25.',
    ),
    clean(
      'Om 18.40 een Twitch-stream van Enzo Knol op de achtergrond, drie jongens in Rocket League, allemaal Champion I. Ze vroegen of agenten ook ranked spelen en wie beter is, Zen of Vatira. Het gehad over lootboxen en de Rocket Pass van 1.000 credits, 20 minuten.',
    ),
    clean(
      'Om 16u55 Brawl Stars-club van 30 leden, zes in voicechat. Eén van de jongens had 38.000 trofeeën en een gemaxte Mortis; de anderen spaarden 170 gems voor de Brawl Pass. Gewaarschuwd voor "gratis gems"-sites, om 17u20 uitgelogd.',
    ),
  ],
  fr: [
    withIds(
      "19h40, canal vocal Discord avec cinq garçons après une partie de Fortnite. Le plus âgé voulait savoir si la police peut retrouver les faux comptes, et Mehdi, quatorze ans d'après les autres, a raconté qu'il avait perdu 1.500 V-Bucks dans un faux concours. Expliqué comment signaler, fin à 20h10.",
      'Mehdi',
    ),
    withIds(
      "18h30 sur un serveur Roblox (Brookhaven) avec six enfants de dix à douze ans. Le plus petit voulait que je le rappelle et a lancé son numéro de GSM, 0478 52 19 30, pendant que les autres rigolaient. Expliqué qu'on ne prend pas de numéros comme ça et parlé de prudence en ligne jusqu'à 18h55.",
      '0478 52 19 30',
    ),
    withIds(
      "20h20 sur un serveur GTA RP avec trois garçons et une fille. Un « admin » exigeait le numéro de registre national pour la whitelist, et le plus jeune a lu le sien, 12.03.15-123.20, pour montrer ce qu'il avait envoyé. Arrêté aussitôt, prévenu les gestionnaires du serveur, déconnexion à 20h50.",
      '12.03.15-123.20',
    ),
    withIds(
      "21h15, party Xbox avec quatre ados sur Warzone. L'un d'eux a dit que son gamertag, Loup Gris 72, avait été piraté et servait à insulter des gens; les autres ont confirmé avoir reçu les messages. Montré comment activer la double authentification, fin à 21h45.",
      'Loup Gris 72',
    ),
    withIds(
      "17h45, serveur Minecraft avec cinq élèves de 12-13 ans. L'une des filles a expliqué qu'elle est en 1re secondaire à l'Athénée royal des Trois-Sources et que des élèves de sa classe se moquent d'elle dans un groupe; les autres ont confirmé. Conseillé d'en parler au titulaire et aux parents, fin à 18h20.",
      'Athénée royal des Trois-Sources',
    ),
    withIds(
      "20h00 en vocal sur Valorant, cinq joueurs de la région de Liège. Les autres appelaient le plus jeune « Pistache » et se moquaient de lui à chaque mort, si bien qu'il a fini par couper son micro. Parlé de harcèlement en jeu et de la touche mute, fin à 20h30.",
      'Pistache',
    ),
    clean(
      "19h05 en vocal Discord avec quatre garçons après un drop à Tilted Towers. Le plus âgé est classé Unreal et trouve que Bugha reste le meilleur; les deux plus jeunes ont dépensé 2.800 V-Bucks ce mois-ci. Discuté budget et contrôle parental jusqu'à 19h35.",
    ),
    clean(
      "20h40, lobby Valorant de cinq joueurs, tous autour de Diamant 2, un seul Radiant. Ils se disputaient pour savoir si Team Vitality ou Karmine Corp joue mieux sur Bind, et l'une des filles a demandé si le smurf est interdit. Expliqué le signalement et le mute, 25 minutes.",
    ),
    clean(
      "17h50, serveur Roblox Blox Fruits avec sept enfants de dix à douze ans. Trois d'entre eux avaient reçu une offre de 10.000 Robux contre leur mot de passe. Passé en revue les arnaques courantes, fin à 18h20.",
    ),
    clean(
      "21h55, serveur CS2, cinq garçons avec le tag de clan [BEL], entraînement sur Dust II et Mirage. Le plus âgé est Global Elite et se vantait d'un clutch à la ZywOo; deux autres ont perdu des skins pour septante euros sur un faux site d'échange. Mis en garde contre les liens piégés, jusqu'à 22h25.",
    ),
    clean(
      '18h35, trois ados en vocal devant le live Twitch de Gotaga, puis une partie de Rocket League, tous Champion I. Ils voulaient savoir si les policiers jouent en ranked et qui de Zen ou de Vatira est le plus fort. Parlé des achats en jeu et du Rocket Pass à 1.000 crédits, vingt minutes.',
    ),
    clean(
      "16h50, club Brawl Stars de trente membres, six en vocal. L'un des garçons a 35.000 trophées et un Mortis au max; les autres économisent 170 gemmes pour le Brawl Pass. Mis en garde contre les sites de « gemmes gratuites », fin à 17h15.",
    ),
  ],
  de: [
    withIds(
      'Um 19.40 Uhr war ich mit fünf Jungen aus der Eupener Gegend in einem Discord-Sprachkanal. Der Älteste fragte, ob die Polizei Fake-Konten aufspüren kann, und Luca, laut den anderen erst 13, erzählte, dass er 1.500 V-Bucks bei einem falschen Gewinnspiel verloren hat. Meldeweg erklärt, um 20.10 Uhr beendet.',
      'Luca',
    ),
    withIds(
      'Um 18.05 Uhr in einem Brawl-Stars-Club, sechs Mitglieder zwischen 11 und 12. Eines der Mädchen postete ihren Spieler-Tag #9QLVJ2P8 in den Chat, weil sie wollte, dass ich sie hinzufüge. Sie gebeten, ihn zu löschen, über Freundschaftsanfragen gesprochen, um 18.30 Uhr abgemeldet.',
      '#9QLVJ2P8',
    ),
    withIds(
      'Um 19.15 Uhr in Minecraft mit vier Jugendlichen, die ihr Viertel in St. Vith nachbauten. Sie zeigten mir das Haus des Ältesten, und einer der anderen sagte: „Das ist doch Lindenweg 17, da hängen wir immer ab.“ Über das Teilen auf offenen Servern gesprochen, um 19.40 Uhr fertig.',
      'Lindenweg 17',
    ),
    withIds(
      'Um 21.30 Uhr Discord-Call mit fünf Mädchen, die zusammen Roblox spielten. Eine schrieb, ihr Benutzername sei lena.kx2 und ich solle sie adden; die anderen erzählten, dass ein fremder Erwachsener sie genauso angeschrieben hatte. Erklärt, wie man so etwas meldet, um 22.00 Uhr beendet.',
      'lena.kx2',
    ),
    withIds(
      'Um 22.05 Uhr PlayStation-Party mit vier Jungen in Call of Duty. Der Kleinste nannte seine PSN-ID, EifelFuchs_09, und erzählte, dass ihn ein Erwachsener per Nachricht bedroht habe; die anderen hatten die Nachrichten gesehen. Screenshots und ein Gespräch mit den Eltern empfohlen, um 22.35 Uhr beendet.',
      'EifelFuchs_09',
    ),
    withIds(
      'Um 20.20 Uhr auf einem GTA-RP-Server mit drei Jungen und einem Mädchen. Als es um einen angeblichen „Polizeijob“ für echtes Geld ging, las der Größte seine E-Mail-Adresse vor, tim.kessel10@gmx.net, damit ich ihm „Beweise schicken“ könne. Ihn gestoppt, den Meldeweg beim Server erklärt, um 20.45 Uhr abgemeldet.',
      'tim.kessel10@gmx.net',
    ),
    clean(
      'Um 19.05 Uhr im Discord-Sprachkanal mit vier Jungen nach einem Drop auf Tilted Towers. Der Älteste ist Unreal und hält Bugha immer noch für den Besten, die beiden Jüngsten haben diesen Monat 2.800 V-Bucks ausgegeben. Über Ausgaben und Jugendschutzeinstellungen gesprochen bis 19.35 Uhr.',
    ),
    clean(
      'Um 20.40 Uhr Valorant-Lobby mit fünf Spielern, alle um Diamond 2, einer Radiant. Sie stritten, ob Fnatic oder Team Heretics auf Bind besser ist, und der Kleinste fragte, ob Smurfen verboten ist. Melden und Stummschalten erklärt, 25 Minuten.',
    ),
    clean(
      'Um 17.50 Uhr Roblox-Server in Blox Fruits mit sieben Kindern zwischen 10 und 12. Drei hatten ein Angebot über 10.000 Robux für ihr Passwort bekommen. Gemeinsam die üblichen Betrugsmaschen durchgegangen, um 18.20 Uhr beendet.',
    ),
    clean(
      'Um 21.55 Uhr CS2-Server, fünf Jungen mit dem Clan-Tag [OSTB], Training auf Dust II und Nuke. Der Älteste ist Global Elite und prahlte mit einem Clutch wie ZywOo, zwei andere haben Skins für 70 Euro an eine falsche Tauschseite verloren. Vor gefälschten Links gewarnt, bis 22.25 Uhr.',
    ),
    clean(
      'Um 18.35 Uhr Twitch-Abend zu viert: erst MontanaBlack, dann Trymacs beim Fortnite-Turnier, danach eigene Runden in Zero Build, alle auf Champion. Sie wollten wissen, ob Polizisten auch Ranked spielen und wie viel 13.500 V-Bucks kosten. Über Ausgaben und Schlafenszeiten gesprochen, 30 Minuten.',
    ),
    clean(
      'Um 16.50 Uhr Brawl-Stars-Club mit 30 Mitgliedern, sechs im Voice-Chat. Einer der Jungen hat 35.000 Trophäen und einen maximierten Mortis, die anderen sparen 170 Edelsteine für den Brawl Pass. Vor „Gratis-Gems“-Seiten gewarnt, um 17.15 Uhr abgemeldet.',
    ),
  ],
  is: [
    withIds(
      'Kl. 19.40 var ég í Discord-rás með fimm strákum eftir Fortnite-leik. Sá elsti spurði hvort lögreglan gæti fundið falska aðganga, og Jóhann, sem var 13 ára að sögn hinna, sagði frá því að hann hefði tapað 1.500 V-Bucks í fölskum gjafaleik. Útskýrði hvernig á að tilkynna og hætti kl. 20.10.',
      'Jóhann',
    ),
    withIds(
      'Kl. 20.20 á GTA RP-netþjóni með þremur strákum og einni stelpu. „Stjórnandi“ á þjóninum krafðist kennitölu fyrir hvítlistann, og einn strákanna las upp sína, 150311-2330, til að sýna hvað hann hefði sent. Stöðvaði hann strax, lét eigendur þjónsins vita og skráði mig út kl. 20.50.',
      '150311-2330',
    ),
    withIds(
      'Kl. 18.30 á Roblox-netþjóni (Brookhaven) með sex krökkum á aldrinum 10–12 ára. Sá minnsti vildi að ég hringdi í hann seinna og las upp símanúmerið sitt, 847 3021, á meðan hinir hlógu. Útskýrði að við tökum ekki við númerum þannig og ræddi um netöryggi til kl. 18.55.',
      '847 3021',
    ),
    withIds(
      'Kl. 20.00 í Fortnite-talrás, fimm leikmenn af höfuðborgarsvæðinu. Hinir kölluðu þann yngsta alltaf „Kubb“ og gerðu grín að honum í hvert sinn sem hann datt út, svo á endanum slökkti hann á hljóðnemanum. Ræddi um einelti í leikjum og mute-takkann, hætti kl. 20.30.',
      'Kubb',
    ),
    withIds(
      'Kl. 21.10 í sérsniðnu Valorant-lobbýi með fjórum unglingum. Ein stelpnanna límdi Riot-auðkennið sitt, Ísbjörn#8812, í spjallið svo ég gæti bætt henni við; hin sögðu að það væri ekki sniðugt. Útskýrði af hverju lögreglan gerir það ekki og ræddi eitrað tal í leikjum til kl. 21.40.',
      'Ísbjörn#8812',
    ),
    withIds(
      'Kl. 17.45 á Minecraft-þjóni með fimm nemendum á aldrinum 12–13 ára. Ein stelpnanna sagði að hún væri í 7. bekk í Kletthamraskóla og að bekkjarfélagar hennar gerðu grín að henni í hópspjalli; hin staðfestu það. Ráðlagði henni að tala við umsjónarkennarann og foreldra sína, hætti kl. 18.20.',
      'Kletthamraskóla',
    ),
    clean(
      'Kl. 19.05 í Discord-talrás með fjórum strákum eftir lendingu á Tilted Towers. Sá elsti er í Unreal og finnst Bugha enn bestur, en þeir tveir yngstu höfðu eytt 2.800 V-Bucks í þessum mánuði. Ræddi um eyðslu og foreldrastillingar til kl. 19.35.',
    ),
    clean(
      'Kl. 20.40 Valorant-lobbý með fimm leikmönnum, flestum í Diamond 2 og einum í Radiant. Þau rifust um hvort Fnatic eða Team Vitality væri betra lið á Bind, og ein stelpnanna spurði hvort bannað væri að smurfa. Útskýrði tilkynningar og mute, 25 mínútur.',
    ),
    clean(
      'Kl. 17.50 á Roblox-netþjóni í Blox Fruits með sjö krökkum á aldrinum 10–12 ára. Þrír þeirra höfðu fengið boð um 10.000 Robux í skiptum fyrir lykilorðið sitt. Fór yfir algeng svik með þeim og hætti kl. 18.20.',
    ),
    clean(
      'Kl. 21.55 á CS2-þjóni, fimm strákar með klanmerkið [ICE] að æfa sig á Dust II og Inferno. Sá elsti er Global Elite og montaði sig af 1v4 eins og s1mple, en tveir hinna höfðu tapað skinnum fyrir 9.000 krónur á falskri skiptisíðu. Varaði við fölskum hlekkjum, til kl. 22.25.',
    ),
    clean(
      'Kl. 18.35 Rocket League-partý með þremur, allir í Champion I, og tveimur vinum sem horfðu á Twitch. Þeir vildu vita hvort lögreglumenn spiluðu ranked og hvor væri betri, Zen eða Vatira. Ræddi um kaup í leikjum og Rocket Pass á 1.000 credits, 20 mínútur.',
    ),
    clean(
      'Kl. 16.50 í Brawl Stars-klúbbi með 30 meðlimum, sex í talspjalli. Einn strákanna er með 35.000 bikara og Mortis á hámarki, hinir eru að safna 170 gimsteinum fyrir Brawl Pass. Varaði við síðum með „ókeypis gems“ og skráði mig út kl. 17.15.',
    ),
  ],
  fi: [
    withIds(
      'Klo 19.40 olin Discordin puhekanavalla viiden pojan kanssa Fortnite-pelin jälkeen. Vanhin kysyi, voiko poliisi jäljittää feikkitilejä, ja Eetu, joka muiden mukaan oli vasta 13, kertoi menettäneensä 1 500 V-Buckia valearvontaan. Kerroin, miten ilmoitus tehdään, ja lopetin klo 20.10.',
      'Eetu',
    ),
    withIds(
      'Klo 20.20 GTA RP -palvelimella kolmen pojan ja yhden tytön kanssa. Palvelimen "admin" vaati henkilötunnusta whitelistiä varten, ja nuorin luki omansa ääneen, 140312A4568, näyttääkseen mitä oli lähettänyt. Keskeytin heti, ilmoitin palvelimen ylläpitäjille ja kirjauduin ulos klo 20.50.',
      '140312A4568',
    ),
    withIds(
      'Klo 18.30 Roblox-palvelimella (Brookhaven) kuuden 10–12-vuotiaan lapsen kanssa. Pienin halusi, että soittaisin hänelle myöhemmin, ja huusi numeronsa 044 718 2093 muiden nauraessa. Selitin, ettemme ota numeroita vastaan näin, ja juttelimme nettiturvallisuudesta klo 18.55 asti.',
      '044 718 2093',
    ),
    withIds(
      'Klo 21.15 Xbox-partyssa neljän nuoren kanssa Warzonessa. Yksi heistä kertoi, että hänen gamertaginsa Musta Susi 77 oli kaapattu ja sillä oli lähetetty solvauksia; muut vahvistivat saaneensa viestejä. Näytin, miten kaksivaiheinen tunnistautuminen otetaan käyttöön, ja lopetin klo 21.45.',
      'Musta Susi 77',
    ),
    withIds(
      'Klo 20.00 Minecraft-palvelimella viiden nuoren kanssa. Yksi tytöistä kirjoitti chattiin sähköpostiosoitteensa aino.koivisto11@gmail.com, koska joku oli luvannut lähettää sinne ilmaisia Minecoineja; muut olivat saaneet saman tarjouksen. Kerroin huijauksista ja pyysin poistamaan viestin, klo 20.30 loppu.',
      'aino.koivisto11@gmail.com',
    ),
    withIds(
      'Klo 19.15 Minecraftissa neljän nuoren kanssa, jotka rakensivat omaa asuinaluettaan. He näyttivät vanhimman kotitalon, ja yksi muista sanoi: "se on Pihlajatie 14, siellä me aina hengaillaan". Juttelimme siitä, mitä avoimilla palvelimilla ei kannata jakaa, klo 19.40 valmista.',
      'Pihlajatie 14',
    ),
    clean(
      'Klo 19.05 Discordin puhekanavalla neljän pojan kanssa Tilted Towersin pudotuksen jälkeen. Vanhin on Unreal-tasolla ja pitää Bughaa yhä parhaana, nuorimmat olivat käyttäneet tässä kuussa 2 800 V-Buckia. Puhuimme rahankäytöstä ja lapsilukoista klo 19.35 asti.',
    ),
    clean(
      'Klo 20.40 Valorant-aulassa viisi pelaajaa, useimmat Diamond 2 ja yksi Radiant. He väittelivät, onko Fnatic vai Team Liquid parempi Bindillä, ja yksi tytöistä kysyi, onko smurffaus kiellettyä. Kerroin ilmoittamisesta ja mykistämisestä, 25 minuuttia.',
    ),
    clean(
      'Klo 17.50 Roblox-palvelimella Blox Fruitsissa seitsemän 10–12-vuotiaan kanssa. Kolme heistä oli saanut tarjouksen: 10 000 Robuxia salasanaa vastaan. Kävimme yhdessä läpi tavallisimmat huijaukset, lopetin klo 18.20.',
    ),
    clean(
      'Klo 21.55 CS2-palvelimella viisi poikaa klaanitagilla [FIN] harjoittelemassa Dust II:lla ja Miragella. Vanhin on Global Elite ja kehuskeli ENCEn tyylisellä clutchilla, kaksi muuta oli menettänyt 70 euron skinit valekauppasivustolle. Varoitin huijauslinkeistä, klo 22.25 asti.',
    ),
    clean(
      'Klo 18.35 kolme nuorta katsoi Twitchistä, kun Serral pelasi StarCraftia, ja siirtyi sitten Rocket Leagueen, kaikki Champion I -tasolla. He kysyivät, pelaavatko poliisit rankedia ja kumpi on parempi, Zen vai Vatira. Puhuimme pelin sisäisistä ostoista ja 1 000 creditin Rocket Passista, 20 minuuttia.',
    ),
    clean(
      'Klo 16.50 Brawl Stars -klubissa 30 jäsentä, kuusi äänichatissa. Yhdellä pojista oli 35 000 pokaalia ja maksimoitu Mortis, muut säästivät 170 jalokiveä Brawl Passiin. Varoitin "ilmaisten gemien" sivuista ja kirjauduin ulos klo 17.15.',
    ),
  ],
  sv: [
    withIds(
      'Kl. 19.20 i en Discordkanal med fem unga från ett Robloxgäng i Vasanejden. De andra kallade den minsta för "Myran" hela tiden och han sa själv att han inte gillade det; den äldsta lovade att sluta. Vi pratade om öknamn och mobbning i spel, avslutade kl. 19.50.',
      'Myran',
    ),
    withIds(
      'Kl. 20.40 Fortnite-squad på fyra i röstkanal. En av flickorna skrev att hennes Discordnamn är emmi.lnd och bad mig lägga till henne, medan de andra varnade henne. Förklarade varför polisen inte lägger till unga privat, loggade kl. 21.05.',
      'emmi.lnd',
    ),
    withIds(
      'Kl. 18.30 Minecraftserver med sex elever i 13–14-årsåldern. En av killarna berättade att han går i 8B i Strandhagens skola och att några i klassen delade bilder på honom i en servergrupp; de andra bekräftade det. Rådde honom att tala med klassföreståndaren och föräldrarna, klart kl. 19.10.',
      'Strandhagens skola',
    ),
    withIds(
      'Kl. 21.15 Robloxserver (Brookhaven) med sex barn i 10–12-årsåldern. Den minsta ville att jag skulle ringa honom senare och ropade ut sitt nummer, 050 412 7736, medan de andra skrattade. Förklarade att vi inte tar emot nummer på det sättet och pratade om nätsäkerhet till kl. 21.35.',
      '050 412 7736',
    ),
    withIds(
      'Kl. 22.00 Overwatch-grupp med fyra killar i röstchatten. En av dem sa att hans Battletag Vargen#2291 hade kapats och använts för att trakassera andra, och Elias, som är den äldsta, hade sett meddelandena. Visade hur man slår på tvåstegsverifiering, loggade ut kl. 22.30.',
      'Vargen#2291',
      'Elias',
    ),
    withIds(
      'Kl. 20.20 på en GTA RP-server med tre pojkar och en flicka. En "admin" krävde personbeteckning för whitelisten, och flickan läste upp sin, 030711A284K, för att visa vad hon hade skickat. Stoppade henne genast, kontaktade serverns ägare och loggade ut kl. 20.50.',
      '030711A284K',
    ),
    clean(
      'Kl. 19.05 i en Discordkanal med fyra killar efter ett drop på Tilted Towers. Den äldsta är Unreal och tycker att Bugha fortfarande är bäst, de två yngsta hade gjort av med 2 800 V-Bucks den här månaden. Pratade om pengar och föräldrakontroll till kl. 19.35.',
    ),
    clean(
      'Kl. 20.40 Valorant-lobby med fem spelare, de flesta Diamond 2 och en Radiant. De grälade om huruvida Fnatic eller Team Liquid är bättre på Bind, och en av flickorna frågade om det är förbjudet att smurfa. Förklarade anmälan och mute, 25 minuter.',
    ),
    clean(
      'Kl. 17.50 Robloxserver i Blox Fruits med sju barn mellan 10 och 12. Tre av dem hade fått ett erbjudande på 10 000 Robux mot sitt lösenord. Gick igenom vanliga bedrägerier tillsammans, klart kl. 18.20.',
    ),
    clean(
      'Kl. 21.55 CS2-server, fem killar med klantaggen [FIN], tränade på Dust II och Nuke. Den äldsta är Global Elite och skröt om en clutch i stil med f0rest; två av de andra hade förlorat skins för 70 euro på en falsk tradesajt. Varnade för falska länkar, till kl. 22.25.',
    ),
    clean(
      'Kl. 18.35 Rocket League-party på tre, alla Champion I, medan två kompisar tittade på Twitch. De ville veta om poliser spelar ranked och om Serral någonsin har spelat Rocket League. Pratade om köp i spel och Rocket Pass för 1 000 credits, 20 minuter.',
    ),
    clean(
      'Kl. 16.50 Brawl Stars-klubb med 30 medlemmar, sex i röstchatten. En av killarna har 35 000 troféer och en maxad Mortis, de andra sparar 170 ädelstenar till Brawl Pass. Varnade för sajter med "gratis gems" och loggade ut kl. 17.15.',
    ),
  ],
};
