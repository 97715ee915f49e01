/**
 * Round one hundred and three: written blind, before the detector was run on it.
 * Officers who mix languages: Finland-Swedish with Finnish names and streets, Brussels French/Dutch, East Belgian German with French, bokmål and Icelandic with English gaming slang.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_THREE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      "Discord chat shared by the Finnish team: a 14-year-old said an adult called Jari Mäkinen keeps DMing her about 'gifts'. She also pasted his handle, jarimak_77, before we told her not to.",
      'Jari Mäkinen',
      'jarimak_77',
    ),
    withIds(
      "Boy on Roblox (NO) asked if we could 'check' his friend, typed the number 41 27 83 90 and the name Sander Øvrebø in the chat. Told him we can't look anyone up from the patrol.",
      '41 27 83 90',
      'Sander Øvrebø',
    ),
    withIds(
      "Belgian team, Fortnite voice: girl spelled her email out loud, lotte.peeters2010 at gmail dot com, to get 'proof' of the call. Advised her to remove it from the chat log too.",
      'lotte.peeters2010 at gmail dot com',
    ),
    withIds(
      "Icelandic colleague flagged a Snapchat case: a boy posted his kennitala 0208095740 in a group to 'verify age' for a skin giveaway. Scam link reported to Snap.",
      '0208095740',
    ),
    withIds(
      'Twitch, NL team: a mod told us the kid behind twitch.tv/daanplayz_ lives at Kerkstraat 14 in Zwolle and older boys from the same server wait for him there. Passed to Oost-Nederland.',
      'twitch.tv/daanplayz_',
      'Kerkstraat 14',
    ),
    clean(
      'Kripos shift log 14:30–16:00: 23 conversations on Minecraft and Habbo, mostly questions about what police actually do online. No personal data recorded.',
    ),
    clean(
      'Boy from Tromsø asked whether Erling Haaland plays Fortnite. Talked about free V-Bucks scams and pointed him to 116 111 if anything feels off.',
    ),
    clean(
      "Girl (15) on a TikTok live said someone at a school in Bergen is spreading edited pics. She didn't name anyone; gave her slettmeg.no and told her to talk to an adult she trusts.",
    ),
    clean(
      "Rocket League on Steam with five kids from Finland and Norway, our blue profile 'Politiet Nettpatrulje' lost 3–1. Lots of questions about whether police can read their DMs. Nothing to follow up.",
    ),
    clean(
      "Xbox party, Dutch and Belgian kids mixed, talked about Squid Game and MrBeast. One asked what 0900-8844 is: explained it's the Dutch non-emergency line and 112 is for emergencies.",
    ),
  ],
  nb: [
    withIds(
      'Chattet med gutt (13) på Discord, helt tilted etter en ranked-game. Sa at en voksen som kaller seg xXShadowWolf_88Xx har sendt ham nudes-requests og lovet Robux. Screenshots tatt, sendt videre.',
      'xXShadowWolf_88Xx',
    ),
    withIds(
      "Jente på Snapchat ville at vi skulle sjekke en fyr og sendte fødselsnummeret sitt 14031051267 for å 'prove' at hun var legit. Sa at hun aldri skal dele det, ikke lagret hos oss.",
      '14031051267',
    ),
    withIds(
      "Fortnite-squad ga oss full name på en som bullyer dem: Mohamed Yusuf Abdi i 8B på Haugerud skole. Typisk toxic greie, de ville at vi skulle 'banne' ham IRL.",
      'Mohamed Yusuf Abdi',
      '8B på Haugerud skole',
    ),
    withIds(
      'Gutt (16) på Twitch ble scammet for skins, svindleren ba ham vippse til 922 45 318. Han skrev også sin egen adresse, Tollbugata 17 i Drammen, før vi rakk å stoppe ham.',
      '922 45 318',
      'Tollbugata 17',
    ),
    withIds(
      "Roblox-chat: jente sa at bestevenninnen, hun heter Ingrid Solbakken, har fått DM fra en 'modell-agent' med mailen agent.talentscout@outlook.com. Lowkey creepy, sendt til Kripos.",
      'Ingrid Solbakken',
      'agent.talentscout@outlook.com',
    ),
    clean(
      "Minecraft-server 'NordCraft', ca. 40 spillere online. Snakket med tre gutter fra Bodø om griefing og om politiet faktisk gamer. GG, ingen personopplysninger notert.",
    ),
    clean(
      "Jente (14) på TikTok spurte om Kygo er fra Bergen og om vi har sett 'Skam'. Chill samtale, ga henne Alarmtelefonen 116 111 just in case.",
    ),
    clean(
      "Gutt på PlayStation sa han har hatt en shit uke og 'ikke orker mer'. Ga ham Mental Helse 116 123 og Kirkens SOS 22 40 00 40, han lovet å snakke med moren sin. Sak 24-117830 opprettet for oppfølging.",
    ),
    clean(
      "Habbo-rom 'Oslo Hangout': noen lurte på om blue-profilen 'Politiet Nettpatrulje Øst' er fake. Forklarte verified badge og at vi aldri ber om passord.",
    ),
    clean(
      'Steam-chat om CS2, en gutt fra en skole i Tromsø klaget på cheaters på server EU-North-3. Tipset om report-knappen, 17:45–18:10.',
    ),
  ],
  nn: [
    withIds(
      'Jenta (13) på Snapchat fortalde at ein vaksen mann som kallar seg Tore Hovland sender henne meldingar kvar kveld og vil møtast i Førde. Ho sa ikkje kva ho sjølv heiter, berre at han har bede om bilete.',
      'Tore Hovland',
    ),
    withIds(
      'Guten på Discord lurte på kva politiet gjer med fødselsnummer, og skreiv sitt eige: 270809 63470. Eg sa at han må slette det med ein gong.',
      '270809 63470',
    ),
    withIds(
      'Jenta heiter Sunniva, seier venninna, og ho blir mobba i ei Roblox-gruppe av folk frå 9C ved Sogndal skule. Venninna gav oss òg brukarnamnet sunni_vaa2010.',
      'Sunniva',
      '9C ved Sogndal skule',
      'sunni_vaa2010',
    ),
    withIds(
      'Gut (15) på Steam vart lurt av ein som ville ha mobilnummeret hans, og han skreiv det til oss òg: 478 12 096. Svindlaren brukte profilen steamcommunity.com/id/freeskinz_no.',
      '478 12 096',
      'steamcommunity.com/id/freeskinz_no',
    ),
    withIds(
      'Ho bur i Øvre Holmegate 22 i Stavanger, sa guten om ei jente som har fått trugsmål på TikTok. Han kjende òg e-posten hennar, amina.hassan krølla hotmail punktum com.',
      'Øvre Holmegate 22',
      'amina.hassan krølla hotmail punktum com',
    ),
    clean(
      'Prata med fire gutar frå Voss på Fortnite om kva ein gjer om nokon trugar deg på nett. Dei ville vite om Martin Ødegaard spelar FIFA. Ingen personopplysningar lagra.',
    ),
    clean(
      'Jenta (16) på Habbo spurde kva 116 111 er for noko. Eg forklarte at det er Alarmtelefonen for barn og unge, og at ho kan ringje 112 om det hastar.',
    ),
    clean(
      "Minecraft-serveren 'Vestlandsblokk' hadde ein griefer som øydela bygg. Guten som tok det opp, ville ikkje seie meir, og det var heilt greitt. Kl. 20:15.",
    ),
    clean(
      "Ein skule i Ålesund har visstnok hatt ein 'challenge' på TikTok som gjer elevane redde. Ingen namn vart nemnde; vi tipsa om å snakke med helsesjukepleiaren.",
    ),
    clean(
      "Gutar på Xbox lurte på om Vest politidistrikt verkeleg patruljerer i Call of Duty. Den blå profilen 'Politiet Vest Nettpatrulje' vart vist fram, 12 spørsmål på 30 minutt.",
    ),
  ],
  nl: [
    withIds(
      "Meisje (14) op Snapchat, Brussel: 'il m'envoie des messages tous les soirs', de man heet volgens haar Karim Benali en woont in Molenbeek. Doorgestuurd naar de zedencel.",
      'Karim Benali',
    ),
    withIds(
      "Jongen op Discord vroeg of zijn rijksregisternummer 10.04.15-237.65 'geheim' is, hij had het al in de server gepost. Uitgelegd dat hij het moet verwijderen, c'est vraiment pas une bonne idée.",
      '10.04.15-237.65',
    ),
    withIds(
      "NL-team, Fortnite: jongen (15) wordt afgeperst met een naaktfoto, dader vraagt 200 euro via Tikkie naar 06-41873259. Slachtoffer gaf ook zijn BSN 231457686 'om te bewijzen dat hij minderjarig is'.",
      '06-41873259',
      '231457686',
    ),
    withIds(
      'Gesprek op Roblox met twee Vlaamse meisjes: hun vriendin Nour El Amrani zit in 2B van het Sint-Jozefcollege Aalst en wordt gepest. Een van hen gaf haar mail: nour.elamrani apenstaartje telenet punt be.',
      'Nour El Amrani',
      '2B van het Sint-Jozefcollege Aalst',
      'nour.elamrani apenstaartje telenet punt be',
    ),
    withIds(
      'Jongen (13) op TikTok live: een volwassene kent zijn adres, Avenue des Celtes 31, 1040 Etterbeek, en stuurt hem cadeautjes. Zijn account is @bxl.ilyas07, alles gemeld aan Child Focus.',
      'Avenue des Celtes 31, 1040 Etterbeek',
      '@bxl.ilyas07',
    ),
    clean(
      'Brusselse ploeg, Minecraft: een groep kinderen uit Anderlecht en Schaerbeek vroeg of la police joue vraiment à Minecraft. Uitgelegd wat we doen, 18 kinderen in 45 minuten, geen persoonsgegevens genoteerd.',
    ),
    clean(
      'Meisje (15) op Twitch vroeg wat ze moet doen als iemand haar chanteert. Child Focus 116 000 gegeven, en voor noodgevallen 112. Zij noemde geen namen.',
    ),
    clean(
      'Jongens op PlayStation discussieerden of Kevin De Bruyne beter is dan Romelu Lukaku in EA FC. Daarna een vraag over oplichting met gratis FC Points, uitgelegd hoe te melden. PV BR.12.L4.024518/24 staat hier los van.',
    ),
    clean(
      "Habbo: iemand vroeg of de blauwe profielen 'Politie Jeugd Online' en 'Police Bruxelles Online' echt zijn. Ja, verificatie getoond. Une fille d'une école à Ixelles zegt dat er veel gepest wordt, zonder namen.",
    ),
    clean(
      "Discord-server 'Lowlands Gamers' (ca. 300 leden): gesprek over zelfbeschadiging, jongen zei 'het gaat wel weer'. Gewezen op 113 (0800-0113) en Awel 102. Geen gegevens bewaard.",
    ),
  ],
  fr: [
    withIds(
      "Fille (13) sur Snapchat à Liège: un adulte, Thomas Lambert d'après elle, lui demande des photos contre des cartes cadeaux. Ze was echt bang, on a transmis à la section jeunesse.",
      'Thomas Lambert',
    ),
    withIds(
      "Garçon sur Fortnite a donné son numéro de GSM 0478 52 19 63 et celui de sa mère, 0495 30 71 48, parce qu'un 'recruteur' lui promettait un skin. Arnaque classique.",
      '0478 52 19 63',
      '0495 30 71 48',
    ),
    withIds(
      'Sur Discord, un ado de Charleroi écrit que son pote Yanis Dubois habite rue de Marcinelle 45 et se fait harceler devant chez lui. Pseudo du harceleur: DarkKaizer_6000.',
      'Yanis Dubois',
      'rue de Marcinelle 45',
      'DarkKaizer_6000',
    ),
    withIds(
      "Ado (14) nous envoie son numéro de registre national 09.09.22-118.85 pour 'prouver son âge' sur Roblox. Ik heb gezegd: nooit doen, on supprime tout de suite.",
      '09.09.22-118.85',
    ),
    withIds(
      "Une fille de Schaerbeek m'a épelé l'adresse mail de son amie, sara.ouali arobase gmail point com, et son compte tiktok.com/@saraa.bxl. Elle veut qu'on l'aide contre un chantage aux photos.",
      'sara.ouali arobase gmail point com',
      'tiktok.com/@saraa.bxl',
    ),
    clean(
      'Patrouille Minecraft avec la zone Bruxelles-Capitale Ixelles: 25 jeunes, questions sur les arnaques aux V-Bucks. Geen persoonsgegevens, rien noté.',
    ),
    clean(
      'Garçon (15) sur Xbox demandait si Romelu Lukaku joue encore à Naples et si la police peut lire ses messages privés. On lui a donné le 103 Écoute-Enfants et le 112.',
    ),
    clean(
      "Une école à Namur aurait un groupe Snapchat où circulent des photos; la fille n'a donné aucun nom. Conseillé d'en parler au CPMS et de contacter Child Focus au 116 000.",
    ),
    clean(
      "Sur Twitch, chat avec des fans de Squeezie et de Stromae, très sympa. Ze vroegen of het blauwe profiel 'Police Bruxelles Online' echt is. Dossier 2024/0456 sans lien.",
    ),
    clean(
      "Habbo, hôtel FR: un gamin a écrit 'je vais me faire du mal' puis 'c'était une blague'. Resté 20 minutes avec lui, donné le 0800 32 123 du Centre de Prévention du Suicide. Aucune donnée personnelle enregistrée.",
    ),
  ],
  de: [
    withIds(
      "Mädchen (14) aus Eupen auf Snapchat: ein Erwachsener namens Marc Schröder schreibt ihr jeden Abend, sie findet das 'un peu bizarre'. An die Jugendabteilung weitergeleitet.",
      'Marc Schröder',
    ),
    withIds(
      "Junge aus St. Vith hat im Discord-Chat seine Adresse gepostet, Hauptstraße 112, 4780 Sankt Vith, um ein 'Paket' von einem Fremden zu bekommen. Son pseudo là-bas: vith_gamer09.",
      'Hauptstraße 112, 4780 Sankt Vith',
      'vith_gamer09',
    ),
    withIds(
      'Auf Roblox sagt ein Junge, sein Kumpel Emre Yıldız aus der 7a der Pater-Damian-Sekundarschule werde erpresst. Die Handynummer des Erpressers: 0152 38471926.',
      'Emre Yıldız',
      '7a der Pater-Damian-Sekundarschule',
      '0152 38471926',
    ),
    withIds(
      "Jugendlicher nennt seine Mailadresse, lukas.kremer Klammeraffe gmx Punkt de, damit wir ihm 'Beweise' schicken. C'est pas comme ça que ça marche, erklärt.",
      'lukas.kremer Klammeraffe gmx Punkt de',
    ),
    withIds(
      "Mädchen auf TikTok gibt ihre Nationalregisternummer 11020336414 an, weil ein 'Casting-Agent' sie verlangt. Der Agent nutzt das Profil instagram.com/casting.eupen.kids.",
      '11020336414',
      'instagram.com/casting.eupen.kids',
    ),
    clean(
      'Fortnite-Runde mit Jugendlichen aus Eupen, Kelmis und Malmedy, très sympa. Frage, ob Thibaut Courtois Fortnite spielt. Keine personenbezogenen Daten notiert.',
    ),
    clean(
      "Junge (16) auf Steam fragt, was die Polizeizone Weser-Göhl online macht. Erklärt, blaues Profil 'Polizei Eifel Online' gezeigt, 14:10–14:40.",
    ),
    clean(
      "Mädchen auf Twitch, es gehe ihr 'pas bien du tout'. Telefonhilfe 108 und Kinder- und Jugendtelefon 116 111 gegeben, sie hat sich bedankt.",
    ),
    clean(
      'An einer Schule in Aachen soll es einen Discord-Server mit Mobbing geben; Namen wurden keine genannt. Hinweis auf die Nummer gegen Kummer 0800 111 0 333.',
    ),
    clean(
      "Minecraft-Server 'Ostbelgien Craft', 60 Spieler. Die Kids wollten wissen, ob man mit 13 TikTok haben darf. PV EU.43.L1.000812/2024 betrifft einen anderen Fall.",
    ),
  ],
  is: [
    withIds(
      'Stelpa (13) á Snapchat sagði að fullorðinn maður, Gunnar Þór Sigurðsson, sendi henni DMs á hverju kvöldi og biðji um myndir. Málið sent áfram til kynferðisbrotadeildar.',
      'Gunnar Þór Sigurðsson',
    ),
    withIds(
      "Strákur á Roblox skrifaði kennitöluna sína, 150210-3480, til að 'verify' aldur fyrir giveaway. Sagði honum að eyða því strax, þetta er scam.",
      '150210-3480',
    ),
    withIds(
      'Á Discord: vinkona hennar heitir Ásdís og er í 8. bekk í Hagaskóla, hún er bullied í gaming group. Username hennar er asdis_xo2011.',
      'Ásdís',
      '8. bekk í Hagaskóla',
      'asdis_xo2011',
    ),
    withIds(
      'Strákur (15) á Fortnite gaf upp símanúmerið sitt, 862 4517, því einhver lofaði honum V-Bucks. Scammerinn notar netfangið vbucks.island@gmail.com.',
      '862 4517',
      'vbucks.island@gmail.com',
    ),
    withIds(
      'Stelpa á TikTok segir að einhver viti heimilisfangið hennar, Hringbraut 48 í Reykjavík, og hafi sent henni screenshot af húsinu. Kennitalan hennar, 2711112660, var líka í chatinu.',
      'Hringbraut 48',
      '2711112660',
    ),
    clean(
      'Spjall á Minecraft við krakka frá Akureyri og Selfossi um hvað lögreglan gerir online. 15 krakkar, engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Strákur (14) spurði hvort Gylfi Sigurðsson spili FIFA og hvort lögreglan geti séð private messages. Bent á 112 og Hjálparsíma Rauða krossins 1717.',
    ),
    clean(
      "Stelpa á Twitch sagðist vera 'really down' undanfarið. Við gáfum henni 1717 og netspjallið á 1717.is; hún nefndi engin nöfn. Kl. 21:30.",
    ),
    clean(
      "Á Discord server 'Iceland Gamers' spurðu nokkrir hvort blue profile 'Lögreglan á höfuðborgarsvæðinu' væri fake. Sýndum verification. Mál 007-2024-012345 er óskylt.",
    ),
    clean(
      'Skóli í Hafnarfirði er með TikTok trend sem hræðir yngri krakka, engin nöfn nefnd. Ráðlögðum þeim að tala við kennara og tilkynna á Barnaheill.',
    ),
  ],
  fi: [
    withIds(
      'Tyttö (13) Snapchatissa kertoi, että aikuinen mies nimeltä Janne Korhonen pyytää kuvia ja lupaa rahaa. Ohjattu eteenpäin, screenshotit otettu.',
      'Janne Korhonen',
    ),
    withIds(
      "Poika kirjoitti Discordissa henkilötunnuksensa 120310A248R, koska joku 'admin' väitti tarvitsevansa sen. Kehotettu poistamaan heti.",
      '120310A248R',
    ),
    withIds(
      'Robloxissa kaksi poikaa kertoi, että heidän kaverinsa Abdirahman Warsame 7B-luokalta Itäkeskuksen peruskoulusta saa uhkausviestejä. Kiusaajan käyttäjänimi on k1ngslayer_fi.',
      'Abdirahman Warsame',
      '7B-luokalta Itäkeskuksen peruskoulusta',
      'k1ngslayer_fi',
    ),
    withIds(
      "Tyttö TikTokissa antoi sähköpostinsa, emilia.virtanen ät gmail piste com, ja puhelinnumeron 040 718 2945. Hän halusi että 'poliisi soittaa', selitetty ettei näin toimita.",
      'emilia.virtanen ät gmail piste com',
      '040 718 2945',
    ),
    withIds(
      'Poika (15) Fortnitessa kertoi osoitteensa Hämeenkatu 19 B 12, Tampere, koska huijari lupasi lähettää lahjakortin. Huijarin profiili: steamcommunity.com/profiles/76561198812345678.',
      'Hämeenkatu 19 B 12',
      'steamcommunity.com/profiles/76561198812345678',
    ),
    clean(
      'Minecraftissa juteltiin kymmenen nuoren kanssa Oulusta ja Rovaniemeltä siitä, mitä poliisi tekee netissä. Ei henkilötietoja kirjattu.',
    ),
    clean(
      'Poika (14) kysyi, pelaako Teemu Pukki vielä ja voiko poliisi lukea yksityisviestejä. Annettu MLL:n Lasten ja nuorten puhelin 116 111 ja hätänumero 112.',
    ),
    clean(
      "Tyttö Twitchissä sanoi, että 'ei jaksa enää'. Annettu MIELI ry:n kriisipuhelin 09 2525 0111, hän lupasi puhua äidilleen. Klo 22:05, ilmoitus 5500/R/12345/24 ei liity tähän.",
    ),
    clean(
      "Habbossa kysyttiin, onko sininen profiili 'Poliisi – Nettipoliisi Helsinki' aito. Näytettiin verifiointi, kysymyksiä tuli 17 puolessa tunnissa.",
    ),
    clean(
      'Eräässä koulussa Espoossa on kuulemma TikTok-haaste, joka pelottaa pienempiä. Nimiä ei mainittu; neuvottu kertomaan opettajalle tai kuraattorille.',
    ),
  ],
  sv: [
    withIds(
      'Flicka (14) på Snapchat i Vasa berättade att en vuxen man, Mikko Lehtonen enligt henne, skickar meddelanden varje kväll och vill träffas vid Rewell Center. Ärendet vidare till utredningen.',
      'Mikko Lehtonen',
    ),
    withIds(
      "Pojke på Discord skrev sin personbeteckning 050909A3171 för att 'bevisa' åldern i en giveaway. Jag bad honom radera den, han gjorde det.",
      '050909A3171',
    ),
    withIds(
      'Två pojkar i Borgå sa på Roblox att deras kompis Aleksi Nieminen i klass 8C på Lyceiparkens skola blir mobbad. Mobbarens användarnamn: porvoo_reaper.',
      'Aleksi Nieminen',
      'klass 8C på Lyceiparkens skola',
      'porvoo_reaper',
    ),
    withIds(
      "Svensk tjej (15) på TikTok gav sitt personnummer 100512-4381 och mejladressen wilma.andersson snabel-a hotmail punkt se till en 'modellagent'. Anmälan upprättad.",
      '100512-4381',
      'wilma.andersson snabel-a hotmail punkt se',
    ),
    withIds(
      'Pojke (13) i Helsingfors sa att en främling vet att han bor på Mannerheimvägen 41 A 7 och har skickat bild på porten. Hans Fortnite-namn är HelsinkiHawk_13, mammas nummer 050 362 8174.',
      'Mannerheimvägen 41 A 7',
      'HelsinkiHawk_13',
      '050 362 8174',
    ),
    clean(
      'Minecraft med ungdomar från Jakobstad och Karleby, pratade om bedrägerier med gratis Robux. Inga personuppgifter antecknade.',
    ),
    clean(
      'Pojke (14) frågade om Zlatan Ibrahimović spelar FIFA och om polisen kan läsa DM. Gav honom MLL:s Barn- och ungdomstelefon 116 111 och nödnumret 112.',
    ),
    clean(
      "Flicka på Twitch skrev att hon 'inte orkar mera'. Gav henne kristelefonen på svenska och 116 111, hon lovade prata med sin mamma. Kl. 20:40.",
    ),
    clean(
      "Habbo: någon frågade om den blå profilen 'Polisen – Nettipoliisi Österbotten' är äkta. Visade verifieringen. Ärende 5500/R/4321/24 gäller inte detta.",
    ),
    clean(
      'En skola i Åbo ska ha en Snapchat-grupp där bilder sprids, inga namn nämndes. Rådde eleven att prata med kuratorn eller hälsovårdaren.',
    ),
  ],
};
