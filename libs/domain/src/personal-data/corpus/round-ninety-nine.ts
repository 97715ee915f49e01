/**
 * Round ninety-nine: written blind, before the detector was run on it.
 * Clean notes crowded with capitalised non-people, help lines, case numbers and words that are also first names;
 * notes with exactly one identifier of a young person (or someone they name) hidden among the same kind of words.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_NINETY_NINE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'On the Discord server Nordic Builders a boy (13) said an adult called Marius Haugland keeps offering him Robux if he moves the chat to Snapchat. Passed to Kripos NC3, case 2024/318; advised him to block and tell a parent.',
      'Marius Haugland',
    ),
    withIds(
      "Girl (14) on Roblox asked if it is normal that a player called xX_ShadowWolf_Xx wants photos 'for the Bloxburg modelling team'. We explained it is not, told her to report in-game and gave her 116 111.",
      'xX_ShadowWolf_Xx',
    ),
    withIds(
      'Boy in Fortnite voice chat read out his number +47 912 48 306 to prove he was real before we could stop him. Told him never to share it with strangers; then talked about the Easter skins.',
      '+47 912 48 306',
    ),
    withIds(
      'She typed her e-mail, liv.marthinsen2010@gmail.com, and asked us to send her information about the Police University College. We said no and pointed her to politiet.no instead.',
      'liv.marthinsen2010@gmail.com',
    ),
    withIds(
      'Twitch, Minecraft stream by a Swedish streamer: a viewer wrote that he lives at Storgata 41B in Hamar and invited others over after Christmas. Asked the moderators to delete the message.',
      'Storgata 41B',
    ),
    clean(
      'Chatted with three boys on Steam about Counter-Strike 2 and the Major in Copenhagen. They asked if Kripos can read their DMs; explained what the patrol does. No personal data recorded.',
    ),
    clean(
      "Snapchat: a girl worried that a 'Storm Giveaway' account promised her 10,000 V-Bucks for her login. Told her it is a scam, to report it and to call 116 111 or 112 if threatened. Ref NC3-0419, nothing personal stored.",
    ),
    clean(
      'Long chat on the Minecraft server Hope SMP (version 1.20.4) about griefing and fair play. The admins, adults from Leeds, thanked the patrol and will pin our post in #rules.',
    ),
    clean(
      'Boy asked whether Erling Haaland, Aurora and Sigrid are also watched by the police online. Fun talk about Manchester City and Eurovision; he will apply to the police when he turns 18.',
    ),
    clean(
      'Halloween event in Fortnite on 31 October: about 40 players visited the Kripos island and the blue team won 3-1 in Box Fights. Questions about the Sol skin and the June update, no-one shared personal details.',
    ),
  ],
  nb: [
    withIds(
      'Gutt (13) på Discord limte inn fødselsnummeret sitt 22081153756 fordi en «Steam Support» ba om det for å låse opp kontoen. Forklarte at dette er svindel, meldt videre til Kripos.',
      '22081153756',
    ),
    withIds(
      'Jenta sa at Ahmed Yusuf Warsame i Drammen har spredt bilder av henne i en Snapchat-gruppe som heter «Sol og Storm». Vi ba henne snakke med en voksen og ringe 116 111.',
      'Ahmed Yusuf Warsame',
    ),
    withIds(
      'På Roblox (Brookhaven) spurte en gutt om brukeren aurora_lunde09 er farlig; hun har bedt ham om Vipps-penger for en Juni-pakke. Rådet ham til å blokkere og rapportere.',
      'aurora_lunde09',
    ),
    withIds(
      'Han skrev at han bor i Sigrid Undsets vei 14 på Lillestrøm og er alene hjemme hver fredag etter fotballtrening med LSK. Sa at slikt aldri skal deles i åpen chat.',
      'Sigrid Undsets vei 14',
    ),
    withIds(
      'TikTok-live: jente (15) ba oss ringe henne på 482 17 593 etter skolen fordi hun blir mobbet i Tromsø. Vi svarte i chatten i stedet og ga henne Kors på halsen.',
      '482 17 593',
    ),
    clean(
      'Snakket med fire gutter på Fortnite om Vålerenga, Rosenborg og Bodø/Glimt. De lurte på om politiet spiller Xbox hele dagen. Ingen personopplysninger registrert.',
    ),
    clean(
      'En jente spurte hva Storm betyr på Minecraft-serveren «Nordlys» – det var et event i juni med 120 spillere. Hun nevnte Aurora og Sigrid som favorittartister.',
    ),
    clean(
      'Sak 24-11873 nevnt for kollega: svindelkonto på TikTok som lover Robux via Vipps. Ga råd om 116 111, 112 og tips på politiet.no. Ingen navn lagret.',
    ),
    clean(
      'Gutt (12) fra en skole i Alta skrev at han ikke orker mer etter mobbing i gymtimen. Vi fulgte opp, ga 116 111 og Mental Helse 116 123, og han skal snakke med helsesykepleier. Ingen identifiserende opplysninger.',
    ),
    clean(
      'Blå profil «Politiets nettpatrulje Øst» på Twitch kl. 19.30–21.00, 57 meldinger, mest om GTA V, Liv og lære-serien og 17. mai. Ingen personopplysninger lagret.',
    ),
  ],
  nn: [
    withIds(
      'Jenta fortalde at ein vaksen mann som heiter Geir Tore Vikanes har bede ho sende bilete på Snapchat. Ho er 13 år og bur i Sogndal. Vi bad ho blokkere han og fortelje det til mor si.',
      'Geir Tore Vikanes',
    ),
    withIds(
      'Guten spurde kva han skal gjere når brukaren fjordgut_2011 på Discord trugar med å leggje ut bilete av han. Eg sa at dette er sextortion, at han ikkje skal betale, og at han kan ringje 116 111.',
      'fjordgut_2011',
    ),
    withIds(
      'Ho skreiv fødselsnummeret sitt, 17091252120, i chatten for å «bevise» at ho var gamal nok til Fortnite-turneringa. Vi bad ho slette meldinga og forklarte kvifor det er farleg.',
      '17091252120',
    ),
    withIds(
      'Jenta på Roblox skreiv at ho går i 9A på Stord ungdomsskule og at nokon i klassen kallar ho stygge ting kvar dag. Vi snakka om mobbing og kven ho kan gå til.',
      '9A på Stord ungdomsskule',
    ),
    withIds(
      'Guten gav oss e-posten sin i ord, «sindre punktum nes krølla online punktum no», sidan han ville ha svar frå Kripos etter jul. Eg sa at vi ikkje sender e-post til nokon.',
      'sindre punktum nes krølla online punktum no',
    ),
    clean(
      'Eg prata med tre gutar på Steam om Molde, Brann og Champions League. Dei spurde om politiet kan sjå kva dei skriv på Discord. Ingen personopplysningar lagra.',
    ),
    clean(
      'Ei jente spurde kva «Storm» er i Fortnite – det er stormen som krympar kartet. Ho likar Sigrid og Aurora og skal på konsert i Bergen i juni.',
    ),
    clean(
      'Sak 24/2290 gjeld ein falsk Sol-giveaway på TikTok med 5000 V-Bucks. Vi åtvara mot svindel og viste til 116 111 og 112.',
    ),
    clean(
      'Guten (14) frå ein skule på Voss fortalde at han ikkje orkar meir. Vi heldt samtalen i 40 minutt, gav han 116 123, og han lova å snakke med helsesjukepleiaren. Ingen namn vart skrivne ned.',
    ),
    clean(
      'Blå profil «Politiet nettpatrulje Vest» var på Minecraft-serveren «Liv og Lagnad» kl. 18.00–20.30; 23 spelarar, mest prat om Zelda, Mario og Rose-eventet. Ingen personopplysningar.',
    ),
  ],
  nl: [
    withIds(
      "Meisje (14) uit Eindhoven zette haar BSN 619382740 in de Discord-chat omdat een 'DUO-medewerker' daarom vroeg. Uitgelegd dat dit oplichting is, doorverwezen naar de Fraudehelpdesk.",
      '619382740',
    ),
    withIds(
      'Jongen vertelde op Roblox dat Mohamed El Amrani uit Zaandam geld vraagt voor "beschermde" accounts in Adopt Me. Advies: blokkeren en melden; Kindertelefoon 0800-0432 gegeven.',
      'Mohamed El Amrani',
    ),
    withIds(
      "Op Twitch schreef een jongen dat de gebruiker Storm_Roos_NL hem dreigt met naaktfoto's als hij geen 50 euro betaalt. Sextortion uitgelegd: niet betalen, bewaren en aangifte doen.",
      'Storm_Roos_NL',
    ),
    withIds(
      "Ze typte haar mailadres als 'noor.dekker apenstaartje hotmail punt com' zodat wij haar konden mailen over de Politieacademie. Gezegd dat we dat niet doen en verwezen naar politie.nl.",
      'noor.dekker apenstaartje hotmail punt com',
    ),
    withIds(
      "Vlaamse jongen op de Minecraft-server Hope Network gaf zijn adres, Lange Leemstraat 88, 2018 Antwerpen, 'zodat jullie me met de combi kunnen komen halen'. Gezegd dat hij dat nooit online zet.",
      'Lange Leemstraat 88, 2018 Antwerpen',
    ),
    clean(
      'Gesprek op Steam met drie jongens over Ajax, Club Brugge en de Eredivisie. Ze vroegen of de politie ook EA FC speelt. Geen persoonsgegevens genoteerd.',
    ),
    clean(
      'Meisje van 11 vroeg naar de Rose-skin en het Koningsdag-event op 27 april in Fortnite. Ze is fan van Davina Michelle en Snelle. Niets vastgelegd.',
    ),
    clean(
      'Zaaknummer 2024-081577: oplichting met Robux-codes via TikTok. Jongen doorverwezen naar de Kindertelefoon 0800-0432 en, voor de zekerheid, 113 Zelfmoordpreventie.',
    ),
    clean(
      "Blauw profiel 'Wijkagent Online Oost-Brabant' in Habbo van 19.00 tot 21.15 uur, 64 bezoekers. Vragen over de Mark Rutte-meme, de Storm-update en versie 2.3 van Brawl Stars. Niets persoonlijks vastgelegd.",
    ),
    clean(
      'Jongen van een school in Gent vertelde dat hij gepest wordt tijdens de les aardrijkskunde. Gesproken over Awel (102) en vertrouwenspersonen; geen namen genoemd.',
    ),
  ],
  fr: [
    withIds(
      "Une fille de Liège a tapé son numéro de registre national 10041728455 sur Discord pour « récupérer son compte Fortnite ». Expliqué l'arnaque, conseillé de prévenir ses parents.",
      '10041728455',
    ),
    withIds(
      "Sur Roblox, un garçon de 12 ans explique qu'un homme, Jordan Lambotte, lui propose des Robux contre des photos. Signalé à la FCCU, Child Focus (116 000) donné au garçon.",
      'Jordan Lambotte',
    ),
    withIds(
      'Elle nous a donné son adresse mail en toutes lettres : « ines point diallo arobase skynet point be », pour recevoir des infos sur les métiers de la Police fédérale.',
      'ines point diallo arobase skynet point be',
    ),
    withIds(
      "Sur Snapchat, un ado de Charleroi a écrit son numéro, 0477 28 91 54, pour qu'on l'appelle à propos du harcèlement au club de foot. On lui a donné le 103 Écoute-Enfants à la place.",
      '0477 28 91 54',
    ),
    withIds(
      "Jeune fille sur TikTok : « je suis en 2e B à l'Athénée Royal d'Uccle et tout le monde se moque de moi ». Parlé du harcèlement, du 103 et du CPMS.",
      "2e B à l'Athénée Royal d'Uccle",
    ),
    clean(
      "Discussion sur Steam avec trois garçons à propos du Standard, d'Anderlecht et de Lukaku. Ils voulaient savoir si la police joue à Valorant. Aucune donnée personnelle notée.",
    ),
    clean(
      "Une fille de 13 ans, fan d'Angèle et de Stromae, a demandé si la police surveille les lives TikTok. Expliqué notre patrouille en ligne ; dossier 24/0815 pour les statistiques.",
    ),
    clean(
      'Arnaque « Cadeau de Noël Steam » : 3 jeunes ont reçu un faux lien vers des jeux gratuits. Conseillé de signaler ; Child Focus 116 000 et le 112 rappelés.',
    ),
    clean(
      "Un garçon d'une école de Mons parlait de se faire du mal. Conversation de 35 minutes, orientation vers le 0800 32 123 (Centre de Prévention du Suicide) et le 103. Aucun nom.",
    ),
    clean(
      'Profil bleu « Police – Patrouille en ligne » sur Habbo de 18h30 à 20h, 41 visiteurs ; questions sur la Saint-Nicolas, Tintin, Aurora et la mise à jour 1.21 de Minecraft. Rien de personnel.',
    ),
  ],
  de: [
    withIds(
      'Ein Junge aus Eupen erzählte im Fortnite-Chat, dass ein Erwachsener namens Timo Hilgers ihm Skins schenkt und sich in Aachen treffen will. Geraten: blockieren, Eltern informieren.',
      'Timo Hilgers',
    ),
    withIds(
      'Mädchen (14) schrieb ihre Mailadresse aus: „mila punkt ostendorf klammeraffe web punkt de“, damit die Polizei ihr wegen eines Praktikums antwortet. Erklärt, dass wir so nicht antworten.',
      'mila punkt ostendorf klammeraffe web punkt de',
    ),
    withIds(
      'Auf Discord droht der Nutzer Sommer_Wind88 einem Mädchen aus Köln, Fotos zu verbreiten. Sextortion erklärt, Nummer gegen Kummer 116 111 genannt.',
      'Sommer_Wind88',
    ),
    withIds(
      'Junge schrieb auf Roblox, er wohne in der Hauptstraße 27 in St. Vith und sei nach der Schule immer allein. Gesagt, dass er das nie öffentlich posten soll.',
      'Hauptstraße 27',
    ),
    withIds(
      'Im TikTok-Live hat eine Schülerin ihre Handynummer 0176 43829105 in den Chat geschrieben, weil sie Hilfe wegen Mobbing wollte. Wir baten sie, den Kommentar zu löschen, und nannten 116 111.',
      '0176 43829105',
    ),
    clean(
      'Gespräch auf Steam mit drei Jungen über den BVB, die AS Eupen und das 2:1 gegen Schalke. Sie fragten, ob die Polizei auch FIFA spielt. Keine personenbezogenen Daten.',
    ),
    clean(
      'Ein Mädchen fragte, ob Mark Forster und Helene Fischer auch von der Polizei kontrolliert werden und was der Storm in Fortnite ist. Nettes Gespräch, nichts gespeichert.',
    ),
    clean(
      'Aktenzeichen 2024-ZD-4471: falsches Robux-Gewinnspiel zu Ostern. Hinweis auf 116 111, 110 und die Onlinewache gegeben.',
    ),
    clean(
      'Ein Junge von einer Schule in Aachen deutete Selbstverletzung an. 30 Minuten gesprochen, TelefonSeelsorge 0800 111 0 111 genannt; er will mit seiner Vertrauenslehrerin reden. Keine Namen notiert.',
    ),
    clean(
      'Blaues Profil „Polizei – Online-Streife“ auf Twitch von 19 bis 21 Uhr, 88 Nachrichten zu Minecraft 1.20, zum Juni-Update von Brawl Stars und zu Will Smith. Nichts Persönliches.',
    ),
  ],
  is: [
    withIds(
      'Stelpa (14) á Discord skrifaði kennitöluna sína 140810-3200 af því að „Steam-þjónustan“ bað um hana. Við útskýrðum að þetta væru svik.',
      '140810-3200',
    ),
    withIds(
      'Strákur sagði að fullorðinn maður, Guðmundur Þór Hallgrímsson, hefði boðið honum Robux fyrir myndir á Snapchat. Við ráðlögðum honum að loka á manninn og segja foreldrum frá.',
      'Guðmundur Þór Hallgrímsson',
    ),
    withIds(
      'Á Roblox spurði stelpa hvort notandinn bjork_ulfur09 væri hættulegur, hann bað hana um símanúmer. Við sögðum henni að tilkynna hann og loka á hann.',
      'bjork_ulfur09',
    ),
    withIds(
      'Strákur á TikTok skrifaði símanúmerið sitt 867 4512 í spjallið og bað okkur að hringja. Við bentum honum á 1717 í staðinn.',
      '867 4512',
    ),
    withIds(
      'Hún skrifaði að hún byggi á Laugavegi 58 í Reykjavík og væri ein heima um helgar. Við ræddum hvað má ekki setja á netið.',
      'Laugavegi 58',
    ),
    clean(
      'Spjölluðum við þrjá stráka á Steam um KR, Val og Meistaradeildina. Þeir spurðu hvort lögreglan spilaði Fortnite. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Stelpa spurði hvort Björk og Laufey væru líka á Discord og hvað Storm þýðir í Fortnite. Skemmtilegt spjall, ekkert skráð.',
    ),
    clean('Mál 007-2024-18832: svikasíða sem lofar V-Bucks fyrir jólin. Bentum á 112 og 1717.'),
    clean(
      'Strákur úr skóla á Akureyri gaf í skyn sjálfsskaða. Töluðum við hann í 25 mínútur og bentum á 1717 og Píeta-samtökin. Engin nöfn.',
    ),
    clean(
      'Blár prófíll „Lögreglan – netlöggan“ á Twitch frá kl. 20:00 til 22:00, 34 skilaboð um Minecraft 1.21, Eurovision og Sól-viðburðinn í júní. Ekkert persónulegt.',
    ),
  ],
  fi: [
    withIds(
      'Tyttö (14) kirjoitti Discordiin henkilötunnuksensa 120410A538W, koska ”Steam-tuki” pyysi sitä. Kerroimme, että kyse on huijauksesta.',
      '120410A538W',
    ),
    withIds(
      'Robloxissa 11-vuotias poika kertoi, että Jarkko Heinonen lupaa hänelle Robuxeja kuvia vastaan. Neuvoimme estämään ja kertomaan vanhemmille.',
      'Jarkko Heinonen',
    ),
    withIds(
      'Hän kirjoitti sähköpostinsa muodossa ”onni.virtanen ät gmail piste com”, jotta poliisi lähettäisi tietoa Polamkista. Kerroimme, ettemme lähetä viestejä.',
      'onni.virtanen ät gmail piste com',
    ),
    withIds(
      'Poika kirjoitti TikTok-liveen puhelinnumeronsa 040 718 2954 ja pyysi soittamaan, koska häntä kiusataan. Ohjasimme hänet Lasten ja nuorten puhelimeen 116 111.',
      '040 718 2954',
    ),
    withIds(
      'Tyttö kertoi olevansa Kalevan koulun 8C-luokalla Tampereella ja että häntä kiusataan välitunnilla. Puhuimme kiusaamisesta ja siitä, kenelle voi kertoa.',
      'Kalevan koulun 8C-luokalla',
    ),
    clean(
      'Juttelimme Steamissa kolmen pojan kanssa HJK:sta, Ilveksestä ja Teemu Pukista. He kysyivät, pelaako poliisi CS2:ta. Henkilötietoja ei kirjattu.',
    ),
    clean(
      'Tyttö sanoi, ettei hänellä ole enää toivoa. Keskustelimme 40 minuuttia ja annoimme numerot 116 111 ja 09 2525 0111 (MIELI ry:n kriisipuhelin). Nimiä ei kerrottu.',
    ),
    clean(
      'Huijaus: väärennetty Fortnite-joulukalenteri lupaa 13 500 V-Bucksia. Asia kirjattu numerolla 5500/R/48213/24, nuoria ohjattiin soittamaan 112 hätätilanteessa.',
    ),
    clean(
      'Sininen profiili ”Poliisi – Nettipoliisi” Habbossa klo 18–20, 52 kävijää. Kysymyksiä Käärijästä, juhannuksesta ja Minecraftin versiosta 1.21. Ei henkilötietoja.',
    ),
    clean(
      'Minecraft-palvelimella Toivo SMP pojat kysyivät, voiko poliisi bannata pelaajia ja miksi Onni-kauppa suljettiin. Puhuimme grieffaamisesta ja reilun pelin säännöistä; nimiä ei kerrottu.',
    ),
  ],
  sv: [
    withIds(
      'Flicka (14) från Göteborg skrev sitt personnummer 100623-4478 på Discord för att en ”Roblox-admin” bad om det. Vi förklarade att det är bedrägeri.',
      '100623-4478',
    ),
    withIds(
      'En pojke i Vasa berättade på Snapchat att en vuxen man, Mikael Granholm, erbjuder honom presentkort mot bilder. Vi bad honom blockera och berätta för en vuxen.',
      'Mikael Granholm',
    ),
    withIds(
      'Hon skrev sin e-post som ”ella punkt lindqvist snabel-a outlook punkt com” och ville att Polisen skulle mejla henne om praktik. Vi förklarade att vi inte gör så.',
      'ella punkt lindqvist snabel-a outlook punkt com',
    ),
    withIds(
      'På Twitch hotar användaren Sol_Liv_Storm en pojke från Borås med att sprida bilder. Vi förklarade sextortion och gav numret till BRIS, 116 111.',
      'Sol_Liv_Storm',
    ),
    withIds(
      'Han skrev att han bor på Hantverkargatan 19 i Stockholm och vill träffa andra Fortnite-spelare där efter skolan. Vi sa att sådant aldrig ska skrivas i öppen chatt.',
      'Hantverkargatan 19',
    ),
    clean(
      'Pratade med tre pojkar på Steam om HIFK, Malmö FF och Zlatan. De frågade om polisen spelar Valorant. Inga personuppgifter antecknade.',
    ),
    clean(
      'En flicka frågade om Björk, Zara Larsson och Aurora också får hat på TikTok. Vi pratade om nätmobbning i 20 minuter. Inget sparat.',
    ),
    clean(
      'Bedrägeri med falska Steam-presentkort inför midsommar, ärende 5000-K488213-24. Hänvisade till 112 och 116 111.',
    ),
    clean(
      'En pojke från en skola i Umeå antydde självskada. Vi pratade i en halvtimme och gav numret 116 111 och Självmordslinjen 90101. Inga namn nämndes.',
    ),
    clean(
      'Blå profil ”Polisen – Nätpolis Syd” på Habbo kl. 19–21, 29 besökare; frågor om Melodifestivalen, juni-uppdateringen i Brawl Stars, Rose-skinnet och Minecraft 1.20.4. Inget personligt.',
    ),
  ],
};
