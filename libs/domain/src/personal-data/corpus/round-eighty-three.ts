/**
 * Round eighty-three: written blind, before the detector was run on it.
 * Notes typed on a phone in a hurry during a busy patrol: lower or random case, typos, abbreviations, odd spacing.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_EIGHTY_THREE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'discord chat ~21:40 girl 13 from drammen says a guy called kevin lunde keeps msging her at night, his snap is kev_lunde07 . she blocked him, told her talk to mum + 116 111',
      'kevin lunde',
      'kev_lunde07',
    ),
    withIds(
      'boy on roblox typed his mob nr 4 1 2 3 8 7 9 0 b4 we could stop him!! told him never again. pls dont keep nr in log',
      '4 1 2 3 8 7 9 0',
    ),
    withIds(
      "fortnite lobby, kid (12) says older player asked for pics n offered vbucks. adult's email given as darkrider99 at gmail dot com, kid sent nothing?? flagged to duty officer",
      'darkrider99 at gmail dot com',
    ),
    withIds(
      'NL team relay: boy ahmed el amrani lives adr keizersgracht 118 amsterdam, scared bc stepdad. gave him kindertelefoon 0800-0432',
      'ahmed el amrani',
      'keizersgracht 118',
    ),
    withIds(
      "twitch chat, girl wrote her f.nr 190212 563 42 to 'prove' age to a mod... told her delete asap. also posted her insta instagram.com/lina.hx_ ugh",
      '190212 563 42',
      'instagram.com/lina.hx_',
    ),
    clean(
      "busy nite. ~40 chats on the discord server, mostly q's abt haaland and mbappe lol. no personal data recorded",
    ),
    clean(
      'kid from bergen asked if police play minecraft. said yes sometimes. talked 15 min abt creepers n redstone. nothing stored',
    ),
    clean(
      'girl 14 sad abt school, a school in tromsø, no names given. gave 116 111 + chat link, she said thx. case 24-118732 not needed',
    ),
    clean(
      'steam group chat, 3 boys asked abt scams w/ skins on cs2. explained phishing links, 112 only emergencies. 22:15 logout',
    ),
    clean(
      'habbo, ~12 users in the police room asked if our blue profile Politiet Nettpatrulje is real police. YES. fun chat no ids',
    ),
  ],
  nb: [
    withIds(
      'jente 13 på snap sa at en voksen mann ved navn tor-erik haugland har sendt henne penger for bilder!! hun ga meg tlf hans 9 8 4 5 1 2 0 7 . sa hun må snakke m foreldre, tips t kripos',
      'tor-erik haugland',
      '9 8 4 5 1 2 0 7',
    ),
    withIds(
      'gutt på roblox (11) heter mohammed abdi, bor i grorudveien 43 sa han. blir mobba av klassen, ga ham 116 111',
      'mohammed abdi',
      'grorudveien 43',
    ),
    withIds(
      'Hun skrev f.nr sitt i chatten 03081173426 fordi noen på discord sa det trengtes for gratis nitro. svindel. ba henne slette',
      '03081173426',
    ),
    withIds(
      'fortnite, gutt sier kompisen hans m brukernavn xXsindreXx_no blir truet m nakenbilder (sextortion). kompisens mail sindre.b2011 krølla hotmail punktum com',
      'xXsindreXx_no',
      'sindre.b2011 krølla hotmail punktum com',
    ),
    withIds(
      'snap, jenta (14) går i 9c på lambertseter skole, sier alle i klassen deler en video av henne.. ga 116 111 og slettmeg.no',
      '9c på lambertseter skole',
    ),
    clean(
      'discord ca 30 stk innom i kveld, mest spm om politiyrket og om vi spiller fortnite. kl 2130 stengt. ingen persondata lagret',
    ),
    clean('gutt fra kristiansand spurte om ødegaard eller haaland er best lol. snakket om fifa 25 i 20 min'),
    clean(
      'jente 15 fra hamar lei seg pga mobbing, ville ikke si navn. henvist til 116 111 og mental helse 116 123. sak nr 24-093411 ikke opprettet',
    ),
    clean(
      'minecraft server nordic craft, 4 gutter spurte om de kan anmelde griefing. forklarte politiet.no og 02800',
    ),
    clean(
      'tiktok live m/ kripos profilen ca 200 seere, spm om sigrid og astrid s konsert lol. ikke noe personlig registrert',
    ),
  ],
  nn: [
    withIds(
      'jenta (12) på roblox seier at ein vaksen mann som kallar seg bjorn_fjellgut har bede om bilete. eg ba ho blokkere og seie frå til mor',
      'bjorn_fjellgut',
    ),
    withIds(
      'gut frå førde gav meg nummeret sitt tlf 47 61 23 09 fordi han ville ha hjelp, ikkje lagre!!',
      '47 61 23 09',
    ),
    withIds(
      'ho heiter ingrid solheim og bur i strandgata 12 på voss, blir mobba på snap kvar dag',
      'ingrid solheim',
      'strandgata 12',
    ),
    withIds(
      'kva gjer ein når nokon har f.nr ditt?? jenta skreiv 250710 918 83 i chatten, sa ho fekk det frå ei falsk bank-side',
      '250710 918 83',
    ),
    withIds(
      'discord: guten (13) heiter ahmad rahimi, vart lurt for 2000 kr i skins på steam, profilen hans steamcommunity.com/id/ahmadr2011',
      'ahmad rahimi',
      'steamcommunity.com/id/ahmadr2011',
    ),
    clean(
      'kveldsøkt på discord ca 25 ungdomar innom, mest spørsmål om korleis ein blir politi. ingen personopplysningar lagra',
    ),
    clean(
      'gut frå ålesund ville snakke om minecraft og om kven som er best av haaland og mbappé. kjekk prat 15 min',
    ),
    clean(
      'jente 14 frå ein skule i sogndal, trist, ville ikkje seie namn. gav ho 116 111 og kirkens sos 22 40 00 40',
    ),
    clean(
      'fortnite lobby, tre gutar spurde om politiet kan sjå chatten deira. forklarte litt. kl 21:05 logga ut',
    ),
    clean('snap: spm om aldersgrense på tiktok (13 år). svara og viste til barnevakten.no. ingenting lagra'),
  ],
  nl: [
    withIds(
      'meisje 13 op tiktok zegt dat een man haar volgt, account heet jeroen_vd_berg88 . zij heet zelf sanne de vries, woont in utrecht',
      'jeroen_vd_berg88',
      'sanne de vries',
    ),
    withIds(
      "jongen gaf zijn bsn 238173641 omdat een 'roblox medewerker' erom vroeg!! oplichting. gezegd ouders inlichten",
      '238173641',
    ),
    withIds(
      'discord, jongen (14) wordt afgeperst met fotos, dader mailt vanaf kingbrabo apenstaartje outlook punt be . gaf child focus 116 000',
      'kingbrabo apenstaartje outlook punt be',
    ),
    withIds(
      'belgische jongen gaf rijksregisternr 09.11.04-213.59 in de chat bij een fortnite giveaway. wis het aub',
      '09.11.04-213.59',
    ),
    withIds(
      'mob 06 12 34 87 90 van een meisje, yasmina el idrissi, woont op de kerkstraat 27 in tilburg. gepest door klasgenoten',
      '06 12 34 87 90',
      'yasmina el idrissi',
      'kerkstraat 27',
    ),
    clean(
      'druk op discord ca 45 gesprekken, vooral vragen over memphis depay en of politie fortnite speelt lol. geen persoonsgegevens genoteerd',
    ),
    clean(
      'meisje uit rotterdam, 12, vroeg wat ze moet doen bij pesten. gaf kindertelefoon 0800-0432 en 113 (0800-0113). niks opgeslagen',
    ),
    clean(
      'jongen uit antwerpen wou weten hoe je een account meldt op roblox. uitgelegd. pv 2024-88123 niet nodig',
    ),
    clean(
      'minecraft server nl-craft #2, 6 kids, vragen over griefen en of dat strafbaar is. 21u30 afgesloten',
    ),
    clean('twitch stream vd wijkagent profiel ~80 kijkers, vragen over enzo knol en kalvijn lol'),
  ],
  fr: [
    withIds(
      'fille 13 ans sur snap, un homme nommé julien dubois lui demande des photos, il lui a donné son gsm 0478 12 34 56 . conseillé de bloquer + 103',
      'julien dubois',
      '0478 12 34 56',
    ),
    withIds(
      "garçon de liège a donné son numéro de registre national 12060715852 pour un 'cadeau' fortnite!! arnaque",
      '12060715852',
    ),
    withIds(
      "discord, elle s'appelle inès benali, habite rue de la station 14 à charleroi, harcelée par un ex de 19 ans",
      'inès benali',
      'rue de la station 14',
    ),
    withIds(
      'mail du gars qui fait du chantage: lucas.pire arobase gmail point com , la victime (15) a payé 50€ en cartes psn',
      'lucas.pire arobase gmail point com',
    ),
    withIds(
      "roblox, garçon 12 dit que son pseudo c'est bxl_ninja2012 et qu'un adulte lui propose de se voir à namur samedi!!! signalé",
      'bxl_ninja2012',
    ),
    clean(
      'soirée chargée ~35 conversations sur discord, surtout des questions sur lukaku et de bruyne. aucune donnée perso notée',
    ),
    clean('fille de mons, triste, pas de nom donné. renvoyée vers le 103 et le 0800 32 123'),
    clean('fortnite, 4 garçons demandent si la police joue vraiment. oui lol. fin 22h10'),
    clean(
      'tiktok live profil police fédérale, 150 spectateurs, questions sur angèle et stromae. rien enregistré',
    ),
    clean(
      'minecraft serveur belgicraft, question sur le vol de comptes. expliqué 2FA, dossier n° 24/1187 pas ouvert',
    ),
  ],
  de: [
    withIds(
      'mädchen 14 aus eupen, insta kontakt mit mann der sich als 17 ausgibt, heißt angeblich dennis krämer, tel 0176 23 45 67 89',
      'dennis krämer',
      '0176 23 45 67 89',
    ),
    withIds(
      "junge gab seine nationalregisternr 08.05.09-317.33 im discord an weil ein 'admin' sie wollte",
      '08.05.09-317.33',
    ),
    withIds(
      'email vom täter: xdarkwolfx klammeraffe web punkt de , opfer (13) wird erpresst mit bildern',
      'xdarkwolfx klammeraffe web punkt de',
    ),
    withIds(
      'junge heißt emre yilmaz, wohnt hauptstraße 56 in st. vith, wird in der schule gemobbt',
      'emre yilmaz',
      'hauptstraße 56',
    ),
    withIds(
      'twitch, mädchen sagt ihr gamertag ist luna_sternchen09 und ein streamer schreibt ihr nachts privat. geraten zu blocken + nummer gegen kummer 116 111',
      'luna_sternchen09',
    ),
    clean(
      'viel los heute, ca 50 chats auf discord, fragen zu musiala und wirtz. keine personendaten notiert',
    ),
    clean('junge aus aachen fragt ob polizei fortnite spielt. 10 min über battle pass geredet'),
    clean(
      'mädchen 15 aus kelmis traurig, wollte keinen namen sagen. nummer gegen kummer 116 111 + telefonseelsorge 0800 111 0 111 gegeben',
    ),
    clean('minecraft server eifelcraft, 5 kinder, fragen ob griefing strafbar ist. 21:40 ende'),
    clean(
      'tiktok live vom polizei profil ~120 zuschauer, fragen über montanablack und apored lol. nix gespeichert',
    ),
  ],
  is: [
    withIds(
      'stelpa 13 á snapchat segir að maður sem heitir gunnar þór jónsson sendi henni skilaboð á nóttunni. hún gaf mér símanr hans 8 6 1 2 3 4 5',
      'gunnar þór jónsson',
      '8 6 1 2 3 4 5',
    ),
    withIds(
      'strákur skrifaði kt sína 170310-2250 í spjallið á discord til að fá fríar robux. svindl!!',
      '170310-2250',
    ),
    withIds(
      'hún heitir anna sigríður björnsdóttir og býr á laugavegi 48, lögð í einelti í skólanum',
      'anna sigríður björnsdóttir',
      'laugavegi 48',
    ),
    withIds(
      'netfang gerandans siggi2009 hjá gmail punktur com, stelpan (14) fékk hótun um að myndir yrðu birtar',
      'siggi2009 hjá gmail punktur com',
    ),
    withIds(
      'roblox, strákur 12, notandanafn kristo_ice12, segir að vinur hans jakub nowak tali við fullorðinn mann',
      'kristo_ice12',
      'jakub nowak',
    ),
    clean(
      'mikið að gera ~30 spjöll á discord, spurningar um lögregluna og fortnite. engar persónuupplýsingar skráðar',
    ),
    clean('stelpa frá akureyri, leið, vildi ekki segja nafn. benti á 1717 hjálparsíma rauða krossins og 112'),
    clean('strákur spurði hvort gylfi sigurðsson sé bestur lol. spjall um fifa í 15 mín'),
    clean('minecraft server islandcraft, 4 krakkar spurðu um svindl með skins. kl 21:30 lokað'),
    clean('tiktok live lögregluprófíll ~90 áhorfendur, spurningar um laufey og daða frey. ekkert vistað'),
  ],
  fi: [
    withIds(
      'tyttö 13 snapissa, aikuinen mies nimeltä jari virtanen pyytää kuvia, antoi puh nro 040 123 4567',
      'jari virtanen',
      '040 123 4567',
    ),
    withIds('poika kirjoitti hetun 150310a284u discordiin kun joku lupasi ilmaisia robuxeja', '150310a284u'),
    withIds(
      'tekijän sposti: mikko.k2008 ät gmail piste com, uhri 14v kiristetty kuvilla',
      'mikko.k2008 ät gmail piste com',
    ),
    withIds(
      'tyttö asuu osoitteessa hämeenkatu 22 b 14 tampere, nimi aino mäkelä, kiusataan koulussa',
      'hämeenkatu 22 b 14',
      'aino mäkelä',
    ),
    withIds(
      'fortnite, poika 12 sanoo että kaveri abdirahman farah on jutellut aikuisen kanssa jonka tagi on shadowfox_fi',
      'abdirahman farah',
      'shadowfox_fi',
    ),
    clean(
      'kiireinen ilta n. 40 keskustelua discordissa, kysymyksiä poliisin työstä ja teemu pukista. ei henkilötietoja kirjattu',
    ),
    clean('tyttö oulusta surullinen, ei kertonut nimeä. ohjattu 116 111 ja 112 hätätilanteessa'),
    clean('minecraft servu suomicraft, 5 lasta kysyi griefaamisesta. klo 21.45 lopetettiin'),
    clean(
      'tiktok live poliisin profiili ~100 katsojaa, kysymyksiä käärijästä ja isac elliotista lol. mitään ei tallennettu',
    ),
    clean(
      'roblox, 3 poikaa kysyi voiko poliisi nähdä heidän viestinsä. selitetty. tapausnro 5500/R/1234/24 ei tarvita',
    ),
  ],
  sv: [
    withIds(
      'tjej 13 på snap från esbo, en vuxen man som heter mikael lindqvist skickar meddelanden på natten, hans mob 050 765 43 21',
      'mikael lindqvist',
      '050 765 43 21',
    ),
    withIds('pojke skrev sitt personnr 100412-2386 i discord för gratis nitro. bedrägeri!!', '100412-2386'),
    withIds(
      'gärningsmannens mejl: hampus.e snabel-a hotmail punkt se , offret (15) utpressas med bilder',
      'hampus.e snabel-a hotmail punkt se',
    ),
    withIds(
      'hon heter elin nyström och bor på storgatan 9 i vasa, mobbad av klasskompisar',
      'elin nyström',
      'storgatan 9',
    ),
    withIds(
      'fortnite, pojke 12 i åbo säger att kompisen omar hassan gav sin hetu 281108A0631 till en fejk admin, hans tag är omarh_fin',
      'omar hassan',
      '281108A0631',
      'omarh_fin',
    ),
    clean(
      'mycket på discord ikväll ca 35 chattar, frågor om zlatan och om polisen spelar fortnite. inga personuppgifter sparade',
    ),
    clean('tjej från helsingfors ledsen, ville inte säga namn. gav 116 111 och 112 vid fara'),
    clean('minecraft server nordcraft, 4 barn frågade om griefing är brott. kl 21:20 slut'),
    clean(
      'tiktok live polisprofilen ~70 tittare, frågor om zara larsson och benjamin ingrosso lol. inget sparat',
    ),
    clean(
      'roblox, 2 pojkar från vasa frågade hur man anmäler en scam. förklarade. ärende nr 1200-K45678-24 behövs ej',
    ),
  ],
};
