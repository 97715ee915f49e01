/**
 * Round one hundred and six: written blind, before the detector was run on it.
 * Notes in the issue's own terms, as a second reviewer would write them: identifiers typed every way people type them, clean notes full of famous people, units and help lines.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_SIX: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Discord DM, girl (13) from Bergen. An adult who goes by shadowfox_1987 on Discord asked her to move to Snapchat, where his snap is fox.shadow87.',
      'shadowfox_1987',
      'fox.shadow87',
    ),
    withIds(
      'Roblox chat with a boy from Ghent about bullying. He named the boy who does it: his name is Yusuf Demir, class 2B at Sint-Barbaracollege.',
      'Yusuf Demir',
      'class 2B at Sint-Barbaracollege',
    ),
    withIds(
      'Snapchat, 15-year-old boy pressured to pay after sending a picture. The scammer wanted Vipps to +47 912 34 567 and wrote his mail as jonas.berg.pay at gmail dot com.',
      '+47 912 34 567',
      'jonas.berg.pay at gmail dot com',
    ),
    withIds(
      'Twitch whisper from a girl who had posted her own fødselsnummer 270811 52352 in a stream chat to prove her age. Advised her to delete it; a mod had already hidden it.',
      '270811 52352',
    ),
    withIds(
      "TikTok: boy (14) from Tampere says an older man keeps sending parcels to his home at Hämeenkatu 14 B 22, 33100 Tampere. The man's profile is tiktok.com/@mikko_gifts_fi.",
      'Hämeenkatu 14 B 22, 33100 Tampere',
      'tiktok.com/@mikko_gifts_fi',
    ),
    clean(
      "Fortnite session with three kids from Reykjavík; they asked whether police officers play Fortnite at work. Answered from the Kripos blue profile 'Politiet Nettpatrulje'. No personal data recorded.",
    ),
    clean(
      "Minecraft server 'NordCraft EU', about 40 players online at 19:30. A boy asked if Erling Haaland really plays FIFA; we talked about Creepers and the Ender Dragon. Nothing to follow up.",
    ),
    clean(
      'Girl (15) from Antwerp hinted at self-harm. Gave her Awel on 102 and the Zelfmoordlijn 1813, and told her to call 112 if in danger. No name or username given; case 24/1187 for statistics only.',
    ),
    clean(
      'Habbo: two users aged 12 and 13 from Oulu asked how to report a scam. Pointed them to the Finnish Nettipoliisi profile and the 116 111 line.',
    ),
    clean(
      'Steam group chat about Counter-Strike 2, full of MrBeast and IShowSpeed memes. 62% of the kids we met this evening were also on Discord. No identifiers noted.',
    ),
  ],
  nb: [
    withIds(
      'Snapchat: jente på 14 fra Drammen får penger av en voksen mann hun ikke kjenner. Hun heter Amina Hussein og går i 8C på Fjell skole.',
      'Amina Hussein',
      '8C på Fjell skole',
    ),
    withIds(
      'Gutt (15) på Discord ble truet etter å ha sendt bilder. Han hadde gitt fødselsnummeret sitt 190507 56117 fordi en «bot» ba om det. Overgriperen har brukernavnet darkknight_osl.',
      '190507 56117',
      'darkknight_osl',
    ),
    withIds(
      'Roblox: ei jente ville ha svar på e-post og skrev adressen som sofie punktum lie krølla hotmail punktum no. Vi svarte at vi ikke tar kontakt på den måten.',
      'sofie punktum lie krølla hotmail punktum no',
    ),
    withIds(
      'Kompisen hans, Mateusz Kowalski, blir mobbet på TikTok. Ifølge gutten bor Mateusz i Tollbugata 17, 8006 Bodø.',
      'Mateusz Kowalski',
      'Mateusz',
      'Tollbugata 17, 8006 Bodø',
    ),
    withIds(
      'Fortnite-spiller ba oss ringe moren hans på 934 56 781. Profilen hans er instagram.com/leo.andersen09.',
      '934 56 781',
      'instagram.com/leo.andersen09',
    ),
    clean(
      'Prat i Twitch-chatten til en norsk streamer om Minecraft og Ninjago. Tre gutter fra Tromsø spurte om politiet kan lese det de skriver. Ingen personopplysninger notert.',
    ),
    clean(
      'Jente (13) på Discord var lei seg etter mobbing på en skole i Kristiansand. Fikk Alarmtelefonen for barn og unge 116 111 og Kors på halsen 800 33 321. Sak 24-118734 kun til statistikk.',
    ),
    clean(
      'Gutter på Roblox lurte på om Martin Ødegaard og Erling Braut Haaland spiller Roblox. Vi svarte fra profilen «Politiet Nettpatrulje Kripos». Ingenting å følge opp.',
    ),
    clean(
      'Steam: 17-åring spurte hvordan man anmelder svindel med skins i CS2. Viste til politiet.no og 02800. Omtrent 30 % av dem vi snakket med i kveld hadde opplevd svindel.',
    ),
    clean(
      'En voksen på Habbo utga seg for å være politi, og vi la ut en advarsel i rommet klokken 21:15. Ingen navn eller brukernavn fra ungdommene ble lagret.',
    ),
  ],
  nn: [
    withIds(
      'Jenta (12) på Roblox sa at ho heiter Ingrid Solheim og bur i Fjellvegen 8, 6800 Førde. Eg sa at ho ikkje skal dela slikt i spel.',
      'Ingrid Solheim',
      'Fjellvegen 8, 6800 Førde',
    ),
    withIds(
      'Ein gut på Snapchat fortalde at ein vaksen mann med brukarnamnet trondheim_kar45 bad om bilete. Mannen hadde òg gjeve han nummeret 41 22 87 90.',
      'trondheim_kar45',
      '41 22 87 90',
    ),
    withIds(
      'Kameraten til guten, Ahmed Warsame i 9B på Os ungdomsskule, vert mobba i ein Discord-server.',
      'Ahmed Warsame',
      '9B på Os ungdomsskule',
    ),
    withIds(
      'Ho skreiv fødselsnummeret sitt, 03011051277, i chatten for å «prova» kor gamal ho er. Me bad henne sletta det med ein gong.',
      '03011051277',
    ),
    withIds(
      'TikTok: jenta ville at me skulle svara på e-post og skreiv kari.nes krøllalfa gmail punktum com. Profilen hennar er tiktok.com/@karinesss_07.',
      'kari.nes krøllalfa gmail punktum com',
      'tiktok.com/@karinesss_07',
    ),
    clean(
      'Me prata med fire gutar frå Voss om Fortnite og Travis Scott-konserten i spelet. Ingen personopplysningar vart skrivne ned.',
    ),
    clean(
      'Jenta var lei seg og nemnde sjølvskading. Ho fekk nummeret til Mental Helse 116 123 og 113 ved akutt fare. Ho ville ikkje seia kva ho heiter, og det er heilt greitt.',
    ),
    clean(
      'Kva gjer politiet på Discord, spurde ein gut på 14 frå Ålesund. Me svara frå profilen «Politiet Vest Nettpatrulje». Sak 24-90211 berre til statistikk.',
    ),
    clean(
      'Minecraft: tre jenter bygde ein kopi av Bryggen i Bergen og spurde om Alan Walker og Sigrid. Klokka 18:40, om lag 25 spelarar på serveren «Fjordcraft».',
    ),
    clean(
      'Steam: ein gut fortalde om svindel med Robux-kort, han tapte 300 kroner. Han fekk råd om å melda det på politiet.no. Ikkje noko namn notert.',
    ),
  ],
  nl: [
    withIds(
      "Discord: meisje (14) uit Rotterdam zegt dat een man met de gebruikersnaam noah_rdam010 haar geld biedt voor foto's. Zijn nummer is 06-41 27 83 95.",
      'noah_rdam010',
      '06-41 27 83 95',
    ),
    withIds(
      'Ze heet Fatima El Amrani en zit in klas 2B van het Erasmiaans Gymnasium; ze wordt gepest op TikTok.',
      'Fatima El Amrani',
      'klas 2B van het Erasmiaans Gymnasium',
    ),
    withIds(
      "Jongen (15) had zijn BSN 234 718 651 in een Roblox-chat gezet omdat een 'moderator' erom vroeg. Hij woont op de Kanaalstraat 42, 3531 CK Utrecht.",
      '234 718 651',
      'Kanaalstraat 42, 3531 CK Utrecht',
    ),
    withIds(
      'Meisje uit Genk deelde haar rijksregisternummer 09.07.14-238.94 op Snapchat. Haar vriendin Jana Peeters heeft het screenshot verder gestuurd.',
      '09.07.14-238.94',
      'Jana Peeters',
    ),
    withIds(
      'Hij wou dat we mailen naar daan punt visser apenstaartje outlook punt com; zijn Instagram is instagram.com/daan.visser.07.',
      'daan punt visser apenstaartje outlook punt com',
      'instagram.com/daan.visser.07',
    ),
    clean(
      'Gesprek in Fortnite met drie jongens uit Eindhoven over Memphis Depay en Virgil van Dijk. Ze vroegen of de politie echt in games zit. Geen persoonsgegevens genoteerd.',
    ),
    clean(
      'Meisje (13) uit Leuven voelde zich somber; we gaven Awel (102) en de Zelfmoordlijn 1813, bij gevaar 112. Zaak 24/3391 enkel voor de statistiek.',
    ),
    clean(
      "Onze blauwe profielen 'Politie Online Team' en 'Wijkagent Gaming' werden vaak aangesproken op Twitch. Om 20:00 keken er ongeveer 120 mensen mee.",
    ),
    clean(
      'Minecraft: kinderen vroegen naar Steve, Alex en de Warden. Een jongen (11) uit Zwolle vertelde over een school in Deventer, zonder namen. Verwezen naar De Kindertelefoon 0800-0432.',
    ),
    clean(
      'Habbo: oplichting met nep-credits; 40% van de jongeren die we spraken kende het. Geen naam of gebruikersnaam gevraagd of opgeslagen.',
    ),
  ],
  fr: [
    withIds(
      "Snapchat : une fille de 13 ans de Charleroi dit qu'un homme, pseudo snap lucas.bxl92, lui demande des photos. Elle s'appelle Inès Lambert.",
      'lucas.bxl92',
      'Inès Lambert',
    ),
    withIds(
      "Garçon de 15 ans de Liège, victime de sextorsion. Il a donné son numéro de registre national 11032215746 au maître chanteur, dont l'e-mail est jb.martin arobase gmail point com.",
      '11032215746',
      'jb.martin arobase gmail point com',
    ),
    withIds(
      "Son ami Mehdi Benali, en 3e secondaire à l'Athénée Royal d'Ixelles, est harcelé sur Discord.",
      'Mehdi Benali',
      "3e secondaire à l'Athénée Royal d'Ixelles",
    ),
    withIds(
      'Fortnite : la mère du garçon peut être jointe au 0476 83 21 59, ils habitent rue de la Station 23, 5000 Namur.',
      '0476 83 21 59',
      'rue de la Station 23, 5000 Namur',
    ),
    withIds(
      'Profil TikTok partagé dans le chat : tiktok.com/@sarah_mons_7000. Son pseudo Roblox est SarahPixel2011.',
      'tiktok.com/@sarah_mons_7000',
      'SarahPixel2011',
    ),
    clean(
      'Discussion sur Roblox avec quatre enfants de Mons à propos de Kevin De Bruyne et Romelu Lukaku. Aucune donnée personnelle enregistrée.',
    ),
    clean(
      "Une fille de 14 ans de Namur parle d'idées noires. On lui a donné le 103 Écoute-Enfants et le Centre de Prévention du Suicide au 0800 32 123. Dossier 24/0567 pour les statistiques.",
    ),
    clean(
      "Question d'un garçon : est-ce que la police joue vraiment à Minecraft ? Réponse envoyée depuis notre profil bleu « Police Fédérale Cyberpatrouille » à 17h45.",
    ),
    clean(
      'Twitch : chat avec des jeunes de Bruxelles sur Angèle, Stromae et le streamer Squeezie. 35 % connaissaient le numéro 116 000.',
    ),
    clean(
      "Habbo : arnaque aux faux crédits signalée par deux joueurs de 12 ans de Tournai. Nous n'avons noté ni nom ni pseudo.",
    ),
  ],
  de: [
    withIds(
      'Discord: Mädchen (14) aus Eupen erzählt, ein Mann namens Kevin Schröder schreibt ihr täglich. Sein Discord-Name ist kev_eupen88.',
      'Kevin Schröder',
      'kev_eupen88',
    ),
    withIds(
      'Junge (13) aus Köln hat seine Adresse gepostet: Venloer Straße 112, 50672 Köln. Dazu seine Handynummer 0176 2345 8812.',
      'Venloer Straße 112, 50672 Köln',
      '0176 2345 8812',
    ),
    withIds(
      'E-Mail der Mutter laut dem Jungen: petra punkt vogel Klammeraffe web punkt de. Er heißt Jonas Vogel und geht in die 7b der Gesamtschule Köln-Holweide.',
      'petra punkt vogel Klammeraffe web punkt de',
      'Jonas Vogel',
      '7b der Gesamtschule Köln-Holweide',
    ),
    withIds(
      'Mädchen aus St. Vith hat ihre Nationalregisternummer 080426 093 31 in einen Roblox-Chat geschrieben, weil ein angeblicher Admin danach gefragt hat.',
      '080426 093 31',
    ),
    withIds(
      'Sextortion über Instagram: Täterprofil instagram.com/lena_love_2009x. Die Freundin des Opfers heißt Leonie Krämer und hat das Profil auch gemeldet.',
      'instagram.com/lena_love_2009x',
      'Leonie Krämer',
    ),
    clean(
      'Fortnite mit drei Jungs aus Aachen über Thomas Müller und Jamal Musiala. Keine personenbezogenen Daten notiert.',
    ),
    clean(
      'Mädchen (15) aus Dortmund deutete Selbstverletzung an. Wir gaben ihr die Nummer gegen Kummer 116 111 und die TelefonSeelsorge 0800 111 0 111, bei Gefahr 112.',
    ),
    clean(
      'Frage auf Twitch: Dürfen Polizisten zocken? Antwort über unser blaues Profil „Polizei Ostbelgien Online“ um 20:15 Uhr. Aktenzeichen 24/118 nur für die Statistik.',
    ),
    clean(
      'Minecraft-Server „Blockwelt DE“, etwa 55 Spieler. Die Kinder fragten nach Steve, dem Enderdrachen und MontanaBlack. Eine Schule in Eupen wurde erwähnt, aber ohne Namen.',
    ),
    clean(
      'Steam: Betrug mit CS2-Skins, 20 % der Befragten kannten das. Kein Name und kein Benutzername gespeichert.',
    ),
  ],
  is: [
    withIds(
      'Stelpa (13) á Discord segir að maður sem heitir Gunnar Þórsson sendi henni skilaboð á hverjum degi. Notandanafnið hans er gunni_rvk77.',
      'Gunnar Þórsson',
      'gunni_rvk77',
    ),
    withIds(
      'Strákur setti kennitöluna sína 160410-2210 í spjallið á Roblox af því að „stjórnandi“ bað um hana.',
      '160410-2210',
    ),
    withIds(
      'Hún býr á Laugavegi 45, 101 Reykjavík, og síminn hennar er 862 4417. Við báðum hana að eyða þessu úr spjallinu.',
      'Laugavegi 45, 101 Reykjavík',
      '862 4417',
    ),
    withIds(
      'Vinkona hennar, Aisha Mohamed, er í 8. bekk í Hagaskóla og verður fyrir einelti á TikTok.',
      'Aisha Mohamed',
      '8. bekk í Hagaskóla',
    ),
    withIds(
      'Netfang stráksins: jon.karl att gmail punktur com. Á Snapchat er hann jonkarl_2010.',
      'jon.karl att gmail punktur com',
      'jonkarl_2010',
    ),
    clean(
      'Spjall í Fortnite við þrjá stráka frá Akureyri um Aron Einar Gunnarsson og Laufey. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Stelpa (14) frá Selfossi talaði um vanlíðan. Við bentum henni á Hjálparsíma Rauða krossins 1717 og 112 í neyð.',
    ),
    clean(
      'Spurning á Twitch: spilar lögreglan Minecraft? Svarað frá bláa prófílnum „Lögreglan á netinu“ kl. 19:30. Mál 2024-118 eingöngu til tölfræði.',
    ),
    clean(
      'Roblox: krakkarnir spurðu um Mario og Sonic. Um 30% þeirra sem við töluðum við voru frá Hafnarfirði eða Kópavogi.',
    ),
    clean('Skóli í Reykjanesbæ var nefndur en ekkert nafn nemanda. Ekkert notandanafn var skráð.'),
  ],
  fi: [
    withIds(
      'Snapchatissa 14-vuotias tyttö kertoi, että aikuinen mies käyttäjänimellä petteri_tre84 pyytää kuvia. Tytön nimi on Aino Virtanen.',
      'petteri_tre84',
      'Aino Virtanen',
    ),
    withIds(
      "Poika oli laittanut henkilötunnuksensa 120310A468U Roblox-chattiin, koska 'admin' pyysi sitä.",
      '120310A468U',
    ),
    withIds(
      'Hänen kaverinsa Ahmed Yusuf on luokalla 7B Kalevan koulussa, ja häntä kiusataan Discordissa.',
      'Ahmed Yusuf',
      'luokalla 7B Kalevan koulussa',
    ),
    withIds(
      'Tyttö asuu osoitteessa Mannerheimintie 88 A 5, 00250 Helsinki, ja hänen numeronsa on 040 718 2293.',
      'Mannerheimintie 88 A 5, 00250 Helsinki',
      '040 718 2293',
    ),
    withIds(
      'Äidin sähköposti on tiina.korhonen ät gmail piste com, ja pojan TikTok on tiktok.com/@eetu.kor_11.',
      'tiina.korhonen ät gmail piste com',
      'tiktok.com/@eetu.kor_11',
    ),
    clean(
      'Fortnite-keskustelu kolmen oululaisen pojan kanssa Teemu Pukista ja Kimi Räikkösestä. Henkilötietoja ei kirjattu.',
    ),
    clean(
      '15-vuotias tyttö Lahdesta kertoi itsetuhoisista ajatuksista. Annoimme MLL:n Lasten ja nuorten puhelimen 116 111 ja hätänumeron 112.',
    ),
    clean(
      "Twitchissä kysyttiin, pelaako poliisi oikeasti. Vastasimme sinisestä profiilista 'Nettipoliisi Sisä-Suomi' klo 18.30. Asia 2024/5521 vain tilastoon.",
    ),
    clean(
      "Minecraft-palvelimella 'SuomiCraft' oli noin 40 pelaajaa. Lapset kysyivät Creeperistä ja Käärijästä. Koulu Jyväskylässä mainittiin, ei nimiä.",
    ),
    clean(
      'Habbossa huijattiin feikkikrediiteillä; 25 % kertoi kuulleensa siitä. Nimiä tai käyttäjänimiä ei tallennettu.',
    ),
  ],
  sv: [
    withIds(
      'Discord: flicka (13) i Vasa berättar att en man som heter Johan Lindqvist skickar presentkort. Hans Discord-namn är johan_vasa76.',
      'Johan Lindqvist',
      'johan_vasa76',
    ),
    withIds(
      'Pojken skrev sitt personnummer 100423-6384 i en Roblox-chatt när en falsk moderator bad om det.',
      '100423-6384',
    ),
    withIds(
      'Hon bor på Storgatan 14, 852 30 Sundsvall, och hennes mobil är 070-412 88 35.',
      'Storgatan 14, 852 30 Sundsvall',
      '070-412 88 35',
    ),
    withIds(
      'Kompisen Emir Hodžić går i 8A på Kärrtorpsskolan och blir hånad i en Snapchat-grupp.',
      'Emir Hodžić',
      '8A på Kärrtorpsskolan',
    ),
    withIds(
      'Flickan från Borgå har lagt ut sin personbeteckning 290609A7535 på TikTok. Mammans e-post: anna.holmberg snabel-a gmail punkt com.',
      '290609A7535',
      'anna.holmberg snabel-a gmail punkt com',
    ),
    clean(
      'Fortnite med fyra killar från Umeå om Zlatan Ibrahimović och Viktor Gyökeres. Inga personuppgifter antecknade.',
    ),
    clean(
      'Flicka (14) från Åbo pratade om självskada. Vi gav henne Barnens och ungdomarnas telefon 116 111 och nödnumret 112.',
    ),
    clean(
      "Fråga på Twitch: spelar polisen Minecraft? Svar från vår blå profil 'Polisen Nätpatrull' kl. 19.45. Ärende 2024/3310 endast för statistik.",
    ),
    clean(
      'Minecraft: barnen frågade om Steve, Alex och Enderdraken, och om Zara Larsson. En skola i Helsingfors nämndes utan namn.',
    ),
    clean('Steam: bedrägeri med skins, cirka 30 % kände till det. Varken namn eller användarnamn sparades.'),
  ],
};
