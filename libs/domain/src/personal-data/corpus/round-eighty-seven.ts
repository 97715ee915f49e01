/**
 * Round eighty-seven: written blind, before the detector was run on it.
 * Clean notes packed with pets, police dogs, named servers and clans, towns that are also names, lower-case stars,
 * help lines, tickets, dates, versions, scores and prices; the notes with identifiers hide one among such words.
 */
import { clean, CorpusNote, withIds } from './corpus-note';

export const ROUND_EIGHTY_SEVEN: Readonly<Record<string, readonly CorpusNote[]>> = {
  en: [
    withIds(
      'Kripos team, Fortnite, Friday 14:20: a 13-year-old from Bodø says an adult keeps adding her and sending V-Bucks gift cards worth 150 kr. His tag is xX_Bjornar_Molde_Xx and he plays on the Nordlys EU server with a clan called Storm.',
      'xX_Bjornar_Molde_Xx',
    ),
    withIds(
      "Belgian team, Discord (app v2.4.1, internal ticket #48213): boy, 15, from Mons is being blackmailed over a photo and asked for €50 in Steam cards. We told him to call Child Focus on 116 000; he pasted the blackmailer's number 0471 58 23 96 before we could stop him.",
      '0471 58 23 96',
    ),
    withIds(
      "Roblox chat 03.11 at 19:45. Girl (12) from Alta worried about her friend Amina Warsame, who is talking to a 'model scout' asking for pictures. Her dog Luna barked through the whole chat. Advised 116 111.",
      'Amina Warsame',
    ),
    withIds(
      "Dutch team, Minecraft server 'Ede Craft' (1.20.4), bedwars 3-1: a lad of 14 asked whether police can look up a number and typed his own BSN 274819363 in the chat. Told him never to share it again.",
      '274819363',
    ),
    withIds(
      "Finnish team, Twitch, käärijä clip stream, 21:10: girl, 16, asked how to report an adult who wrote to her from hannu.kettunen88 at gmail dot com offering 200 euros for 'modelling'. Pointed her to 112 and Nuortennetti.",
      'hannu.kettunen88 at gmail dot com',
    ),
    clean(
      "Kripos patrol, Snapchat, 18:30–19:15: boy from Molde, 14, talked about erling haaland's hat-trick (4-0 on 12/10) and asked if police dog Rex is real. No personal data noted.",
    ),
    clean(
      'Icelandic team, Steam: two boys from Hof discussing the CS2 update 1.39.5.2 and a skin priced €3.49. One asked about Storm, the police dog they saw on Instagram. Reminded them of 112 and 1717.',
    ),
    clean(
      "Dutch team, TikTok live, case no. 2024-NL-0387: girl, 13, from Ede watched a kalvijn vlog and wanted to know whether our police dog Bella has her own account. Confirmed our blue profile 'Wijkagent Online'. Nothing stored.",
    ),
    clean(
      "Belgian team, Habbo, 20:05: three kids from Berg asked what 101 and 112 are for and whether police play Fortnite; their clan is called Team Luna and their room is 'Room 404'. No identifiers recorded.",
    ),
    clean(
      'Finnish team, Xbox party chat 14.3. at 16.00: boys from Lahti talking about teemu pukki and the 2–1 win, one asked what police dog Toivo eats. Game Pass costs them 12,99 €. Nothing personal.',
    ),
  ],
  nb: [
    withIds(
      'Discord, serveren «Nordlys RP» (v3.2): gutt 14 fra Bodø sier en voksen mann sender ham Robux og vil møtes. Mannen skriver fra 412 83 907, og hunden hans heter visstnok Rex. Ba ham ringe 116 111.',
      '412 83 907',
    ),
    withIds(
      'Snapchat kl. 20.15: jente (13) fra Molde forteller at venninnen Ingrid Halvorsen blir kalt stygge ting i en gruppechat som heter «Luna-gjengen». Tipset om Kors på halsen, 800 33 321.',
      'Ingrid Halvorsen',
    ),
    withIds(
      'Roblox 12.03.2024: gutten spurte om politiet kan se fødselsnummer, og skrev sitt eget, 14031151288, før vi rakk å stoppe ham. Sak 24-118733, skjermbildet er slettet.',
      '14031151288',
    ),
    withIds(
      'TikTok-live om erling haaland, 3–0 mot Molde: jente på 15 sa at en fyr med brukernavnet alta_gutten_07 ber henne sende bilder og lover 500 kr. Hun har en katt som heter Bella og bor i Alta.',
      'alta_gutten_07',
    ),
    withIds(
      'Fortnite, kl 19:40: gutt 12 blir mobbet av en klassekamerat. Han fortalte at han bor i Storgata 14 i Vik og at hunden heter Storm. Sa at han ikke skal dele adresse, viste til 116 111.',
      'Storgata 14',
    ),
    clean(
      'Minecraft, serveren heter «Berg og Dal», versjon 1.21: tre gutter fra Berg spurte om politihunden Rex og hvorfor Kripos er på nett. Ingen personopplysninger notert.',
    ),
    clean(
      'Twitch kl. 21.05–21.40: jente 16 fra Alta så på aurora-klipp og spurte om 116 111 er gratis. Viste også til Mental Helse 116 123. Ingen navn registrert.',
    ),
    clean(
      'Steam, sak 24-55102-3: gutt på 14 ble lurt for 349 kr i et falskt skin-salg (AK-47 Redline). Supportsak hos Steam HT-7Q2K-4M9D-P3XA. Forklarte at han kan anmelde på politiet.no eller ringe 02800.',
    ),
    clean(
      'PlayStation, 2. mai kl 18:00: to brødre fra Molde snakket om haaland og ødegaard, FIFA-kampen endte 5–2. Hunden deres, Luna, bjeffet hele tiden. Ingenting lagret.',
    ),
    clean(
      'Habbo, rommet «Bodø/Glimt fans»: jente 11 lurte på om den blå profilen «Politiet på nett – Kripos» er ekte. Bekreftet, og sa at 112 er for nødsituasjoner. Ingen opplysninger om barnet.',
    ),
  ],
  nn: [
    withIds(
      'Snapchat kl. 17.30: jenta (14) frå Førde fortel at ein vaksen mann som kallar seg fjordkongen_88 spør etter bilete og tilbyr 300 kr. Hunden hennar, Luna, låg i fanget heile tida. Vi viste til 116 111.',
      'fjordkongen_88',
    ),
    withIds(
      'Roblox, serveren heiter «Vik Vikings»: guten på 13 sa at kameraten hans heiter Sindre Hauge og vert mobba av heile klassen. Vi bad han snakke med ein vaksen og ringje Kors på halsen.',
      'Sindre Hauge',
    ),
    withIds(
      'Discord 4.9. kl 21:15: ei jente skreiv at ho kan nåast på sara.lunde krølla hotmail punktum com, og at ho er redd ein kar frå Voss. Vi sa ho ikkje skulle dele e-post her.',
      'sara.lunde krølla hotmail punktum com',
    ),
    withIds(
      'Fortnite 19.40–20.10: guten (13) spurde kva fødselsnummeret hans vert brukt til, og skreiv 05071053891 i chatten. Vi bad han aldri gjere det igjen. Sak 24-77120.',
      '05071053891',
    ),
    withIds(
      'TikTok, om kygo-konserten i Molde: jenta fortalde at ho bur i Kyrkjevegen 7, 6413 Molde, og at mora ikkje veit om chatten. Vi viste til 116 111.',
      'Kyrkjevegen 7, 6413 Molde',
    ),
    clean(
      'Minecraft, versjon 1.20.6, serveren heiter «Hardanger»: to gutar frå Voss snakka om politihunden Rex og spurde om han bit. Ingen personopplysingar lagra.',
    ),
    clean(
      'Twitch kl. 22.00: ei jente på 15 frå Førde såg på sigrid-klipp og sa ho var lei seg. Vi gav henne 116 123 (Mental Helse) og 116 111. Ikkje noko namn.',
    ),
    clean(
      'Steam 11/03/24: guten vart lurt for 129,50 kr i eit skin-byte, supportsak nr. 7734-2291 hos Valve. Vi forklarte korleis han meldar frå på politiet.no. Profilen «Politiet på nett» svara.',
    ),
    clean(
      'Xbox, kl 16.45: tre gutar frå Alta og Bodø spela FIFA 24 og snakka om erling haaland og martin ødegaard, 2–2 til slutt. Katten Toivo gjekk over tastaturet. Ingenting notert.',
    ),
    clean(
      'Habbo, rommet «Vik og venner»: jenta (11) spurde om politiet har hund, og vi fortalde om Storm og Bella i hundetenesta. Ho vart glad. Ingen opplysningar om henne.',
    ),
  ],
  nl: [
    withIds(
      "Discord, server 'Ede Esports' (v5.2), 19:45: meisje van 14 uit Ede vertelt dat een man met de gamertag EdeBoy_2009 om foto's vraagt en 25 euro beltegoed belooft. Haar hond Bella blafte steeds. Verwezen naar de Kindertelefoon 0800-0432.",
      'EdeBoy_2009',
    ),
    withIds(
      'Snapchat, 3 juni 21:10: jongen (15) uit Rotterdam wordt afgeperst met een naaktfoto; de afperser belt vanaf 06-38472915 en wil 100 euro in bitcoin. Doorverwezen naar 0900-8844 en Helpwanted.',
      '06-38472915',
    ),
    withIds(
      'Roblox, 12-3 in Bedwars: jongen van 13 vroeg wat een BSN is en typte het zijne, 610372452, in de chat. Gezegd dat hij dat nooit mag delen. Zaaknummer 2024-114-388.',
      '610372452',
    ),
    withIds(
      'TikTok (Vlaams team), 16u30: meisje van 12 uit Mol zegt dat haar vriendin Yasmina El Amrani gepest wordt om een filmpje. Politiehond Rex kwam even ter sprake. Verwezen naar Awel op 102.',
      'Yasmina El Amrani',
    ),
    withIds(
      'Fortnite, 20:00: jongen (14) uit Hof van Twente schreef dat zijn mail daan.vermeulen apenstaartje outlook punt com is en vroeg of we hem wilden toevoegen. Niet gedaan, uitgelegd waarom.',
      'daan.vermeulen apenstaartje outlook punt com',
    ),
    clean(
      "Minecraft, de server heet 'Ede Craft', versie 1.20.4: twee jongens uit Ede vroegen of politiehond Storm echt bestaat. Ons blauwe profiel 'Politie Online Team' antwoordde. Geen persoonsgegevens.",
    ),
    clean(
      'Twitch, 22:15: meisje (16) uit Delft keek clips van duncan laurence en zei dat ze zich slecht voelde. Verwezen naar 113 (0800-0113) en de Kindertelefoon. Niets opgeslagen.',
    ),
    clean(
      'Steam, 14-02-2024: jongen (13) betaalde € 34,99 voor een nep-skin; Steam-ticket HT-2749-KQPL-6621. Uitgelegd hoe hij aangifte doet via politie.nl of 0900-8844.',
    ),
    clean(
      'PlayStation, zaterdag 19u: broers uit Mol en Lier speelden EA FC 24, 4-1, en hadden het over romelu lukaku en kevin de bruyne. Hun kat Luna lag op de controller. Geen gegevens genoteerd.',
    ),
    clean(
      "Habbo, kamer 'Berg en Dal Chillen': meisje van 11 vroeg of de wijkagent op Habbo echt is. Bevestigd, en 112 en 0900-8844 uitgelegd. Geen naam of gegevens van haar.",
    ),
  ],
  fr: [
    withIds(
      "Discord, serveur « Mons Gaming » (v1.8), 20h15 : une fille de 13 ans dit qu'un adulte qui signe CharleroiKing_47 lui envoie du Nitro et veut la voir. Son chat Luna dormait sur le clavier. Renvoyée vers le 103 et le 116 000.",
      'CharleroiKing_47',
    ),
    withIds(
      "Snapchat, 21h05 : garçon de 15 ans victime de sextorsion ; le maître-chanteur l'appelle depuis le 0478 21 36 59 et exige 150 €. On lui a conseillé de ne rien payer et d'appeler le 101.",
      '0478 21 36 59',
    ),
    withIds(
      "Roblox, score 10-2 : une fille de 14 ans a tapé son numéro de registre national 10.03.17-243.89 pour « prouver son âge ». On lui a expliqué qu'il ne faut jamais le partager. Dossier n° 2024/118/552.",
      '10.03.17-243.89',
    ),
    withIds(
      'TikTok, 17h : une ado de Liège dit que sa copine Fatima Bouzid reçoit des menaces après un live ; son chien Rex aboyait derrière. Renvoyée vers le 103 et Child Focus.',
      'Fatima Bouzid',
    ),
    withIds(
      "Fortnite, 19h40 : garçon de 14 ans qui habite rue de la Station 23 à Mons, dit-il, se plaint d'un joueur qui l'insulte dans le clan « Les Loups ». On lui a dit de ne pas donner son adresse en ligne.",
      'rue de la Station 23',
    ),
    clean(
      "Minecraft, le serveur s'appelle « Mons Craft », version 1.20.1 : deux garçons de Mons demandent si le chien policier Storm existe vraiment. Pas de données personnelles.",
    ),
    clean(
      "Twitch, 22h30 : une fille de 16 ans regardait des clips d'angèle et disait se sentir mal. On a donné le 0800 32 123 et le 103. Rien noté.",
    ),
    clean(
      'Steam, le 14/02/2024 : garçon de 13 ans arnaqué de 24,99 € ; ticket Steam HT-9K4M-22QP-7781. Expliqué comment porter plainte via Police-on-web ou au 101.',
    ),
    clean(
      'PlayStation, samedi 18h : deux frères de Namur jouent à EA FC 24 (3-1) et parlent de romelu lukaku et de thibaut courtois. Le chat Toivo marchait sur la manette. Aucune donnée.',
    ),
    clean(
      'Habbo, salle « Les amis de Spa » : une fille de 11 ans demande si le profil bleu « Police – Patrouille en ligne » est vrai. Confirmé ; rappelé le 112 et le 101. Rien sur elle.',
    ),
  ],
  de: [
    withIds(
      'Discord, Server „Eupen Esports“ (v2.0), 19:30 Uhr: Mädchen (13) aus Eupen sagt, ein Erwachsener mit dem Namen Hofmann_Kevin_88 schickt ihr Nitro und will sie treffen. Ihre Katze Luna saß daneben. Verwiesen an die Nummer gegen Kummer, 116 111.',
      'Hofmann_Kevin_88',
    ),
    withIds(
      'Snapchat, 21:10 Uhr: Junge (15) aus Köln wird mit einem Nacktbild erpresst; der Täter meldet sich von 0176 48213907 und will 200 Euro. Geraten: nichts zahlen, Anzeige bei der 110.',
      '0176 48213907',
    ),
    withIds(
      'Roblox, 12:3 im Bedwars: Junge (12) aus St. Vith hat seine Nationalregisternummer 11120405770 in den Chat geschrieben. Wir haben ihm gesagt, dass er das nie teilen soll. Aktenzeichen 2024/EUP/0319.',
      '11120405770',
    ),
    withIds(
      'TikTok, 16:45 Uhr: Mädchen (12) aus Hof erzählt, dass ihre Freundin Zeynep Yıldız wegen eines Videos gemobbt wird. Polizeihund Rex wurde kurz erwähnt. Verwiesen an 116 111.',
      'Zeynep Yıldız',
    ),
    withIds(
      'Fortnite, 20:00 Uhr: Junge (14) schrieb, seine Mail sei leon.becker Klammeraffe web punkt de, und fragte, ob wir ihn adden. Nicht gemacht, erklärt warum.',
      'leon.becker Klammeraffe web punkt de',
    ),
    clean(
      'Minecraft, der Server heißt „Berg und Tal“, Version 1.21: zwei Jungen aus Berg fragen, ob Polizeihund Storm echt ist. Keine personenbezogenen Daten notiert.',
    ),
    clean(
      'Twitch, 22:15 Uhr: Mädchen (16) aus Hof schaute Clips von montanablack und sagte, es gehe ihr schlecht. Verwiesen an die TelefonSeelsorge 0800 111 0 111 und 116 111. Nichts gespeichert.',
    ),
    clean(
      'Steam, 14.02.2024: Junge (13) um 19,99 € betrogen; Steam-Ticket HT-3F7L-XK91-0042. Erklärt, wie er bei der Onlinewache Anzeige erstatten kann.',
    ),
    clean(
      'PlayStation, Samstag 18 Uhr: zwei Brüder aus Eupen spielen EA FC 24 (2:1) und reden über jamal musiala und florian wirtz. Der Hund Bella bellte die ganze Zeit. Keine Daten.',
    ),
    clean(
      'Habbo, Raum „Hof-Chiller“: Mädchen (11) fragt, ob das blaue Profil „Polizei Online-Streife“ echt ist. Bestätigt, 110 und 112 erklärt. Nichts über sie notiert.',
    ),
  ],
  is: [
    withIds(
      'Discord, þjónninn heitir „Hof Gaming“ (v3.1), kl. 20:10: stelpa (13) frá Akureyri segir að fullorðinn maður með notandanafnið jonsi_hofs_99 sendi henni Nitro og vilji hitta hana. Kötturinn Luna var hjá henni. Vísað á 1717 og 112.',
      'jonsi_hofs_99',
    ),
    withIds(
      'Snapchat, kl. 21:05: strákur (15) úr Hafnarfirði er beittur fjárkúgun vegna myndar; sá sem kúgar hann hringir úr 862 4417 og vill 20.000 kr. Ráðlagt að borga ekki og hringja í 112.',
      '862 4417',
    ),
    withIds(
      'Roblox, 10-4 í Bedwars: stelpa (14) skrifaði kennitöluna sína, 140310-2470, í spjallið til að „sanna aldur“. Við sögðum henni að deila henni aldrei. Málsnúmer 007-2024-3381.',
      '140310-2470',
    ),
    withIds(
      'TikTok, kl. 17:00: stelpa (12) úr Reykjanesbæ segir að vinkona hennar, Guðrún Sigurðardóttir, sé lögð í einelti eftir myndband. Lögregluhundurinn Rex kom til tals. Vísað á 1717.',
      'Guðrún Sigurðardóttir',
    ),
    withIds(
      'Fortnite, kl. 19:45: strákur (14) sagðist búa á Laugavegi 41 og að hundurinn hans heiti Storm; hann kvartaði undan leikmanni sem hótar honum. Við sögðum honum að gefa ekki upp heimilisfang.',
      'Laugavegi 41',
    ),
    clean(
      'Minecraft, þjónninn heitir „Ísland Craft“, útgáfa 1.20.4: tveir strákar frá Hofi spurðu hvort lögregluhundurinn Storm væri til. Engar persónuupplýsingar skráðar.',
    ),
    clean(
      'Twitch, kl. 22:20: stelpa (16) horfði á klippur með laufeyju og sagðist líða illa. Vísað á Hjálparsímann 1717 og Píeta-símann 552 2218. Ekkert skráð.',
    ),
    clean(
      'Steam, 14.2.2024: strákur (13) svikinn um 3.490 kr. í skinnaviðskiptum; Steam-miði HT-8P2D-MM41-7730. Útskýrt hvernig hann tilkynnir brot á lögreglan.is.',
    ),
    clean(
      'PlayStation, laugardag kl. 18: bræður frá Selfossi spiluðu EA FC 24 (4:2) og töluðu um gylfa sigurðsson. Hundurinn Bella gelti allan tímann. Engin gögn.',
    ),
    clean(
      'Habbo, herbergið „Vinir í Vík“: stelpa (11) spurði hvort blái prófíllinn „Lögreglan – netvakt“ væri ekta. Staðfest og sagt frá 112. Ekkert um hana skráð.',
    ),
  ],
  fi: [
    withIds(
      'Discord, palvelin ”Lahti Legends” (v4.2), klo 19.30: 13-vuotias tyttö Lahdesta kertoo, että aikuinen mies nimimerkillä toivo_lahti_77 lähettää hänelle Nitroa ja haluaa tavata. Kissa Luna istui vieressä. Ohjattu Lasten ja nuorten puhelimeen 116 111.',
      'toivo_lahti_77',
    ),
    withIds(
      'Snapchat klo 21.05: 15-vuotiasta poikaa kiristetään kuvalla; kiristäjä soittaa numerosta 040 718 2934 ja vaatii 100 euroa. Neuvottu olemaan maksamatta ja tekemään rikosilmoitus.',
      '040 718 2934',
    ),
    withIds(
      'Roblox, Bedwars 10–3: 14-vuotias tyttö kirjoitti henkilötunnuksensa 120310A347X chattiin ”todistaakseen ikänsä”. Kerroimme, ettei sitä saa koskaan jakaa. Tehtävänumero 5700/2024/1182.',
      '120310A347X',
    ),
    withIds(
      'TikTok klo 17: 12-vuotias tyttö Vantaalta kertoo, että hänen kaverinsa Ayaan Mohamed Ali joutuu kiusatuksi videon takia. Poliisikoira Rex mainittiin. Ohjattu numeroon 116 111.',
      'Ayaan Mohamed Ali',
    ),
    withIds(
      'Fortnite klo 19.45: 14-vuotias poika kirjoitti sähköpostinsa muodossa eetu.niemi ät gmail piste com ja kysyi, lisäämmekö hänet. Ei lisätty, selitetty miksi.',
      'eetu.niemi ät gmail piste com',
    ),
    clean(
      'Minecraft, palvelimen nimi on ”Lahti Craft”, versio 1.20.4: kaksi poikaa Lahdesta kysyi, onko poliisikoira Toivo oikeasti olemassa. Ei henkilötietoja.',
    ),
    clean(
      'Twitch klo 22.15: 16-vuotias tyttö katsoi käärijän klippejä ja sanoi voivansa huonosti. Ohjattu Sekasin-chattiin, numeroon 116 111 ja Mielen kriisipuhelimeen 09 2525 0111. Mitään ei tallennettu.',
    ),
    clean(
      'Steam 14.2.2024: 13-vuotiasta huijattiin 24,99 eurolla skin-kaupassa; Steam-tiketti HT-6R3N-QW82-1190. Neuvottu tekemään rikosilmoitus poliisi.fi:ssä.',
    ),
    clean(
      'PlayStation, lauantaina klo 18: veljekset Porista pelasivat EA FC 24:ää (3–2) ja puhuivat teemu pukista ja lukas hradeckystä. Koira Bella haukkui koko ajan. Ei tietoja.',
    ),
    clean(
      'Habbo, huone ”Berg & Lahti”: 11-vuotias tyttö kysyi, onko sininen profiili ”Poliisi – nettipoliisi” aito. Vahvistettu ja kerrottu hätänumero 112. Hänestä ei kirjattu mitään.',
    ),
  ],
  sv: [
    withIds(
      'Discord, servern heter ”Vasa Vikings” (v2.7), kl. 19.30: flicka, 13, från Vasa berättar att en vuxen man med användarnamnet berg_hunter_04 skickar Nitro och vill träffas. Katten Luna låg bredvid. Hänvisad till 116 111.',
      'berg_hunter_04',
    ),
    withIds(
      'Snapchat kl. 21.05: pojke, 15, från Malmö utsätts för sextortion; utpressaren ringer från 070-384 21 67 och kräver 1 000 kr. Rådet: betala inte, anmäl på 114 14.',
      '070-384 21 67',
    ),
    withIds(
      'Roblox, 10–3 i Bedwars: pojke, 13, skrev sitt personnummer 100914-2389 i chatten för att ”bevisa åldern”. Vi sa att han aldrig ska dela det. Ärendenummer 5000-K123456-24.',
      '100914-2389',
    ),
    withIds(
      'TikTok kl. 17: flicka, 12, från Borgå säger att hennes kompis Nora Lindholm blir mobbad för en video. Polishunden Rex kom på tal. Hänvisad till 116 111.',
      'Nora Lindholm',
    ),
    withIds(
      'Xbox-chatt kl. 19.45: pojke, 14, klistrade in länken till sin Steam-profil, steamcommunity.com/id/alta_macke, och frågade om vi ville spela. Vi tackade nej och förklarade varför.',
      'steamcommunity.com/id/alta_macke',
    ),
    clean(
      'Minecraft, servern heter ”Berg och dal”, version 1.20.4: två pojkar från Mora frågade om polishunden Storm finns på riktigt. Inga personuppgifter noterade.',
    ),
    clean(
      'Twitch kl. 22.15: flicka, 16, tittade på klipp med zara larsson och sa att hon mår dåligt. Hänvisad till Självmordslinjen 90101 och BRIS 116 111. Inget sparat.',
    ),
    clean(
      'Steam 14/2-2024: pojke, 13, lurad på 249 kr i en skin-affär; Steam-ärende HT-4Y7B-LP20-9915. Förklarat hur man anmäler på polisen.se eller 114 14.',
    ),
    clean(
      'PlayStation, lördag kl. 18: bröderna från Vasa spelade EA FC 24 (2–1) och pratade om alexander isak och dejan kulusevski. Hunden Bella skällde hela tiden. Inga uppgifter.',
    ),
    clean(
      'Habbo, rummet ”Lahtis-gänget”: flicka, 11, frågade om den blå profilen ”Polisen – nätpolis Åbo” är äkta. Bekräftat, 112 nämnt. Inget om henne noterat.',
    ),
  ],
};
