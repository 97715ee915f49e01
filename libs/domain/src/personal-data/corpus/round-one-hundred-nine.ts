/**
 * Round one hundred and nine: written blind, before the detector was run on it.
 * Notes typed fast on a phone between two chats: lower case, abbreviations, typos, squeezed numbers and handles.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_NINE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'roblox chat w boy ca 12, says his mate keeps asking for his pw. told him never share it, turn on 2fa. his user is xx_dannyboy_07 fyi',
      'xx_dannyboy_07',
    ),
    clean(
      'fortnite lobby 3 lads 13-14 from cork. chat abt skins n vbucks scams, told them ask a parent b4 buying anything and report sus links',
    ),
    withIds(
      'girl 14 on snap, name is chloe brennan, getting msgs from older guy wanting pics. advised block + report, gave her 116 111',
      'chloe brennan',
    ),
    clean(
      'twitch chat during a minecraft stream, kids asked if we r real police lol. explained what we do, approx 20 min, all good',
    ),
    withIds(
      'discord dm w lad 15 who lost his acct. he typed his number 07912 345678 in chat b4 i could stop him, told him never do that in public channels',
      '07912 345678',
    ),
    clean(
      'steam, boy 16 asking abt selling cs2 skins for cash. warned him scammers will rob u blind and the bill never gets paid. 2fa on, will mark it as done',
    ),
    withIds(
      'minecraft server 2 girls 12. one said her email is ellie.murphy2012 at gmail dot com so the admin can add her, told her dont post it public',
      'ellie.murphy2012 at gmail dot com',
    ),
    clean(
      "tiktok live q&a 1930-2010 approx 40 viewers age 11-15. topics sextortion, fake giveaways, 'free' 800 robux offers. pointed them to 116 111",
    ),
    withIds(
      'roblox boy 13, calls himself jayden on there, says an adult keeps msging him and his mate cian walsh from st patricks ns 6th class. flagged to team',
      'jayden',
      'cian walsh',
      'st patricks ns',
    ),
    clean(
      'fortnite again same squad as tues. kid 14 said his mum will sue epic over a ban lol. explained appeals, told him chill. ~15 min',
    ),
  ],
  nb: [
    withIds(
      'snakka m gutt ca 13 på discord, heter jonas berg, blitt lurt for 400 kr pga falskt skin-salg. ba han si fra til foreldre og evt anmelde',
      'jonas berg',
    ),
    clean(
      'fortnite, 3 jenter 12-13 fra bodø. prata om bl.a. nettvett og hvem man kan stole på. tipsa om alarmtelefonen 116 111 ved behov',
    ),
    withIds(
      'roblox gutt 11 skrev brukernavnet sitt ninjaola2013 og ba oss legge han til, sa nei. forklarte hvorfor vi ikke gjør det',
      'ninjaola2013',
    ),
    clean(
      'twitch chat kl 2115 ca 25 stk innom. spm om hvor gammel man må være for snap, svarte 13. god stemning, mye spm om politiyrket',
    ),
    withIds(
      "jente 15 på snap sendte fnr sitt 14031151288 for å 'bevise' alder, ba henne slette meldinga og aldri dele det igjen",
      '14031151288',
    ),
    clean(
      'minecraft server, gutt 14 sitter på hytta ved stranda i ferien, spurte om mobbing i chat. rådet han å ta skjermbilde og blokkere. ellers rolig kveld mvh',
    ),
    withIds(
      'gutt 16 på steam, mista kontoen, ga meg mobilnr 412 34 567 før jeg rakk å stoppe han. sa han skulle kontakte steam support direkte',
      '412 34 567',
    ),
    clean(
      'tiktok, jente 13 spurte om det er lov å lage falsk profil. forklarte regler og risiko. henviste til slettmeg.no. ca 10 min',
    ),
    withIds(
      'jente 14 på roblox heter emma, går i 8b på nordby skole, fått ekle meldinger fra en voksen. sendt videre til etterforsker',
      'emma',
      'nordby skole',
    ),
    clean(
      'fortnite duo, to gutter 12 fra tromsø, kjøpt vbucks for 300 kr uten lov. snakka om pengebruk og evt skjermtid-innstillinger. bra prat',
    ),
  ],
  nn: [
    clean(
      'prata med tre gutar ca 13 på fortnite frå voss. spurde bl.a. kva politiet gjer på nett. fin tone, ca 15 min',
    ),
    withIds(
      'jente 14 på snap, heiter ingrid haugland, sa ho har fått meldingar frå ein vaksen som vil møte ho. bad ho blokkere og seie frå til mor. skal følgjast opp',
      'ingrid haugland',
    ),
    clean(
      'discord kl 1930 gut 12 spurde om det er ulovleg å bruke juksekode i minecraft. forklarte skilnaden på reglar i spelet og lova',
    ),
    withIds(
      'gut 15 på roblox skreiv brukarnamnet sitt fjordgutten_05 og bad meg følgje han. sa nei og forklarte kvifor',
      'fjordgutten_05',
    ),
    withIds(
      "gut 13 på steam gav adressa si straumevegen 14, 6800 førde fordi han ville ha 'premie'. bad han aldri dele slikt, seie frå til foreldra",
      'straumevegen 14',
      '6800 førde',
    ),
    clean(
      'tiktok live, ca 30 unge 11-15. tema: deling av bilete, sextortion. gav alarmtelefonen 116 111. mykje spm om haustferien',
    ),
    withIds(
      'jente 12 på minecraft sende e-post i chat: sunniva.vik11 at hotmail dot com, ville vere venn. bad ho slette meldinga',
      'sunniva.vik11 at hotmail dot com',
    ),
    clean(
      'twitch, gut 16 ville vite om han kan bli politi med dårleg syn. svarte ofte ja, sjå politihøgskulen. kl 2140 slutt',
    ),
    withIds(
      'gut ca 14 på snap, mobilen hans er 934 56 782 sa han, vil ha hjelp med ein konto som er hacka. bad han endre passord og slå på tofaktor',
      '934 56 782',
    ),
    clean(
      'fortnite, to jenter 13 frå ørsta. snakka om kva ein gjer når nokon er ufine i chat, rådde dei til å rapportere og blokkere. sol og vind ute så dei skulle ut å bade lol',
    ),
  ],
  nl: [
    withIds(
      "jongen 13 op roblox, heet daan de boer, zegt dat iemand hem 1000 robux belooft voor foto's. gezegd blokkeren en ouders inlichten",
      'daan de boer',
    ),
    clean(
      'fortnite ca 20 min met 3 jongens 12-14 uit zwolle. ging over vbucks scams en wat je doet bij pesten. tip gegeven: kindertelefoon 0800 0432',
    ),
    withIds(
      'meisje 15 op snap gaf haar 06 nr 06-12345678 aan iemand die ze niet kent, uitgelegd waarom dat niet slim is',
      '06-12345678',
    ),
    clean(
      'twitch stream kijkers vroegen of we echt politie zijn. ja lol. ong 45 kijkers, leeftijd 11-16. vragen over bijv. hacken en wat strafbaar is',
    ),
    withIds(
      "vlaamse jongen 14 op discord stuurt zn rijksregisternr 11.06.24-137.27 om te 'bewijzen' dat hij oud genoeg is. gezegd: nooit doen, meteen verwijderen",
      '11.06.24-137.27',
    ),
    clean(
      'minecraft server, jongen 12 zegt dat zn vader bakker is en om 4u moet opstaan lol. verder over pesten in chat, gezegd screenshot maken en melden',
    ),
    withIds(
      'meisje 13 op tiktok zet haar mail in de bio: lotte.jansen2012 at gmail dot com. uitgelegd dat vreemden dat ook zien, gaat t aanpassen',
      'lotte.jansen2012 at gmail dot com',
    ),
    clean(
      'steam, jongen 16 uit gent kocht skin voor €35 via discord, nooit ontvangen. uitgelegd hoe je aangifte doet en evt. via steam support',
    ),
    withIds(
      'jongen 14 op fortnite met gamertag xXmeesterjanXx, woont op de kerkstraat 12 zei hij, wil dat we langskomen lol. gezegd dat je dat nooit online deelt',
      'xXmeesterjanXx',
      'kerkstraat 12',
    ),
    clean(
      'snapchat groepsgesprek ivm een filmpje dat rondgaat op school. 4 meiden 13. uitgelegd wat strafbaar is en dat ze het niet moeten doorsturen. mvg',
    ),
  ],
  fr: [
    clean(
      "fortnite, 3 garçons env 12 ans de liège. parlé des arnaques aux v-bucks et du harcèlement. conseillé d'en parler à un adulte, ou au 103. 20 min",
    ),
    withIds(
      "fille 14 sur snap s'appelle léa martin, un mec plus âgé lui demande des photos. conseillé bloquer + signaler, en parler à sa mère. suivi prévu",
      'léa martin',
    ),
    withIds(
      "garçon 13 sur roblox m'a donné son pseudo dark_kylian62 pour qu'on joue ensemble. refusé gentiment, expliqué pq",
      'dark_kylian62',
    ),
    clean(
      'twitch live 20h30-21h15, bcp de questions sur le métier, ex. faut-il le bac. ados 14-16 surtout. ambiance top',
    ),
    withIds(
      "ado 15 sur discord a tapé son num 06 71 28 45 93 dans le salon public, je lui ai dit de l'effacer tt de suite. il a compris",
      '06 71 28 45 93',
    ),
    clean(
      "minecraft, garçon 11 dit que son père est boulanger et qu'il se lève à 4h lol. construit une maison en pierre avec un jardin de roses. sinon questions sur le cyberharcèlement, rien de grave",
    ),
    withIds(
      "fille 12 sur tiktok, son mail c'est chloe.dupont12 arobase gmail point com, l'a mis en commentaire. expliqué les risques",
      'chloe.dupont12 arobase gmail point com',
    ),
    clean(
      "steam, ado 16 de namur s'est fait arnaquer 50€ sur un échange de skins. expliqué comment porter plainte et contacter le support steam",
    ),
    withIds(
      'garçon 13 belge sur fortnite a envoyé son n° de registre national 12.03.08-284.69 pr prouver son âge. dit de supprimer direct, jamais partager ça',
      '12.03.08-284.69',
    ),
    clean(
      "snap, 2 filles 13 ans de lyon, questions sur ce qu'on risque si on partage une photo de qqn sans accord. bcp d'échanges, rdv la semaine pro même heure",
    ),
  ],
  de: [
    withIds(
      'junge ca 12 auf roblox, heißt leon schneider, hat 800 robux an nen fake-account verloren. tipps gegeben, eltern informieren, ggf anzeige',
      'leon schneider',
    ),
    clean(
      'fortnite squad, 3 jungs 13-14 aus bremen. thema u.a. v-bucks betrug und beleidigungen im voice. nummer gegen kummer 116 111 genannt',
    ),
    withIds(
      'mädchen 15 auf snap hat ihre handynr 0176 23456789 in ne gruppe gepostet, fremde schreiben ihr jetzt. gesagt: nummer blockieren, eltern bescheid',
      '0176 23456789',
    ),
    clean(
      'twitch live ab 19uhr, ca 50 zuschauer 11-16. fragen z.B. ob man mit 14 strafmündig ist (ja). stimmung gut, mfg',
    ),
    withIds(
      'junge 13 auf discord, tag ist schattenwolf#4471, will dass wir ihn adden. abgelehnt, erklärt warum polizei das nicht macht',
      'schattenwolf#4471',
    ),
    clean(
      'minecraft server, junge 12 erzählt sein onkel ist müller in ner alten mühle und er hilft am wochenende lol. sonst fragen zu mobbing im chat',
    ),
    withIds(
      'mädchen 14 auf tiktok schreibt ihre mail als mia.becker09 at web dot de unter videos. erklärt dass das jeder lesen kann, löscht sie',
      'mia.becker09 at web dot de',
    ),
    clean(
      'steam, junge 16 aus leipzig, skin betrug ca 40€. erklärt wie onlineanzeige geht, ggf steam support anschreiben',
    ),
    withIds(
      'junge 14 auf fortnite hat lindenstraße 7 in 04109 leipzig einfach so in den chat geschrieben, gesagt sowas nie posten',
      'lindenstraße 7',
      '04109 leipzig',
    ),
    clean(
      'snapchat gruppe 4 mädels 13, ging um ein video das in der schule rumgeht. erklärt was strafbar ist bzgl weiterleiten. evtl folgetermin nächste woche',
    ),
  ],
  is: [
    withIds(
      'strákur u.þ.b. 12 á roblox, heitir aron þór magnússon, sagðist hafa tapað robux til svindlara. ráðlagði að segja foreldrum og tilkynna',
      'aron þór magnússon',
    ),
    clean(
      'fortnite kl 20 spjall við 3 stráka 13-14 frá akureyri. ræddum t.d. svindl með v-bucks og einelti. bent á 1717 ef þeim líður illa',
    ),
    withIds(
      'stelpa 14 á snap sendi kt sína 050611-2210 til að sanna aldur, bað hana að eyða þessu strax og aldrei senda aftur',
      '050611-2210',
    ),
    clean(
      'twitch, u.þ.b. 30 áhorfendur 11-16 ára. spurningar um lögguna o.fl. t.d. hvort maður megi vera á tiktok 12 ára. gott spjall',
    ),
    withIds(
      'strákur 15 á discord skrifaði símann sinn 862 4417 í opnu spjalli, sagði honum að eyða því. hann var að reyna að selja skins',
      '862 4417',
    ),
    clean(
      'minecraft, strákur 11 sagðist hafa byggt hús úr steini við stóra björk í leiknum lol. annars spurningar um hvað má deila. kl 19:45 búið',
    ),
    withIds(
      'stelpa 13 á tiktok með netfangið sitt í bio: sara.jons2012 hjá gmail punktur com. útskýrði hættuna og hún ætlar að breyta því',
      'sara.jons2012 hjá gmail punktur com',
    ),
    clean(
      'steam, strákur 16 frá selfossi keypti skin fyrir 5000 kr á discord og fékk ekkert. útskýrði hvernig á að kæra og hafa samband við steam',
    ),
    withIds(
      'strákur 13 á fortnite notar nafnið vikingur_rvk07 og býr á hraunbæ 102 sagði hann, vildi að við kæmum í heimsókn lol. sagði honum að deila aldrei svona',
      'vikingur_rvk07',
      'hraunbæ 102',
    ),
    clean(
      'snapchat hópur, 4 stelpur 13 ára úr hafnarfirði. rætt um myndband sem fer á milli í skólanum. útskýrt hvað er refsivert. mbk',
    ),
  ],
  fi: [
    withIds(
      'poika n. 12 robloxissa, nimi eetu virtanen, menetti 400 robuxia huijarille. neuvottu kertomaan vanhemmille ja tekemään ilmoitus',
      'eetu virtanen',
    ),
    clean(
      'fortnite klo 19, kolme poikaa 13-14 oulusta. puhuttiin mm. v-bucks huijauksista ja kiusaamisesta. kerrottu lasten ja nuorten puhelin 116 111',
    ),
    withIds(
      'tyttö 15 snapissa lähetti hetunsa 170810A2845 todistaakseen ikänsä. pyydetty poistamaan heti, ei saa jakaa kenellekään',
      '170810A2845',
    ),
    clean(
      'twitch live n. 40 katsojaa 11-16v. kysymyksiä esim. saako 13v olla tiktokissa ja mitä poliisi tekee netissä. hyvä fiilis',
    ),
    withIds(
      'poika 15 discordissa kirjoitti numeronsa 045 782 1934 julkiseen kanavaan, käskin poistaa. yritti myydä skinejä',
      '045 782 1934',
    ),
    clean(
      'minecraft, poika 11 kertoi että isä on kalassa koskella ja talvella mäki takapihalla on kova lol. muuten kyseltiin mitä saa jakaa netissä',
    ),
    withIds(
      'tyttö 13 tiktokissa laittoi bioon sähköpostin aino.korhonen12 at gmail piste com, selitetty riskit. lupasi vaihtaa',
      'aino.korhonen12 at gmail piste com',
    ),
    clean(
      'steam, poika 16 tampereelta osti skinin 30€ discordin kautta, ei saanut mitään. neuvottu rikosilmoitus netissä ja steam support',
    ),
    withIds(
      'poika 13 fortnitessa, pelinimi kettu_poika77, kertoi asuvansa koulukatu 5 b 12, 70100 kuopio. sanottu ettei tuollaista kirjoiteta chattiin',
      'kettu_poika77',
      'koulukatu 5 b 12',
      '70100 kuopio',
    ),
    clean(
      'snapchat ryhmä, 4 tyttöä 13v lahdesta. aiheena video joka kiertää koulussa. kerrottu mikä on rangaistavaa, jatketaan ens viikolla',
    ),
  ],
  sv: [
    clean(
      'fortnite kl 1930, tre killar 13-14 från umeå. pratade bl.a. om v-bucks-bedrägerier och näthat. tipsade om bris 116 111',
    ),
    withIds(
      'tjej 14 på snap heter elsa lindqvist, en äldre kille tjatar om bilder. sa blockera + anmäl, prata m mamma. följs upp',
      'elsa lindqvist',
    ),
    withIds(
      'kille 12 på roblox gav sitt användarnamn vargen_sthlm11 direkt i chatten o ville bli vän. sa nej och förklarade varför',
      'vargen_sthlm11',
    ),
    clean(
      'twitch live ca 35 tittare 11-16 år, frågor t.ex. om man får spela gta vid 13. förklarade åldersgränser osv. bra stämning mvh',
    ),
    withIds(
      'kille 14 skickade sitt personnr 110423-2382 på discord för att bevisa ålder. bad honom radera direkt och aldrig dela det',
      '110423-2382',
    ),
    clean(
      'minecraft, kille 11 sa att han byggt en borg vid en sjö med berg och lund runt om lol. frågor om vad man får dela, inget allvarligt',
    ),
    withIds(
      'tjej 13 på tiktok har mejlen i bion: wilma.ek2012 at hotmail dot se, förklarade riskerna. hon ändrar ikväll',
      'wilma.ek2012 at hotmail dot se',
    ),
    clean(
      'steam, kille 16 från örebro köpte skin för 300 kr via discord, fick inget. förklarade polisanmälan och steam support',
    ),
    withIds(
      'kille 15 på fortnite skrev sitt nummer 073-912 34 56 i lobbyn pga ville ha hjälp m ett hackat konto. bad honom ta bort det och byta lösen',
      '073-912 34 56',
    ),
    clean(
      'snapchat grupp, 4 tjejer 13 år från malmö, handlade om en film som sprids på skolan. förklarade vad som är olagligt. ses nästa vecka kl 19',
    ),
  ],
};
