/**
 * Round one hundred and four: written blind, before the detector was run on it.
 * An ordinary evening of the week: ten officers per language, one note each, each with their own habits of writing.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_FOUR: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Discord, 19:40. Boy (13) from Drammen says an adult calling himself Tor Haugland keeps offering him Robux and asked for his number; he had already sent it, 948 31 207. Advised him to block and tell his mum.',
      'Tor Haugland',
      '948 31 207',
    ),
    withIds(
      'Belgian team, Roblox: a girl of 12 told us her classmate Lotte Verstraeten from Sint-Jozefschool is kicked out of every group chat. We explained how to report and suggested she talk to a teacher.',
      'Lotte Verstraeten',
      'Sint-Jozefschool',
    ),
    withIds(
      'Sextortion on Snapchat. The account threatening him is lucas.b_2011x and the money was to be sent via mikkel.payouts@proton.me. He is 15, scared, has not paid. Referred him to a parent and to reporting.',
      'lucas.b_2011x',
      'mikkel.payouts@proton.me',
    ),
    withIds(
      'Icelandic team: a girl typed her kennitala 300608-5230 in the Fortnite lobby chat to prove she was old enough for a clan. Told her to delete it and never share it again.',
      '300608-5230',
    ),
    withIds(
      "Finnish team on Steam. Boy (14) asked if police can trace a trade scam and pasted the scammer's profile https://steamcommunity.com/id/kalle_trades99 and then his own home address, Hämeenkatu 14 B 22 in Tampere.",
      'https://steamcommunity.com/id/kalle_trades99',
      'Hämeenkatu 14 B 22',
    ),
    clean(
      'Twitch patrol 19:00–21:30 in the Kripos stream chat, around 40 viewers. Mostly questions about Erling Haaland, Minecraft servers and whether we carry guns. No personal data recorded.',
    ),
    clean(
      'Dutch team reports: a girl of 15 from Utrecht asked whether she should call 112 or 0900-8844 about a stolen Roblox account. Explained the difference.',
    ),
    clean(
      "Boy in Reykjavík wanted to know what Kripos is and whether the blue profile 'Nettpatruljen Kripos' is real. He talked a lot about MrBeast and Ninja.",
    ),
    clean(
      'Belgian team, case ref 2024/0913: a 16-year-old in Liège hinted at sextortion but gave no details. Referred to Child Focus on 116 000. No names given.',
    ),
    clean(
      'Habbo room chat with five teenagers from Espoo about Mario and Sonic. One said school in Tampere is boring in March. Nothing to record.',
    ),
  ],
  nb: [
    withIds(
      'Jente (15) på Snapchat har sendt fødselsnummeret sitt 03081155673 til en «modellagent». Vi ba henne slette meldingen og snakke med foreldrene i kveld.',
      '03081155673',
    ),
    withIds(
      'Gutt (12) på Roblox forteller at Amina Yusuf i 7B på Hasle skole blir kalt stygge ting i en gruppechat. Han vil ikke si hvem som skriver det.',
      'Amina Yusuf',
      '7B på Hasle skole',
    ),
    withIds(
      'En voksen mann som kaller seg Kacper Nowak tilbød V-Bucks mot nummeret hans i Fortnite. Gutten hadde allerede skrevet 47 12 90 36 i chatten. Rådet ham til å blokkere og si fra hjemme.',
      'Kacper Nowak',
      '47 12 90 36',
    ),
    withIds(
      'Hun skrev e-posten sin til en ukjent på Discord som sofie punktum berg krølla hotmail punktum com. Forklarte hvorfor det er lurt å la være.',
      'sofie punktum berg krølla hotmail punktum com',
    ),
    withIds(
      'Xbox. Gutten spiller som xXMagnusPlaysXx og sa helt uoppfordret at han bor i Kirkeveien 52 i Sandvika. Snakket om hva man bør holde for seg selv.',
      'xXMagnusPlaysXx',
      'Kirkeveien 52',
    ),
    clean(
      'Snakket med tre jenter fra Tromsø på TikTok om Sigrid og Astrid S. De lurte på om politiet kan se alt de skriver. Ingen personopplysninger notert.',
    ),
    clean(
      'Gutt (14) spurte hvor han kan ringe når det er tungt. Ga ham 116 111 og Kirkens SOS på 22 40 00 40.',
    ),
    clean(
      "Minecraft-serveren 'Nordlys SMP', ca. 25 spillere. Prat om Haaland og Ødegaard, og om at skolen i Bodø begynner kl. 08.15.",
    ),
    clean(
      'Sak 24-1187, Vest politidistrikt: en forelder fra Bergen spurte om aldersgrensen på Discord (13 år). Svarte generelt.',
    ),
    clean(
      'Discord, kanalen #spørpolitiet. 62 % av de som svarte på avstemningen har opplevd svindel med skins i CS2. Ingen navn.',
    ),
  ],
  nn: [
    withIds(
      'Jenta (13) på Discord fortalde at ein vaksen som kallar seg «Fjellbekk_Tor» har bede om bilete. Ho heiter Ingrid Solheim og bur i Førde.',
      'Fjellbekk_Tor',
      'Ingrid Solheim',
    ),
    withIds(
      'Guten skreiv fødselsnummeret sitt, 190907 578 09, i Roblox-chatten for å vere med i ein skin-konkurranse. Eg bad han slette det med ein gong.',
      '190907 578 09',
    ),
    withIds(
      'Ho gav meg telefonnummeret til venninna si, 912 45 683, før eg rakk å stoppe henne. Venninna skal ha fått truslar på Snapchat.',
      '912 45 683',
    ),
    withIds(
      'Han seier han bur i Strandgata 17 i Volda og at mora er ikkje heime om kveldane. Ein vaksen på Steam har spurt kvar han bur.',
      'Strandgata 17',
    ),
    withIds(
      'Kameraten hans, Yonas Tesfaye, blir truga på Snapchat av eldre gutar frå Ålesund. Han veit ikkje kva han skal gjere.',
      'Yonas Tesfaye',
    ),
    clean(
      'Prata med fire gutar frå Voss om den nye Fortnite-sesongen og om kva politiet gjer på nett. Ingen personopplysningar vart skrivne ned.',
    ),
    clean(
      'Jenta (16) spurde kvar ho kan ringje når ho har det tungt. Gav henne 116 111 og Mental Helse på 116 123.',
    ),
    clean(
      'Twitch-straumen til Kripos hadde 140 sjåarar. Mange spurde om Ole Gunnar Solskjær og kvifor vi har uniform på.',
    ),
    clean(
      'Ein elev fortel at ein skule i Sogndal har hatt mykje stygt i klassechattar. Tipsa om slettmeg.no. Ingen namn.',
    ),
    clean(
      'Sak 24-33109. Gut på 14 år frå Stryn vart lurt for 300 kroner i ein Steam-handel. Han skal melde det saman med foreldra.',
    ),
  ],
  nl: [
    withIds(
      "Meisje (14) uit Almere heeft haar BSN 264739152 naar een 'castingbureau' op TikTok gestuurd. Uitgelegd wat ze nu moet doen.",
      '264739152',
    ),
    withIds(
      "Jongen (13) uit Gent plakte zijn rijksregisternummer 10.04.17-233.09 in een Discord-server om te 'bewijzen' dat hij oud genoeg is. Gevraagd om het bericht te verwijderen.",
      '10.04.17-233.09',
    ),
    withIds(
      'Hij gaf zomaar het mailadres van zijn zus: noor punt dekker apenstaartje gmail punt com. Een onbekende in Minecraft had erom gevraagd.',
      'noor punt dekker apenstaartje gmail punt com',
    ),
    withIds(
      'Een volwassen man die zich Bilal El Amrani noemt, belt haar via 06-41827395 en wil afspreken in Rotterdam. Ze is 14. Ouders worden ingelicht.',
      'Bilal El Amrani',
      '06-41827395',
    ),
    withIds(
      'Haar vriendin Elif Yılmaz, die op de Kerkstraat 38 in Utrecht woont, wordt op Instagram gepest door een nepaccount.',
      'Elif Yılmaz',
      'Kerkstraat 38',
    ),
    clean(
      'Fortnite, 20:15. Twee jongens uit Eindhoven over Memphis Depay en Frenkie de Jong. Ze vroegen of de politie ook gamet. Geen persoonsgegevens genoteerd.',
    ),
    clean(
      'Vlaams meisje (15) vroeg waar ze terecht kan bij pesten; doorverwezen naar Awel op 102 en Child Focus op 116 000.',
    ),
    clean(
      "Minecraft-server 'Lage Landen SMP', 18:30–20:00, ongeveer 30 spelers. Veel vragen over de blauwe profielen van Politie Online Patrouille.",
    ),
    clean(
      'Jongen (12) uit Hasselt vroeg of hij 101 moet bellen bij oplichting met V-Bucks. Uitgelegd dat 101 voor noodgevallen is.',
    ),
    clean(
      'Een leerling vertelde dat een school in Zwolle volgende week een les mediawijsheid geeft. Geen namen, geen klas genoemd.',
    ),
  ],
  fr: [
    withIds(
      "Garçon de 12 ans à Charleroi : un « recruteur » sur Discord lui a demandé son numéro de registre national et il a envoyé 11020306126. Conseillé d'en parler à ses parents.",
      '11020306126',
    ),
    withIds(
      'Elle a donné son adresse mail à un inconnu sur Roblox : chloe point dubois arobase skynet point be. On lui a expliqué les risques.',
      'chloe point dubois arobase skynet point be',
    ),
    withIds(
      'Un adulte qui se présente comme Karim Benali lui écrit sur Snapchat et lui a laissé son numéro, le 0478 52 19 63. Il veut la voir à Bruxelles samedi.',
      'Karim Benali',
      '0478 52 19 63',
    ),
    withIds(
      'Il habite rue de la Station 21 à Namur, dit-il, et ses parents rentrent tard. Un joueur adulte sur PlayStation lui pose beaucoup de questions.',
      'rue de la Station 21',
    ),
    withIds(
      "Sa copine Inès Mertens, à l'Athénée Royal de Waterloo, se fait harceler sur TikTok par le compte @ines_la_moche_. Signalement expliqué.",
      'Inès Mertens',
      'Athénée Royal de Waterloo',
      '@ines_la_moche_',
    ),
    clean(
      'Patrouille sur Roblox à 20h10. Discussion avec trois jeunes de Mons sur Romelu Lukaku et Stromae. Aucune donnée personnelle notée.',
    ),
    clean(
      'Une jeune de 14 ans demandait quel numéro appeler : on lui a donné le 103 (Écoute-Enfants) et le 112 en cas d’urgence.',
    ),
    clean(
      'Dossier 2024/4471 : un garçon de Liège a perdu 45 euros dans une arnaque aux skins sur Steam. Il va en parler à ses parents.',
    ),
    clean(
      "Question sur le profil bleu 'Police Patrouille Web' : est-ce vraiment la police ? Expliqué. Jeune de 13 ans, Bruxelles.",
    ),
    clean(
      'Selon une élève, une école de Tournai a eu des soucis avec des photos partagées sur Snapchat. Pas de noms.',
    ),
  ],
  de: [
    withIds(
      'Junge (15) aus Eupen hat seine Nationalnummer 08113035784 an einen Fremden auf Discord geschickt. Eltern sollen informiert werden.',
      '08113035784',
    ),
    withIds(
      'Sie hat ihre Mail-Adresse im Chat buchstabiert: lena punkt schmitz klammeraffe web punkt de. Erklärt, warum das keine gute Idee ist.',
      'lena punkt schmitz klammeraffe web punkt de',
    ),
    withIds(
      'Ein Mann, der sich Dennis Krüger nennt, will sich mit ihm in Aachen treffen und hat ihm die Nummer 0176 4829 1157 gegeben. Der Junge ist 13.',
      'Dennis Krüger',
      '0176 4829 1157',
    ),
    withIds(
      'Sie wohnt in der Hauptstraße 45 in St. Vith und ist abends oft allein, sagt sie. Jemand auf Roblox fragt ständig nach Fotos.',
      'Hauptstraße 45',
    ),
    withIds(
      'Ihr Cousin Baran Doğan (Gamertag BaranTheBeast07) wird auf der PlayStation von Älteren erpresst. Sie weiß nicht, ob er mit uns reden will.',
      'Baran Doğan',
      'BaranTheBeast07',
    ),
    clean(
      'Fortnite-Streife, 19:45 Uhr. Zwei Jungs aus Kelmis fragten nach Thomas Müller und Kevin De Bruyne. Keine personenbezogenen Daten notiert.',
    ),
    clean(
      'Mädchen (13) aus Köln fragte nach der Nummer gegen Kummer: 116 111 weitergegeben, außerdem 110 für Notfälle.',
    ),
    clean(
      'Vorgang 2024-0311. Ein 16-Jähriger aus Eupen hat 20 Euro bei einem Skin-Betrug auf Steam verloren. Er informiert seine Eltern selbst.',
    ),
    clean(
      'Twitch-Stream der Polizei Ostbelgien: etwa 85 Zuschauer, Fragen zu Minecraft und zum Beruf Polizist.',
    ),
    clean(
      'Ein Schüler erzählte, dass eine Sekundarschule in Bütgenbach einen Medientag plant. Namen wurden keine genannt.',
    ),
  ],
  is: [
    withIds(
      'Stelpa (14) á Snapchat sendi kennitöluna sína 150310-2880 til manns sem þóttist vera ljósmyndari. Ráðlagt að segja foreldrum frá.',
      '150310-2880',
    ),
    withIds(
      'Vinkona hennar, Guðrún Sigurðardóttir, fær ljót skilaboð á TikTok frá strákum í Kópavogi.',
      'Guðrún Sigurðardóttir',
    ),
    withIds(
      'Fullorðinn maður gaf upp símanúmerið 845 2217 í Fortnite og bað strákinn að hringja í sig. Strákurinn er 12 ára.',
      '845 2217',
    ),
    withIds(
      'Hann býr á Hringbraut 63 í Reykjavík og foreldrarnir eru á vakt á kvöldin, sagði hann. Einhver á Discord vill hitta hann.',
      'Hringbraut 63',
    ),
    withIds(
      'Strákur (12), Jakub Kowalski, skrifaði netfangið jakub.k2012@gmail.com í Roblox-spjallið til að fá ókeypis Robux.',
      'Jakub Kowalski',
      'jakub.k2012@gmail.com',
    ),
    clean(
      'Spjölluðum við þrjá stráka frá Akureyri um Fortnite og Gylfa Sigurðsson. Engar persónuupplýsingar skráðar.',
    ),
    clean('Stelpa (15) spurði hvert hún gæti leitað; bent á 1717, hjálparsíma Rauða krossins, og 112.'),
    clean('Mál 024-2024-1187. Strákur frá Selfossi tapaði 2.000 krónum í svikum á Steam.'),
    clean(
      "Minecraft-þjónninn 'Eldfjall SMP', um 20 spilarar frá 20:00 til 21:30. Spurningar um lögregluna og bláa prófílinn 'Lögreglan á netinu'.",
    ),
    clean('Nemandi sagði að skóli í Hafnarfirði hefði átt í vandræðum með myndadeilingu. Engin nöfn.'),
  ],
  fi: [
    withIds(
      'Tyttö (13) kertoi antaneensa henkilötunnuksensa 120410A318T "mallitoimistolle" Instagramissa. Neuvottiin kertomaan vanhemmille.',
      '120410A318T',
    ),
    withIds(
      'Poika kirjoitti sähköpostinsa tuntemattomalle näin: eetu piste virtanen ät gmail piste com. Kerrottiin miksi sitä ei kannata jakaa.',
      'eetu piste virtanen ät gmail piste com',
    ),
    withIds(
      'Aikuinen mies, joka esittäytyi nimellä Janne Lehtonen, lähetti numeronsa 040 718 2934 ja pyysi kuvia. Tyttö on 14-vuotias.',
      'Janne Lehtonen',
      '040 718 2934',
    ),
    withIds(
      'Hän asuu osoitteessa Kauppakatu 9 B 14 Jyväskylässä ja on iltaisin yksin kotona. Joku Robloxissa kyselee paljon.',
      'Kauppakatu 9 B 14',
    ),
    withIds(
      'Hänen kaverinsa Hodan Abdi (Fortnitessa HodanQueen_FI) saa uhkailuviestejä vanhemmilta pojilta.',
      'Hodan Abdi',
      'HodanQueen_FI',
    ),
    clean(
      'Juttelimme Habbossa neljän oululaisen nuoren kanssa. Aiheina Teemu Pukki ja Käärijä. Henkilötietoja ei kirjattu.',
    ),
    clean(
      'Poika (14) kysyi, mihin voi soittaa kun on paha olla: annettiin Lasten ja nuorten puhelin 116 111 ja hätänumero 112.',
    ),
    clean('Tapausnumero 5500/2024/1187. Nuori Lahdesta menetti 30 euroa Robux-huijauksessa.'),
    clean(
      "Sinisen profiilin 'Nettipoliisi Helsinki' chatissa oli illalla noin 60 kysymystä, enimmäkseen Minecraftista.",
    ),
    clean('Oppilas kertoi, että eräässä tamperelaisessa koulussa on jaettu kuvia Snapchatissa. Ei nimiä.'),
  ],
  sv: [
    withIds(
      "Tjej (13) från Malmö har skickat sitt personnummer 100923-3840 till en 'agent' på TikTok. Rådde henne att prata med en vuxen.",
      '100923-3840',
    ),
    withIds(
      'Pojken i Vasa hade skrivit sin personbeteckning 050809A264H i en Discord-kanal för att få gå med i en klan.',
      '050809A264H',
    ),
    withIds(
      'Han gav sin mejl till en okänd i Minecraft: oskar punkt lindqvist snabel-a outlook punkt com. Förklarade riskerna.',
      'oskar punkt lindqvist snabel-a outlook punkt com',
    ),
    withIds(
      'En vuxen som kallar sig Mikael Sundström har gett henne numret 050 364 8127 och vill träffas i Helsingfors. Hon är 14.',
      'Mikael Sundström',
      '050 364 8127',
    ),
    withIds(
      'Hennes kompis Nour Haddad bor på Storgatan 12 i Jakobstad och blir trakasserad på Snapchat av äldre killar.',
      'Nour Haddad',
      'Storgatan 12',
    ),
    clean('Pratade med två killar från Borås om Zlatan och Minecraft. Inga personuppgifter noterade.'),
    clean('Tjej (15) frågade vart hon kan vända sig; gav BRIS 116 111 och 112.'),
    clean('Ärende 5000-K123456-24. En kille från Åbo förlorade 25 euro på ett skinbedrägeri på Steam.'),
    clean(
      "Polisens blå profil 'Polisen Nätpatrull' fick cirka 35 frågor i kväll, mest om Fortnite och om vi kan läsa chattar.",
    ),
    clean(
      'En elev berättade att en skola i Esbo har haft problem med bilder som sprids. Inga namn och ingen klass nämndes.',
    ),
  ],
};
