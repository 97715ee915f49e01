/**
 * Round one hundred and twenty-nine: written blind, before the detector was run on it.
 * Last evening of the week: tired officers writing fast, fragments, small letters, abbreviations and gaming slang.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_TWENTY_NINE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'discord, boy 13, bullied in a voice chat. gave advice on blocking + reporting. his tag is shadowfox_2011, says he will msg us again.',
      'shadowfox_2011',
    ),
    clean(
      'Roblox, two girls approx 11. chat abt scam links promising free Robux, told them no real offer asks for your pw. quick one, 10 min.',
    ),
    withIds(
      'twitch chat late, girl 15 (says she lives in Leeds). older streamer keeps DMing her. she typed her number before we could stop her: +44 7911 204 583. told her never again, msg deleted, flagged to CEOP.',
      '+44 7911 204 583',
    ),
    clean(
      'minecraft server, 4 lads 12-13, asked if police actually play lol. talked griefing, toxic chat, what to do if someone asks for pics. ref case 2024/118734. done 21:40.',
    ),
    withIds(
      'snap, boy 16, name is Liam Gallagher-Byrne (not the singer lol). asked about sextortion, gave him the usual: dont pay, screenshot, block, tell an adult.',
      'Liam Gallagher-Byrne',
    ),
    clean(
      'TikTok live on the PolitiNett profile, ~20 viewers, mostly 13-15. Qs on age limits + whether Taylor Swift ticket offers are scams (mostly yes). reminded them of 116 111.',
    ),
    withIds(
      'steam, boy 12ish, someone offered skins for his login. he sent me his email to "check" it - jonah.mccarthy09 at gmail dot com. told him change pw + turn on 2FA, never share that again.',
      'jonah.mccarthy09 at gmail dot com',
    ),
    clean(
      'roblox, girl 10, upset, friend kicked her from a group. mostly just listened. advised talk to mum/teacher. 15 min.',
    ),
    withIds(
      "discord dm, girl 14, goes to St. Brigid's Community School in Drogheda, says an older boy from there keeps sending creepy msgs. named him: Conor Walsh. passed to school liaison.",
      "St. Brigid's Community School",
      'Conor Walsh',
    ),
    clean(
      'fortnite, squad of 3, ages 11, 12, 14. gg. chatted bout the Travis Scott event + whether Epic staff ever ask for passwords (never). easy, off at 22:05.',
    ),
  ],
  nb: [
    withIds(
      'discord, gutt 13 år. mobbet i voice chat, ga råd om blokkering og rapportering. han heter Sander Nilsen Haugen, går i 8B på Lunden skole.',
      'Sander Nilsen Haugen',
      'Lunden skole',
    ),
    clean(
      'roblox, jente 11, spurte om gratis robux-lenker. svindel, sa vi. logget av 20:15. ingen bekymring.',
    ),
    clean(
      'fortnite, 3 gutter ca 12-14 fra Bodø. prat om skins, tapte kontoer, totrinns. alle visste om 116 111, bra. sak 24-118930 oppdatert.',
    ),
    withIds(
      'snap, jente 13 sendte fnr i chatten fordi "noen" sa det trengtes for å vinne en konk: 14031250324. slettet, forklarte hvorfor det ALDRI skal deles. tips til foreldre.',
      '14031250324',
    ),
    withIds(
      'tiktok live, gutt 15, skrev mobilnr i kommentarfeltet før vi rakk å si noe: 482 17 953. ba ham slette, snakket om hvem som ser sånt. kort samtale.',
      '482 17 953',
    ),
    clean(
      'minecraft, jente 10 og broren 12. lurte på om politiet spiller på fritida lol. nettvett, hva man gjør hvis noen ber om bilder. ok stemning.',
    ),
    withIds(
      'xbox/fortnite, gutt 14 oppga gamertaggen sin, Kebabkongen_07, så vi kunne "adde" ham. sa nei, forklarte hvorfor vi ikke gjør det.',
      'Kebabkongen_07',
    ),
    clean(
      'steam, gutt ca 16, spurte om det er straffbart å kjøpe kontoer. forklarte vilkår + svindelrisiko. Haaland-skins er visst hot nå, hehe. ferdig 22:10.',
    ),
    withIds(
      'discord, jente 12 ville ha hjelp m/ hacket konto, skrev e-posten sin: emma.lie2012 krøllalfa hotmail punktum com. rådet henne til å bytte passord + si fra til mamma.',
      'emma.lie2012 krøllalfa hotmail punktum com',
    ),
    clean(
      'roblox, gruppe på 5, 9-11 år. spurte om profilen til Politiet er ekte. ja. snakket om å ikke møte folk fra nett. slutt 21:45, sliten.',
    ),
  ],
  nn: [
    withIds(
      'snap, jente 15 frå Førde. ein vaksen mann ville hente ho, ho hadde gitt han adressa: Hafstadvegen 23, 6800 Førde. ringde vakthavande, vi følgjer opp.',
      'Hafstadvegen 23',
      '6800 Førde',
    ),
    clean(
      'fortnite, to gutar 12 og 13. snakka om kjøp av v-bucks og svindel. dei kjende til 116 111. kort prat.',
    ),
    withIds(
      'discord, gut 13 spurde om det var farleg å ha sendt personnummeret sitt til ein "moderator": 23091150395. ja. sa han må seie frå til foreldra, vi melder vidare.',
      '23091150395',
    ),
    clean(
      'minecraft, jente 11. lurte på kva politiet gjer på nett. forklarte. ho likar Sigrid betre enn Aurora, fekk høyre det lenge hehe. ok.',
    ),
    withIds(
      'roblox, jente ca 10, seier ho heiter Ingrid og at venninna Tuva Midtbø blir mobba i ein gruppechat. råd: seie frå til læraren.',
      'Ingrid',
      'Tuva Midtbø',
    ),
    clean(
      'tiktok, ca 30 sjåarar live, mest 13-15 år. spm om aldersgrense, deling av bilete, kva som er ulovleg. avslutta 21:30. sak 24-120117 ikkje relevant.',
    ),
    clean(
      'steam, gut 14 frå Voss. trøytt kveld. snakka om skin-gambling og 18-årsgrensa. tips om Kors på halsen.',
    ),
    withIds(
      'twitch, gut 16 skreiv nummeret sitt i chat fordi han ville "snakke meir": +47 917 40 286. forklarte kvifor vi ikkje tek kontakt slik, bad han slette.',
      '+47 917 40 286',
    ),
    withIds(
      'snap, jente 13, sa brukarnamnet hennar er solsikke.lotte, ein ukjend vaksen la ho til. sa: blokker og rapporter.',
      'solsikke.lotte',
    ),
    clean(
      'roblox, 4 born 9-12 år, Bergen. spurde om dei kunne få politimerke i spelet lol. snakka om passord. greitt.',
    ),
  ],
  nl: [
    withIds(
      'discord, jongen 14 (Utrecht), had zijn BSN gestuurd naar iemand die "gratis Robux" beloofde: 238946174. meteen gezegd: ouders inlichten. melding gemaakt.',
      '238946174',
    ),
    clean(
      'fortnite, 3 jongens 12-13. oplichting met V-Bucks en accounts. kenden 113 niet, wel de Kindertelefoon 0800-0432. 21:10 klaar.',
    ),
    withIds(
      'snap, meisje 15, oudere jongen heeft haar nummer: 06-41 73 28 95 en blijft maar bellen. advies: blokkeren, screenshots, aangifte met ouders.',
      '06-41 73 28 95',
    ),
    clean(
      'minecraft, meisje 11 uit Gent. vroeg of de politie echt gamet lol. uitleg over griefen en schelden in de chat. ze vond het leuk.',
    ),
    withIds(
      'tiktok, jongen 13, wordt gepest door klasgenoot Daan Verhoeven uit 2B van het Stedelijk Lyceum. doorverwezen naar vertrouwenspersoon op school.',
      'Daan Verhoeven',
      'Stedelijk Lyceum',
    ),
    clean(
      'roblox, groepje 10-12 jr, Eindhoven. vragen over wat strafbaar is bij hacken. Max Verstappen kwam ook ter sprake. zaaknr 2024-117823.',
    ),
    withIds(
      'steam, jongen 13 uit Antwerpen typte zijn rijksregisternummer in de chat om te "bewijzen" dat hij oud genoeg was: 11.05.23-157.30. direct gewist, ouders laten verwittigen.',
      '11.05.23-157.30',
    ),
    clean(
      'twitch, jongen ~16. ging over gokken met lootboxes. advies gegeven, niks verontrustends. offline 22:00.',
    ),
    clean(
      'snapchat, 2 meisjes 14 uit Zwolle. vragen over nudes delen en wat strafbaar is. verwezen naar Helpwanted.nl. rustig gesprek.',
    ),
    withIds(
      'discord, meisje 12, account gehackt, noemde haar mail: lotte.jansen12 apenstaartje gmail punt com. ww wijzigen + 2FA aan.',
      'lotte.jansen12 apenstaartje gmail punt com',
    ),
  ],
  fr: [
    withIds(
      "discord, garçon 12 ans, s'appelle Noah, se fait insulter en vocal. conseils : bloquer, signaler, en parler aux parents.",
      'Noah',
    ),
    clean(
      'fortnite, 3 ados 13-14 ans de Liège. arnaques V-Bucks, comptes volés. rappel 116 111 et 112. fini 21h15.',
    ),
    withIds(
      "snap, fille 15 ans, a donné son num à un inconnu : 06 48 21 77 93. il la harcèle depuis. bloquer + captures d'écran, plainte avec sa mère.",
      '06 48 21 77 93',
    ),
    clean(
      'minecraft, fille 10 ans, demandait si la police joue vraiment lol. petit échange sur le respect dans le chat. RAS.',
    ),
    withIds(
      'roblox, fille 13 ans a envoyé son numéro de sécu à un "modo" pour récupérer son compte : 2 11 05 75 113 045 92. expliqué les risques, parents prévenus.',
      '2 11 05 75 113 045 92',
    ),
    clean(
      'tiktok live, une vingtaine de jeunes 12-15 ans. questions sur Mbappé, les lives payants, le harcèlement. rappelé le 3018. dossier 24/118822.',
    ),
    clean(
      'steam, garçon ~16 ans, questions sur les skins et les sites de paris. conseils donnés. crevé, fin 22h.',
    ),
    withIds(
      'twitch, garçon 14 ans de Namur, a écrit son adresse dans le chat : rue des Carmes 14, 5000 Namur. expliqué pourquoi jamais. il a supprimé.',
      'rue des Carmes 14',
      '5000 Namur',
    ),
    withIds(
      'fortnite, ado 14 ans, pseudo BaguetteSniper_93, se fait menacer par un joueur plus âgé. conseils + signalement à Epic.',
      'BaguetteSniper_93',
    ),
    clean('roblox, groupe de 4, 9-11 ans, Bruxelles. mots de passe et faux Robux gratuits. ambiance sympa.'),
  ],
  de: [
    withIds(
      'discord, junge 13, heißt Jonas, wird im voice chat gemobbt. tipps: blocken, melden, eltern sagen.',
      'Jonas',
    ),
    clean(
      'fortnite, 3 jungs 12-14 aus Köln. Thema V-Bucks-Betrug und gehackte Accounts. Nummer gegen Kummer 116 111 erklärt. fertig 21:20.',
    ),
    withIds(
      'snap, mädchen 15, hat ihre handynr an einen typen geschickt: 0176 2348 9105. der schreibt jetzt dauernd. tipps + anzeige mit eltern besprochen.',
      '0176 2348 9105',
    ),
    clean(
      'minecraft, mädchen 11 aus Leipzig, wollte wissen ob die polizei wirklich zockt lol. kurz griefing und beleidigungen im chat. alles gut.',
    ),
    withIds(
      'roblox, junge ca 12, hat einem "freund" aus dem spiel seine adresse gegeben: Lindenstraße 8, 80331 München. eltern informieren, KoB weiß bescheid.',
      'Lindenstraße 8',
      '80331 München',
    ),
    clean(
      'tiktok live, ca 25 zuschauer, 13-16 J. fragen zu altersgrenzen, nacktbildern, was strafbar ist. Vorgang 24/118457. ende 21:45.',
    ),
    withIds(
      'steam, junge 14, account weg, schickte seine mail: leon.becker2010 at web dot de. pw ändern + 2FA. nix weiter.',
      'leon.becker2010 at web dot de',
    ),
    clean(
      'twitch, junge ~16, fragt nach lootboxen und glücksspiel. tipps gegeben, Musiala-Fan, nettes gespräch.',
    ),
    withIds(
      'discord, mädchen 13, wird von Mia Schröder aus ihrer Klasse am Goethe-Gymnasium in Kassel beleidigt. rat: vertrauenslehrerin einschalten.',
      'Mia Schröder',
      'Goethe-Gymnasium',
    ),
    clean('roblox, 4 kids 9-11, Hamburg. passwörter, fake robux, nicht mit fremden treffen. müde, schluss.'),
  ],
  is: [
    withIds(
      'discord, strákur 13 ára sendi kennitöluna sína til einhvers sem lofaði fríum skinnum: 120611-2080. sagði honum að láta foreldra vita.',
      '120611-2080',
    ),
    clean(
      'fortnite, þrír strákar 12-14 ára frá Akureyri. spjölluðum um svindl með V-Bucks. þeir þekktu 1717. búið kl. 21:15.',
    ),
    withIds(
      'snap, stelpa 15 ára gaf ókunnugum símanúmerið sitt: 862 4719. hann hættir ekki að senda. ráð: blokka, skjáskot, tala við mömmu.',
      '862 4719',
    ),
    clean(
      'minecraft, stelpa 10 ára, spurði hvort löggan spili í alvöru lol. ræddum um að vera næs í spjallinu. ekkert athugavert.',
    ),
    withIds(
      'roblox, stelpa 11 ára, segir að Sóley Guðmundsdóttir í bekknum hennar sé lögð í einelti á netinu. ráðlagði að segja kennara.',
      'Sóley Guðmundsdóttir',
    ),
    clean(
      'tiktok live, um 20 áhorfendur 13-15 ára. spurningar um nektarmyndir og aldurstakmörk. minnti á 112 og 1717. mál nr. 2024-118733.',
    ),
    withIds(
      'twitch, strákur 14 ára skrifaði heimilisfangið sitt í spjallið: Laugavegur 45, 101 Reykjavík. eyddum því, útskýrðum af hverju.',
      'Laugavegur 45',
      '101 Reykjavík',
    ),
    clean('steam, strákur ~16, spurði um fjárhættuspil með skinn. gaf ráð. þreytt, búið kl. 22.'),
    withIds(
      'discord, strákur 12 ára, notendanafnið hans er vikingur_2012, einhver eldri hótar honum. ráð: blokka og tilkynna.',
      'vikingur_2012',
    ),
    clean(
      'roblox, fjögur börn 9-11 ára í Hafnarfirði. lykilorð, fölsk Robux-tilboð. Laufey kom upp í spjallinu lol.',
    ),
  ],
  fi: [
    withIds(
      'discord, poika 13v lähetti hetunsa "moderaattorille": 110311A247A. kerrottu ettei ikinä, vanhemmille tieto.',
      '110311A247A',
    ),
    clean(
      'fortnite, 3 poikaa 12-14v Tampereelta. V-Bucks-huijaukset ja kaapatut tilit. kerroin Lasten ja nuorten puhelimen 116 111. klo 21.10 valmista.',
    ),
    withIds(
      'snap, tyttö 15v antoi numeronsa tuntemattomalle: 040 718 2395. tyyppi spämmää nyt koko ajan. neuvottu: estä, kuvakaappaus, puhu äidille.',
      '040 718 2395',
    ),
    clean(
      'minecraft, tyttö 10v, kysyi pelaako poliisi oikeesti lol. juteltiin asiallisesta kielestä chatissa. ei mitään huolestuttavaa.',
    ),
    withIds(
      'roblox, tyttö 11v, kertoi että luokkakaveri Aino Virtanen kiusaa häntä ryhmächatissa. neuvottu kertomaan opettajalle.',
      'Aino Virtanen',
    ),
    clean(
      'tiktok live, n. 20 katsojaa 13-15v. kysymyksiä alastonkuvista ja ikärajoista. muistutettu 112. tehtävä 5700/R/11873/24.',
    ),
    withIds(
      'twitch, poika 14v kirjoitti osoitteensa chattiin: Hämeenkatu 17 B 12, 33100 Tampere. poistettiin, selitetty miksi ei.',
      'Hämeenkatu 17 B 12',
      '33100 Tampere',
    ),
    clean(
      'steam, poika ~16v, kyseli skin-uhkapeleistä. neuvot annettu, Kimi Räikkönen -fani, mukava jutska. väsyttää, loppu klo 22.',
    ),
    withIds(
      'discord, tyttö 12v, tili hakkeroitu, kertoi sähköpostinsa: emilia.korhonen11 ät gmail piste com. salasana vaihtoon + 2FA.',
      'emilia.korhonen11 ät gmail piste com',
    ),
    clean('roblox, 4 lasta 9-11v, Oulu. salasanat, feikki-Robuxit, netistä tuttuja ei tavata. ok.'),
  ],
  sv: [
    withIds(
      'discord, kille 13 år skickade sitt personnummer till en "admin": 110418-3478. sagt åt honom att berätta för föräldrarna, anmälan gjord.',
      '110418-3478',
    ),
    clean(
      'fortnite, 3 killar 12-14 från Malmö. V-bucks-bedrägerier och kapade konton. tipsade om BRIS 116 111. klart 21:15.',
    ),
    withIds(
      'snap, tjej 15, gav sitt nummer till en okänd: 073-512 48 96. han slutar inte skriva. råd: blockera, screenshot, prata med mamma.',
      '073-512 48 96',
    ),
    clean(
      'minecraft, tjej 10 år, undrade om polisen spelar på riktigt lol. snack om schyssta chattregler. inget att notera.',
    ),
    withIds(
      'roblox, tjej 11, säger att hon heter Wilma och att en äldre kille från hennes klass skickar äckliga meddelanden. råd: säga till mentorn.',
      'Wilma',
    ),
    clean(
      'tiktok live, ca 20 tittare 13-15 år. frågor om nakenbilder, åldersgränser. påminde om 112 och 1177. ärende 5000-K118734-24.',
    ),
    withIds(
      'twitch, kille 14 skrev sin adress i chatten: Storgatan 12, 852 30 Sundsvall. raderat, förklarat varför man aldrig gör så.',
      'Storgatan 12',
      '852 30 Sundsvall',
    ),
    clean('steam, kille ~16, frågade om skin-gambling. råd givna, Zlatan-fan. trött, slut 22.'),
    withIds(
      'discord, kille 12, användarnamnet hans är Algjagarn_12, en äldre kille hotar honom. råd: blocka + rapportera.',
      'Algjagarn_12',
    ),
    clean(
      'roblox, 4 barn 9-11 år i Uppsala. lösenord, fejk-robux, aldrig träffa folk från nätet. ok stämning.',
    ),
  ],
};
