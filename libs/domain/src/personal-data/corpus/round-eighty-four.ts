/**
 * Round eighty-four: written blind, before the detector was run on it.
 * The last evening of the week: tired officers write one quick note each, every kind of identifier somewhere.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_EIGHTY_FOUR: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Discord, 21:40. Boy (14) says an adult called Trond Ekeberg keeps offering him Nitro for pictures. Told him to block and tell a parent, tip sent to Kripos.',
      'Trond Ekeberg',
    ),
    withIds(
      'Snapchat, girl from Drammen, 15. She typed her own number 412 83 907 before I could stop her. Explained why never to post it in open chats.',
      '412 83 907',
    ),
    withIds(
      'Steam: boy (13) lost skins in a trade scam run by xX_SkinDealer_Xx, profile steamcommunity.com/id/skindealer_77. He reported it to Valve as well.',
      'xX_SkinDealer_Xx',
      'steamcommunity.com/id/skindealer_77',
    ),
    withIds(
      'Twitch viewer asked how to report a fake giveaway. He wrote his mail in chat as lukas dot berg at outlook dot com, I asked the mods to delete it.',
      'lukas dot berg at outlook dot com',
    ),
    withIds(
      "Roblox, Belgian team note in English: girl (12) told a player she met last week she lives at Kerkstraat 54, 9000 Gent, and now he 'wants to visit'. Flagged as possible grooming.",
      'Kerkstraat 54, 9000 Gent',
    ),
    clean(
      "Fortnite, last shift: about 20 kids came by our blue profile 'Politiet Nettpatrulje'. Mostly asking if we are real police. No personal data recorded.",
    ),
    clean(
      "Minecraft server 'Nordic Craft EU': three boys aged 11-12 asking about griefing and bans. Showed them the report button. Nothing to store.",
    ),
    clean(
      'TikTok live: girl asked if Erling Haaland plays Fortnite (no idea). She mentioned stress at a school in Bergen, gave her 116 111. 09:45 pm.',
    ),
    clean(
      'Discord: follow-up on case 24-118903, the boy did not come back online. Waited until 22:15. Nothing new.',
    ),
    clean(
      'Snapchat: 15-year-old asked what sextortion means after a MrBeast video about scams. Explained, mentioned 116 000 and the Kripos tip service. 45 min, no names given.',
    ),
  ],
  nb: [
    withIds(
      'Snapchat kl. 20.10: jente på 13 sier en voksen mann med brukernavnet sn1kk3r_bodo ber om bilder. Hun heter Amalie Nygård og går i 8B på Hunstad ungdomsskole.',
      'sn1kk3r_bodo',
      'Amalie Nygård',
      '8B på Hunstad ungdomsskole',
    ),
    withIds(
      "Gutt på Roblox skrev fødselsnummeret sitt, 230810 54487, for å få 'gratis Robux' fra en lenke. Sa han må si fra hjemme og bytte passord.",
      '230810 54487',
    ),
    withIds(
      'Discord: venninnen hennes, Sahra Warsame, har sendt mobilnummeret 948 31 226 til en ukjent på serveren. Jenta er bekymret.',
      'Sahra Warsame',
      '948 31 226',
    ),
    withIds(
      'Minecraft: gutten ville ha svar på e-post og skrev mats.holm krølla gmail punktum com. Svarte at vi ikke tar kontakt på e-post.',
      'mats.holm krølla gmail punktum com',
    ),
    withIds(
      'Fortnite: 15-åring sier en gutt i laget truer med å komme hjem til ham i Tollbugata 17, 3044 Drammen. Anbefalt å melde til lokalt politi.',
      'Tollbugata 17, 3044 Drammen',
    ),
    clean(
      'Twitch: prat med fire gutter om Fortnite-turneringen i Oslo Spektrum. De spurte om politiet spiller, svarte ja. Ingen personopplysninger registrert.',
    ),
    clean(
      'TikTok: jente (14) fra Tromsø spurte om det er lov å dele bilder av venner. Forklarte, og ga henne 116 111 til Alarmtelefonen for barn og unge.',
    ),
    clean(
      'Steam: sak 24-204117 følges opp av Kripos. Gutten hadde ikke mer å fortelle, samtalen varte 12 minutter.',
    ),
    clean(
      'Xbox: snakket med en gjeng på 16 om Martin Ødegaard og Haaland mens vi spilte FC 25. Ingen bekymring, ingenting notert.',
    ),
    clean(
      'Roblox: en 12-åring sier det er mye mobbing i Adopt Me på en skole i Kristiansand. Ga råd om blokkering og rapportering. Profil: Politiet Nettpatrulje Kripos.',
    ),
  ],
  nn: [
    withIds(
      'Discord kl. 21: jenta seier at ein vaksen som kallar seg Kalle_Voss92 har bede om nakenbilete. Ho heiter Ingrid Haugland og er 13 år.',
      'Kalle_Voss92',
      'Ingrid Haugland',
    ),
    withIds(
      "Guten skreiv fødselsnummeret til bror sin, 05011158759, i chatten på Roblox fordi nokon lova 'gratis skins'. Eg bad han slette meldinga med ein gong.",
      '05011158759',
    ),
    withIds(
      'TikTok: ho vert mobba av profilen tiktok.com/@sogndal_sladder, som legg ut bilete av jentene i klassen. Me har ikkje lagra noko anna.',
      'tiktok.com/@sogndal_sladder',
    ),
    withIds(
      'Snapchat: guten på 14 fortel at vennen hans, Eirik Solheim, går i 9C på Førde ungdomsskule og vert kalla stygge ting kvar dag.',
      'Eirik Solheim',
      '9C på Førde ungdomsskule',
    ),
    withIds(
      'Fortnite: jenta gav meg nummeret til mora, 47 11 38 20, og ville at politiet skulle ringje. Eg forklarte at ho sjølv kan ringje 02800.',
      '47 11 38 20',
    ),
    clean(
      'Minecraft: prata med tre gutar frå Ålesund om ein server som heiter Fjordcraft. Dei lurte på kva politiet gjer på nett. Ingen personopplysningar.',
    ),
    clean(
      'Twitch: ei jente på 15 spurde om Aurora og kvifor ho ikkje strøymer. Kjekk prat, ingenting å melde.',
    ),
    clean(
      'Steam: sak 24-77120. Guten kom ikkje tilbake etter klokka 22.30. Eg har ikkje skrive ned noko om han.',
    ),
    clean(
      'Xbox: ein skule i Bergen hadde temadag om nettvett, sa to gutar på 13. Dei ville vite om 116 111 er gratis. Ja, det er det.',
    ),
    clean(
      'Roblox: snakka om Brookhaven og kor mykje Robux kostar. Ho er 11 år og bur i Sogndal, sa ho. Ikkje noko bekymring.',
    ),
  ],
  nl: [
    withIds(
      'Discord: jongen (15) stuurde zijn BSN 274391855 naar iemand die zich voordeed als medewerker van DUO. Doorverwezen naar ouders en de Fraudehelpdesk.',
      '274391855',
    ),
    withIds(
      "Roblox, 21u: meisje uit Gent plakte haar rijksregisternummer 09.03.14-217.87 in de chat omdat een 'admin' erom vroeg. Gezegd dat ze dat nooit mag doen.",
      '09.03.14-217.87',
    ),
    withIds(
      'Snapchat: ze gaf het mailadres van haar vriendin, sanne punt devries apenstaartje hotmail punt nl, aan een onbekende jongen van 19.',
      'sanne punt devries apenstaartje hotmail punt nl',
    ),
    withIds(
      'Fortnite: de man die hem afperst heet Mehmet Yıldız volgens de jongen, en speelt als Turbo_Memo010. Melding gemaakt, screenshots bewaard door de ouders.',
      'Mehmet Yıldız',
      'Turbo_Memo010',
    ),
    withIds(
      'TikTok: meisje (14) vertelt dat een klasgenoot haar adres online zette: Bilderdijkstraat 86, 2513 CN Den Haag. Advies: melden bij TikTok en bij de politie.',
      'Bilderdijkstraat 86, 2513 CN Den Haag',
    ),
    clean(
      'Twitch: gesprek met vier jongens uit Antwerpen over Kevin De Bruyne en Lamine Yamal. Geen zorgen, geen persoonsgegevens genoteerd.',
    ),
    clean(
      "Minecraft-server 'Lage Landen SMP': vragen over wat de politie online doet. Kindertelefoon 0800-0432 gegeven aan een meisje van 12. Verder niets.",
    ),
    clean(
      'Steam: dossier 2024-118832 opgevolgd, de jongen was niet meer online. 20 minuten gewacht tot 22.05 uur.',
    ),
    clean(
      'Xbox: meisje van 13 vroeg of ze aangifte kan doen als iemand haar account hackt. Uitgelegd, Awel (102) doorgegeven. Profiel: Politie Vlaanderen Online.',
    ),
    clean(
      'Roblox: een school in Utrecht organiseert een gamenacht, zei een jongen. Hij speelt vooral Blox Fruits. Niets opgeslagen.',
    ),
  ],
  fr: [
    withIds(
      "Discord: la jeune fille dit qu'un homme, Karim Benali, lui demande des photos depuis deux semaines. Elle a 13 ans, elle l'a bloqué ce soir.",
      'Karim Benali',
    ),
    withIds(
      'Roblox: un garçon de Liège a donné son numéro de registre national 10072238420 à un faux modérateur. Conseillé d’en parler à ses parents.',
      '10072238420',
    ),
    withIds(
      "Snapchat: il a écrit son adresse comme noah.dupont arobase gmail point com pour qu'on lui « envoie un badge ». Refusé, message supprimé.",
      'noah.dupont arobase gmail point com',
    ),
    withIds(
      'TikTok: une fille (14) dit que son ex partage son numéro, 0478 12 34 96, dans un groupe. Orientée vers le 103 Écoute-Enfants.',
      '0478 12 34 96',
    ),
    withIds(
      "Fortnite: son copain Yassine El Idrissi, en 2e B à l'Athénée Royal d'Uccle, reçoit des menaces. Les autres savent qu'il habite rue de la Station 41, 1180 Uccle.",
      'Yassine El Idrissi',
      "2e B à l'Athénée Royal d'Uccle",
      'rue de la Station 41, 1180 Uccle',
    ),
    clean(
      'Twitch: discussion avec trois ados de Namur sur Romelu Lukaku et le stream de Squeezie. Aucune donnée personnelle notée.',
    ),
    clean(
      "Minecraft: serveur 'BelgiCraft', questions sur ce que fait la police en ligne. Profil bleu : Police Fédérale Cyber. Durée 25 minutes.",
    ),
    clean(
      'Steam: dossier 24/5512 suivi par la zone de police de Charleroi; le garçon n’était plus connecté à 22h10.',
    ),
    clean(
      'Xbox: une école de Mons fait une semaine contre le harcèlement, selon un garçon de 12 ans. Il joue à Rocket League. Rien à signaler.',
    ),
    clean(
      "Snapchat: une fille de 15 ans demande si c'est grave de mentir sur son âge. Expliqué, donné le 103 et le 112 en cas d'urgence.",
    ),
  ],
  de: [
    withIds(
      'Discord, 20:50: Junge (14) aus Eupen sagt, ein Erwachsener namens Dirk Schröder schreibt ihm jede Nacht. Der Mann nennt sich dort WolfDirk_1977.',
      'Dirk Schröder',
      'WolfDirk_1977',
    ),
    withIds(
      'Minecraft: Mädchen tippte ihre Mailadresse als lena punkt kraus Klammeraffe web punkt de in den Chat. Habe sie gebeten, das zu löschen.',
      'lena punkt kraus Klammeraffe web punkt de',
    ),
    withIds(
      'Snapchat: ihre Freundin hat die Handynummer 0176 4821 9930 an einen Fremden geschickt, der behauptet, er sei 16. Eltern informieren empfohlen.',
      '0176 4821 9930',
    ),
    withIds(
      'Fortnite: Mitspieler drohen einem Zwölfjährigen, sie wüssten, dass er in der Aachener Straße 23, 4700 Eupen wohnt. Zur Anzeige geraten.',
      'Aachener Straße 23, 4700 Eupen',
    ),
    withIds(
      'TikTok: der Kanal youtube.com/@eupenexposed stellt Fotos von Schülern online, betroffen ist Aylin Demir aus der 8a der Pater-Damian-Sekundarschule.',
      'youtube.com/@eupenexposed',
      'Aylin Demir',
      '8a der Pater-Damian-Sekundarschule',
    ),
    clean(
      'Twitch: Gespräch mit zwei Jungs aus Köln über Kai Havertz und den Stream von MontanaBlack. Keine personenbezogenen Daten notiert.',
    ),
    clean(
      'Roblox: Mädchen (11) fragte, ob die Polizei wirklich in Roblox ist. Unser Profil heißt Polizei Ostbelgien Online. Alles gut.',
    ),
    clean('Steam: Vorgang 2024-0815-33, der Junge meldete sich nach 21:40 Uhr nicht mehr.'),
    clean(
      'Xbox: eine Schule in St. Vith hatte heute einen Workshop zu Cybermobbing, erzählten drei Jungen (13). Nummer gegen Kummer 116 111 genannt.',
    ),
    clean(
      "Minecraft: Server 'EifelCraft', Fragen zu Hacks und ob man dafür ins Gefängnis kommt. 30 Minuten, nichts zu speichern.",
    ),
  ],
  is: [
    withIds(
      'Discord: strákur (13) sendi kennitöluna sína, 120310-4880, til manns sem lofaði honum Nitro. Sagði honum að tala við foreldra sína.',
      '120310-4880',
    ),
    withIds(
      'Snapchat: stelpan segir að vinkona hennar heiti Guðrún Ósk Sigurðardóttir og að eldri maður sé að senda henni skilaboð á hverju kvöldi.',
      'Guðrún Ósk Sigurðardóttir',
    ),
    withIds(
      'TikTok: hún setti símanúmerið sitt, 866 4213, í athugasemd undir myndbandi. Bað hana að eyða því strax.',
      '866 4213',
    ),
    withIds(
      'Minecraft: hann skrifaði netfangið sitt sem jonas punktur einarsson att simnet punktur is. Við höfum ekki samband í tölvupósti.',
      'jonas punktur einarsson att simnet punktur is',
    ),
    withIds(
      'Fortnite: Aron Már, 14 ára í 9. bekk í Hagaskóla, segir að eldri strákar hóti honum. Þeir vita að hann býr á Hjarðarhaga 38, 107 Reykjavík.',
      'Aron Már',
      '9. bekk í Hagaskóla',
      'Hjarðarhaga 38, 107 Reykjavík',
    ),
    clean(
      'Twitch: spjall við þrjá stráka frá Akureyri um Gylfa Sigurðsson og Fortnite. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Roblox: stelpa (10) spurði hvort lögreglan sé í alvöru í leiknum. Prófíllinn okkar heitir Lögreglan á netinu. Allt í lagi.',
    ),
    clean('Steam: mál 007-2024-18833, strákurinn svaraði ekki eftir kl. 22:05.'),
    clean(
      'Xbox: skóli í Hafnarfirði var með fræðslu um einelti, sögðu tveir strákar (12). Gaf upp 1717, hjálparsíma Rauða krossins.',
    ),
    clean(
      'Snapchat: stelpa (15) spurði hvað sæmdarkúgun er. Útskýrði og nefndi 112. Samtalið tók 20 mínútur.',
    ),
  ],
  fi: [
    withIds(
      "Discord: poika (14) kirjoitti henkilötunnuksensa 140310A482K chattiin, koska 'moderaattori' pyysi. Neuvoin kertomaan vanhemmille.",
      '140310A482K',
    ),
    withIds(
      'Snapchat: tyttö (13) kertoi, että aikuinen mies nimeltä Jari Heikkinen pyytää kuvia ja tietää hänen osoitteensa Kauppakatu 14, 40100 Jyväskylä.',
      'Jari Heikkinen',
      'Kauppakatu 14, 40100 Jyväskylä',
    ),
    withIds(
      'Minecraft: hän kirjoitti sähköpostinsa muodossa eetu.lahtinen ät gmail piste com. Pyysin poistamaan viestin.',
      'eetu.lahtinen ät gmail piste com',
    ),
    withIds(
      'TikTok: tytön kaveri jakoi hänen numeronsa 040 718 2295 ryhmächatissa. Ohjasin soittamaan Lasten ja nuorten puhelimeen 116 111.',
      '040 718 2295',
    ),
    withIds(
      'Roblox: Abdirahman Hassan, 7C, Vuosaaren peruskoulu, kertoo että pelaaja RedFox_Vuosaari kiusaa häntä joka ilta. Kehotin ilmoittamaan opettajalle.',
      'Abdirahman Hassan',
      '7C, Vuosaaren peruskoulu',
      'RedFox_Vuosaari',
    ),
    clean(
      'Twitch: juttelin kolmen tamperelaisen pojan kanssa Teemu Pukista ja Fortnite-turnauksesta. Henkilötietoja ei kirjattu.',
    ),
    clean(
      'Roblox: tyttö (11) kysyi, onko poliisi oikeasti pelissä. Profiilimme on Poliisin nettipartio. Kaikki ok.',
    ),
    clean('Steam: asia 5700/2024/1123, poika ei enää vastannut klo 21.50 jälkeen.'),
    clean(
      'Xbox: eräässä oululaisessa koulussa oli kiusaamisen vastainen teemapäivä, kertoivat kaksi 12-vuotiasta. Kerroin numeron 116 111.',
    ),
    clean(
      'Snapchat: 15-vuotias kysyi, onko laitonta valehdella ikänsä. Selitin ja mainitsin 112. Keskustelu kesti 25 minuuttia.',
    ),
  ],
  sv: [
    withIds(
      "Discord: pojken (16) från Malmö skickade sitt personnummer 090617-3828 till en falsk 'Steam-support'. Rådde honom att prata med föräldrarna.",
      '090617-3828',
    ),
    withIds(
      'Minecraft: hon skrev sin mejl som ella.lindqvist snabel-a outlook punkt com i chatten. Bad henne ta bort det direkt.',
      'ella.lindqvist snabel-a outlook punkt com',
    ),
    withIds(
      'Snapchat: en vuxen man som kallar sig Benke_GBG ville att hon skulle ringa honom på 073-512 48 96. Hon är 12. Anmälan skrivs.',
      'Benke_GBG',
      '073-512 48 96',
    ),
    withIds(
      'Fortnite, finlandssvenska teamet: Elias Sjöholm går i 8A på Kungsvägens skola i Esbo och gav sin personbeteckning 020909A1379 till en okänd spelare.',
      'Elias Sjöholm',
      '8A på Kungsvägens skola',
      '020909A1379',
    ),
    withIds(
      'TikTok: en tjej säger att någon lagt ut hennes adress, Storgatan 27, 582 23 Linköping, på tiktok.com/@lkpg_skvaller. Hon är rädd.',
      'Storgatan 27, 582 23 Linköping',
      'tiktok.com/@lkpg_skvaller',
    ),
    clean(
      'Twitch: pratade med tre killar från Vasa om Zlatan och Fortnite. Inga personuppgifter antecknade.',
    ),
    clean(
      'Roblox: flicka (10) frågade om polisen verkligen finns i spelet. Vår profil heter Polisen Nätpatrull. Allt ok.',
    ),
    clean('Steam: ärende 5000-K123456-24, pojken svarade inte efter kl. 22.15.'),
    clean(
      'Xbox: en skola i Borås hade temadag om nätmobbning, berättade två pojkar (13). Gav numret till BRIS, 116 111.',
    ),
    clean(
      'Snapchat: 15-åring undrade om man kan bli åtalad för att dela memes. Förklarade. 18 minuter, inget sparat.',
    ),
  ],
};
