import { clean, CorpusNote, withIds } from './corpus-note';

/**
 * Round twenty-one: written blind, before the detector was run on it. Lower-case chat-style notes by a young officer:
 * no capitals, few full stops, abbreviations of each language, English gaming slang, glued words and typos. The
 * identifier notes hide lower-case names, surnames, handles, compact phone and identity numbers, e-mails in words,
 * addresses and abbreviated schools; the clean notes use ordinary words that are also first names, lower-case stars,
 * game terms with digits, times and counts.
 */
export const ROUND_TWENTY_ONE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'vc w/ 3 lads on fortnite, one got scammed for his skins lol. said his mate callum set up the fake trade idk if true tbh',
      'callum',
    ),
    withIds(
      'girl (13) says some older guy keeps dming xx_lilyrosee_xx which is her main, asap escalate to the team',
      'xx_lilyrosee_xx',
    ),
    withIds(
      'he dropped his number in chat 07700900461 lowkey a bad idea, told him to delete it. he will',
      '07700900461',
    ),
    withIds(
      'mum emailed in, its karen dot whitfield at gmail dot com btw, she wants a callback re the scam',
      'karen dot whitfield at gmail dot com',
    ),
    withIds(
      'lad said on stream he lives at 14 ashgrove road lmaooo, explained why thats a nogo. gamed a bit w/ jayden after',
      '14 ashgrove road',
      'jayden',
    ),
    withIds(
      'twitch.tv/ollyh4rper_ is his channel, says hes in 9c at st bedes w/ amelia brooks who gets bullied in the gc',
      'twitch.tv/ollyh4rper_',
      '9c at st bedes',
      'amelia brooks',
    ),
    clean('1v1s on fc25 approx 19-21 w/ a group of 4, they rated haaland way above mbappe lol, no concerns'),
    clean(
      'girl (13) is lvl50 in bedwars, just wants to play in peace. gave her the childline number 0800 1111 just in case, hope she uses it',
    ),
    clean(
      'tldr kid from leeds, year 8, lost his skins to a fake giveaway, reported in game, nothin else we can do atm',
    ),
    clean(
      'squad of 5 watching kai cenat and speed clips in the lobby, asked if we r real cops lol yes. will check in again next week',
    ),
    clean(
      'they asked if we play gta6 already haha no its not out. rose gold skins everywhere, pure joy vibes lol',
    ),
    clean(
      'w/l 1.8 in warzone and they were sooo proud lol. gave them some grace on the trash talk, nobody overstepped the mark',
    ),
  ],
  nb: [
    withIds(
      'spilte m/ jonas ca 20 min på fortnite, han ble scamma for skinsa sine lol. sa at kompisen sander lurte han',
      'jonas',
      'sander',
    ),
    withIds(
      'jenta (14) sa en voksen mann spammer henne pga bilder, hun heter mariiie_04 der inne. meldt videre asap',
      'mariiie_04',
    ),
    withIds(
      'han skreiv nummeret sitt 48261937 i chatten iom at han ville ha hjelp, sa han skulle slette det',
      '48261937',
    ),
    withIds(
      'gutten sa heeelt random i voice at han bor i solveien 118, forklarte han hvorfor det ikke er lurt lol',
      'solveien 118',
    ),
    withIds(
      'la ut fnr 14031152314 for å bevise at han er gammel nok wtf, slettet mtp personvern',
      '14031152314',
    ),
    withIds(
      'hun går i 7c på lakkegata og sa at emma hansen i samme klasse blir mobba i gruppechatten',
      '7c på lakkegata',
      'emma hansen',
    ),
    clean(
      'snakka m/ 4 gutter på fc25 ca 19-21, de diskuterte om haaland eller mbappe er best lol, ingen bekymringer',
    ),
    clean(
      'jenta (13) er lvl50 i roblox og vil bare spille i fred. ga henne alarmtelefonen 116 111 i tilfelle noe skjer',
    ),
    clean('gutt fra bergen, 8. trinn, fikk skinsa sine scamma pga en falsk giveaway, rapportert i spillet'),
    clean(
      'de lurte på om vi spiller gta6 allerede hahaha nei. sol ute men de satt inne og gamet, ca 6 timer per dag sa de',
    ),
    clean(
      'tldr gjeng på 5 tok 1v1 på ps5, masse trashtalk om speed og kai cenat, men ikkeno trakassering. w/l 1.8 var de stolte av',
    ),
    clean(
      'mye liv i lobbyen i kveld, kan ikke si noe mer enn at det var chill. håp om at de melder fra neste gang noe skjer',
    ),
  ],
  nn: [
    withIds(
      'prata m/ ein gut på minecraft, han vart scamma for skinsa sine lol. kompisen hans eirik hadde lurt han visstnok',
      'eirik',
    ),
    withIds(
      'jenta sa ho heiter ingrid sølvberg og at ein vaksen kar sender ho meldingar ca kvar kveld',
      'ingrid sølvberg',
    ),
    withIds(
      'han la ut nummeret sitt 97351826 i chatten pga han ville ha hjelp, sa han skulle sletta det',
      '97351826',
    ),
    withIds(
      'bur i fjellvegen 23 sa han heilt tilfeldig i voice, forklarte kvifor det ikkje er lurt',
      'fjellvegen 23',
    ),
    withIds(
      'han kallar seg troll_fjordgut09 og mora vil ha svar på kari punktum nesheim krøllalfa gmail punktum com',
      'troll_fjordgut09',
      'kari punktum nesheim krøllalfa gmail punktum com',
    ),
    withIds(
      'ho går i 9b på øyrane og spelar m/ sigrid som òg vert plaga av den same karen',
      '9b på øyrane',
      'sigrid',
    ),
    clean('prata m/ ein gjeng på 4 i fc25 ca 18-20, dei krangla om haaland vs mbappe lol, ikkje noko uro'),
    clean(
      'jenta (13) er lvl50 i roblox, ho vil berre spela i fred. gav ho nummeret til alarmtelefonen 116 111 uansett',
    ),
    clean('gut frå voss, 9. klasse, miste skinsa sine pga ein falsk giveaway, me rapporterte det i spelet'),
    clean(
      'dei spurde om me spelar gta6 alt haha nei. sol ute men dei sat inne og gama, ca 6 timar per dag sa dei',
    ),
    clean(
      'gjeng på 5 spela 1v1 heile kvelden, mykje liv. håp om at dei seier ifrå neste gong noko skjer, vil gjerne ha meir slik prat',
    ),
    clean(
      'ps5-lobby m/ 3 jenter, prata om kva som er greitt å dela på nett, dei visste mykje frå før. w/l 1.8 btw',
    ),
  ],
  nl: [
    withIds(
      'gespeeld w/ lotte en haar vriendin noor vd berg, ze waren lowkey bang ivm een gast die steeds om pics vroeg',
      'lotte',
      'noor vd berg',
    ),
    withIds(
      'xdaanzz_ gooide zn nummer 0638274915 gwn in de chat lol, ff gezegd dat ie dat moet weghalen',
      'xdaanzz_',
      '0638274915',
    ),
    withIds(
      'mail van zn moeder is petra punt bakker apenstaartje hotmail punt nl, ze wil teruggebeld worden ivm de scam',
      'petra punt bakker apenstaartje hotmail punt nl',
    ),
    withIds(
      'ze zei zomaar in vc dat ze op de lindelaan 48 woont, uitgelegd waarom dat nie slim is',
      'lindelaan 48',
    ),
    withIds(
      'zn bsn 172839464 getypt om te bewijzen dat ie oud genoeg is wtf, meteen verwijderd mbt privacy',
      '172839464',
    ),
    withIds(
      'twitch.tv/daanpl4ysnl is zn kanaal, zegt dat ie in 2b op het stedelijk zit samen met sem de jong',
      'twitch.tv/daanpl4ysnl',
      '2b op het stedelijk',
      'sem de jong',
    ),
    clean(
      'ca 19-21 gepatrouilleerd op fc25, paar jongens ruzie over haaland vs mbappe, verder niks aan de hand',
    ),
    clean(
      'meisje (13) zit op lvl50 in bedwars, wil gwn rustig gamen. kindertelefoon 0800 0432 gegeven voor de zekerheid',
    ),
    clean('jongen uit tilburg, 2e klas, skins kwijt door een nep giveaway, gemeld via de game zelf'),
    clean(
      'ze vroegen of wij al gta6 spelen haha nee. iemand had een roos gebouwd in minecraft, echt mooi idd',
    ),
    clean(
      'tldr groep van 5 deed 1v1s op ps5, praatten over speed en kai cenat, iig geen gekke dingen gezien',
    ),
    clean(
      'w/l 1.8 en ze waren er suuuper trots op lol. jan en alleman zat in de lobby, skin met knalblauwe iris ofzo, gezellig',
    ),
  ],
  fr: [
    withIds(
      'joué w/ un gamin sur fortnite, il se faisait grief par son pote maxime, genre tous ses skins volés mdr',
      'maxime',
    ),
    withIds(
      "elle a mis son gsm 0478.56.21.93 ds le chat pcq elle voulait de l'aide, dit de l'effacer asap",
      '0478.56.21.93',
    ),
    withIds(
      "la maman a écrit, c'est nathalie point dumont arobase gmail point com, elle veut qu'on la rappelle",
      'nathalie point dumont arobase gmail point com',
    ),
    withIds(
      "il habite rue des glycines 17 à namur qu'il a dit en vocal, expliqué que c'est pas malin du tout",
      'rue des glycines 17',
    ),
    withIds(
      "il a tapé son numéro national 11021415389 pr prouver qu'il a l'âge lol, supprimé direct",
      '11021415389',
    ),
    withIds(
      "lucas_lgdb07 m'a dit qu'il est en 2c à l'athénée de jambes avec chloé lambert qui se fait harceler bcp",
      'lucas_lgdb07',
      "2c à l'athénée de jambes",
      'chloé lambert',
    ),
    clean("vers 19-21 sur fc25, des ados qui s'embrouillaient sur haaland vs mbappe mdr, rien de grave"),
    clean(
      'une fille (13 ans) lvl50 sur roblox, elle veut juste jouer tranquille. donné le 103 écoute-enfants au cas où',
    ),
    clean(
      "gamin de liège, en 1re secondaire, s'est fait arnaquer ses skins via un faux giveaway, signalé ds le jeu",
    ),
    clean(
      'ils demandaient si on joue déjà à gta6 ptdr non. skin rose et bleu marine partout, ils gamaient genre 5h par jour',
    ),
    clean(
      "tldr groupe de 5 qui faisaient des 1v1 sur ps5, ils parlaient de speed et kai cenat, cad rien d'inquiétant",
    ),
    clean(
      "w/l 1.8 et ils étaient trop fiers de leur victoire lol. j'ai conseillé la prudence avec les liens chelous, ils étaient sages",
    ),
  ],
  de: [
    withIds(
      'hab w/ nem jungen fortnite gezockt, der wurde iwie um seine skins gescammt lol, sein kumpel noah hats angeblich gemacht',
      'noah',
    ),
    withIds(
      'sie hat ihre gsm nr 0476128345 in den chat geschrieben weil sie hilfe wollte, hab gesagt sie soll das asap löschen',
      '0476128345',
    ),
    withIds(
      'mail vonner mutter is sabine punkt kessler at gmx punkt be, will zurückgerufen werden wg dem scam',
      'sabine punkt kessler at gmx punkt be',
    ),
    withIds(
      'er wohnt in der bergstraße 34 hat er im voice gesagt bzw sein bruder hats verraten, erklärt warum das nich schlau is',
      'bergstraße 34',
    ),
    withIds(
      'nationalnr 10092328704 hat er gepostet um zu zeigen dass er alt genug is lol, direkt gelöscht',
      '10092328704',
    ),
    withIds(
      'mimi_x04 meinte lena schröder aus der 2b am kae wird gemobbt usw, in der gruppe mit ca 30 leuten',
      'mimi_x04',
      'lena schröder',
      '2b am kae',
    ),
    clean('ca 19-21 auf fc25 unterwegs, paar jungs haben sich über haaland vs mbappe gezofft lol, sonst nix'),
    clean(
      'mädchen (13) is lvl50 in roblox, will einfach in ruhe zocken. hab ihr gesagt sie kann sich immer bei uns melden',
    ),
    clean('junge aus st vith, 3. sekundar, skins weg durch nen fake giveaway, im spiel gemeldet'),
    clean(
      'die wollten wissen ob wir schon gta6 zocken haha nee. im ernst, die hängen ca 6h pro tag vor der ps5',
    ),
    clean('tldr 5er gruppe hat 1v1s gemacht, gelaber über speed und kai cenat, mmn nix bedenkliches'),
    clean(
      'w/l 1.8 und die waren mega stolz lol. einer hat hoffnung auf nen profivertrag, hab frank und frei gesagt dass das schwer wird. sein schrei ging durch mark und bein',
    ),
  ],
  is: [
    withIds(
      'spilaði m/ kára í fortnite, hann var scammaður um skinnin sín lol. vinur hans ninjaviking_12 var líka með',
      'kára',
      'ninjaviking_12',
    ),
    withIds(
      'hún setti símanúmerið sitt 8461273 í chattinn af því hún vildi hjálp, sagði henni að eyða því asap',
      '8461273',
    ),
    withIds('kt 1803112970 sendi hann til að sanna að hann væri nógu gamall lol, eytt strax', '1803112970'),
    withIds(
      'hann sagði bara random í voice að hann býr á sólvallagötu 38, útskýrði af hverju það er ekki sniðugt',
      'sólvallagötu 38',
    ),
    withIds(
      'netfangið hjá mömmu hans er gudrun punktur jons at gmail punktur com, hún vill að við hringjum',
      'gudrun punktur jons at gmail punktur com',
    ),
    withIds(
      'stelpan sagði að sunna björk sigurðardóttir í 8.b í hagaskóla væri lögð í einelti, þ.e. í hópspjallinu',
      'sunna björk sigurðardóttir',
      '8.b í hagaskóla',
    ),
    clean('ca 19-21 í fc25, nokkrir strákar rifust um haaland vs mbappe lol, ekkert vesen'),
    clean(
      'stelpa (13) er lvl50 í roblox, vill bara spila í friði. gaf henni hjálparsímann 1717 t.d. ef eitthvað kemur upp',
    ),
    clean('strákur frá akureyri, í 8. bekk, missti skinnin sín út af feik giveaway, tilkynnt í leiknum'),
    clean(
      'þau spurðu hvort við spilum gta6 nú þegar haha nei. sól úti en þau sátu inni og spiluðu, ca 6 tíma á dag',
    ),
    clean(
      'tldr 5 manna hópur í 1v1 á ps5, töluðu um speed og kai cenat, ekkert áhyggjuefni þ.e. bara venjulegt spjall',
    ),
    clean(
      'w/l 1.8 og þau voru ýkt stolt lol. mappið var flott, birta yfir öllu og dögg á grasinu, björk og greni út um allt',
    ),
  ],
  fi: [
    withIds(
      'pelasin fortnitee eliaksen kanssa ca 20min, sen skinit scammattiin lol. sano et sen kaveri onni oli mukana siinä',
      'eliaksen',
      'onni',
    ),
    withIds(
      'susiboi_09 laitto numeronsa 0451837264 chattiin ku halus apua, sanoin et poista se asap',
      'susiboi_09',
      '0451837264',
    ),
    withIds(
      'laitto hetun 120411a437w chattiin todistaakseen et on tarpeeks vanha lol wtf, poistettiin heti',
      '120411a437w',
    ),
    withIds(
      'se sano voicessa et asuu koivukuja 5:ssä, selitin miks ei kannata kertoo tollasii',
      'koivukuja 5',
    ),
    withIds(
      'äidin sposti on tiina piste virtanen ät gmail piste com, haluu et soitetaan takas',
      'tiina piste virtanen ät gmail piste com',
    ),
    withIds(
      'tiktok.com/@eetu_pelaa08 on sen tili, se on samal luokal aada korhosen kaa, 8c kalevan koulu',
      'tiktok.com/@eetu_pelaa08',
      'aada korhosen',
      '8c kalevan koulu',
    ),
    clean('ca 19-21 fc25:ssä, pari jätkää väitteli haaland vs mbappe lol, ei mitään huolestuttavaa'),
    clean(
      'tyttö (13) on lvl50 robloxissa, haluu vaan pelata rauhassa. annoin mll:n nuorten puhelimen 116 111 varmuuden vuoks',
    ),
    clean(
      'jätkä tampereelta, 8. luokalla, menetti skininsä feikki giveawayn takia, ilmotettiin pelin kautta',
    ),
    clean(
      'kysy et pelataanko me jo gta6 haha ei. ne pelaa aina iltasin, tuuli oli kova nii ne oli sisällä ca 6h päivässä',
    ),
    clean('tldr 5 hengen porukka teki 1v1 ps5:llä, puhu speedistä ja kai cenatista ym, ei mitään outoo'),
    clean(
      'w/l 1.8 ja ne oli tosi ylpeitä lol. ne luuli et poliisi pelaamassa on joku satu, sini-valkonen skini ym. ilta meni rauhallisesti',
    ),
  ],
  sv: [
    withIds(
      'spela m/ viktor på fortnite, han blev scammad på sina skins lol, sa att nån äldre kille lurat honom',
      'viktor',
    ),
    withIds(
      'flickan skrev sitt nummer 0409283716 i chatten ba för att hon ville ha hjälp, sa åt henne att radera det asap',
      '0409283716',
    ),
    withIds(
      'pb 300910a268u skrev han för att bevisa att han e gammal nog lol, raderat direkt',
      '300910a268u',
    ),
    withIds(
      'han sa i voice typ att han bor på strandvägen 7 i ekenäs, förklara varför man int ska säga sånt',
      'strandvägen 7',
    ),
    withIds(
      'polarfox_08 sa att mammas mejl e anna punkt lindqvist snabel-a gmail punkt com, hon vill bli uppringd',
      'polarfox_08',
      'anna punkt lindqvist snabel-a gmail punkt com',
    ),
    withIds(
      'hon går i 8a på lönkan å hennes kompis wilma grönroos blir mobbad i gruppchatten',
      '8a på lönkan',
      'wilma grönroos',
    ),
    clean('ca 19-21 på fc25, några grabbar bråka om haaland vs mbappe lol, inget annat'),
    clean(
      'flicka (13) e lvl50 i roblox, vill ba spela i fred. gav henne barn- och ungdomstelefonen 116 111 ifall',
    ),
    clean('pojke från vasa, åk 8, tappa sina skins pga en fejk giveaway, anmält i spelet'),
    clean(
      'dom fråga om vi redan spelar gta6 haha nej. han visste int om han ville eller int, men dom verkar vilja anmäla nästa gång',
    ),
    clean('tldr gänget på 5 körde 1v1 på ps5, snacka om speed å kai cenat osv, inget konstigt'),
    clean(
      'w/l 1.8 å dom va sjukt stolta lol. nån hade ett björn-skin å en annan bygga ett slott av sten, allt lugnt',
    ),
  ],
};
