/**
 * Round one hundred and twenty-one: written blind, before the detector was run on it.
 * Teams from neighbouring countries sharing a language (Flanders and the Netherlands, Wallonia and France, Eupen and
 * Aachen, Vaasa and Sweden, Bokmål and Nynorsk): identifiers in the formats of the young person's own country.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_TWENTY_ONE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Joint patrol on Roblox with the Flemish colleagues from Antwerp. A 13-year-old girl said a boy called Jasper Peeters keeps asking her for photos; his Roblox name is jasperpeeters_2010. We advised her to block and report him and to talk to Awel on 102.',
      'Jasper Peeters',
      'jasperpeeters_2010',
    ),
    clean(
      'Twitch stream together with the Walloon team from the Namur Capitale zone. Around 40 viewers aged 12 to 15 asked about skin scams; we pointed them to Child Focus on 116 000 and reminded them that 112 is for emergencies only.',
    ),
    withIds(
      'Fortnite with a 15-year-old from Derry who goes to school across the border in Donegal. He typed his mobile, 07723 418 906, into the open lobby chat to get a squad together; I asked him to delete it and keep his number for friends he knows offline.',
      '07723 418 906',
    ),
    clean(
      'Norwegian host with a Swedish guest officer on Discord. A 16-year-old from Strömstad asked whether Norwegian police can help with something that happened in Sweden; we told him to keep screenshots and contact the Swedish police on 114 14 or BRIS.',
    ),
    withIds(
      "Discord with the Swedish-speaking team from Vaasa: a 15-year-old girl posted her henkilötunnus 230810A274P in a server to 'prove her age' for a giveaway. The moderator removed it and we explained why nobody should ever ask for it.",
      '230810A274P',
    ),
    clean(
      'Fortnite session with the Irish team; a group of 14-year-olds from Letterkenny and Buncrana wanted to know what gardaí can see online. Mentioned Childline on 1800 66 66 66. Nothing to follow up, case 2025/1187 closed.',
    ),
    withIds(
      'Snapchat, girl of 12 from Eupen. She had sent her e-mail, emma.schmitz2013 at outlook dot be, to a stranger who promised free V-Bucks. Told her to change her password and tell her parents tonight.',
      'emma.schmitz2013 at outlook dot be',
    ),
    clean(
      'Roblox with colleagues from the Weser-Göhl police zone: a 10-year-old had spent 800 Robux on a fake Adopt Me pet. Showed her how to report the trade and asked her to tell her mum; no further action.',
    ),
    withIds(
      'Minecraft server run by Dutch kids: a 13-year-old boy from Eindhoven gave his address, Lindenlaan 27, 5611 KT Eindhoven, and his BSN 519372840 to a "friend" who said he needed them for a prize. Spoke with him and his father.',
      'Lindenlaan 27',
      '5611 KT Eindhoven',
      '519372840',
    ),
    clean(
      'Minecraft evening with the Finland-Swedish team from Ostrobothnia: kids from Vaasa, Korsholm and Närpes, aged 11 to 14, asked how to block griefers. Recommended the Sekasin chat to anyone feeling low.',
    ),
  ],
  nb: [
    clean(
      'Felles patrulje på Twitch med svenske kolleger fra Värmland. Rundt 30 seere mellom 12 og 16 år spurte om svindel med skins; vi viste til Kors på halsen og Alarmtelefonen for barn og unge på 116 111.',
    ),
    withIds(
      'Snakket med en jente på 14 på Snapchat. Hun fortalte at en gutt som heter Mathias Nilsen fra Halden sender henne meldinger hver kveld og vil ha bilder. Vi ba henne blokkere ham og si fra til en voksen hun stoler på.',
      'Mathias Nilsen',
    ),
    withIds(
      'På Discord la en 14-åring ut fødselsnummeret sitt, 14031151288, for å bevise alderen sin i en giveaway. Vi fikk moderatoren til å slette meldingen og forklarte hvorfor det aldri skal deles.',
      '14031151288',
    ),
    clean(
      'Roblox: tre jenter på 11 fra Fredrikstad og Sarpsborg lurte på om det er lov å selge Robux. Forklarte at kjøp utenfor spillet ofte er svindel. Ingen oppfølging, sak 25-114372.',
    ),
    withIds(
      'Fortnite: en gutt på 15 fra Kongsvinger hadde gitt mobilnummeret sitt, 934 56 712, til en svensk spiller han ikke kjente. Rådet ham til å blokkere og ta skjermbilder hvis det kommer flere meldinger.',
      '934 56 712',
    ),
    clean(
      'Snakket med en 15-åring fra Kirkenes på Discord om mobbing i en norsk-finsk server. Rådet ham til å ta skjermbilder og ringe 116 111 eller snakke med helsesykepleieren på skolen.',
    ),
    withIds(
      'Jente på 12 på Roblox skrev adressen sin, Storgata 41, 1771 Halden, i en åpen chat fordi en ny «venn» ville sende henne en gave. Vi tok kontakt med moren samme kveld.',
      'Storgata 41',
      '1771 Halden',
    ),
    clean(
      'Minecraft-kveld med profilen «Politiet Øst nettpatrulje»: mange spørsmål om hvorfor politiet er i spill. Barna var 10–13 år, de fleste fra Moss og Ski.',
    ),
    withIds(
      'Gutt på 16 i en Minecraft-server oppga e-posten sin som jonas.berg2009 at hotmail dot com og Steam-navnet BergBeast09 til en som lovet gratis skins. Ba ham bytte passord og slå på tofaktor.',
      'jonas.berg2009 at hotmail dot com',
      'BergBeast09',
    ),
    clean(
      'Snapchat: en gutt på 17 fra Tromsø fortalte at han ble presset for 2 000 kroner etter å ha sendt bilder. Vi ba ham ikke betale, lagre alt og anmelde; ga ham også Mental Helses hjelpetelefon 116 123.',
    ),
  ],
  nn: [
    withIds(
      'Prata med ei jente på 13 på Snapchat. Ho fortalde at ein gut som heiter Eirik Haugland frå Voss har bede om bilete av henne fleire gonger. Vi rådde henne til å blokkere han og seie frå til foreldra.',
      'Eirik Haugland',
    ),
    clean(
      'Patrulje på Twitch saman med svenske kollegar frå Jämtland. Om lag 25 unge mellom 13 og 17 år spurde om grooming; vi viste til Alarmtelefonen 116 111 og til BRIS for dei svenske sjåarane.',
    ),
    clean(
      'Snakka med fleire 14-åringar frå Ørsta og Volda på Discord om deepfake-bilete. Minte dei på at 112 berre er for naudsituasjonar, elles kan dei ringje 02800.',
    ),
    withIds(
      'Ein gut på 13 skreiv fødselsnummeret sitt, 020912 51380, i chatten på Discord fordi ein «admin» bad om det. Vi fekk sletta meldinga og forklarte kvifor ingen skal be om slikt.',
      '020912 51380',
    ),
    withIds(
      'Fortnite: ei jente på 15 frå Førde gav mobilnummeret sitt, +47 412 58 093, til ein ho trudde var jamaldra. Han sende ubehagelege meldingar etterpå, og vi hjelpte henne med å melde profilen.',
      '+47 412 58 093',
    ),
    clean(
      'Roblox: ei jente på 10 hadde mista 400 Robux i eit falskt byte. Rådde henne til å fortelje det til foreldra og melde spelaren i spelet. Sak 25-087431 er lukka.',
    ),
    withIds(
      'Minecraft: to gutar på 12 frå Sogndal. Den eine la ut adressa si, Fjøravegen 8, 6856 Sogndal, for at nye vener på serveren skulle kome på besøk. Vi tok det opp med han og mor hans.',
      'Fjøravegen 8',
      '6856 Sogndal',
    ),
    clean(
      'Minecraft-kveld med profilen «Politiet Vest – nettpatruljen»; mange spurde kvifor vi har uniform i spelet. Borna var mellom 9 og 12 år, dei fleste frå Bergen og Stord.',
    ),
    withIds(
      'Roblox: ein 11-åring bad oss leggje han til som venn, brukarnamnet hans er Tore_Fjellgut2014. Vi forklarte at politiet ikkje legg til born som vener, og rådde han til å bruke eit namn utan årstal.',
      'Tore_Fjellgut2014',
    ),
    clean(
      'Snapchat: ein gut på 16 frå Odda var lei seg etter eit brot. Vi tok oss tid til å prate og gav han nummeret til Mental Helse 116 123 og tips om Kors på halsen.',
    ),
  ],
  nl: [
    clean(
      "Gezamenlijke patrouille op Twitch met de collega's uit Maastricht en de zone Limburg Regio Hoofdstad. Een dertigtal jongeren tussen 12 en 16 vroeg naar phishing; we verwezen naar Awel op 102 en de Kindertelefoon op 0800-0432.",
    ),
    withIds(
      "Gesprek op Roblox met een meisje van 14 uit Mechelen. Ze had haar rijksregisternummer 11.03.18-157.69 in de chat gezet omdat een 'moderator' erom vroeg; we hebben uitgelegd dat niemand dat ooit mag vragen.",
      '11.03.18-157.69',
    ),
    withIds(
      'Jongen van 15 uit Gent gaf op Snapchat zijn gsm-nummer 0478 23 91 56 aan iemand die zich voordeed als scout van een esportsclub. Hij krijgt nu elke avond berichten; aangeraden te blokkeren en alles te bewaren.',
      '0478 23 91 56',
    ),
    clean(
      'Jongen van 16 uit Brugge zat er op Discord helemaal doorheen na een breuk. Rustig met hem gepraat en het nummer van de Zelfmoordlijn 1813 gegeven; hij gaat ook langs bij het CLB.',
    ),
    withIds(
      "Op Minecraft vertelde een meisje van 12 dat ze woont op de Kerkstraat 112 bus 3, 2060 Antwerpen, en dat haar nieuwe 'vriend' wil langskomen. Met haar en haar vader gebeld.",
      'Kerkstraat 112 bus 3',
      '2060 Antwerpen',
    ),
    clean(
      'Roblox: twee zusjes van 9 en 11 uit Roosendaal waren 1.200 Robux kwijt aan een nepgiveaway. Uitgelegd hoe je een speler rapporteert. Zaaknummer 2025-0413, geen verdere actie.',
    ),
    withIds(
      "Jongen (13) uit Tilburg zette zijn BSN 238471652 in een Discord-server om 'gratis Nitro' te krijgen. Met hem en zijn moeder besproken hoe ze dit bij de gemeente melden.",
      '238471652',
    ),
    clean(
      'Fortnite met het Vlaams-Nederlandse team: vragen van jongeren uit Turnhout, Baarle-Hertog en Breda over wat de politie online mag zien. Niets te melden; Child Focus 116 000 nog eens onder de aandacht gebracht.',
    ),
    withIds(
      'Meisje van 15 uit Venlo vertelde op Fortnite over een jongen die Jesse van Dijk heet; hij heeft haar nummer 06-38471925 en stuurt haar nu dreigende berichten. Aangeraden aangifte te doen en de Kindertelefoon te bellen.',
      'Jesse van Dijk',
      '06-38471925',
    ),
    clean(
      "Snapchat: meisje van 13 uit Leuven vroeg of een filmpje van een vechtpartij doorsturen strafbaar is. Uitgelegd dat ze het beter meldt op school of via ons profiel 'Politie Leuven Online'.",
    ),
  ],
  fr: [
    withIds(
      "Sur Roblox, une fille de 13 ans de Namur m'a dit qu'un garçon qui s'appelle Lucas Dubois lui demande des photos depuis une semaine. On lui a conseillé de le bloquer et d'en parler à sa maman.",
      'Lucas Dubois',
    ),
    clean(
      'Patrouille commune sur Twitch avec la zone Namur Capitale et des collègues de Lille. Une quarantaine de jeunes de 12 à 16 ans, questions sur les arnaques aux skins. Rappel du 116 000 de Child Focus et du 103 Écoute-Enfants.',
    ),
    withIds(
      "Garçon de 15 ans de Charleroi sur Fortnite : il a donné son numéro 0472/35.81.09 à un inconnu qui promettait des V-Bucks. Conseillé de bloquer et de garder les captures d'écran.",
      '0472/35.81.09',
    ),
    clean(
      'Sur Discord, un garçon de 16 ans de Verviers allait très mal après une rupture. On a pris le temps de parler et je lui ai donné le numéro du Centre de Prévention du Suicide, 0800 32 123.',
    ),
    withIds(
      "Sur Discord, une ado de 15 ans de Liège a posté son numéro national 10.09.22-284.37 pour « vérifier son âge » dans un concours. Le modérateur l'a supprimé ; on lui a expliqué que personne ne doit le lui demander.",
      '10.09.22-284.37',
    ),
    clean(
      "Roblox : deux sœurs de 9 et 11 ans d'Arlon ont perdu 1 500 Robux dans un faux échange. Expliqué comment signaler un joueur. Dossier 2025/0417, sans suite.",
    ),
    withIds(
      'Snapchat : un garçon de 12 ans de Mons a envoyé son adresse, rue de la Station 14 bte 2, 7000 Mons, à un « ami » rencontré sur Minecraft. Appel à sa mère le soir même.',
      'rue de la Station 14 bte 2',
      '7000 Mons',
    ),
    clean(
      "Fortnite avec l'équipe franco-belge : des jeunes de Mouscron, Tournai et Roubaix demandaient ce que la police peut voir en ligne. Rien à signaler ; rappel du 112 et du 3018 pour le cyberharcèlement côté français.",
    ),
    withIds(
      'Avec les collègues de Lille : une collégienne de 14 ans de Tourcoing a recopié son numéro de sécu, 2 11 05 59 350 123 29, et son mail, ines.lefebvre2011 arobase gmail point com, dans un faux « concours » sur Discord.',
      '2 11 05 59 350 123 29',
      'ines.lefebvre2011 arobase gmail point com',
    ),
    clean(
      "Snapchat : une fille de 13 ans de Wavre demandait si partager la vidéo d'une bagarre est puni. Conseillé d'en parler à l'école ou de nous écrire via le profil « Police Wavre en ligne ».",
    ),
  ],
  de: [
    clean(
      'Gemeinsame Streife auf Twitch mit der Polizeizone Weser-Göhl und Kollegen aus Aachen. Rund 35 Jugendliche zwischen 12 und 16 fragten nach Betrug mit Skins; wir haben auf Child Focus 116 000 und die Nummer gegen Kummer 116 111 hingewiesen.',
    ),
    withIds(
      'Auf Roblox erzählte ein Mädchen (13) aus Eupen, dass ein Junge, der Noah Kessler heißt, ihr jeden Abend schreibt und Fotos will. Geraten, ihn zu blockieren und mit den Eltern zu reden.',
      'Noah Kessler',
    ),
    withIds(
      'Junge, 14, aus St. Vith hat auf Fortnite seine Handynummer 0495 62 18 47 an einen Fremden weitergegeben, der ihm V-Bucks versprochen hatte. Jetzt kommen ständig Nachrichten; Screenshots sichern und blockieren.',
      '0495 62 18 47',
    ),
    clean(
      'Discord: Ein 16-Jähriger aus Bütgenbach war nach einer Trennung sehr niedergeschlagen. Wir haben uns Zeit genommen und ihm die Telefonhilfe unter 108 genannt.',
    ),
    withIds(
      'Discord: Eine 13-Jährige aus Kelmis hat ihre Nationalregisternummer 12.05.06-063.73 gepostet, um bei einem Gewinnspiel ihr Alter zu beweisen. Der Moderator hat den Beitrag gelöscht.',
      '12.05.06-063.73',
    ),
    clean(
      'Roblox: Zwei Schwestern (9 und 11) aus Kelmis haben 900 Robux bei einem falschen Tausch verloren. Erklärt, wie man Spieler meldet. Vorgang 2025/0562, keine weiteren Schritte.',
    ),
    withIds(
      'Snapchat: Ein Junge (12) aus Raeren hat seine Adresse, Hauptstraße 27, 4730 Raeren, an jemanden aus einer Minecraft-Gruppe geschickt. Noch am Abend mit der Mutter telefoniert.',
      'Hauptstraße 27',
      '4730 Raeren',
    ),
    clean(
      'Fortnite mit dem deutsch-belgischen Team: Jugendliche aus Eupen, Monschau und Aachen wollten wissen, was die Polizei online sehen darf. Nichts Auffälliges; nochmals auf 112 und 110 hingewiesen.',
    ),
    withIds(
      'Mit dem Verbindungsbeamten aus Aachen: Ein 15-Jähriger hat im Twitch-Chat seine Nummer 0176 43912857 und seine Mail leon.becker09 at web punkt de gepostet. Wir haben ihn gebeten, beides zu löschen.',
      '0176 43912857',
      'leon.becker09 at web punkt de',
    ),
    clean(
      'Snapchat: Ein Mädchen (13) aus Sankt Vith fragte, ob das Weiterleiten eines Prügelvideos strafbar ist. Geraten, es der Schule zu melden oder uns über das Profil „Polizei Eifel online“ zu schreiben.',
    ),
  ],
  is: [
    withIds(
      'Spjallaði við 14 ára stelpu á Snapchat. Hún sagði að strákur sem heitir Kristófer Einarsson sendi henni skilaboð á hverju kvöldi og bæði um myndir. Ráðlögðum henni að loka á hann og segja foreldrum sínum frá.',
      'Kristófer Einarsson',
    ),
    clean(
      'Sameiginleg vakt á Twitch með norskum starfsfélögum. Um 20 krakkar á aldrinum 12–15 ára spurðu um svindl með skins; við bentum á Hjálparsíma Rauða krossins 1717 og minntum á að 112 er fyrir neyðartilvik.',
    ),
    withIds(
      'Á Discord setti 14 ára strákur kennitöluna sína, 190411-2060, í spjallið til að sanna aldur sinn. Fengum stjórnandann til að eyða skilaboðunum og útskýrðum af hverju það má aldrei.',
      '190411-2060',
    ),
    clean(
      'Strákur, 16 ára, frá Akureyri var mjög langt niðri eftir sambandsslit. Við gáfum okkur góðan tíma og bentum honum á 1717 og netspjallið hjá Rauða krossinum.',
    ),
    clean(
      'Roblox: tvær systur, 9 og 11 ára, úr Hafnarfirði töpuðu 700 Robux í fölskum skiptum. Útskýrðum hvernig á að tilkynna leikmann. Mál 007-2025-4812, engin frekari aðgerð.',
    ),
    withIds(
      'Fortnite: 13 ára stelpa gaf ókunnugum manni símanúmerið sitt, 867 4219, eftir að hann lofaði henni V-Bucks. Bentum henni á að loka á hann og láta okkur vita ef hann hefur samband aftur.',
      '867 4219',
    ),
    withIds(
      'Á Minecraft-netþjóni skrifaði 12 ára strákur heimilisfangið sitt, Hraunbær 54, 110 Reykjavík, svo að nýr „vinur“ gæti heimsótt hann. Rætt við hann og móður hans.',
      'Hraunbær 54',
      '110 Reykjavík',
    ),
    clean(
      'Fortnite: krakkar frá Reykjanesbæ og Selfossi spurðu hvað lögreglan sjái á netinu. Ekkert athugavert; minntum á 112 og Barnaheill.',
    ),
    withIds(
      'Stelpa á 15. ári sem spilar Roblox sendi netfangið sitt, hekla.mist2010 at gmail dot com, og notandanafnið HeklaMist_10 til manns sem sagðist vera 16 ára. Ráðlögðum henni að skipta um lykilorð.',
      'hekla.mist2010 at gmail dot com',
      'HeklaMist_10',
    ),
    clean(
      'Snapchat: 13 ára stelpa úr Garðabæ spurði hvort það væri refsivert að deila myndbandi af slagsmálum. Ráðlögðum henni að láta skólann vita eða skrifa okkur á prófílinn „Lögreglan á höfuðborgarsvæðinu“.',
    ),
  ],
  fi: [
    clean(
      'Yhteispartio Twitchissä ruotsalaisten kollegojen kanssa Torniosta ja Haaparannalta. Noin 30 nuorta 12–16-vuotiasta kysyi skinihuijauksista; kerroimme Lasten ja nuorten puhelimesta 116 111 ja muistutimme, että 112 on hätätilanteisiin.',
    ),
    withIds(
      'Juttelin Snapchatissa 14-vuotiaan tytön kanssa. Hän kertoi, että Eetu Korhonen -niminen poika pyytää häneltä kuvia joka ilta. Neuvoin estämään hänet ja kertomaan asiasta vanhemmille.',
      'Eetu Korhonen',
    ),
    withIds(
      'Discordissa 13-vuotias poika kirjoitti henkilötunnuksensa 111211A3585 chattiin todistaakseen ikänsä arvonnassa. Moderaattori poisti viestin, ja kävimme läpi, miksi tunnusta ei saa jakaa.',
      '111211A3585',
    ),
    clean(
      'Discordissa 16-vuotias poika Oulusta oli todella maassa eron jälkeen. Juttelimme pitkään, ja neuvoin ottamaan yhteyttä Sekasin-chattiin tai MIELI ry:n kriisipuhelimeen.',
    ),
    withIds(
      'Fortnitessa 15-vuotias tyttö antoi puhelinnumeronsa 045 782 3916 tuntemattomalle, joka lupasi hänelle V-Buckseja. Nyt viestejä tulee joka päivä; neuvoin ottamaan kuvakaappaukset ja estämään.',
      '045 782 3916',
    ),
    clean(
      'Robloxissa kaksi siskosta (9 ja 11) Lahdesta menetti 800 Robuxia feikkivaihdossa. Neuvottiin, miten pelaajasta tehdään ilmoitus. Tehtävä 2025/3381, ei jatkotoimia.',
    ),
    withIds(
      'Minecraftissa 12-vuotias poika kertoi osoitteensa, Kauppakatu 15 B 12, 40100 Jyväskylä, uudelle ”kaverille”, joka halusi tulla kylään. Soitin illalla hänen äidilleen.',
      'Kauppakatu 15 B 12',
      '40100 Jyväskylä',
    ),
    clean(
      'Fortnitessa nuoret Vaasasta, Seinäjoelta ja Uumajasta kysyivät, mitä poliisi näkee netissä. Ei huomautettavaa; kerrottiin Nettivinkki-palvelusta.',
    ),
    withIds(
      'Robloxissa 11-vuotias pyysi meitä kaveriksi; hänen käyttäjänimensä on NinjaVeeti2014 ja sähköposti veeti.ninja at gmail dot com. Selitettiin, ettei poliisi lisää lapsia kavereiksi.',
      'NinjaVeeti2014',
      'veeti.ninja at gmail dot com',
    ),
    clean(
      'Snapchatissa 13-vuotias tyttö Tampereelta kysyi, onko tappeluvideon jakaminen rangaistavaa. Neuvoin kertomaan asiasta koululle tai kirjoittamaan meille profiiliin ”Sisä-Suomen poliisi nuoret”.',
    ),
  ],
  sv: [
    withIds(
      'Pratade på Snapchat med en flicka på 16 från Vasa. Hon hade skrivit sin personbeteckning 040709A126L i chatten eftersom en ”moderator” bad om den. Vi förklarade att ingen ska fråga efter den.',
      '040709A126L',
    ),
    clean(
      'Gemensam patrull på Twitch med kollegor från Österbotten och Umeå. Ett trettiotal ungdomar mellan 12 och 16 frågade om bedrägerier med skins; vi tipsade om BRIS 116 111 och Sekasin-chatten för de finländska tittarna.',
    ),
    withIds(
      'En pojke på 14 från Korsholm gav sitt nummer 040 718 2593 till en främling på Fortnite som lovade V-Bucks. Nu kommer det meddelanden varje kväll; vi rådde honom att blockera och spara skärmdumpar.',
      '040 718 2593',
    ),
    clean(
      'En pojke på 16 från Jakobstad var väldigt nere efter ett uppbrott. Vi tog oss tid att prata och tipsade om Sekasin-chatten och Lasten ja nuorten puhelin 116 111.',
    ),
    withIds(
      'På Minecraft skrev en pojke på 12 sin adress, Handelsesplanaden 18 B 7, 65100 Vasa, till en ny ”kompis” som ville komma på besök. Ringde hans mamma samma kväll.',
      'Handelsesplanaden 18 B 7',
      '65100 Vasa',
    ),
    clean(
      'Roblox: två systrar på 9 och 11 från Närpes förlorade 1 000 Robux i ett falskt byte. Förklarade hur man anmäler en spelare. Ärende 2025/4471, inga vidare åtgärder.',
    ),
    withIds(
      'Svenska kollegorna på Discord: en tjej på 14 från Umeå lade ut sitt personnummer 110627-3822 för att vara med i en utlottning. Moderatorn tog bort inlägget och vi pratade med henne om varför.',
      '110627-3822',
    ),
    clean(
      'Fortnite med det finlandssvensk-svenska teamet: unga från Vasa, Nykarleby och Skellefteå undrade vad polisen ser på nätet. Inget att rapportera; påminde om 112 och 114 14 för de svenska spelarna.',
    ),
    withIds(
      'En kille på 15 från Örebro berättade på Roblox att en kille som heter Viktor Lindqvist har hans nummer 073-482 19 56 och skickar hot. Vi rådde honom att göra en polisanmälan och prata med BRIS.',
      'Viktor Lindqvist',
      '073-482 19 56',
    ),
    clean(
      'Snapchat: en tjej på 13 från Luleå frågade om det är brottsligt att sprida en film på ett slagsmål. Rådde henne att säga till skolan eller skriva till oss via profilen ”Polisen Nätpatrull Norrbotten”.',
    ),
  ],
};
