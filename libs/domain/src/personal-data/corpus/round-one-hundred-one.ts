/**
 * Round one hundred and one: written blind, before the detector was run on it.
 * Notes in the issue's own terms: name cues, name pairs, addresses with postcodes, school and class, e-mails in
 * words, handles after a platform, URLs without a scheme, numbers with any separators; tricky clean notes.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_ONE_HUNDRED_ONE: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Kripos, Discord: a 13-year-old girl said an adult man who calls himself Tommy Blade asked her to move to Snapchat, where he is tommyblade_2008. She showed us a screenshot with his number +47 936 41 208.',
      'Tommy Blade',
      'tommyblade_2008',
      '+47 936 41 208',
    ),
    withIds(
      'Belgian team on Roblox: boy (12) reports bullying in class 6B at Sint-Jozefscollege Aalst; the bully is named Jens Verhoeven and is JensV_Gamer99 on Roblox.',
      '6B at Sint-Jozefscollege Aalst',
      'Jens Verhoeven',
      'JensV_Gamer99',
    ),
    withIds(
      'Dutch team, Fortnite voice chat: a 14-year-old asked whether the police can look up his BSN and read it out digit by digit, 2 8 4 1 7 0 9 3 8. We told him never to share it online.',
      '2 8 4 1 7 0 9 3 8',
    ),
    withIds(
      'Icelandic team, TikTok: a girl sent us the profile of a man offering money for pictures, tiktok.com/@icecold_dad_rvk, and says he also e-mailed her friend at sigrun dot jons at gmail dot com.',
      'tiktok.com/@icecold_dad_rvk',
      'sigrun dot jons at gmail dot com',
    ),
    withIds(
      "Finnish team, Habbo: a boy wrote that he lives at Mannerheimintie 42 A 7, 00260 Helsinki, and pasted his henkilötunnus 170510A384Y so we could 'check his record'. Advised him to delete the message.",
      'Mannerheimintie 42 A 7, 00260 Helsinki',
      '170510A384Y',
    ),
    clean(
      "Kripos blue profile 'Politiet Nettpatrulje' chatted on Twitch with three boys from Bergen about Erling Haaland and whether Kai Cenat's streams are staged. No personal data recorded.",
    ),
    clean(
      'Finnish team on Minecraft: two kids built a police station and asked what Nettipoliisi does; we explained that in an emergency they call 112 and that Sekasin chat is open every evening. Case 2024/117, 19:40.',
    ),
    clean(
      'Belgian team, Fortnite: a girl (15) asked whether Peely and Jonesy skins can be stolen, as she was scammed once. We gave her Child Focus 116 000 and the police number 101.',
    ),
    clean(
      'Dutch team on Steam: chat about Counter-Strike 2 on the EU West 3 server and about Frenkie de Jong; 40% of the players we met were under 13. Told them about the Kindertelefoon, 0800-0432.',
    ),
    clean(
      "Icelandic team on Snapchat: teens from Akureyri and Selfoss asked about Laufey's concert and whether the police read their chats. Referred to 1717 and 112. We stored no names or usernames.",
    ),
  ],
  nb: [
    withIds(
      'Snapchat: Jente (14) forteller at en voksen mann som heter Kjetil Brandsæter har bedt henne om bilder og truer med å dele dem. På Snapchat er han kjetil_b_1987.',
      'Kjetil Brandsæter',
      'kjetil_b_1987',
    ),
    withIds(
      "Gutt (13) på Discord skrev fødselsnummeret sitt i kanalen for å 'bevise alderen': 140310 52050. Han bor i Tollbugata 17, 0152 Oslo. Vi ba ham slette meldingen.",
      '140310 52050',
      'Tollbugata 17, 0152 Oslo',
    ),
    withIds(
      'Roblox: Ei jente sier at venninna hennes, Hodan Warsame i 8C på Lilleborg skole, blir mobbet i en gruppechat. Hun ga oss også nummeret til mora, 412 58 903.',
      'Hodan Warsame',
      '8C på Lilleborg skole',
      '412 58 903',
    ),
    withIds(
      'TikTok: Gutt (15) ble lurt i et skinsalg og sendte oss selgerens profil tiktok.com/@skinkongen.no og e-posten skinkongen krølla hotmail punktum com.',
      'tiktok.com/@skinkongen.no',
      'skinkongen krølla hotmail punktum com',
    ),
    withIds(
      'Fortnite: En gutt fra Drammen sier han heter Mikołaj, og at kompisen har gamertaggen Bl4ckF0x_NOR på Xbox. Kompisen får meldinger fra en voksen som har gitt ham nummeret 981–22–437.',
      'Mikołaj',
      'Bl4ckF0x_NOR',
      '981–22–437',
    ),
    clean(
      'Discord: Prat med fire gutter fra Tromsø om Martin Ødegaard og Haaland. De spurte hva Kripos gjør, og vi fortalte om nettpatruljen. Ingen personopplysninger notert.',
    ),
    clean(
      'Minecraft, server «Nordlys SMP»: To jenter (12 og 13) bygde en hest til Steve og spurte om politiet kan se chatten. Henviste til Alarmtelefonen for barn og unge, 116 111.',
    ),
    clean(
      'Snapchat: Jente (16) hintet om selvskading. Vi ga henne Mental Helse 116 123 og sa at hun kan ringe 113 om det haster. Sak 24-118734, kl. 21.15.',
    ),
    clean(
      'Roblox: Spørsmål om blåprofilen «Politiet Patruljen Øst» er ekte. Vi forklarte at alle politiets profiler er merket, og at 02800 er politiets sentralbord.',
    ),
    clean(
      'Twitch: Tre ungdommer fra en skole i Bodø diskuterte Kygo, Astrid S og den nye Zelda; 60 % av dem hadde møtt en svindler i spill. Ingen navn eller brukernavn lagret.',
    ),
  ],
  nn: [
    withIds(
      'Discord: Jenta (13) seier at ein vaksen mann som kallar seg Ronny Hagen har sendt henne pengar på Vipps og vil ha bilete tilbake. Han har nummeret 46 73 21 09.',
      'Ronny Hagen',
      '46 73 21 09',
    ),
    withIds(
      'Roblox: Guten (12) skreiv fødselsnummeret sitt, 27080961117, i chatten fordi nokon lova han gratis Robux. Han bur i Kaigaten 9, 5015 Bergen.',
      '27080961117',
      'Kaigaten 9, 5015 Bergen',
    ),
    withIds(
      'Snapchat: Ho fortel at venninna heiter Solveig Nesheim og går i 9B på Førde ungdomsskule, og at ein gut frå klassen deler bilete av henne.',
      'Solveig Nesheim',
      '9B på Førde ungdomsskule',
    ),
    withIds(
      'TikTok: Eg fekk tilsendt profilen tiktok.com/@vossagut_04 og e-postadressa vossagut krøllalfa gmail punktum com frå ei jente som vert mobba av han.',
      'tiktok.com/@vossagut_04',
      'vossagut krøllalfa gmail punktum com',
    ),
    withIds(
      'Fortnite: Guten seier at han heiter Ahmad og at bror hans, Karim Haidari, har fått truslar. Han las opp nummeret sitt siffer for siffer: 9 0 4 1 7 2 3 8.',
      'Ahmad',
      'Karim Haidari',
      '9 0 4 1 7 2 3 8',
    ),
    clean(
      'Minecraft: Tre gutar frå Voss bygde ein kopi av Bryggen og spurde kva Kripos gjer. Vi har ikkje skrive ned namn eller brukarnamn.',
    ),
    clean(
      'Snapchat: Ei jente på 15 år frå Florø fortalde at ho har det tungt. Vi gav henne Alarmtelefonen for barn og unge, 116 111, og minte om 113. Sak 24-120551.',
    ),
    clean(
      'Twitch: Prat om Ødegaard, Haaland og den nye plata til Sigrid; éin av dei meinte at PewDiePie er betre enn MrBeast. Kl. 18.30, ingen personopplysningar.',
    ),
    clean(
      'Roblox: Fleire born spurde om blåprofilen «Politiet Vest Nettpatrulje» er ekte. Vi forklarte at politiet ikkje ber om bilete, og at 02800 er sentralbordet.',
    ),
    clean(
      'Fortnite: Gruppa snakka om Peely, Jonesy og kva ein gjer om nokon stel kontoen. 4 av 6 visste ikkje at ein kan melde svindel til politiet. Ein skule i Ålesund vart nemnd, ingen personar.',
    ),
  ],
  nl: [
    withIds(
      "Snapchat: meisje (14) uit Utrecht zegt dat een man die zich Dennis de Wit noemt haar afperst met naaktfoto's. Op Snapchat is hij dennis.dw85.",
      'Dennis de Wit',
      'dennis.dw85',
    ),
    withIds(
      "Roblox: jongen (12) heeft zijn BSN 612.304.589 in de chat gezet voor een 'gratis Robux'-site. Hij woont op de Kanaalstraat 41, 3531 CK Utrecht.",
      '612.304.589',
      'Kanaalstraat 41, 3531 CK Utrecht',
    ),
    withIds(
      'Vlaams team, TikTok: een leerlinge zegt dat haar vriendin Yasmina El Amrani in 2B van het Sint-Lievenscollege Gent wordt uitgelachen; de pestpagina is tiktok.com/@yasmina_lelijk.',
      'Yasmina El Amrani',
      '2B van het Sint-Lievenscollege Gent',
      'tiktok.com/@yasmina_lelijk',
    ),
    withIds(
      "Discord: jongen (15) uit Antwerpen gaf zijn rijksregisternummer 10.04.12-153.45 aan een 'moderator', die mailt vanaf modteam apenstaartje outlook punt be.",
      '10.04.12-153.45',
      'modteam apenstaartje outlook punt be',
    ),
    withIds(
      'Fortnite: hij heet Bram Jacobs, zegt hij, en op PlayStation is hij BramJ_NL_2010; zijn moeder is bereikbaar op 06-41 27 83 90.',
      'Bram Jacobs',
      'BramJ_NL_2010',
      '06-41 27 83 90',
    ),
    clean(
      'Minecraft: drie kinderen uit Zwolle bouwden een politiebureau en vroegen wat het Team Digitale Wijkagent doet. Geen persoonsgegevens genoteerd.',
    ),
    clean(
      'TikTok: meisje (16) liet doorschemeren dat ze zichzelf pijn doet. Doorverwezen naar 113 Zelfmoordpreventie, 0800-0113, en bij gevaar 112. Registratie 2024-0387, 22:05.',
    ),
    clean(
      'Vlaams team, Roblox: chat over Kevin De Bruyne en Romelu Lukaku; een jongen vroeg of de Federal Computer Crime Unit zijn account kan terughalen. Verwezen naar Awel (102) en de politie (101).',
    ),
    clean(
      "Twitch: vragen over het blauwe profiel 'Politie Wijkagent Online' en of dat echt is. Ook gepraat over Virgil van Dijk en over de Kindertelefoon, 0800-0432.",
    ),
    clean(
      'Steam: gesprek over Counter-Strike 2 op server EU West 2 en over Mario Kart. 3 van de 5 spelers waren jonger dan 13. Een school in Eindhoven werd genoemd, geen leerling.',
    ),
  ],
  fr: [
    withIds(
      "Snapchat : une fille de 14 ans dit qu'un homme qui s'appelle Julien Marchal lui demande des photos et menace de les envoyer à sa classe. Sur Snapchat il est julien_mx.",
      'Julien Marchal',
      'julien_mx',
    ),
    withIds(
      'Roblox : une fille de 12 ans a donné son numéro de registre national, 12.02.09-388.25, à un faux modérateur. Elle habite rue des Tanneurs 18, 1000 Bruxelles.',
      '12.02.09-388.25',
      'rue des Tanneurs 18, 1000 Bruxelles',
    ),
    withIds(
      "Discord : il s'appelle Mehdi, dit-il, et son cousin Anas Bouzidi, en 2e secondaire à l'Athénée Royal de Liège, se fait harceler. Le harceleur écrit depuis darkliege arobase gmail point com.",
      'Mehdi',
      'Anas Bouzidi',
      "2e secondaire à l'Athénée Royal de Liège",
      'darkliege arobase gmail point com',
    ),
    withIds(
      'TikTok : une élève de Namur nous a montré le profil tiktok.com/@vendeur.vbucks.be qui vend des V-bucks volés ; le vendeur demande de l’appeler au 0478/25.61.90.',
      'tiktok.com/@vendeur.vbucks.be',
      '0478/25.61.90',
    ),
    withIds(
      "Fortnite : un garçon (15) de Charleroi dit que sur Xbox il est CarolooKiller_07 et qu'un adulte lui a dicté son numéro chiffre par chiffre : 0 4 9 5 3 1 7 2 4 6.",
      'CarolooKiller_07',
      '0 4 9 5 3 1 7 2 4 6',
    ),
    clean(
      'Minecraft : trois enfants de Mons ont construit un commissariat et ont demandé ce que fait la Federal Computer Crime Unit. Aucune donnée personnelle notée.',
    ),
    clean(
      'Snapchat : une jeune de 16 ans a parlé d’idées noires. Nous lui avons donné le Centre de Prévention du Suicide, 0800 32 123, et Écoute-Enfants, 103. Dossier 2024/0412, 21 h 10.',
    ),
    clean(
      'Twitch : discussion sur Stromae, Angèle et Thibaut Courtois ; un garçon a demandé si le profil bleu « Police Fédérale Patrouille » est vrai. Nous avons rappelé le 112 et le 101.',
    ),
    clean(
      'Roblox : questions sur Child Focus (116 000) et sur les arnaques aux Robux. 7 joueurs sur 10 avaient moins de 13 ans. Une école de Wavre a été citée, sans aucun élève.',
    ),
    clean(
      'Fortnite : on a parlé de Peely, de Jonesy et de Mario ; les jeunes de Verviers voulaient savoir si la police lit leurs messages. Rien d’identifiant enregistré.',
    ),
  ],
  de: [
    withIds(
      'Snapchat: Ein Mädchen (13) aus Eupen sagt, ein Mann, der sich Marco Schröder nennt, will Fotos von ihr. Auf Snapchat ist er marco.s_eupen.',
      'Marco Schröder',
      'marco.s_eupen',
    ),
    withIds(
      'Roblox: Ein Mädchen (12) hat seine Nationalregisternummer 11.03.07-062.09 in den Chat geschrieben, weil man ihr Robux versprochen hat. Sie wohnt in der Aachener Straße 33, 4700 Eupen.',
      '11.03.07-062.09',
      'Aachener Straße 33, 4700 Eupen',
    ),
    withIds(
      'Discord: Er heißt Emre, sagt er, und sein Freund Luca Wagner aus der 7b der Gesamtschule Köln-Holweide wird auf einem Server gemobbt.',
      'Emre',
      'Luca Wagner',
      '7b der Gesamtschule Köln-Holweide',
    ),
    withIds(
      'TikTok: Eine Schülerin aus St. Vith zeigte uns das Profil tiktok.com/@skinhandel_ostbelgien und die Adresse skinhandel Klammeraffe web Punkt de, über die der Betrüger Geld verlangt.',
      'tiktok.com/@skinhandel_ostbelgien',
      'skinhandel Klammeraffe web Punkt de',
    ),
    withIds(
      'Fortnite: Junge (14) aus Dortmund, im PSN heißt er KevinKaputt_09; ein Erwachsener hat ihm die Handynummer 0176 — 2841 3375 gegeben.',
      'KevinKaputt_09',
      '0176 — 2841 3375',
    ),
    clean(
      'Minecraft: Drei Kinder aus Bütgenbach bauten eine Polizeiwache und fragten, was die Föderale Polizei online macht. Keine personenbezogenen Daten notiert.',
    ),
    clean(
      'Snapchat: Ein Jugendlicher (16) deutete Selbstverletzung an. Wir nannten die Nummer gegen Kummer 116 111 und die Telefonseelsorge 0800 111 0 111. Vorgang 2024-0559, 20:45 Uhr.',
    ),
    clean(
      'Twitch: Gespräch über Thomas Müller, Jamal Musiala und MontanaBlack; gefragt wurde, ob das blaue Profil „Polizei Ostbelgien Online“ echt ist. Hinweis auf 112 und 101.',
    ),
    clean(
      'Roblox: Fragen zu gestohlenen Robux und zu Child Focus (116 000). 5 von 8 Spielern waren unter 13. Eine Schule in Sankt Vith wurde genannt, aber keine Person.',
    ),
    clean(
      'Fortnite: Wir redeten über Peely, Jonesy und Kratos; die Jugendlichen aus Aachen wollten wissen, ob die Polizei mitliest. Nichts Identifizierendes gespeichert.',
    ),
  ],
  is: [
    withIds(
      'Snapchat: Stelpa (14) segir að maður sem heitir Gunnar Þórsson hafi beðið um myndir og hóti að dreifa þeim. Á Snapchat er hann gunni_th88.',
      'Gunnar Þórsson',
      'gunni_th88',
    ),
    withIds(
      'Roblox: Strákur (12) skrifaði kennitöluna sína, 140710-3260, í spjallið til að fá ókeypis Robux. Hann býr á Laugavegi 28, 101 Reykjavík.',
      '140710-3260',
      'Laugavegi 28, 101 Reykjavík',
    ),
    withIds(
      'Discord: Hún heitir Aníta, segir hún, og vinkona hennar Guðrún Björnsdóttir í 8. bekk í Hagaskóla er lögð í einelti.',
      'Aníta',
      'Guðrún Björnsdóttir',
      '8. bekk í Hagaskóla',
    ),
    withIds(
      'TikTok: Strákur frá Akureyri sendi okkur prófílinn tiktok.com/@svindl_skin_is og netfangið svindlari hjá gmail punktur com, sem selur stolna reikninga.',
      'tiktok.com/@svindl_skin_is',
      'svindlari hjá gmail punktur com',
    ),
    withIds(
      'Fortnite: Strákur (15) segir að á Xbox sé hann IceViking_2009 og að fullorðinn maður hafi gefið honum símanúmerið 861–2354.',
      'IceViking_2009',
      '861–2354',
    ),
    clean(
      'Minecraft: Þrír strákar frá Selfossi byggðu lögreglustöð og spurðu hvað Lögreglan á höfuðborgarsvæðinu gerir á netinu. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Snapchat: Stelpa (16) gaf í skyn að hún skaði sig. Við bentum á Hjálparsíma Rauða krossins 1717 og 112. Mál 2024-0871, kl. 21:30.',
    ),
    clean(
      'Twitch: Spjall um Laufey, Björk og Gylfa Sigurðsson; einn spurði hvort blái prófíllinn „Lögreglan Netvakt“ sé ekta.',
    ),
    clean(
      'Roblox: Spurningar um stolna Robux; 6 af 9 leikmönnum voru yngri en 13 ára. Skóli á Ísafirði var nefndur en enginn nemandi.',
    ),
    clean(
      'Fortnite: Rætt um Peely, Jonesy og Sonic; krakkar frá Egilsstöðum vildu vita hvort lögreglan les skilaboðin. Ekkert auðkennandi vistað.',
    ),
  ],
  fi: [
    withIds(
      'Snapchat: Tyttö (14) kertoo, että Jari Laaksonen -niminen mies pyytää kuvia ja uhkaa levittää niitä. Snapchatissa mies on jari_laaks77.',
      'Jari Laaksonen',
      'jari_laaks77',
    ),
    withIds(
      'Roblox: Poika (12) kirjoitti henkilötunnuksensa 240310A562L chattiin saadakseen ilmaisia Robuxeja. Hän asuu osoitteessa Hämeenkatu 15 B 22, 33100 Tampere.',
      '240310A562L',
      'Hämeenkatu 15 B 22, 33100 Tampere',
    ),
    withIds(
      'Discord: ”Nimeni on Aleksi”, poika kirjoitti, ja hänen kaverinsa Niko Virtanen Kalevan koulun 7C-luokalta joutuu kiusatuksi.',
      'Aleksi',
      'Niko Virtanen',
      'Kalevan koulun 7C-luokalta',
    ),
    withIds(
      'TikTok: Oululainen tyttö lähetti profiilin tiktok.com/@skinikauppa_fi ja sähköpostin skinikauppa ät gmail piste com, jonka kautta huijari pyytää rahaa.',
      'tiktok.com/@skinikauppa_fi',
      'skinikauppa ät gmail piste com',
    ),
    withIds(
      'Fortnite: Poika (15) sanoo nimensä olevan Abdirahman Hassan; PSN:ssä hän on AbdiH_Vantaa, ja aikuinen antoi hänelle numeron 040–812 5573.',
      'Abdirahman Hassan',
      'AbdiH_Vantaa',
      '040–812 5573',
    ),
    clean(
      'Minecraft: Kolme lasta Kuopiosta rakensi poliisiaseman ja kysyi, mitä Nettipoliisi tekee. Henkilötietoja ei kirjattu.',
    ),
    clean(
      'Snapchat: Nuori (16) vihjasi viiltelevänsä. Ohjasimme MIELI ry:n kriisipuhelimeen 09 2525 0111 ja hätätilanteessa numeroon 112. Tapaus 2024/0613, klo 22.10.',
    ),
    clean(
      'Twitch: Keskustelua Käärijästä, Teemu Pukista ja Lordista; kysyttiin, onko sininen profiili ”Nettipoliisi Fobba” aito.',
    ),
    clean(
      'Roblox: Kysymyksiä varastetuista Robuxeista ja Lasten ja nuorten puhelimesta 116 111. 8 pelaajaa 12:sta oli alle 13-vuotiaita. Mainittiin koulu Rovaniemellä, ei ketään oppilasta.',
    ),
    clean(
      'Fortnite: Puhuttiin Peelystä, Jonesysta ja Super Mariosta; porilaiset nuoret halusivat tietää, lukeeko poliisi heidän viestejään. Ei tunnistettavia tietoja.',
    ),
  ],
  sv: [
    withIds(
      'Snapchat: Flicka (14) från Vasa säger att en man som heter Patrik Sundqvist ber om bilder och hotar att sprida dem. På Snapchat är han patte_s_vasa.',
      'Patrik Sundqvist',
      'patte_s_vasa',
    ),
    withIds(
      'Roblox: Pojke (12) från Malmö skrev sitt personnummer 100623-1235 i chatten för att få gratis Robux. Han bor på Södra Förstadsgatan 44, 211 43 Malmö.',
      '100623-1235',
      'Södra Förstadsgatan 44, 211 43 Malmö',
    ),
    withIds(
      'Discord: Hon heter Ebba, säger hon, och hennes kompis Alva Lindholm i klass 8A på Kungsvägens skola i Borgå blir mobbad.',
      'Ebba',
      'Alva Lindholm',
      'klass 8A på Kungsvägens skola i Borgå',
    ),
    withIds(
      'TikTok: En elev i Jakobstad visade profilen tiktok.com/@skinbutiken.fi och e-posten skinbutiken snabel-a gmail punkt com som bedragaren använder.',
      'tiktok.com/@skinbutiken.fi',
      'skinbutiken snabel-a gmail punkt com',
    ),
    withIds(
      'Fortnite: Pojke (15) från Esbo säger att han är Esbo_Wolf_2010 på Xbox och läste upp sin personbeteckning 060612A1399. En vuxen har gett honom numret 050 – 381 2264.',
      'Esbo_Wolf_2010',
      '060612A1399',
      '050 – 381 2264',
    ),
    clean(
      'Minecraft: Tre barn från Åbo byggde en polisstation och frågade vad Nätpolisen gör. Inga personuppgifter antecknade.',
    ),
    clean(
      'Snapchat: En ungdom (16) antydde självskada. Vi hänvisade till BRIS 116 111 och Mind Självmordslinjen 90101, vid fara 112. Ärende 2024-0744, kl. 21.50.',
    ),
    clean(
      'Twitch: Prat om Zara Larsson, Zlatan Ibrahimović och MrBeast; någon undrade om den blå profilen ”Polisen Nätpatrull” är äkta. Vi nämnde 114 14.',
    ),
    clean(
      'Roblox: Frågor om stulna Robux; 5 av 7 spelare var under 13 år. En skola i Mariehamn nämndes men ingen elev.',
    ),
    clean(
      'Fortnite: Vi pratade om Peely, Jonesy och Link; ungdomarna från Karleby ville veta om polisen läser deras meddelanden. Inget identifierande sparat.',
    ),
  ],
};
