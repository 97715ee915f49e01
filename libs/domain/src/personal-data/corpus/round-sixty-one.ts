/**
 * Round sixty-one: written blind, before the detector was run on it.
 * Hurried phone notes between chats: lower case, typos, abbreviations, slang and dialect, names in small letters,
 * numbers with odd spacing; clean notes full of small words that look like names, ages, times and game codes.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_SIXTY_ONE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'discord 19:40 boy ~13 from bergen, his handle is kaptein_krok09 and an older guy "dmitri_v" asked him for pics in dm. gave him 116 111 + slettmeg. flagged to lead',
      'kaptein_krok09',
      'dmitri_v',
    ),
    withIds(
      'roblox girl 12 tampere typed full name aino korhonen + her nr 050 332 9184 in chat b4 i could stop her. told her delete',
      'aino korhonen',
      '050 332 9184',
    ),
    withIds(
      'snap - kid gave email lotte.vdb2012 at hotmail dot com and said mum is an de smedt?? brussels, ~11y. explained why not to share',
      'lotte.vdb2012 at hotmail dot com',
      'an de smedt',
    ),
    withIds(
      'fortnite duo w 2 boys from malmö, one typed his pnr 1104192388 to "prove" hes old enough lol. other one is yusuf, both 14ish',
      '1104192388',
      'yusuf',
    ),
    withIds(
      'twitch chat, boy 15 reykjavik lives at hringbraut 47 w his dad, says friend gunnar snær got scammed for skins too',
      'hringbraut 47',
      'gunnar snær',
    ),
    clean(
      'discord 20:15 three kids 11 12 14 asked if police can read deleted msgs. explained. 116 111 and 112 mentioned, no names',
    ),
    clean(
      'roblox brookhaven ~25 min w group from turku re free robux scams. one said "will do" when i said report+block. ref 2024/118 is a diff case',
    ),
    clean(
      'minecraft, girl 13 loves mark rober vids, asked if we know him lol. plays w her sister fridays after 18:00. nothing to log',
    ),
    clean(
      'fortnite creative, kids shared map code 4471-2290-6615 (public map). 4 of them, 10-12y, drammen. chill, 15 min',
    ),
    clean(
      'short. snap topic: boy ~14 from ghent said someone offered v-bucks for his login. even his older bro got the same msg. told them never share pw',
    ),
  ],
  nb: [
    withIds(
      'discord kl 19.30 gutt ca 13 fra fredrikstad sa han heter sander bakke, snap sanderb_2011. blitt kontakta av en voksen "hoppsan_88" som ville ha bilder. tipset om slettmeg og 116 111',
      'sander bakke',
      'sanderb_2011',
      'hoppsan_88',
    ),
    withIds(
      'jente 12 skreiv fnr sitt i chatten 140311 543 25 for å vise at hu var gammel nok?? ba henne slette. roblox',
      '140311 543 25',
    ),
    withIds(
      'fortnite. to brødre fra drammen, eldste heter amir hussaini, ga tlf 948 21 706 og ville vi skulle ringe mora. forklarte at vi ikke gjør det sånn',
      'amir hussaini',
      '948 21 706',
    ),
    withIds(
      'snap/tiktok: jente 14 bor i storgata 12b, 9008 tromsø, sa venninna ingrid sølvberg får stygge meldinger. mtp mobbing tipset om å si fra t skolen',
      'storgata 12b, 9008 tromsø',
      'ingrid sølvberg',
    ),
    withIds(
      'minecraft gutt ~11 sa han går i 6b på kjelsås skole ihop m kompisen jonas. jonas sin mail jonasgamer11 krøll gmail punktum com, ville ha hjelp m hacka konto',
      '6b på kjelsås skole',
      'jonas',
      'jonasgamer11 krøll gmail punktum com',
    ),
    clean(
      'discord kl 20.10, 3 stk 12-13 år fra bodø, prata om scam m gratis skins. mye liv i chatten, alle fornøyde. ingen navn',
    ),
    clean(
      'roblox: gutt ca 10 spurte om politiet kan se alt han skriver lol. forklarte. per nå spiller han mest adopt me. 15 min',
    ),
    clean(
      'fortnite ca 21.45 jenter 14 og 15 fra ålesund, snakka om deling av nakenbilder, tipset om 116 111 og slettmeg. sak 24/1187 er noe annet, ikke knytta',
    ),
    clean(
      'snap tema: jente 13 fra hamar sa at de sanne historiene om stalking på tiktok skremte henne. nevnte 116 111 og 02800. ca 10 min',
    ),
    clean(
      'minecraft server, 4 gutter 11-12 år bygde politistasjon haha. spurte om vi kommer tilbake i juni. kanskje. ingen pers.oppl',
    ),
  ],
  nn: [
    withIds(
      'discord kl 18.40 gut ca 12 frå voss, sa han heiter eirik haugland og har tlf 412 83 960. ein vaksen "mørkeulv" spurde etter bilete. gav han 116 111',
      'eirik haugland',
      '412 83 960',
      'mørkeulv',
    ),
    withIds(
      'jente 13 skreiv fnr 02071251724 i chatten for å visa alder?? bad ho sletta det. roblox',
      '02071251724',
    ),
    withIds(
      'fortnite, to sysken frå førde, den eldste heiter hamza og bur i fjellvegen 7. mora heiter fatima. ca 14 og 11 år, greie karar',
      'hamza',
      'fjellvegen 7',
      'fatima',
    ),
    withIds(
      'snap: ho går i 7a på sandsli skule saman med venninna si silje, sa ho. brukarnamnet til silje er silje.xo_12',
      '7a på sandsli skule',
      'silje',
      'silje.xo_12',
    ),
    withIds(
      'minecraft gut 15 sa eposten hans var torbjorn.ulvik@hotmail.no, ville ha hjelp m hacka konto. tipsa om å byta passord',
      'torbjorn.ulvik@hotmail.no',
    ),
    clean(
      'discord kl 19.05 tre jenter 12–13 frå sogndal, prata om korleis ein melder falske profilar. fekk dei sanne svara. 10 min, ingen namn',
    ),
    clean(
      'roblox, gut ca 11 spurde om me er ekte politi lol. ja. spelar mest blox fruits, lvl 1450. heilt ok',
    ),
    clean(
      'fortnite kl 21.30 to gutar 14 frå odda, snakka om sextortion, tipsa om slettmeg og 116 111. volda ungdomsskule skal ha besøk av politiet i juni sa dei',
    ),
    clean(
      'tiktok tema skjermtid, snitt 5-6 t per dag sa dei. mykje liv i chatten, fleire over 15 år. ca 20 min',
    ),
    clean(
      'twitch: hang i chatten hjå ein kjend streamar, ca 40 ungar inne, svara på spm om 112 vs 02800. sak 24/3391 ikkje relevant',
    ),
  ],
  nl: [
    withIds(
      'discord 19u30 jongen ±13 uit genk, zegt dat hij yassin el amrani heet, gsm 0478 12 34 56. volwassene "beertje_77" vroeg om fotos. awel 102 gegeven',
      'yassin el amrani',
      '0478 12 34 56',
      'beertje_77',
    ),
    withIds(
      'roblox mdw meisje 12 uit zwolle typte haar bsn 2374 82 915 in de chat want "iemand vroeg het". gezegd verwijderen',
      '2374 82 915',
    ),
    withIds(
      'fortnite, 2 broers uit rotterdam, oudste heet kerem yilmaz, wonen op de mathenesserweg 112a. moeder wist van niks zeiden ze',
      'kerem yilmaz',
      'mathenesserweg 112a',
    ),
    withIds(
      'snap: meisje 14 zit in 2b op het sint-jozefcollege in aalst samen met haar vriendin noor. heeft rijksregnr gegeven 11.06.14-087.86 (!!)',
      '2b op het sint-jozefcollege in aalst',
      'noor',
      '11.06.14-087.86',
    ),
    withIds(
      'minecraft jongen 11 uit almere, mail = sem.bakker2013 apenstaartje gmail punt com, vroeg of we zn account terug konden halen. nee. mama heet shanice',
      'sem.bakker2013 apenstaartje gmail punt com',
      'shanice',
    ),
    clean(
      'discord 20u05 groepje van 4 uit leuven 12-14 jr, vragen over oplichting met gratis skins. uitleg gegeven, 102 en 101 genoemd. geen namen',
    ),
    clean(
      'roblox: jongen ca 10 vroeg of politie echt op roblox zit lol. ja. speelt vooral bedwars, level 87. 10 min',
    ),
    clean(
      'fortnite ~21u40 meiden 15 uit breda over sexting, kindertelefoon 0800-0432 genoemd. ze hadden goede hoop dat het account terugkomt. pv nr 2024-118733 staat er los van',
    ),
    clean(
      'tiktok: 3 meisjes 11-12 uit mechelen over een filmpje van mrbeast dat nep bleek. uitgelegd hoe je nep-giveaways herkent. in juni komen we terug',
    ),
    clean(
      'minecraft jongen 14 uit enschede, server play.hypixel.net, speelde bedwars met klasgenoten. geen namen genoemd. 21u15-21u35',
    ),
  ],
  fr: [
    withIds(
      "discord 19h20 garçon env 13 ans de charleroi, dit s'appeler mehdi benali, gsm 0486 55 21 07. un adulte 'loupgarou_62' lui demandait des photos. donné le 103",
      'mehdi benali',
      '0486 55 21 07',
      'loupgarou_62',
    ),
    withIds(
      "roblox fille 12 liège a tapé son n° national 12.09.03-162.92 ds le chat pcq qqn lui a demandé. dit d'effacer direct",
      '12.09.03-162.92',
    ),
    withIds(
      "fortnite 2 frères de namur, l'aîné c'est théo dumont, habitent rue de fer 23 5000 namur. maman = sophie, elle sait pas qu'ils jouent tard",
      'théo dumont',
      'rue de fer 23 5000 namur',
      'sophie',
    ),
    withIds(
      "snap: fille 14 en 3e b à l'athénée royal de mons avec sa copine inès. pseudo insta d'inès c'est ines.lmb",
      "3e b à l'athénée royal de mons",
      'inès',
      'ines.lmb',
    ),
    withIds(
      'minecraft garçon 11 de wavre, mail lucas point verhaegen arobase gmail point com, voulait récup compte piraté. a donné le nn de son papa 82.04.17-129.44 ?? pr vérifier. non.',
      'lucas point verhaegen arobase gmail point com',
      '82.04.17-129.44',
    ),
    clean(
      'discord 20h10, 4 jeunes 12-14 ans de tournai, questions sur arnaques skins gratuits. expliqué, 103 et 101 cités. pas de noms',
    ),
    clean(
      "roblox: garçon ~10 ans demande si la police est vraiment sur roblox mdr. oui. joue surtout à brookhaven, niveau 63. l'explication était claire. 10 min",
    ),
    clean(
      'fortnite vers 21h45, filles 15 ans de mouscron, sujet sextorsion, child focus 116 000 cité. pv 2024/00412 pas lié',
    ),
    clean(
      "tiktok: fille 13 d'arlon parle d'un live de squeezie, croyait que c'était un vrai concours. expliqué. ~5 min, bcp de vie dans le chat",
    ),
    clean(
      'minecraft 3 garçons 11-12, verviers, construisent un commissariat tout en pierre lol. demandent si on revient en juin. peut-être. rien à noter',
    ),
  ],
  de: [
    withIds(
      'discord 19:15 junge ca 13 aus eupen, heißt jonas keßler, handy 0473 91 28 44. erwachsener "schattenwolf_71" wollte fotos. 103 genannt',
      'jonas keßler',
      '0473 91 28 44',
      'schattenwolf_71',
    ),
    withIds(
      'roblox mädchen 12 aus st. vith hat ihre nationalnr 10.02.27-213.06 in den chat geschrieben weil jmd gefragt hat. gesagt sofort löschen',
      '10.02.27-213.06',
    ),
    withIds(
      'fortnite 2 brüder aus kelmis, der ältere heißt emre aydın, wohnen aachener str. 48. mutter heißt ayşe, weiß nix von den chats',
      'emre aydın',
      'aachener str. 48',
      'ayşe',
    ),
    withIds(
      'snap: mädchen 14 in der 3b am kgl. athenäum eupen, bff heißt marie-claire, deren snap = mc_2011x. beide bekommen komische nachrichten',
      '3b am kgl. athenäum eupen',
      'marie-claire',
      'mc_2011x',
    ),
    withIds(
      'minecraft junge 11 aus raeren, mail finn punkt schmitz at web punkt de. vater heißt ralf und spielt angeblich mit',
      'finn punkt schmitz at web punkt de',
      'ralf',
    ),
    clean(
      'discord 20:05, 4 kids 12-14 aus bütgenbach, fragen zu betrug mit gratis skins. erklärt, 103 und 101 genannt. keine namen',
    ),
    clean(
      'roblox: junge ca 10 fragt ob polizei echt auf roblox ist lol. ja. spielt meistens murder mystery 2, lvl 112. 10 min',
    ),
    clean(
      'fortnite ~21:40 mädchen 15 aus eupen, thema sextortion, nummer gegen kummer 116 111 genannt. eine will nicht mehr auf tiktok. az 24/0931 nicht zugehörig',
    ),
    clean(
      'tiktok: 3 mädels 11-12 aus amel über ein fake-gewinnspiel von mrbeast. erklärt wie man sowas erkennt. ging mir durch mark und bein wie naiv lol',
    ),
    clean(
      'minecraft 3 jungs 11-12, lontzen, bauen ne polizeiwache. fragen ob wir im juni wiederkommen. vllt. nix zu notieren, ende 21:30',
    ),
  ],
  is: [
    withIds(
      'discord kl 19:10 strákur ca 13 frá akureyri, heitir aron ingi gunnarsson, sími 862 4417. fullorðinn "grimmur_kall" bað um myndir. benti á 1717 og 112',
      'aron ingi gunnarsson',
      '862 4417',
      'grimmur_kall',
    ),
    withIds(
      'roblox stelpa 12 skrifaði kt. sína 140311 2780 í spjallið til að sanna aldur. sagði henni að eyða því',
      '140311 2780',
    ),
    withIds(
      'fortnite 2 bræður úr hafnarfirði, eldri heitir jakub nowak, búa á strandgötu 31. mamma heitir agnieszka og veit ekkert',
      'jakub nowak',
      'strandgötu 31',
      'agnieszka',
    ),
    withIds(
      'snap: stelpa 14 í 9. bekk í hagaskóla ásamt vinkonu sinni sölku, snapið hjá sölku er salka.ros11',
      '9. bekk í hagaskóla',
      'sölku',
      'salka.ros11',
    ),
    withIds(
      'minecraft strákur 11 úr kópavogi, netfang birkir punktur mar hjá gmail punktur com, vildi fá aðganginn aftur. gaf líka kt 050912-3100 óbeðinn',
      'birkir punktur mar hjá gmail punktur com',
      '050912-3100',
    ),
    clean(
      'discord kl 20:05, 4 krakkar 12-14 ára frá selfossi, spurðu um svindl með ókeypis skins. útskýrt, 1717 og 112 nefnd. engin nöfn',
    ),
    clean(
      'roblox: strákur ca 10 spurði hvort löggan væri í alvöru á roblox haha. já. spilar mest adopt me, lvl 54. 10 mín',
    ),
    clean(
      'fortnite ~21:40 stelpur 15 ára úr reykjanesbæ, tala um fjárkúgun m myndum. bent á 1717. mál 008-2024-4412 ótengt',
    ),
    clean(
      'tiktok: 3 stelpur 11-12 frá ísafirði um feik gjafaleik hjá mrbeast. sögðust aldrei birta myndir af sér. mikið líf í spjallinu',
    ),
    clean(
      'minecraft 3 strákar 11-12, egilsstöðum, byggja lögreglustöð. spurðu hvort við komum aftur í júní. kannski. ekkert að skrá, búið 21:30',
    ),
  ],
  fi: [
    withIds(
      'discord klo 19.20 poika n. 13v oulusta, sano nimekseen eetu mäkelä, puh 0407182265. aikuinen "susimies_80" pyys kuvia. kerroin 116 111',
      'eetu mäkelä',
      '0407182265',
      'susimies_80',
    ),
    withIds(
      'roblox tyttö 12 kirjotti hetunsa chattiin 150611A482W et "todistaa iän". käskin poistaa heti',
      '150611A482W',
    ),
    withIds(
      'fortnite 2 veljestä vantaalta, vanhempi on abdirahman, asuu tikkurilantie 44 b 12. äidin nimi hodan, ei tiedä peleistä mitään',
      'abdirahman',
      'tikkurilantie 44 b 12',
      'hodan',
    ),
    withIds(
      'snap: tyttö 14 on 8c:llä kalevan koulussa kaverinsa ronjan kaa, ronjan snäppi ronja.k2010. molemmille tullu outoja viestejä',
      '8c:llä kalevan koulussa',
      'ronjan',
      'ronja.k2010',
    ),
    withIds(
      'minecraft poika 11 jyväskylästä, sposti niilo piste lehtonen ät gmail piste com, halus tilin takas. anto vielä hetun 030912a317h ??',
      'niilo piste lehtonen ät gmail piste com',
      '030912a317h',
    ),
    clean(
      'discord klo 20.05, 4 nuorta 12-14v lahdesta, kyselivät huijauksista ilmasilla skineillä. selitetty, 116 111 ja 112 mainittu. ei nimiä',
    ),
    clean(
      'roblox: poika n. 10 kysy onko poliisi oikeesti robloxissa lol. joo. pelaa eniten adopt me, lvl 71. onni et äiti oli vieressä. 10 min',
    ),
    clean(
      'fortnite ~21.40 tytöt 15v kuopiosta, aiheena seksuaalinen kiristys. toivo on et uskaltaa kertoa aikuiselle. ilmotus 5500/R/12345/24 ei liity tähän',
    ),
    clean(
      'tiktok: 3 tyttöä 11-12 porista mrbeastin feikkiarvonnasta. selitetty. paljon intoa chatissa, tuuli kova ulkona lol',
    ),
    clean(
      'minecraft 3 poikaa 11-12, rovaniemi, rakentaa poliisiasemaa. kysy tullaanko kesäkuussa takas. ehkä. ei mitään kirjattavaa, loppu 21.30',
    ),
  ],
  sv: [
    withIds(
      'discord kl 19.25 kille ca 13 från västerås, heter elias nyström, tel 073-518 22 94. vuxen "farbrorn_66" ville ha bilder. tipsa om bris 116 111',
      'elias nyström',
      '073-518 22 94',
      'farbrorn_66',
    ),
    withIds(
      'roblox tjej 12 skrev sitt pnr 120823-4763 i chatten för att visa ålder. sa åt henne att radera',
      '120823-4763',
    ),
    withIds(
      'fortnite 2 bröder från rinkeby, äldsta heter mohamed warsame, bor på rinkebystråket 19. mamma heter faduma o vet inget om chattarna',
      'mohamed warsame',
      'rinkebystråket 19',
      'faduma',
    ),
    withIds(
      'snap: tjej 14 går i 8b på fröslundaskolan ihop m kompisen wilma, wilmas snap e wilmaa.lund. båda fått konstiga snaps pga nån vuxen',
      '8b på fröslundaskolan',
      'wilma',
      'wilmaa.lund',
    ),
    withIds(
      'minecraft kille 11 från umeå, mejl alvin punkt berg snabel-a hotmail punkt com, ville få tbx kontot. skrev sitt pnr 100302 5812 oxå',
      'alvin punkt berg snabel-a hotmail punkt com',
      '100302 5812',
    ),
    clean(
      'discord kl 20.05, 4 ungdomar 12-14 år från gävle, frågade om bedrägerier m gratis skins. förklarat, 116 111 och 112 nämnt. inga namn. höll på ca en tim',
    ),
    clean(
      'roblox: kille ca 10 undrade om polisen e på riktigt på roblox lol. ja. spelar mest blox fruits, lvl 2100. 10 min',
    ),
    clean(
      'fortnite ~21.40 tjejer 15 år från borås, ämne sextortion. tipsa om bris 116 111 och 1177. ärende 5000-K123456-24 ej kopplat',
    ),
    clean(
      'tiktok: 3 tjejer 11-12 från luleå om mrbeast fejk-giveaway. förklarat. de bor nära stan o spelar mest på kvällen, 3 ggr per vecka. ca 5 min',
    ),
    clean(
      'minecraft 3 killar 11-12, kiruna, bygger polisstation. frågade om vi kommer tillbaka i juni. kanske. inget att notera, slut 21.30',
    ),
  ],
};
