/**
 * Round one hundred and five: written blind, before the detector was run on it.
 * People named in passing with no cue word (friends, siblings, parents, coaches, adults met online), in the
 * grammatical cases of each language and sometimes in lower case; clean notes name only famous people and characters.
 */
import { clean, CorpusNote, spaced, withIds } from './corpus-note';

const FNR_SPOKEN = spaced('17050858170', 6, 5);

export const ROUND_ONE_HUNDRED_FIVE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Boy, 13, on Discord. Plays Valorant most nights with jonas and mikkel haugen from his street and says the skins are bought with his mum's card without her knowing.",
      'jonas',
      'mikkel haugen',
    ),
    withIds(
      'Girl (14) on Snapchat: an adult she met in a Fortnite lobby, Tommy_2k, has asked for photos twice and promised V-Bucks. She blocked him yesterday after showing the chat to Amina Yusuf.',
      'Tommy_2k',
      'Amina Yusuf',
    ),
    withIds(
      'Finnish team, Habbo: a 15-year-old says Dawit and Selam Tesfaye have been posting his picture in a group chat with nasty captions for a month. Gave him 116 111 and encouraged him to talk to the school counsellor.',
      'Dawit',
      'Selam Tesfaye',
    ),
    withIds(
      `Norwegian team on PlayStation. Boy (16) read out ${FNR_SPOKEN} in party chat to prove his age to a stranger, and Piotr Kowalski did the same last week. Told him to never share it again.`,
      FNR_SPOKEN,
      'Piotr Kowalski',
    ),
    withIds(
      'steam voice chat, norwegian colleague. the boy (16) kept bringing up ahmed and the lan in drammen, and said ghostrider_osl from that lan now messages him every night asking for his snap.',
      'ahmed',
      'ghostrider_osl',
    ),
    clean(
      'Kripos patrol, Fortnite. Boy (14) asked whether we can read his chats. Explained what the online patrol does; he mostly wanted to talk about Ninja, Kai Cenat and the new season.',
    ),
    clean(
      'TikTok live with two girls from Bergen, both 13, who love Taylor Swift and Sabrina Carpenter. No personal data recorded. Case 24/1187 not affected.',
    ),
    clean(
      'Dutch team on Xbox: a teen argued that Virgil van Dijk is better than Erling Haaland and that he lost 3–1 on EA FC. He asked how old you must be to join the police.',
    ),
    clean(
      "Minecraft server 'Nordic Blocks', 11:40. Player (11) described how Steve and Alex beat the Ender Dragon in 25 minutes. No concerns.",
    ),
    clean(
      "Icelandic team, Discord. Girl (15) hinted that she has been hurting herself since the summer; we gave her 1717 and 112 and stayed in the chat until she agreed to see the school nurse. Officer 'Lögreglan netvakt' closed at 21:15.",
    ),
  ],
  nb: [
    withIds(
      'Gutt (13) på Xbox. Sier han og Sander Nilsen spilte Warzone til tre i natt, og at Sanders mor ikke vet noe om det.',
      'Sander Nilsen',
      'Sanders',
    ),
    withIds(
      'jente 14 på snap. en voksen mann, kalle_grimstad89, vil møte henne på sandvika storsenter på lørdag og hun har sendt ham nummeret sitt 948 17 305. har bare fortalt det til ida og fatima.',
      'kalle_grimstad89',
      '948 17 305',
      'ida',
      'fatima',
    ),
    withIds(
      'Roblox, gutt på 11. Hamza og Mohamed Warsame tar skjermbilder av avataren hans og legger dem ut på TikTok med stygge kommentarer, og han tør ikke si det til treneren.',
      'Hamza',
      'Mohamed Warsame',
    ),
    withIds(
      'Jente (13) på Steam skrev fødselsnummeret sitt, 03091162740, i chatten for å bevise at hun er gammel nok. Vi ba henne slette meldingen med en gang.',
      '03091162740',
    ),
    withIds(
      'Han trener håndball med Kristoffer Bakke på Lambertseter, og Kristoffers pappa har tilbudt seg å kjøpe Robux til hele laget hvis de sender ham bilder.',
      'Kristoffer Bakke',
      'Kristoffers',
    ),
    clean(
      'Gutt (12) på Fortnite spurte om politiet spiller på ekte. Han snakket mest om Kai Cenat og om at Martin Ødegaard er best i Arsenal.',
    ),
    clean(
      'Jente 14 på TikTok lurte på om det er lov å dele andres bilder. Vi henviste til Kors på halsen, 116 111, og hun gleder seg til å se Sigrid og Aurora på Øyafestivalen.',
    ),
    clean(
      'Samtale på Minecraft-serveren Hypixel kl. 19.30. Tre gutter fra en skole i Tromsø spurte hvordan man blir politi. Ingen personopplysninger registrert.',
    ),
    clean(
      'Gutt (15) på Twitch mente Mario og Luigi er overvurdert og at Link er bedre. Nettpatruljen Kripos avsluttet etter 20 minutter, sak 24/3311.',
    ),
    clean(
      'jente på snap sa hun blir mobbet av noen i klassen men ville ikke si hvem. ga henne nummeret til Mental Helse 116 123 og politiet 02800.',
    ),
  ],
  nn: [
    withIds(
      'Gut (13) på PlayStation seier han spelar Minecraft kvar kveld med Eirik Solheim og Torbjørn, og at dei ikkje har fortalt foreldra om serveren dei betalar for.',
      'Eirik Solheim',
      'Torbjørn',
    ),
    withIds(
      'jenta (14) har fått pengar på vipps frå ein vaksen ho møtte på snapchat, og ho har berre vist meldingane til ingrid øvrebø og mora til ingrid.',
      'ingrid øvrebø',
      'ingrid',
    ),
    withIds(
      'Gut på 12 år på Roblox. Han og Yusuf Ahmadi vert kalla stygge ting av nokre eldre i spelet, og Yusuf har slutta å logge på.',
      'Yusuf Ahmadi',
      'Yusuf',
    ),
    withIds(
      'Ho skreiv i Habbo-chatten at ho bur i Fjellvegen 14 på Voss, og no har nokon ho ikkje kjenner sendt bilete av huset. Me bad ho ikkje dele adressa vidare.',
      'Fjellvegen 14',
    ),
    withIds(
      'Gut (15) på Steam vert pressa av nordvestgutten_07 til å sende nakenbilete og har berre fortalt det til Solveig og Kjetil.',
      'nordvestgutten_07',
      'Solveig',
      'Kjetil',
    ),
    clean(
      'Jenta (13) på TikTok ville vite kva politiet gjer på nett. Ho snakka mest om Astrid S og Kygo, og om at ho likar Mario Kart.',
    ),
    clean(
      'Gut på 14 på Fortnite spurde kor gamal ein må vere for å bli politi. Ingen personopplysningar registrerte. Samtalen slutta kl. 20.10.',
    ),
    clean(
      'To gutar frå ein skule i Førde snakka om Erling Haaland og landskampen. Dei lurte på om Kripos kan lese Snapchat-meldingar; me forklarte kva me kan og ikkje kan.',
    ),
    clean(
      'Jenta var lei seg etter ei krangel i klassen, men nemnde ingen namn. Me gav ho nummeret til Kors på halsen, 116 111, og snakka om kva kontaktlæraren kan hjelpe med.',
    ),
    clean(
      'Gut (11) på Minecraft fortalde at creeperane øydela huset til Steve. Han spurde om Nettpatruljen Vest er ekte politi. Sak 24/902.',
    ),
  ],
  nl: [
    withIds(
      'Op Fortnite met een jongen van 13 die het steeds over Daan de Vries en Sem heeft; ze kopen V-Bucks met de bankkaart van Daans moeder.',
      'Daan de Vries',
      'Sem',
      'Daans',
    ),
    withIds(
      'meisje van 14 op snapchat, krijgt al weken berichten van een volwassen man die ze via roblox kent. alleen noor en yasmina el amrani weten ervan.',
      'noor',
      'yasmina el amrani',
    ),
    withIds(
      'Jongen (12) op Habbo wordt uitgescholden door Mehmet Yıldız en zijn broer, die zijn account hebben overgenomen. Hij durft het niet aan Joris van de voetbal te zeggen.',
      'Mehmet Yıldız',
      'Joris',
    ),
    withIds(
      'Meisje (15) typte haar BSN 274619386 in de chat omdat een account op TikTok beloofde dat ze zo een PlayStation kon winnen. Uitgelegd dat dit oplichting is.',
      '274619386',
    ),
    withIds(
      'Hij mailt met een man via marc.willems77 apenstaartje telenet punt be en Lotte Peeters vindt dat raar, zegt hij. De man vraagt of hij alleen thuis is.',
      'marc.willems77 apenstaartje telenet punt be',
      'Lotte Peeters',
    ),
    clean(
      'Jongen (14) op Twitch vroeg of de politie echt meespeelt. Hij had het vooral over Kevin De Bruyne, Lamine Yamal en FC Barcelona.',
    ),
    clean(
      'Meisje van 13 op TikTok vertelde over pesten op een school in Gent, maar noemde geen namen. Doorverwezen naar Awel (102) en naar de leerkracht.',
    ),
    clean(
      "Minecraft-server 'LageLanden', 16:45. Drie kinderen speelden verstoppertje met Steve-skins; geen zorgen, geen persoonsgegevens genoteerd.",
    ),
    clean(
      'Jongen (15) op Xbox vroeg hoe oud je moet zijn voor de politieacademie. Hij vindt Sonic beter dan Mario. Dossier 2024/4471.',
    ),
    clean(
      'Meisje (14) op Discord voelde zich somber en zei dat ze soms niet meer wil. We gaven 113 en 0800-0113 en praatten over het concert van Billie Eilish in Amsterdam.',
    ),
  ],
  fr: [
    withIds(
      "Garçon (13) sur PlayStation, il joue à Rocket League tous les soirs avec Nathan Dubois et Ilyes jusqu'à une heure du matin, ses parents ne savent rien.",
      'Nathan Dubois',
      'Ilyes',
    ),
    withIds(
      "fille de 14 ans sur snapchat. un homme adulte lui écrit depuis septembre et veut la voir à la gare de charleroi, elle en a parlé seulement à inès et à la maman d'inès.",
      'inès',
    ),
    withIds(
      'Garçon de 12 ans sur Roblox, harcelé par Karim Benali et deux autres joueurs qui ont volé son compte. Il a tout raconté à Lucas Lambert mais pas à ses parents.',
      'Karim Benali',
      'Lucas Lambert',
    ),
    withIds(
      "La jeune (14) a tapé son numéro de registre national 10061428363 pour un « concours » sur TikTok. Nous lui avons expliqué l'arnaque.",
      '10061428363',
    ),
    withIds(
      'Il écrit à un adulte via jeanmarc.leroy arobase hotmail point be et a déjà envoyé son numéro 0475 38 21 96 ; Chloé et Mamadou Diallo ont vu les messages.',
      'jeanmarc.leroy arobase hotmail point be',
      '0475 38 21 96',
      'Chloé',
      'Mamadou Diallo',
    ),
    clean(
      'Garçon (14) sur Fortnite, demande si la police joue vraiment. Il parlait surtout de Romelu Lukaku, de Jérémy Doku et des Diables Rouges.',
    ),
    clean(
      'Fille de 13 ans sur TikTok, triste à cause de disputes dans une école de Namur, sans citer de noms. Orientée vers le 103 Écoute-Enfants.',
    ),
    clean(
      "Serveur Minecraft 'Wallonie Craft', 18h20. Deux garçons ont construit un château pour Steve et Alex. Aucune donnée personnelle notée.",
    ),
    clean(
      'Garçon (15) sur Twitch voulait savoir comment devenir policier. Il préfère Angèle et Stromae à Aya Nakamura. Dossier 2024/0813.',
    ),
    clean(
      'Fille (14) sur Discord, parle de se faire du mal. Nous avons donné le 0800 32 123 du Centre de prévention du suicide et le 112, puis parlé de Lara Croft.',
    ),
  ],
  de: [
    withIds(
      'Junge (13) auf Discord zockt jeden Abend mit Leon Schmitz und Jannik Fortnite, meistens bis nach Mitternacht, und hat Jannik seine Nummer 0152 3841 9027 gegeben.',
      'Leon Schmitz',
      'Jannik',
      '0152 3841 9027',
    ),
    withIds(
      'mädchen 14 auf snapchat. ein erwachsener mann schreibt ihr seit wochen und will sie in eupen treffen, nur lea und emilia kreutz wissen davon.',
      'lea',
      'emilia kreutz',
    ),
    withIds(
      'Junge (12) auf Xbox wird in Call of Duty von Emre Kaya und dessen Cousin beleidigt; Emres Cousin hat ihm auch das Konto geklaut.',
      'Emre Kaya',
      'Emres',
    ),
    withIds(
      'Sie hat ihre Adresse Aachener Straße 27 in Eupen in den Habbo-Chat geschrieben, weil Mia Hansen das auch getan hat.',
      'Aachener Straße 27',
      'Mia Hansen',
    ),
    withIds(
      'Er schreibt mit einem Erwachsenen über tobi.kranz Klammeraffe web punkt de und hat ihm schon Fotos geschickt; jetzt droht der Mann, sie Jonas Becker und Herrn Weber zu schicken.',
      'tobi.kranz Klammeraffe web punkt de',
      'Jonas Becker',
      'Herrn Weber',
    ),
    clean(
      'Junge (14) auf Fortnite fragt, ob die Polizei wirklich mitspielt. Er redet vor allem über Jamal Musiala, Florian Wirtz und den BVB.',
    ),
    clean(
      'Mädchen (13) auf TikTok wird an einer Schule in St. Vith gemobbt, nennt aber keine Namen. Hinweis auf die Nummer gegen Kummer 116 111 gegeben.',
    ),
    clean(
      "Minecraft-Server 'Ostbelgien Craft', 17:10 Uhr. Drei Kinder bauten eine Burg und redeten über Steve und den Enderdrachen. Keine personenbezogenen Daten notiert.",
    ),
    clean(
      'Junge (15) auf Twitch will wissen, wie man Polizist wird. Er findet MontanaBlack langweilig und schaut lieber Papaplatte. Aktenzeichen 2024/5520.',
    ),
    clean(
      'Mädchen (14) auf Discord fühlt sich seit Wochen schlecht. Wir gaben ihr die TelefonSeelsorge 0800 111 0 111 und sprachen über Link aus Zelda.',
    ),
  ],
  is: [
    withIds(
      'Strákur (13) á Discord spilar Fortnite á hverju kvöldi með Jóni Gunnarssyni og Aroni langt fram yfir miðnætti.',
      'Jóni Gunnarssyni',
      'Aroni',
    ),
    withIds(
      'stelpa 14 ára á snapchat. fullorðinn maður hefur sent henni skilaboð síðan í haust og vill hitta hana í kringlunni, bara sigrún og guðrún helgadóttir vita af því.',
      'sigrún',
      'guðrún helgadóttir',
    ),
    withIds(
      'Strákur (12) á Minecraft er lagður í einelti af Kacper Nowak og Birki, sem tóku aðganginn hans.',
      'Kacper Nowak',
      'Birki',
    ),
    withIds(
      'Stelpan (14) skrifaði kennitöluna sína 1204103340 í spjallið til að vinna „verðlaun“ á TikTok. Við útskýrðum að þetta væri svindl.',
      '1204103340',
    ),
    withIds(
      'Hann sendi símanúmerið 772 4519 til manns á Steam og sagði Önnu Kristínu Jónsdóttur frá því eftir á.',
      '772 4519',
      'Önnu Kristínu Jónsdóttur',
    ),
    clean(
      'Strákur (14) á Fortnite spurði hvort lögreglan spili í alvöru. Hann talaði mest um Gylfa Sigurðsson, Cristiano Ronaldo og Liverpool.',
    ),
    clean(
      'Stelpa (13) á TikTok sagði frá einelti í skóla á Akureyri en nefndi engin nöfn. Við bentum á Hjálparsímann 1717.',
    ),
    clean(
      "Minecraft-þjónninn 'Ísland SMP', kl. 16:30. Þrjú börn byggðu kastala og töluðu um Steve og Ender-drekann. Engar persónuupplýsingar skráðar.",
    ),
    clean(
      'Strákur (15) á Twitch vill vita hvernig maður verður lögreglumaður. Hann hlustar á Laufeyju og Daða Frey. Mál 024-2024-1187.',
    ),
    clean(
      'Stelpu (14) á Discord líður illa. Við gáfum henni númerið 1717 og 112 og spjölluðum um Mario og Zeldu.',
    ),
  ],
  fi: [
    withIds(
      'Poika (13) Steamissa pelaa CS2:ta joka ilta Eetu Virtasen ja Aleksin kanssa puoleenyöhön asti, vaikka aamulla on koulua.',
      'Eetu Virtasen',
      'Aleksin',
    ),
    withIds(
      'tyttö 14 v snapchatissa. aikuinen mies on lähetellyt viestejä syksystä asti ja haluaa tavata itäkeskuksessa, asiasta tietävät vain emmi ja sara mäkinen.',
      'emmi',
      'sara mäkinen',
    ),
    withIds(
      'Poika (12) Habbossa, häntä kiusaavat Ahmed Hassan ja Joonas, jotka veivät hänen tilinsä. Hän kertoi asiasta Ville Korhoselle.',
      'Ahmed Hassan',
      'Joonas',
      'Ville Korhoselle',
    ),
    withIds(
      'Tyttö (14) kirjoitti henkilötunnuksensa 140610A417W chattiin TikTokin ”arvontaa” varten. Kerroimme, että kyse on huijauksesta.',
      '140610A417W',
    ),
    withIds(
      'Hän viestittelee aikuisen kanssa osoitteeseen mikko.laine ät gmail piste com ja on lähettänyt numeronsa 040 718 2653 Annille.',
      'mikko.laine ät gmail piste com',
      '040 718 2653',
      'Annille',
    ),
    clean(
      'Poika (14) Fortnitessa kysyi, pelaako poliisi oikeasti. Hän puhui lähinnä Teemu Pukista, Lauri Markkasesta ja NHL:stä.',
    ),
    clean(
      'Tyttö (13) TikTokissa kertoi kiusaamisesta eräässä Oulun koulussa mainitsematta nimiä. Ohjasimme hänet Lasten ja nuorten puhelimeen 116 111.',
    ),
    clean(
      "Minecraft-palvelin 'Suomi SMP' klo 17.20. Kolme lasta rakensi linnaa ja puhui Stevestä ja Enderlohikäärmeestä. Henkilötietoja ei kirjattu.",
    ),
    clean(
      'Poika (15) Twitchissä halusi tietää, miten poliisiksi pääsee. Hän kuuntelee mieluummin Käärijää kuin Cheekiä. Ilmoitus 2024/7781.',
    ),
    clean(
      'Tyttö (14) Discordissa voi huonosti. Annoimme MIELI ry:n kriisipuhelimen numeron 09 2525 0111 ja puhuimme Mariosta ja Zeldasta.',
    ),
  ],
  sv: [
    withIds(
      'Pojke (13) på Twitch streamar Minecraft varje kväll med Elias Lindholm och Oskar till efter midnatt, och Elias storebror köper spelen åt dem.',
      'Elias Lindholm',
      'Oskar',
      'Elias',
    ),
    withIds(
      'flicka 14 år på snapchat. en vuxen man har skickat meddelanden sedan i höstas och vill träffa henne i jakobstad, bara wilma och saga nyberg vet om det.',
      'wilma',
      'saga nyberg',
    ),
    withIds(
      'Pojke (12) på Fortnite trakasseras av Ali Hussein och Noah, som tog hans konto. Han har berättat det för Alvas pappa.',
      'Ali Hussein',
      'Noah',
      'Alvas',
    ),
    withIds(
      'Flickan (14) skrev sitt personnummer 100512-7384 i chatten för en ”tävling” på TikTok. Vi förklarade att det är bedrägeri.',
      '100512-7384',
    ),
    withIds(
      'Han skriver med en vuxen via johan.ek snabel-a outlook punkt se och har skickat sitt nummer 070-482 19 63 till Linnéa.',
      'johan.ek snabel-a outlook punkt se',
      '070-482 19 63',
      'Linnéa',
    ),
    clean(
      'Pojke (14) på Fortnite frågade om polisen verkligen spelar. Han pratade mest om Zlatan Ibrahimović, Alexander Isak och Hammarby.',
    ),
    clean(
      'Flicka (13) på TikTok berättade om mobbning på en skola i Vasa men nämnde inga namn. Vi hänvisade till BRIS 116 111.',
    ),
    clean(
      "Minecraft-servern 'Norden SMP' kl. 15.50. Tre barn byggde ett slott och pratade om Steve och Enderdraken. Inga personuppgifter antecknades.",
    ),
    clean(
      'Pojke (15) på Twitch ville veta hur man blir polis. Han lyssnar hellre på Zara Larsson än på Yung Lean. Ärende 2024/3390.',
    ),
    clean('Flicka (14) på Discord mår dåligt. Vi gav numret till Mind 90101 och pratade om Link och Mario.'),
  ],
};
