/**
 * Round ninety-five: written blind, before the detector was run on it.
 * Notes typed on a phone in a hurry during a busy patrol: lower case, abbreviations, typos, odd spacing, e-mails in words.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_NINETY_FIVE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "kid on discord says some guy jonas berg keeps dm'ing him late at nite asking for pics. told him block+report, gave 116 111",
      'jonas berg',
    ),
    withIds(
      'girl 13 on roblox dropped her snap lil_mayaa09 b4 we cud stop her, says mum is fine w it. advised delete asap',
      'lil_mayaa09',
    ),
    withIds(
      "boy from bergen typed his nr 4 81 23 907 so we cld 'call him back' lol. explained we dont do that. he's in 7b at lonevåg skule w his mate ahmed warsame who gets bullied",
      '4 81 23 907',
      '7b at lonevåg skule',
      'ahmed warsame',
    ),
    withIds(
      'twitch chat, teen (15?) says scammer wants robux giftcards, pasted scammers mail xx.robuxfree at gmail dot com. logged for kripos',
      'xx.robuxfree at gmail dot com',
    ),
    withIds(
      "nl team note in eng: lad on fortnite gave full addr kerkstraat 14 zwolle + bsn 618320477 bc 'someone needed it for a giveaway'. told him never again, flagged scam",
      'kerkstraat 14',
      '618320477',
    ),
    clean(
      'quiet shift on habbo ~12 chats, mostly qs abt how to become police, 2 asked if we r real lol. no personal data recorded',
    ),
    clean(
      'boy 14 on minecraft (hypixel) upset abt losing to his friends, talked haaland & man city 10 min. gave 116 111 just in case. nothing saved',
    ),
    clean(
      "girl asked if its illegal to share memes of mrbeast n ishowspeed. explained copyright vs harassment. she's from tromsø, 8th grade, no names given",
    ),
    clean(
      'snapchat: kid reported sextortion try from acct abroad, referred to 112 & local police, case 24-118734. no ids taken from the kid',
    ),
    clean(
      'steam grp chat w 4 teens from iceland+finland, cs2, elden ring, malenia boss lol. Kripos_PatruljeAnna handled it 19:40-20:15',
    ),
  ],
  nb: [
    withIds(
      'jente 14 på snap sier en mann som kaller seg tor_kjekk88 ber om bilder, hun har blokka. ga henne 116 111 og sa prat m en voksen',
      'tor_kjekk88',
    ),
    withIds(
      "gutt på discord ville vi skulle sjekke personnr hans 14031051267 for å se om han er 'i systemet' lol. sa vi ikke gjør det, ikke del nr",
      '14031051267',
    ),
    withIds(
      'mobbing i klassen, han sier det er sander løkken og mathias holm i 8c på åsen skole som sender stygge mldinger hver kveld',
      'sander løkken',
      'mathias holm',
      '8c på åsen skole',
    ),
    withIds(
      'jenta ga adressa si uten at vi spurte, tollbugata 23 i bodø, og mob 924 31 870. rådet henne t å ikke gjøre det igjen',
      'tollbugata 23',
      '924 31 870',
    ),
    withIds(
      'gutt 12 på roblox sier en fyr ca 25 som heter piotr nowak gir han robux for "hemmeligheter". bekymring!! sendt videre t kripos',
      'piotr nowak',
    ),
    clean(
      'rolig kveld på fortnite, ca 15 samtaler, mest spm om hvordan bli politi og om vi har våpen. ingen persondata lagret',
    ),
    clean(
      'gutt fra drammen maste om ødegaard og arsenal, ville vite om vi spiller fifa. hyggelig prat 20 min',
    ),
    clean(
      'jente 15 sa hun har det tungt, ga 116 123 og 116 111. hun går på en skole i tromsø men sa ikke navn. fulgt opp i chat 21:10',
    ),
    clean(
      'spm om snap-svindel m gavekort, forklart anmeldelse på politiet.no el ring 02800. sak 24-77123 opprettet uten navn',
    ),
    clean(
      'twitch stream m 300 seere, chatten spurte om politiet_ung er ekte. bekrefta via nettpatruljen. ingen navn',
    ),
  ],
  nn: [
    withIds(
      'jenta (13) seier ho heiter ingrid fjeldstad og går i 7a på sandane skule, ville at me skulle vite kven ho er. sa ho ikkje skal dele det',
      'ingrid fjeldstad',
      '7a på sandane skule',
    ),
    withIds(
      'gut på minecraft spurde kva han skal gjere når nokon truar han, fekk bilete frå brukar mørkeulv_07 . tipsa om blokkering',
      'mørkeulv_07',
    ),
    withIds(
      'eg fekk eit nr frå ein gut som vil ha hjelp, 4 12 90 338, men betre at han ringjer 116 111 sjølv. ikkje lagra anna',
      '4 12 90 338',
    ),
    withIds(
      'ho sa venninna hennar heiter amina hassan og at ein vaksen mann på snap ber henne om bilete. meldt vidare',
      'amina hassan',
    ),
    withIds(
      'gut ville vite om fødselsnr hans er lekt, skreiv 020911 543 26 i chatten. sletta, forklart at det ikkje må delast',
      '020911 543 26',
    ),
    clean(
      'roleg kveld på roblox, snakka m kanskje 10 ungdomar frå førde og voss om kva politiet gjer. ingen personopplysningar lagra',
    ),
    clean(
      'gut på 14 spurde kvifor ishowspeed vart utestengd frå twitch, me forklarte litt om reglar. koseleg prat',
    ),
    clean(
      'jenta fortalde ho er lei seg, me gav ho 116 111 og sa ho kan ringje 113 om det hastar. ho går på ein skule i ålesund, sa ikkje meir',
    ),
    clean('spm om kva alder ein må ha på tiktok, svar 13 år. 3 stk spurde om det same mellom 18:00 og 18:45'),
    clean(
      'discord-server norsk minecraft hadde 240 medlemar, nettpatrulje_vest svarte på spm om hacking. ikkje noko å fylgje opp',
    ),
  ],
  nl: [
    withIds(
      'meisje 14 op tiktok zegt dat een man dennis de vries haar geld biedt voor fotos. doorverwezen naar kindertelefoon 0800 0432',
      'dennis de vries',
    ),
    withIds(
      "jongen gaf zn bsn 135790244 omdat 'fortnite support' erom vroeg. scam, uitgelegd dat ie dat nooit moet doen",
      '135790244',
    ),
    withIds(
      'ze stuurde haar mail sanne.bakker2010 apenstaartje hotmail punt com, wou dat we haar mailen. gezegd dat we dat niet doen',
      'sanne.bakker2010 apenstaartje hotmail punt com',
    ),
    withIds(
      'gast uit gent zegt dat ie gepest wordt door yassin el amrani uit zn klas, 2de middelbaar sint-barbaracollege. via discord vooral',
      'yassin el amrani',
      '2de middelbaar sint-barbaracollege',
    ),
    withIds(
      "meisje gaf adres grote markt 7 bus 3 en gsm 0478 12 34 56 want 'ze krijgt een pakketje van een youtuber'. scam gemeld",
      'grote markt 7 bus 3',
      '0478 12 34 56',
    ),
    clean(
      'rustig op habbo, 9 gesprekjes, vooral vragen of we echte politie zijn. niks persoonlijks opgeslagen',
    ),
    clean(
      'jongen uit rotterdam wou praten over feyenoord en santiago gimenez, en of de politie ook fifa speelt lol',
    ),
    clean(
      'meisje 13 voelt zich rot, gewezen op 113 (0800 0113) en kindertelefoon. ze zit op een school in utrecht, geen naam gevraagd',
    ),
    clean(
      'vraag over phishing via discord nitro links, uitgelegd. aangifte kan via politie.nl, zaaknr 2024-045812 voor ons overzicht',
    ),
    clean(
      'twitch stream van nl streamer, 1200 kijkers, chat vroeg of Politie_Wijkagent_Online echt is. ja. 20:30 klaar',
    ),
  ],
  fr: [
    withIds(
      "ado 15 sur snap dit qu'un mec kevin dumont lui demande des photos, bloqué. renvoyé vers le 103 ecoute-enfants",
      'kevin dumont',
    ),
    withIds(
      'elle a donné son num 0471 23 45 89 et son adresse rue des wallons 42 a namur sans qu on demande. conseillé de supprimer',
      '0471 23 45 89',
      'rue des wallons 42',
    ),
    withIds(
      "gamin a tapé son n° de registre national 11.05.23-147.40 pour un 'concours fortnite'. arnaque, expliqué",
      '11.05.23-147.40',
    ),
    withIds(
      'son pote s appelle rayan benali, il se fait harceler sur discord par un compte darkvador_bxl depuis 2 sem',
      'rayan benali',
      'darkvador_bxl',
    ),
    withIds(
      "mail de l'arnaqueur envoyé par la jeune: support.skinz arobase outlook point com. signalé",
      'support.skinz arobase outlook point com',
    ),
    clean(
      'soirée calme sur roblox, 11 conversations, surtout comment devenir policier. aucune donnée perso notée',
    ),
    clean('garçon de liège parlait de lukaku et doku, des diables rouges. sympa, 15 min'),
    clean(
      'ado triste, donné le 103 et le 107 (télé-accueil). elle est dans une école à charleroi, pas de nom',
    ),
    clean(
      'question sur le cyberharcèlement, expliqué comment porter plainte, dossier n° 2024/0918 noté pr stats',
    ),
    clean('twitch: le chat demandait si Police_Belge_Patrouille est un vrai compte. oui. fin 21h40'),
  ],
  de: [
    withIds(
      'mädchen 13 aus köln schreibt ein typ namens lukas schmitz will bilder, hat ihn geblockt. 116 111 gegeben',
      'lukas schmitz',
    ),
    withIds(
      "junge hat adresse hauptstraße 12 in st. vith und handy 0475 98 76 54 gepostet weil 'gewinnspiel'. gelöscht",
      'hauptstraße 12',
      '0475 98 76 54',
    ),
    withIds(
      "er hat seine nationalregisternr 12081704672 geschickt um zu zeigen dass er 'alt genug' ist lol. erklärt",
      '12081704672',
    ),
    withIds(
      'mail von dem mann der sie anschreibt: dunkler.wolf klammeraffe gmx punkt de. an kripo weiter',
      'dunkler.wolf klammeraffe gmx punkt de',
    ),
    withIds(
      'mobbing, täter laut ihm emre yilmaz und finn becker aus der 7b, schicken sprachnachrichten auf whatsapp',
      'emre yilmaz',
      'finn becker',
    ),
    clean(
      'ruhiger abend auf minecraft, ca 8 chats, fragen ob polizei echt ist. keine personendaten gespeichert',
    ),
    clean('junge aus aachen redet über musiala und wirtz, fragt ob wir fifa zocken'),
    clean(
      'mädchen traurig, 116 111 und telefonseelsorge 0800 111 0 111 gegeben. sie geht auf eine schule in eupen, kein name',
    ),
    clean('frage zu betrug mit v-bucks, erklärt anzeige über onlinewache. az 2024-33817'),
    clean('twitch, 500 zuschauer, chat fragt ob Polizei_Streife_Online echt ist. ja. ende 22:05'),
  ],
  is: [
    withIds(
      'stelpa 14 á snapchat segir að maður sem heitir gunnar þórsson biður um myndir. sagði henni að blokka, gaf 1717',
      'gunnar þórsson',
    ),
    withIds(
      "strákur skrifaði kennitöluna sína 170610-3180 til að 'sanna' aldur. útskýrt að gera það ekki",
      '170610-3180',
    ),
    withIds(
      'hún sagðist búa á laugavegi 58 og gaf símanr 862 4417, vildi fá sendan varning. ráðlagt að eyða',
      'laugavegi 58',
      '862 4417',
    ),
    withIds(
      'vinur hans heitir jón pétur sigurðsson og er í 8. bekk í hagaskóla, er lagður í einelti á discord',
      'jón pétur sigurðsson',
      '8. bekk í hagaskóla',
    ),
    withIds(
      'netfang svikarans: robux.gjof at gmail punktur com. strákurinn skrifaði líka kt 041211 5980 , eytt',
      'robux.gjof at gmail punktur com',
      '041211 5980',
    ),
    clean(
      'rólegt kvöld á fortnite, um 10 spjöll, mest spurt hvort við séum alvöru lögga. engar persónuupplýsingar skráðar',
    ),
    clean('strákur frá akureyri talaði um gylfa sig og messi, spurði hvort löggan spili minecraft'),
    clean('stelpa leið, gáfum 1717 og 112. hún er í skóla í reykjavík, ekkert nafn'),
    clean('spurning um svindl með v-bucks, útskýrt hvernig á að kæra. mál nr 007-2024-4412'),
    clean('twitch, 150 áhorfendur, spurt hvort Logreglan_Netvakt sé ekta. já. búið 20:50'),
  ],
  fi: [
    withIds(
      'tyttö 13 snapissa sanoo et joku mies jari lehtonen pyytää kuvia. blokattu, annettu 116 111',
      'jari lehtonen',
    ),
    withIds(
      "poika laitto hetun 190411A237Y chattiin kun 'fortnite tuki' pyys. huijaus, selitetty",
      '190411A237Y',
    ),
    withIds(
      'sen kaveri on abdi warsame, kiusataan discordissa käyttäjän shadowkilleri_fi toimesta joka ilta',
      'abdi warsame',
      'shadowkilleri_fi',
    ),
    withIds(
      'tyttö anto osoitteen hämeenkatu 14 b 23 tampere ja numeron 040 512 3378 ilman et kysyttiin. neuvottu poistaa',
      'hämeenkatu 14 b 23',
      '040 512 3378',
    ),
    withIds(
      'huijarin sposti vbucks.ilmaiseksi ät gmail piste com , ja poika kerto oman hetun 030210a418l ennen ku ehdittiin estää',
      'vbucks.ilmaiseksi ät gmail piste com',
      '030210a418l',
    ),
    clean(
      'rauhallinen ilta robloxissa, n 12 keskustelua, kyseltiin onko poliisi oikeesti poliisi. ei henkilötietoja tallennettu',
    ),
    clean('poika oulusta puhu teemu pukista ja leijonista, kysy pelaako poliisi nhl:ää'),
    clean(
      'tyttö surullinen, annettu 116 111 ja mielen kriisipuhelin 09 2525 0111. käy koulua jyväskylässä, ei nimeä',
    ),
    clean('kysymys v-bucks huijauksesta, neuvottu tekemään rikosilmoitus netissä. dnro 5500/2024/1234'),
    clean('twitch, 400 katsojaa, chatissa kysyttiin onko Poliisi_Nettipoliisi aito. on. lopetettu 21:15'),
  ],
  sv: [
    withIds(
      'tjej 14 på snap säger att en kille emil lindqvist vill ha bilder. blockat, gav 116 111',
      'emil lindqvist',
    ),
    withIds(
      "killen skrev sitt personnr 110711-3845 för att 'bevisa' ålder, förklarat att man aldrig gör så",
      '110711-3845',
    ),
    withIds(
      'hennes mejl ella.nyman snabel-a hotmail punkt se, ville att vi skulle mejla henne. sa nej',
      'ella.nyman snabel-a hotmail punkt se',
    ),
    withIds(
      'bor på storgatan 17 i vasa o nr 050 334 8812, hon ville att vi skulle skicka merch. raderat',
      'storgatan 17',
      '050 334 8812',
    ),
    withIds(
      'han blir mobbad av hussein ali och en som kallas bigboy_gbg på steam, har pågått sen sommarlovet',
      'hussein ali',
      'bigboy_gbg',
    ),
    clean(
      'lugn kväll på minecraft, ca 10 chattar, mest frågor om polisen är på riktigt. inga personuppgifter sparade',
    ),
    clean('kille från esbo pratade om zlatan och isak, frågade om vi spelar fifa'),
    clean('tjej ledsen, gav 116 111 och 112. hon går i en skola i borgå, inget namn'),
    clean('fråga om bedrägeri med robux, förklarat hur man gör polisanmälan. ärende 5500/2024/882'),
    clean('twitch, 300 tittare, chatten frågade om Polisen_Natpatrull är äkta. ja. slut 22:30'),
  ],
};
