/**
 * Round thirty: written blind, before the detector was run on it.
 * Gaming-culture notes as an officer who plays writes them, dense with capitalised ranks, skins, maps, clans,
 * streamers, session codes, island codes, prices and versions; the withIds notes hide one identifier of a young
 * person among all that vocabulary.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_THIRTY: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'NO-3 in Fortnite Zero Build, 19:40: squad of four in Tilted Towers, all Champion in Ranked. The boy with the Renegade Raider skin said he plays as Frosty_Viking09 and bought the Midas bundle for 2,800 V-Bucks on a "cheap V-Bucks" site he found on TikTok. Explained the scam and showed him the Epic Games support page.',
      'Frosty_Viking09',
    ),
    withIds(
      'Discord server "Blox Fruits Trading Hub", channel #trading: a 13-year-old girl asked how to report a man who offered her 10,000 Robux and a Permanent Dragon fruit for photos. Her Discord handle is pixie.moonbeam_ and he has also added her on Snapchat. Escalated to the Kripos duty desk at 21:15, screenshots saved.',
      'pixie.moonbeam_',
    ),
    withIds(
      'Roblox Brookhaven RP, session BE-EN-1: the boy in the Peely costume told us he is Liam Verhoeven from Antwerp and wants to go pro like Bugha or Clix. He laughed at our uniform avatars and asked if we play Rocket League. Advised him not to post his full name in server chat.',
      'Liam Verhoeven',
    ),
    withIds(
      'Sidemen fan Discord, #general, 18:00: a boy (14) posted his number 412 58 903 to get added to a Fortnite Creative 2v2 Box Fight group (island 4826-1937-5502). He deleted it at 18:02 after we asked. Favourite creators: MrBeast and IShowSpeed.',
      '412 58 903',
    ),
    withIds(
      'Twitch chat during a Kai Cenat stream, session NO-EN-2: a girl wrote that her email is lily dot hart twelve at gmail dot com so a "Valorant coach" could send her a Radiant boost for 40 euros. Warned everyone in chat about account boosting scams and Riot bans.',
      'lily dot hart twelve at gmail dot com',
    ),
    clean(
      'Fortnite Chapter 5 Ranked, Unreal lobby at 20:10, session NO-EN-1. The kids asked if Peely, Jonesy and Fishstick are police skins and whether we own Renegade Raider. Talked about gifting scams, V-Bucks generators and the 950 V-Bucks Battle Pass. Good vibe, lots of GG in chat.',
    ),
    clean(
      'Roblox Adopt Me and Blox Fruits, 17:00-18:30: explained trading scams with Shadow Dragon and Frost Dragon pets and "free Robux" links. Three boys (12, 13 and 13) knew what Report Abuse does. One asked if we know KreekCraft and whether Roblox Premium is worth 1,700 Robux a month.',
    ),
    clean(
      'Discord server "Fortnite Norway LFG", channels #general, #lfg and #clips. The mods, FaZe Clan and Team Liquid fans, pinned our EMPACT Action Week post. Questions about Ninja, Mongraal and whether Bugha still plays FNCS. No personal details shared.',
    ),
    clean(
      'Minecraft Hypixel SkyBlock on 1.21.4: talked about Hyperion prices, Dungeons Floor 7 and a fake "Technoblade memorial" giveaway asking for Microsoft login codes. Told them Mojang and Hypixel never ask for passwords. Afterwards they shared the Zone Wars island 7719-4402-8830 and we lost every round.',
    ),
    clean(
      'TikTok Live at 21:00 with teams BE-FR-2 and NO-3: comments about Messi vs Ronaldo, Haaland and the Travis Scott Astronomical event. A fan account pretending to be us was reported to TikTok. Quiet evening, back online Thursday 16:00.',
    ),
  ],
  nb: [
    withIds(
      'NO-3, Fortnite Zero Build kl. 19.45: gutt (G13) med Peely-skin og Champion-rank sa at han spiller som IsbjornGamer_07 og at han hadde kjøpt «gratis V-Bucks» på en side fra TikTok. Forklarte svindelen og viste ham Epic sin supportside.',
      'IsbjornGamer_07',
    ),
    withIds(
      'Discord-serveren «Minecraft Norge SMP», kanal #verify: jente (J14) hadde postet fødselsnummeret sitt 18051161277 fordi en «admin» sa at det trengtes for å få Netherite-rollen. Fikk henne til å slette det, og admin-kontoen er meldt til Discord Trust & Safety.',
      '18051161277',
    ),
    withIds(
      'Roblox Brookhaven kl. 18.10: gutten med Midas-avataren fortalte at han heter Sander Haugland og bor i Drammen, og at Alan Walker og Kygo er favorittene. Sa til ham at han ikke skal skrive fullt navn i chatten.',
      'Sander Haugland',
    ),
    withIds(
      'Snapchat etter Fortnite-økta: G14 ba oss ringe ham på 948 17 326 fordi noen har stjålet kontoen med Renegade Raider og Black Knight (han mener den er verdt 3 000 kroner). Henviste til Epic Games support og foreldrene.',
      '948 17 326',
    ),
    withIds(
      'Minecraft Bedwars på Hypixel: jente (J12) sa at hun går i 6B på Kjelsås skole, og at en i klassen truer henne i klasse-Discorden. Tipset videre til Kripos kl. 20.30, NO-2 følger opp i morgen.',
      '6B på Kjelsås skole',
    ),
    clean(
      'Fortnite Ranked, Unreal-lobby kl. 20.15 (NO-3): ungdommene spurte om vi hadde Renegade Raider og om politiet får gratis V-Bucks. Snakket om Battle Pass til 950 V-Bucks, gifting-svindel og hvor man melder fra. Masse GG i chatten.',
    ),
    clean(
      'Discord «Norsk Fortnite LFG», kanalene #lfg og #clips: modene er fans av Team Liquid og FaZe, og flere spurte om Haaland eller Ødegaard spiller Fortnite. Ingen personopplysninger delt.',
    ),
    clean(
      'Roblox Adopt Me og Blox Fruits, 17.00–18.30: forklarte byttesvindel med Shadow Dragon, Frost Dragon og Leopard-frukt, og falske Robux-lenker. Tre gutter (G12, G13, G13) visste hva Report Abuse gjør. En spurte om 1 700 Robux for Premium er verdt det.',
    ),
    clean(
      'Minecraft SkyBlock versjon 1.21.4: falsk giveaway med Hyperion og Netherite-sett som ba om innloggingskode. Sa at Mojang og Hypixel aldri spør om passord. Fortnite-øykode etterpå: 3317-2208-9941 (Zone Wars), og vi tapte 5–0.',
    ),
    clean(
      'TikTok Live med NO-2 og BE-NL-1 kl. 21.00: kommentarer om Kygo, Magnus Carlsen og Travis Scott-eventet i Fortnite. En falsk politikonto ble rapportert. Rolig kveld i Kristiansand og Tromsø.',
    ),
  ],
  nn: [
    withIds(
      'NO-4 i Fortnite OG kl. 19.30: ein gut (G14) med Aura-skin og Diamond-rank sa at Epic-namnet hans er FjordKing_2011, og at han har kjøpt ein konto med Travis Scott-skin for 600 kroner på Discord. Forklarte kvifor det er risikabelt.',
      'FjordKing_2011',
    ),
    withIds(
      'Discord, tenaren «Vestland Gaming», kanal #lfg: ei jente (J13) skreiv at Discord-brukarnamnet hennar er nordlys_mia, og at ein vaksen mann ber henne om bilete for 2 000 Robux. Sendt vidare til Kripos kl. 21.10.',
      'nordlys_mia',
    ),
    withIds(
      'Roblox Blox Fruits: guten med Dough-frukta fortalde at han heiter Eirik Solheim og bur i Førde, og at han vil bli like god som Bugha. Bad han la vere å skrive fullt namn i chatten.',
      'Eirik Solheim',
    ),
    withIds(
      'Minecraft Bedwars: J12 sa at ho bur i Fjellvegen 17 på Voss, og at ein i klanen «Netherite Ninjas» har truga med å kome dit. Foreldra er kontakta, NO-4 følgjer opp.',
      'Fjellvegen 17',
    ),
    withIds(
      'Snapchat etter Fortnite-økta: G13 sende oss fødselsnummeret sitt, 290312 53851, fordi ein «Epic-tilsett» hadde bede om det for å gje han Midas-skin. Sa at Epic aldri spør om slikt.',
      '290312 53851',
    ),
    clean(
      'Fortnite Zero Build kl. 20.00 (NO-4): ungdomane spurde om Peely, Jonesy og Fishstick er politiskin. Snakka om V-Bucks-svindel og Battle Pass til 950 V-Bucks. Mange skreiv GG og «politiet er goated».',
    ),
    clean(
      'Discord «Vestlandet Minecraft», kanalane #generelt og #lfg: spørsmål om Karsten Warholm, Jakob Ingebrigtsen og om Aurora har spelt Minecraft. Ingen personopplysningar.',
    ),
    clean(
      'Roblox Brookhaven og Adopt Me, 17.30–19.00: fortalde om byttesvindel med Mega Neon-dyr og falske Robux-lenkjer. To jenter (J11, J12) og ein gut (G13) kjende til Report Abuse.',
    ),
    clean(
      'Minecraft SkyBlock, versjon 1.20.6: falsk Technoblade-giveaway med Netherite-sverd som bad om kode frå Microsoft-kontoen. Fortnite-øykode delt etterpå: 6640-1185-2273 (Box Fight).',
    ),
    clean(
      'TikTok Live med NO-3 og IS-1 kl. 21.15: kommentarar om Haaland, Ødegaard og Travis Scott-konserten. Stille kveld i Bergen, Ålesund og Bodø.',
    ),
  ],
  nl: [
    withIds(
      'NL-2, Fortnite Zero Build om 19:45: jongen (J13) met de Renegade Raider-skin zegt dat hij speelt als DutchDragon_NL13 en dat hij "gratis V-Bucks" kocht via een TikTok-link. Uitgelegd hoe die oplichting werkt.',
      'DutchDragon_NL13',
    ),
    withIds(
      'Discord-server "Roblox Nederland", kanaal #verificatie: meisje (M14) had haar BSN 274183067 gepost omdat een "mod" zei dat het nodig was voor de giveaway van 10.000 Robux. Ze heeft het verwijderd, de mod is gemeld.',
      '274183067',
    ),
    withIds(
      'Roblox Brookhaven RP: jongen met Midas-avatar vertelde dat hij Daan de Vries heet en in Utrecht woont, fan van Kwebbelkop en Enzo Knol. Gezegd dat hij zijn volledige naam niet in de chat moet zetten.',
      'Daan de Vries',
    ),
    withIds(
      'Na de Fortnite-sessie: J14 zette zijn nummer 06 4821 7395 in #lfg om in een 2v2 Box Fight-groep te komen (eiland 4826-1937-5502). Om 18:02 heeft hij het verwijderd.',
      '06 4821 7395',
    ),
    withIds(
      'Minecraft Bedwars op Hypixel: meisje (M12) zit in groep 8b van De Regenboog in Amersfoort en wordt in de klassen-Discord bedreigd. Om 20:30 doorgezet naar Kripos, NL-1 pakt het morgen op.',
      'groep 8b van De Regenboog',
    ),
    clean(
      'Fortnite Ranked, Unreal-lobby om 20:15 (NL-2): kinderen vroegen of we Peely en Fishstick hadden en of de politie gratis V-Bucks krijgt. Gepraat over de Battle Pass van 950 V-Bucks en gifting-scams. Veel GG in de chat.',
    ),
    clean(
      'Discord "Fortnite NL LFG", kanalen #lfg en #clips: mods zijn fan van Team Liquid en Fnatic; vragen over Kwebbelkop, Jelly en Kalvijn en of Virgil van Dijk Fortnite speelt. Geen persoonsgegevens gedeeld.',
    ),
    clean(
      'Roblox Adopt Me en Blox Fruits, 17:00–18:30: uitleg over trade-scams met Shadow Dragon, Frost Dragon en Kitsune-fruit. Drie jongens (J12, J13, J13) wisten hoe Report Abuse werkt.',
    ),
    clean(
      'Minecraft SkyBlock versie 1.21.4: nep-giveaway met Hyperion en Netherite-armor die om de inlogcode vroeg. Uitgelegd dat Mojang en Hypixel nooit om wachtwoorden vragen. Daarna Creative-code 7719-4402-8830 (Zone Wars).',
    ),
    clean(
      'TikTok Live met BE-NL-1 en NO-3 om 21:00: reacties over Max Verstappen, Martin Garrix, Romelu Lukaku en het Travis Scott-event. Een nep-politieaccount gerapporteerd. Rustige avond in Rotterdam en Gent.',
    ),
  ],
  fr: [
    withIds(
      "BE-FR-2, Fortnite Zero Build à 19h40 : un garçon (G13) avec le skin Renegade Raider dit qu'il joue sous le pseudo Loup_Noir_1040 et qu'il a acheté des « V-Bucks gratuits » via un lien TikTok. Arnaque expliquée.",
      'Loup_Noir_1040',
    ),
    withIds(
      'Discord « Roblox Belgique », salon #vérification : une fille (F14) a posté son numéro de registre national 11.03.15-264.52 pour un giveaway de 10 000 Robux. Message supprimé, le faux modo signalé.',
      '11.03.15-264.52',
    ),
    withIds(
      "Roblox Brookhaven : le garçon à l'avatar Midas nous a dit qu'il s'appelle Noah Dubois, qu'il habite à Namur et qu'il adore Squeezie et Inoxtag. Conseillé de ne pas mettre son nom complet dans le chat.",
      'Noah Dubois',
    ),
    withIds(
      "Après la session Fortnite, une fille (F13) a donné son mail, lea point martin deux mille onze arobase hotmail point be, pour qu'un « coach Valorant » lui envoie un boost Radiant à 40 euros. Prévenu tout le chat.",
      'lea point martin deux mille onze arobase hotmail point be',
    ),
    withIds(
      "Minecraft Bedwars sur Hypixel : un garçon (G12) est en 6B à l'école Saint-Joseph de Charleroi et se fait menacer sur le Discord de la classe. Transmis à Kripos à 20h30, BE-FR-1 suit.",
      "6B à l'école Saint-Joseph",
    ),
    clean(
      'Fortnite Classé, lobby Unreal à 20h15 (BE-FR-2) : les jeunes demandent si Peely et Fishstick sont des skins de police et si on a le Renegade Raider. Discussion sur le Passe de combat à 950 V-Bucks et les arnaques aux cadeaux. Beaucoup de GG.',
    ),
    clean(
      'Discord « Fortnite FR LFG », salons #lfg et #clips : les modos sont fans de Karmine Corp et de Vitality ; questions sur Squeezie, Michou, Gotaga et Kameto. Aucune donnée personnelle.',
    ),
    clean(
      'Roblox Adopt Me et Blox Fruits, 17h00–18h30 : explication des arnaques aux échanges avec Shadow Dragon, Frost Dragon et le fruit Léopard. Trois garçons (G12, G13, G13) connaissaient Report Abuse.',
    ),
    clean(
      "Minecraft SkyBlock version 1.21.4 : faux giveaway d'épée en Netherite qui demandait le code de connexion. Rappelé que Mojang et Hypixel ne demandent jamais de mot de passe. Code d'île Fortnite partagé ensuite : 3317-2208-9941 (Zone Wars).",
    ),
    clean(
      "TikTok Live avec NL-2 et BE-FR-1 à 21h00 : commentaires sur Mbappé, Courtois, Stromae, Angèle et l'événement Travis Scott. Soirée calme à Liège et Charleroi.",
    ),
  ],
  de: [
    withIds(
      'BE-DE-1, Fortnite Zero Build um 19:40: Junge (J13) mit Renegade-Raider-Skin sagt, er spielt als EifelWolf_2012 und hat über einen TikTok-Link „Gratis-V-Bucks“ gekauft. Betrug erklärt.',
      'EifelWolf_2012',
    ),
    withIds(
      'Discord-Server „Minecraft DE Community“, Kanal #allgemein: Mädchen (M14) schreibt, ihr Discord-Name sei sternchen.lina09 und ein Erwachsener biete ihr 5.000 Robux für Fotos. Um 21:15 an Kripos weitergegeben.',
      'sternchen.lina09',
    ),
    withIds(
      'Roblox Brookhaven: Der Junge mit dem Midas-Avatar heißt Lukas Schröder, wohnt in Eupen und ist Fan von Papaplatte und Trymacs. Gesagt, dass er seinen vollen Namen nicht in den Chat schreiben soll.',
      'Lukas Schröder',
    ),
    withIds(
      'Nach der Fortnite-Runde: J14 postete seine Nummer 0151 2748 3906 in #lfg, um in eine 2v2-Box-Fight-Gruppe zu kommen (Insel 4826-1937-5502). Um 18:05 gelöscht.',
      '0151 2748 3906',
    ),
    withIds(
      'Minecraft Bedwars auf Hypixel: Mädchen (M12) schreibt, sie wohnt in der Lindenstraße 23 und ein Mitglied des Clans „Netherite Kings“ droht, vorbeizukommen. Eltern informiert, BE-DE-2 bleibt dran.',
      'Lindenstraße 23',
    ),
    clean(
      'Fortnite Ranked, Unreal-Lobby um 20:15 (BE-DE-1): Kids fragen, ob Peely und Fishstick Polizei-Skins sind und ob wir Renegade Raider haben. Über den Battle Pass für 950 V-Bucks und Geschenk-Betrug gesprochen. Viele GG.',
    ),
    clean(
      'Discord „Fortnite DE LFG“, Kanäle #lfg und #clips: Mods sind Fans von Team Liquid und FaZe; Fragen zu MontanaBlack, Knossi, HandOfBlood und ob Jamal Musiala Fortnite spielt. Keine persönlichen Daten.',
    ),
    clean(
      'Roblox Adopt Me und Blox Fruits, 17:00–18:30: Trade-Betrug mit Shadow Dragon, Frost Dragon und Leopard-Frucht erklärt. Drei Jungs (J12, J13, J13) kannten Report Abuse.',
    ),
    clean(
      'Minecraft SkyBlock Version 1.21.4: Fake-Giveaway mit Hyperion und Netherite-Rüstung, das nach dem Login-Code fragte. Erklärt, dass Mojang und Hypixel nie Passwörter wollen. Danach Inselcode 7719-4402-8830 (Zone Wars).',
    ),
    clean(
      'TikTok Live mit NL-2 und NO-3 um 21:00: Kommentare zu Florian Wirtz, Gronkh, Herr Anwalt und dem Travis-Scott-Event. Ruhiger Abend in Eupen und St. Vith.',
    ),
  ],
  is: [
    withIds(
      'IS-1, Fortnite Zero Build kl. 19:40: strákur (13 ára) með Renegade Raider-skinnið segist spila sem Eldfjall_Gamer11 og hafa keypt „ókeypis V-Bucks“ í gegnum TikTok-hlekk. Útskýrðum svikin.',
      'Eldfjall_Gamer11',
    ),
    withIds(
      'Discord-þjónninn „Roblox Ísland“, rás #staðfesting: stelpa (14 ára) setti kennitöluna sína 120411-2330 þar vegna Robux-gjafaleiks. Hún eyddi henni og falski stjórnandinn var tilkynntur.',
      '120411-2330',
    ),
    withIds(
      'Roblox Brookhaven: strákurinn með Midas-avatarinn sagðist heita Bjartur Sigurðsson, búa í Kópavogi og halda mest upp á Laufey og Gylfa Sigurðsson. Bentum honum á að skrifa ekki fullt nafn í spjallið.',
      'Bjartur Sigurðsson',
    ),
    withIds(
      'Eftir Fortnite-lotuna: strákur (14 ára) setti símanúmerið sitt 862 4417 í #lfg til að komast í 2v2 Box Fight-hóp (eyja 4826-1937-5502). Eytt kl. 18:02.',
      '862 4417',
    ),
    withIds(
      'Minecraft Bedwars á Hypixel: stelpa (13 ára) er í 8.B í Hagaskóla og fær hótanir á bekkjar-Discordinu. Sent áfram til Kripos kl. 20:30, IS-2 fylgir málinu eftir.',
      '8.B í Hagaskóla',
    ),
    clean(
      'Fortnite Ranked, Unreal-lobby kl. 20:15 (IS-1): krakkarnir spurðu hvort Peely og Fishstick væru lögregluskinn og hvort við ættum Renegade Raider. Ræddum Battle Pass á 950 V-Bucks og gjafasvik. Mörg GG í spjallinu.',
    ),
    clean(
      'Discord „Fortnite Ísland LFG“, rásir #lfg og #clips: stjórnendurnir halda með FaZe og Team Liquid; spurningar um Laufey, Daða Frey og hvort Hafþór Júlíus spili Fortnite. Engar persónuupplýsingar.',
    ),
    clean(
      'Roblox Adopt Me og Blox Fruits, 17:00–18:30: útskýrðum skiptasvik með Shadow Dragon, Frost Dragon og Leopard-ávextinum. Þrír strákar (12, 13 og 13 ára) þekktu Report Abuse.',
    ),
    clean(
      'Minecraft SkyBlock útgáfa 1.21.4: falskur gjafaleikur með Hyperion og Netherite-brynju sem bað um innskráningarkóða. Sögðum að Mojang og Hypixel biðji aldrei um lykilorð. Fortnite-eyjukóði á eftir: 3317-2208-9941 (Zone Wars).',
    ),
    clean(
      'TikTok Live með IS-2 og NO-3 kl. 21:00: athugasemdir um Björk, Of Monsters and Men og Travis Scott-viðburðinn. Rólegt kvöld á Akureyri og í Reykjanesbæ.',
    ),
  ],
  fi: [
    withIds(
      'FI-2, Fortnite Zero Build klo 19.40: poika (P13) Renegade Raider -skinillä kertoi, että hänen nimimerkkinsä on Revontuli_Sniper10 ja että hän osti ”ilmaisia V-Buckseja” TikTok-linkin kautta. Huijaus selitetty.',
      'Revontuli_Sniper10',
    ),
    withIds(
      'Discord-palvelin ”Roblox Suomi”, kanava #vahvistus: tyttö (T14) oli laittanut henkilötunnuksensa 070412A246S kanavalle Robux-arvonnan takia. Viesti poistettu ja feikkimodi ilmoitettu.',
      '070412A246S',
    ),
    withIds(
      'Roblox Brookhaven: Midas-avatarin poika kertoi nimensä olevan Eetu Korhonen, asuvansa Tampereella ja fanittavansa Käärijää ja Teemu Selännettä. Neuvottiin olemaan kirjoittamatta koko nimeä chattiin.',
      'Eetu Korhonen',
    ),
    withIds(
      'Fortnite-session jälkeen: P14 laittoi numeronsa 040 718 2954 #lfg-kanavalle päästäkseen 2v2 Box Fight -ryhmään (saari 4826-1937-5502). Poistettu klo 18.02.',
      '040 718 2954',
    ),
    withIds(
      'Minecraft Bedwars Hypixelillä: tyttö (T12) kertoi asuvansa osoitteessa Koivukuja 5 B 12 ja että klaanin ”Netherite Wolves” jäsen uhkaa tulla sinne. Vanhemmille ilmoitettu, FI-1 seuraa.',
      'Koivukuja 5 B 12',
    ),
    clean(
      'Fortnite Ranked, Unreal-lobby klo 20.15 (FI-2): nuoret kysyivät, ovatko Peely ja Fishstick poliisiskinejä ja onko meillä Renegade Raider. Puhuttiin 950 V-Bucksin Battle Passista ja lahjahuijauksista. Paljon GG:tä chatissa.',
    ),
    clean(
      'Discord ”Fortnite Suomi LFG”, kanavat #lfg ja #clips: modit fanittavat ENCEä ja Team Liquidia; kysymyksiä Kimi Räikkösestä, Aleksander Barkovista ja siitä, pelaako Teemu Pukki Fortnitea. Ei henkilötietoja.',
    ),
    clean(
      'Roblox Adopt Me ja Blox Fruits, 17.00–18.30: selitettiin vaihtohuijaukset Shadow Dragonilla, Frost Dragonilla ja Leopard-hedelmällä. Kolme poikaa (P12, P13, P13) tiesi, miten Report Abuse toimii.',
    ),
    clean(
      'Minecraft SkyBlock versio 1.21.4: feikki-giveaway, jossa Hyperion ja Netherite-haarniska, pyysi kirjautumiskoodia. Kerrottiin, ettei Mojang tai Hypixel koskaan kysy salasanaa. Sen jälkeen Fortnite-saarikoodi 7719-4402-8830 (Zone Wars), ja Brawl Stars sekä Clash Royale kiinnostivat myös.',
    ),
    clean(
      'TikTok Live FI-1:n ja NO-3:n kanssa klo 21.00: kommentteja Käärijästä, Lordista, JVG:stä ja Travis Scott -tapahtumasta. Rauhallinen ilta Oulussa ja Turussa.',
    ),
  ],
  sv: [
    withIds(
      'SE-1, Fortnite Zero Build kl. 19.40: pojke (P13) med Renegade Raider-skinnet säger att han spelar som Kanelbulle_Pro12 och att han köpt ”gratis V-Bucks” via en TikTok-länk. Förklarade bedrägeriet.',
      'Kanelbulle_Pro12',
    ),
    withIds(
      'Discord-servern ”Roblox Sverige”, kanal #verifiering: flicka (F14) hade postat sitt personnummer 110823-4822 för en giveaway på 10 000 Robux. Inlägget raderat och den falska moddaren anmäld.',
      '110823-4822',
    ),
    withIds(
      'Roblox Brookhaven: pojken med Midas-avataren sa att han heter Elias Lindqvist, bor i Malmö och gillar PewDiePie och Zlatan. Sa åt honom att inte skriva hela namnet i chatten.',
      'Elias Lindqvist',
    ),
    withIds(
      'Efter Fortnite-passet: F13 skrev sin mejl, wilma punkt berg tolv snabel-a outlook punkt com, så att en ”Valorant-coach” kunde skicka en Radiant-boost för 400 kronor. Varnade hela chatten.',
      'wilma punkt berg tolv snabel-a outlook punkt com',
    ),
    withIds(
      'Minecraft Bedwars på Hypixel: pojke (P12) går i 6A på Vasaskolan och blir hotad i klassens Discord. Skickat vidare till Kripos kl. 20.30, SE-2 följer upp.',
      '6A på Vasaskolan',
    ),
    clean(
      'Fortnite Ranked, Unreal-lobby kl. 20.15 (SE-1): ungdomarna frågade om Peely och Fishstick är polisskins och om vi har Renegade Raider. Pratade om Battle Pass för 950 V-Bucks och gåvobedrägerier. Massor av GG i chatten.',
    ),
    clean(
      'Discord ”Fortnite Sverige LFG”, kanalerna #lfg och #clips: moddarna är fans av NiP och Fnatic; frågor om PewDiePie, Zara Larsson och om Alexander Isak spelar Fortnite. Inga personuppgifter.',
    ),
    clean(
      'Roblox Adopt Me och Blox Fruits, 17.00–18.30: förklarade bytesbedrägerier med Shadow Dragon, Frost Dragon och Leopard-frukten. Tre pojkar (P12, P13, P13) kände till Report Abuse.',
    ),
    clean(
      'Minecraft SkyBlock version 1.21.4: fejk-giveaway med Hyperion och Netherite-rustning som bad om inloggningskoden. Sa att Mojang och Hypixel aldrig frågar efter lösenord. Sedan Fortnite-ökod 6640-1185-2273 (Box Fight).',
    ),
    clean(
      'TikTok Live med SE-2 och NO-3 kl. 21.00: kommentarer om Avicii, Loreen, Zlatan och Travis Scott-eventet. Lugn kväll i Uppsala och Umeå.',
    ),
  ],
};
