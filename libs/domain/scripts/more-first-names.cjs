/**
 * More given names for the personal-data detector's name lexicon: first names of the young people (10–17 years old,
 * born about 2008–2016) that police notes are about, and of their parents and the adults around them, which the
 * faker locales and the hand supplements in generate-name-lexicon.cjs lack ("Eivind", "Ingebjørg", "Bergþór",
 * "Mikołaj", "Oluwaseun", "Soufiane", "Chaïmae", "Jitse", "Mei-Ling", "Aune").
 *
 * Sources, in general terms: the national statistics offices' published name lists and name services — Statistics
 * Norway (SSB, "Navn"), Statistics Sweden (SCB), Statistics Denmark, the Finnish Digital and Population Data Services
 * Agency (DVV Nimipalvelu), Statistics Iceland (Hagstofa Íslands), Statbel (Belgium), the Meertens Instituut's
 * Nederlandse Voornamenbank and the Office for National Statistics (ONS) / CSO Ireland — and, for the names of
 * immigrant communities, the naming practice of those communities as it shows in the same lists and in common use
 * (Maghreb names in their Dutch and French transliterations, Somali names in Somali spelling, Ukrainian names in the
 * national passport transliteration, Vietnamese names with and without their tone marks). Transcribed by hand.
 *
 * Form: lower case, separated by spaces and line breaks, with each language's own letters (ø å æ ä ö þ ð á é í ó ú ý
 * ł ś ż ą ę č ć š ž đ ș ț ė ū ā ī ē ņ ş ğ ı ü …). Where people often write a name without its special letters, that
 * spelling is listed too ("chaimae" beside "chaïmae", "mikolaj" beside "mikołaj", "thorir" beside "þórir").
 * Hyphenated double names only where they are common as one unit ("mei-ling", "anne-marie", "jean-baptiste").
 * Each name is listed once, in the block of the origin where it first appears.
 */

/**
 * Blocks of MORE_GIVEN_NAMES, in order (one blank line between blocks):
 *   1. Norwegian (traditional, rural and modern)
 *   2. Swedish and Finland-Swedish
 *   3. Danish
 *   4. Icelandic
 *   5. Finnish
 *   6. Dutch
 *   7. Flemish
 *   8. German, Austrian and Swiss
 *   9. French and Walloon
 *  10. Arabic and Maghreb
 *  11. Turkish and Kurdish
 *  12. Persian, Afghan, Dari and Pashto
 *  13. Somali
 *  14. Eritrean and Ethiopian (Tigrinya, Amharic)
 *  15. Polish, Lithuanian, Latvian, Ukrainian, Russian, Balkan and Romanian
 *  16. West and East African (Yoruba, Igbo, Akan, Francophone West Africa, Congolese, Swahili)
 *  17. South Asian (Tamil, Punjabi, Urdu, Bengali, Hindi)
 *  18. East and South-East Asian (Vietnamese, Thai, Filipino, Chinese pinyin)
 *  19. Irish, Scottish, Welsh and English
 *  20. Supplement for immigrant communities (Arabic and Maghreb, Somali, Persian and Afghan, Kurdish, Turkish,
 *      Pakistani, Eritrean and Ethiopian, Tamil, Vietnamese, Balkan and Albanian, Polish, Ukrainian)
 *
 * GIVEN_NAMES_THAT_ARE_WORDS: names (from MORE_GIVEN_NAMES and from the common names liv, storm, per, tom, saga, mina,
 * vilja, ville, björk, björn, even, finn, roos, sanne, sanna, tone, tore, juni, kai, karl, lina, live, logi, helga,
 * inga, anna, ole, onni, toivo, ilo, lumi, tuuli) that are also an everyday word — one a police officer would write
 * often in running text — in Norwegian, Swedish, Danish, Finnish, Icelandic, Dutch, French, German or English. Grouped
 * roughly by the language of the word (a name that is a word in several languages stands in one group). The less obvious:
 *   Norwegian/Swedish/Danish: liv 'life', per 'per', tom 'empty', saga 'tale; the saw', mina/dina/sina 'my/your/their
 *   (pl., Sw.)', vilja 'will', ville 'would', björk/björn/bjørn 'birch/bear', even (En.), finn 'find!' (No.), sanne/sanna
 *   'true (pl.)', tone 'tone', tore 'dare (No.); goals (De.); tore (En.)', juni 'June', kai 'quay', kaia 'the quay',
 *   karl 'man, bloke (Sw.)', lina 'rope; the line', line 'line', live 'live', helga 'the weekend', inga 'none (Sw.)',
 *   sol/sola 'sun/the sun', vår 'spring; our', ask 'ash tree; ask (En.)', sten/stein 'stone', bo 'live, reside',
 *   love/lova 'promise (Sw.); love (En.)', dag 'day', odd 'odd (En.)', are (En.), tor 'gate, goal (De.)', gard 'farm
 *   (Nynorsk)', lykke 'luck, happiness', rosa 'pink', klara 'cope, manage (Sw.)', bror 'brother', axel 'shoulder (Sw.)',
 *   hans 'his', maj 'May', august 'August', jente 'girl', bilen 'the car', dele 'share', endre 'change', lage 'make',
 *   gift 'married; poison (De.)', ting 'thing', min 'my', ha 'have', ute 'out, outside', till 'to (Sw.); till (En.)',
 *   era 'your (pl., Sw.); era', tala 'speak (Sw.)', andra 'other, second (Sw.)', elva 'eleven (Sw.)', fem 'five',
 *   mil 'Scandinavian mile', mille 'thousand (Fr.)', storm 'storm', siren 'siren (En.)', jo 'yes (No., Sw.,
 *   Da.)', kaj 'quay (Da., Sw.)'.
 *   Finnish: anna 'give; let', ole 'be (neg.)', onni 'luck', toivo 'hope', ilo 'joy', lumi 'snow', tuuli 'wind', satu
 *   'fairy tale', aamu 'morning', into 'zeal; into (En.)', valo 'light', meri 'sea', rauha 'peace', veli 'brother', otto
 *   'withdrawal', ilmi ('tuli ilmi' 'came to light'), aina 'always', pilvi 'cloud', lahja 'gift', sade 'rain', sana
 *   'word', kukka 'flower', vappu 'May Day', arvo 'value', make/late (En.).
 *   Icelandic: sól 'sun', örn 'eagle', hrafn 'raven', birta 'publish; light', harpa 'harp', dagur 'day', eldur 'fire',
 *   logi 'flame; lodging (Sw. logi)', ugla 'owl', steinn 'stone', jökull 'glacier', gestur 'guest', reynir 'tries',
 *   drífa 'hurry', björt 'bright', rán 'robbery', líf 'life', ósk 'wish, request', gríma 'mask', stormur 'storm', hreinn
 *   'clean'.
 *   Dutch: roos 'rose', zak 'bag', ben 'am', mist 'fog; misses', mei 'May', tien 'ten', dat 'that', lot 'fate; a lot
 *   (En.)', elke 'every', kader ('in het kader van'), job 'job', dan 'then, than', joke (En.), steen 'stone'.
 *   French: rose 'pink', pierre 'stone', blanche 'white', marine 'navy; marine', violette 'purple', claire 'clear', jean
 *   'jeans', lila 'purple (De., Sw.)', grâce ('grâce à'), chance 'luck', son 'his, her; son (En.)', mai 'May', non 'no',
 *   an 'year; an (En., De.)', beau 'beautiful'.
 *   German: ernst 'serious', frank, mark, wolf, malte 'painted', tage 'days', nur 'only'.
 *   English: hope, will, may, april, june, summer, amber, violet, bill, pat, rob, nick, drew, miles, guy, ward, floor,
 *   lies, harm, can, said, long, my, hung, beat.
 * Left out as not everyday in police prose: lin 'flax', iris, jade, jule, máni 'moon (poetic)', sini 'blue (poetic)',
 * snær 'snow (poetic)', ýr 'yew', hekla, noor, vilde 'wild (Da., pl.)', steinar 'stones', gro 'grow', lieve 'dear',
 * grant, joy, helmi 'pearl', marja 'berry'.
 */
module.exports = {
  MORE_GIVEN_NAMES: `
eivind eyvind ingebjørg idunn idun gunnhild gunhild kristiane torbjørn åsmund asmund sigvald ragnvald tarjei audun
aslak asbjørn arnfinn arnstein atle bjarne bjørnar bård dag eilert eirik eigil eystein erling fridtjof frode gard
gaute geir gisle gjermund gudmund gunnstein guttorm halstein halvdan halfdan halvor hallvard halvard hallstein haldor
håvard havard helge herbjørn ingebrigt ingvar ingolf ivar jarle jostein kjell kjetil knut kolbjørn kolbein leif magne
njål odd oddbjørn oddvar olav olve ottar ragnar reidar roald roar rolv rune sigbjørn sigmund sigve sjur skjalg snorre
stein steinar stig svein sveinung sverre tallak terje tor torgeir torgrim torje torkel torkil torleif tormod torstein
torvald trond trygve tjostolv vebjørn vegard vemund vidar vigleik yngve yngvar øystein øyvind ådne åge ånund aksel
amund arild arve ask bendik birger brede brynjar eldar endre erlend eskil espen even gudbrand hallgeir henning herman
iver jan-erik hans-petter jørgen joakim kjartan kornelius lavrans leander ludvig mattis mons odin pål paal ravn sivert
syver sondre sindre sigurd vetle håkon hakon skage tarald tellef tord torgils torjus trym ulrik viljar elling ingar
ingve kåre lasse leiv runar steffen sturla teo thor truls vegar vilhelm stian simen sander ola petter peder morten
mikkel kristoffer jon jens isak ingvild synnøve tiril solveig sigrun sunniva ragnhild ragna signe oda vilde hedda
hedvig ingeborg embla eira tuva aase åse eldrid guro herdis iselin jorunn kari kristin marte marthe mari marit mille
oline pernille ragnfrid rikke runa sigrid silje siri siv stine synne torunn trine turid unni vigdis vårin åsne aslaug
åslaug borghild bergljot dagny eirin grete gyda hanne johanne karoline trude yngvild øydis åshild astrid agnete
anbjørg annbjørg aud audhild bjørg brit dagrun eldbjørg frøydis gjertrud gudrun gunvor gunnvor halldis hildegunn
hjørdis inger ingerid ingunn ingjerd jofrid jorid kjersti magnhild margit målfrid oddny oddrun oddveig randi rannveig
reidun sissel solbjørg solfrid solrun svanhild tordis torhild torill tove unn vår veslemøy åsta åsa eline iben ina ine
kamilla maren martine mathea tonje vibeke wenche maiken malene marlene othilie ottilie vilja alma dina edel eli elida
erle frøya gina hermine kaia kaja kajsa karine lykke madelen maia mie nikoline serine sol thale thilde tora una vanja
hege gro bente anne-marie anne-lise ane anja lene siren grethe ellinor marie-louise emilie mathilde ingri live eva
julianne line are bjørn birk eilif severin kaspar vilmer edvard teodor alvilde andrine margrethe kristine herbjørg

alvar algot arvid assar bror börje carl edvin elis elof folke frans gottfrid göran hampus helmer hjalmar holger
ingemar john kent lage lennart levi linus melker melvin nils noel olle olof ossian pelle pontus ruben sigge sixten
sten sture sune svante tage ture torsten ulf valter viggo vilgot wilhelm wille åke loke ebbe elton frej joar ted bengt
björn bo christer conny dan gert hasse janne jörgen kenneth mats mikael niklas nicklas peter roger sören thomas tommy
torbjörn casper krister jocke micke ludde totte kim love ville malte axel gunnar harry kalle otto hugo vincent agnes
alice alicia alva anneli beata britt britta cajsa cecilia ebba edith ellen elsa elvira emelie emmy engla ester esther
felicia filippa hilda hilma josefin kerstin klara lisa lova lovisa majken matilda meja moa my nellie nova saga stina
svea tindra tilda tyra vera vilma wilma ylva märta linnéa hillevi karin lena lotta rut sally tilde vendela viola annie
billie bonnie dagmar doris elna freja inez jill karla livia maj majvor rigmor sonja tekla ulla ulrika vivi vivianne
benita birgitta camilla carola ghita gunilla ninni pia mikaela jonna sanna inga mina elin ellie alfons albin isac måns
wilmer linn jennie cornelia elsie nelly kaj maj-britt ann-sofie ann-christin lars-erik karl-johan

asger bertram esben frederik ib jeppe jesper lauge malthe niels oluf rasmus storm svend troels valdemar villads bjarke
claus flemming gorm jannik kaare knud mads palle preben søren torben vagn anker alfred johan august asta bodil ditte
gitte kirsten lærke laerke liva mette nanna naja sif sille sofie alberte malou molly smilla vigga merle luna frida ida
josefine olivia emma clara isabella marie rosa lea liv carsten poul steen jørn mogens hjalte silas villum aske vitus
helle dorthe jytte birte susanne annette bolette cecilie benedikte

aðalsteinn agnar alfreð andri ari arnaldur arnar arnór aron atli baldur baldvin benedikt bergur bergþór birgir birkir
bjarki bjarni bjartur björgvin bragi breki daði dagur davíð egill einar eiríkur eldur elías elmar ernir eyjólfur
eysteinn eyþór finnur fannar friðrik gabríel garðar gestur gísli grétar guðjón guðlaugur guðmundur gunnlaugur gylfi
hafliði hafsteinn hafþór hákon halldór hallgrímur haraldur haukur heiðar heimir helgi hermann hilmar hjalti hjörtur
hlynur hrafn hrafnkell hreinn hugi húni hörður ingi ingólfur ísak ívar jóhann jóhannes jón jónas jökull kári kolbeinn
kristján kristófer kristinn leó logi magnús máni markús matthías nökkvi ólafur óli orri óskar patrekur páll pétur
reynir róbert rúnar sævar sigurður sigurjón sindri skarphéðinn skúli snorri snær sölvi stefán steinn styrmir sveinn
svavar tómas tryggvi tumi úlfar úlfur valdimar valur viðar vignir vilhjálmur þór þórarinn þórður þórhallur þórir
þorlákur þorsteinn þorvaldur þráinn þröstur ægir ævar örn óðinn oddur rafn hrannar kormákur ásgeir árni ármann
ásmundur auðunn bárður benjamín dýri einir eyvindur fróði gauti grímur gunnsteinn hannes hinrik illugi konráð lárus
marinó mímir njáll pálmi ríkharður sæmundur sigmar sigmundur sigþór sigurbjörn sigurgeir skafti smári sófus svanur
sverrir teitur trausti unnar valgeir vésteinn víkingur þorgeir þorkell þorgils þorleifur ísleifur ingimar jóel natan
óliver bjarmi hektor rökkvi blær stormur aðalheiður agla aldís álfheiður arna arndís ásdís áslaug ásta ásthildur
ástrós auður ágústa berglind bergrós bergþóra birna birta bjarkey bjarney björg björk bríet brynja brynhildur dagbjört
dagný dagrún dís dísa dóra dröfn dögg edda eir elín elínborg elísa elísabet elva emilía erla eydís eygló eyrún fanney
fjóla freyja fríða glódís gréta gríma guðbjörg guðný guðrún gunnhildur gyða hafdís halla halldóra hallveig harpa heiða
heiðrún hekla herdís hildur hjördís hlín hrafnhildur hrefna hrönn hugrún hulda iðunn ingibjörg íris ísabella ísold
jóhanna jóna jónína jórunn júlía kara katla katrín kolbrún kolfinna kristbjörg kristín laufey lára lilja lóa margrét
matthildur mist oddný ólöf ólafía perla ragnheiður ragnhildur rakel rebekka rósa salka salvör signý sigríður sigrún
silja snædís sól sóldís sólrún sólveig sóley stefanía steinunn sunna svala svanhildur svava telma thelma tinna unnur
urður vaka valdís valgerður vala védís vigdís viktoría ylfa ýr þóra þórdís þórunn þuríður ösp ásrún hera ída líf
sigurlaug sæunn ugla ingveldur jódís kristrún lovísa málfríður rán sigurrós sunneva svandís þorbjörg þórey eldey
heiðdís ísey karitas lína maríanna sædís sigyn björt drífa ósk siggi sigga nonni dóri gunna stína magga ragga solla
bogga gugga jonni gummi stebbi kalli bjössi maggi raggi halli doddi diddi hemmi jói lalli palli addi krissi binni
danni gulli villi tóti tommi valli biggi ási emmi frikki gunni steini svenni dabbi kiddi beggi bubbi sissa gulla
stjáni mæja imma didda lauga tóta thorir thordur thorsteinn thora thordis thorunn bergthor eythor hafthor sigurdur
gudmundur gudny gudjon ragnheidur olafur asdis astros johann johanna kristjan arnor bjossi dadi hordur

aarne aatos ahti aimo aki antero antti armas arto asko atso eero elmeri ensio erkki esa esko hannu harri heikki heimo
henri iikka iiro ilari ilkka ilpo into jaakko jalmari jari jarkko jarmo joni jouko juha juhani jyri kaapo kalevi
kasperi kauko keijo matti mauno miika mika niila olavi ossi osmo otso pasi pauli pentti perttu petri pyry raimo reijo
reino risto saku samu sauli seppo simo sulo taisto tapani tapio tarmo tero timo tomi toni topi tuomo unto uuno veli
vesa wiljam viljam aapeli alvari arvo eliel taneli tuure valo elmo aatu aarni eemil eelis oiva jyrki jonne kimi roni
riki jani jussi aila aili aija anne annikki anu arja aune eija eila elina elisa elma hannele heli helka helena hilkka
irja irma jaana kaarina kaija kaisa katja kirsi kukka laila leena lempi liisa liisi maarit maiju marja marjatta marjut
merja mervi miia minja minna mirja niina nuppu outi paula pauliina piia pirjo päivi paivi raili raija rauha riitta
ruut saija saila sari seija sirkka taina taru teija terhi tiina tuija tuula tuulia meri vappu virpi eeva eveliina
lyydia pilvi kanerva vuokko lahja onerva katri kati aamu sini helmi satu ilmi aina iiris annu tiitu jartsa tumppi pate
jonttu santtu masa make pete late lari samppa sampo teme antsa artsi hessu kape miksu osku vallu jaska reiska pertsa
tomppa vesku jope eppu pipsa mimmi minni emppu aarno elia jami jarno joose kaarlo karri kasimir miikka nestori oula
pietari samuli sampsa taavi uljas aukusti eljas iisakki jonatan arvi aava aliisa alli amalia anniina elea fiia hilja
inkeri kristiina loviisa maaria maisa marjaana meeri miina moona ruusu saimi saaga sanelma selja senni talvikki tuike
ulpu vanamo vilhelmiina

aart arjen arend bart bastiaan berend boaz bram brent cees coen daan dirk douwe eelco evert floris freek friso gerben
gerrit gerard gijs guus harm hendrik hidde huub ids jaap jacco jan-willem jasper jelle jelmer jeroen jip job joep
joost jop joris jorn jort jos jurre jurriaan justin kees klaas koen laurens lennard lieuwe luuk maarten marijn maurits
mees melle menno merijn mick mink morris niek olivier pepijn pieter pim quinten reinier remco rens rik rick roel
rogier rutger ruud siebe siem sietse sjoerd stan stef stijn taco teun thijs thom tijmen tijn twan tycho tygo wessel
wiebe willem wim wout wouter yorick youri wietse sybren hessel tjeerd gerlof hylke folkert durk feike meinte pier
sipke ben annemijn annabel annelies anneloes babette bodine carlijn chantal daphne dewi elke esmee evi evie fabienne
famke fay fenna femke fiene fleur floor froukje geertje hanneke ilse imke inge isa janneke jasmijn jet jetske jikke
jildou jolijn joëlle joelle judith juul kiki lara lieke lies lieve linde lisanne lize lois loes lot lotte lynn maartje
marijke meike merel mirjam myrthe naomi nienke noortje nynke pien puck renske rosalie roos sanne saar senna sterre
suze suus tirza veerle wietske willemijn yfke zara zoë fenne fem pleun noor anouk fedde jelte noud roan sil thijmen
valentijn vigo quin dex beau benthe bregje cato feline floortje frederique juna mirte quinty romy esmée liz nikki
pippa zoey jaimy marieke mariska miranda saskia yvonne marloes moniek jolanda natasja priscilla willeke martijn erwin
edwin michel gert-jan

jitse wannes lowie warre ferre seppe nore fien lore kato jente mauro arno bert brecht cedric dries dieter emiel febe
flor flore gilles jarne jef jonas jorre jules jurgen kobe lennert lander lenn lien lieselot matthias mathis maxim
michiel milan mil nand pieter-jan robbe sam senne thibault tibo tijs toon tuur vic viktor ward xander yentl yenthe
anke an ann anneleen axelle bieke elien evy hannelore ilke jana jolien jozefien kaat laure liesbeth lieze mira nele
paulien renée sien silke stien tine tinne wendy yana zita staf finn kasper elias lucas louis bavo jannes joren lenny
milo vince yorben jorne cor geert gunther jo kris luc rudi steven caro dorien els evelien griet heleen inne joke
katrien kristien leen lindsey liesje marjolein mieke tessa yente fran

bastian christoph constantin dominik fabian florian fynn georg jannis janosch julian justus kilian konstantin
korbinian leonard levin lorenz luca marius matteo maximilian moritz nico pascal philipp quirin raphael thilo till
valentin yannick wolfgang günther jürgen uwe ralf rolf sven jörg markus frank ernst wolf hans heinz klaus lutz detlef
volker rüdiger ulrich helmut hartmut gerhard joachim leopold ferdinand josef sepp franz xaver gernot reinhold bernhard
beat urs reto andrin gian flurin nando nino silvan cyrill sandro ruedi kurt fritz antje birgit carla claudia finja
franziska frieda gesa heike ilka jette jule juliane katharina leni luisa mara sabine sina stefanie svenja tabea
theresa ute vanessa wiebke maike fenja annika marla amelie luise seraina ladina flurina nadja corina leonie selina
alessia chiara lia lorena noemi ramona magdalena valentina greta mathilda hannah friedrich heinrich ludwig benno bodo
falk gregor ingo mirko olaf rainer sascha thorsten tilo udo wolfram jaron lennox carlotta friederike frederike
henriette jolina ricarda rieke dörte jutta ulrike bettina kathrin manuela martina regina simone tanja

adrien alexis antoine arnaud augustin aurélien baptiste basile bastien benoît bertrand brice cédric christophe clément
colin corentin cyril damien didier dorian édouard élie eliott eliot elouan émile étienne evan fabien fabrice florent
françois gabin gaël gaëtan gaspard geoffrey grégoire grégory guillaume jérémy jérôme josué julien kylian laurent loïc
lucien ludovic mathéo matéo mattéo maxence maxime michaël mickaël noé patrice philippe pierre quentin raphaël rémi
romain romuald sacha sébastien stéphane sylvain thierry timéo timothée tristan xavier yann yves jean-baptiste
jean-pierre jean-marc jean-luc jean-françois jean-philippe marc-antoine ghislain gauthier hugues pol renaud tanguy
yvan baudouin geoffroy frédéric dimitri guy jean adèle agathe aline amandine ambre amélie anaïs angélique anne-sophie
apolline audrey aurélie aurore béatrice blanche capucine carine cécile céline chloé christelle claire clémence coralie
delphine diane éloïse élodie emmanuelle estelle fanny gaëlle hélène héloïse inès jeanne joséphine juliette justine
laetitia lætitia laurence léa léna léonie lila lola lou louane louise louna luce lucie maëlle maëlys manon margaux
margot marine marion maëva mélanie mélissa morgane myriam nadège noémie océane ophélie romane salomé sandrine séverine
solène stéphanie valentine valérie victoire violette virginie zélie zoé éléonore ghislaine marie-claire rose theo leo
mateo matheo timeo clement gael gaetan noe remi sebastien stephane jerome jeremy loic etienne emile elie francois
gregoire jean-francois aurelien benoit chloe zoe noemie oceane heloise helene maelle maelys melanie clemence celine
cecile aurelie ophelie salome solene severine stephanie valerie eloise elodie adele anais josephine maeva zelie ines

soufiane sofiane sufyan sofian chaïmae chaimae chaïma chaima ikram ikrame oussama ossama usama achraf ashraf adil adel
anass anas ayoub badr bilal brahim driss hamza hicham hichem houssam ibrahim ilias ilyas ilyes ilyass imad imrane
ismaël ismael ismail issam jamal jawad kamal karim khalid khalil lahcen marouane marwane marwan mehdi mohamed mohammed
mounir mourad mustapha nabil nassim nordin noureddine omar othmane oussema rachid reda ridouane ridwan saad saïd said
salah samir sami tarik tariq walid wassim yahya yassine yassin younes youness younès youssef zakaria zakariya zakarya
zouhair abdel abdelkader abdellah abdelaziz abderrahim abderrahmane abdelhak abdessamad abdou amine amin aymane ayman
aymen aziz farid fouad hakim hassan hamid hatim houssine idriss jalal jihad kader kaïs kais lotfi mahdi malik mohcine
mohsine nadir nasser nizar rayane rayan riad riyad selim slimane souhail sohaib suhaib taha tayeb wahid yacine yanis
zinedine ziad zayd zaid yazan yamen yusuf yousef mahmoud mohannad muhannad rami ramy saleh shadi tamer wael waleed
hussein hussam jad karam majd mazen fadi firas ghaith hadi jihed kareem laith luay moataz mouaz muaz qusay zain
skander achref haythem seifeddine seif amir ahmed ahmad ali imane iman khadija kawtar kaoutar kaouthar hajar hafsa
houda hanane hasna hiba ibtissam ilham jamila jihane karima kenza latifa leila lamia loubna malak malika manal maryam
marwa meryem mouna nadia naïma naima najat nawal nisrine nora nouhaila nohaila noura oumaima oumayma rabia rajae rania
rim saïda saida salma samira sanae siham soukaina soukayna souad wafae wafa wiam yasmina yasmine yousra zahra zineb
zaineb zakia zohra amira aya asmae asma bouchra btissam dounia douae doua fadoua fatima-zahra fatiha ghizlane hayat
hind inass lamiae majda meriem nada najwa nassima rachida safae safa salwa sanaa soumaya zainab zeinab amal aicha
aïcha alaa bayan dalia dana ghada hala hanin haneen joud lana layan lujain maha nour rahaf rama randa rasha reem ruba
sahar salam sana shahd tala yara zeina malek syrine sirine eya emna amani sabrine cyrine wejdene mariem rahma khaoula
khawla nesrine chahd israa assia fatima

ahmet alp alparslan arda aras barış baris batuhan berat berkay berk burak can cem cengiz doğan dogan efe ege emirhan
emre enes eren erkan furkan gökhan gokhan hakan halil hüseyin huseyin ilker kaan kadir kerem kemal koray levent mehmet
mert metin murat oğuz oguz okan onur orhan osman ozan ömer omer ramazan recep semih serkan sinan tolga tuncay tunahan
ufuk umut uğur ugur volkan yağız yagiz yiğit yigit yunus eymen miraç mirac poyraz kuzey alperen ayaz egemen serdar
serhat emir ayşe ayse aylin aslı asli asya azra beren betül betul büşra busra cansu ceren ceylin defne derya dilara
duygu ebru ecrin eda ela elanur emine esma esra gamze gizem gül gülsüm hande hatice hilal ilayda irem kübra kubra lale
medine melek melike merve nazlı nazli nehir nisa nur özge ozge öykü oyku selin sena sevgi sibel songül sude tuba tuana
tuğba tugba yağmur yagmur yaren zehra zeynep zümra zumra ece eylül eylul damla ilknur elif azad baran bawer dilan
dilovan diyar hejar heval hozan jiyan kawa rêzan rezan rojhat roj rojda rojin rûken ruken şiyar siyar welat zana zinar
zozan berfin berivan delal evîn evin helin hêvî hevi narin nesrin viyan zilan zîlan avin newroz aram dara karwan rebin
soran shvan ako bakhtiyar ciwan mizgin rozerin shilan hawre sherko

arash arman arya aryan arsalan ashkan bardia behrouz behzad dariush daryush ehsan erfan farhad farshad farzad hamed
hossein kamyar kamran kasra kaveh keyvan kian kourosh majid mani milad mohsen morteza navid nima omid parham parsa
payam pedram peyman pouria pouya ramin reza rostam saeed saman sepehr siavash sohrab vahid babak afshin bahram
amirhossein arvin javad mehran masoud anahita arezoo atena azadeh bahar darya donya elaheh elham elnaz fariba fatemeh
golnaz golnar hasti haleh homa kimia laleh mahsa mahtab maral mitra nasim nasrin nazanin negar negin niloofar niloufar
nilufar parisa parvaneh parvin pegah raha roya sanaz setareh shabnam shirin shiva soheila sogand soraya tara yasaman
yalda ziba mahnaz fereshteh ajmal aimal asadullah bashir basir fahim ghulam habibullah hamidullah hasibullah haroon
hekmat hikmatullah jamshid javid jawed mansoor massoud mirwais mujtaba murtaza nabi najib naqib nasir naveed noorullah
obaidullah qadir rahim rahmatullah rahmat rasul sadiq sahil samiullah sayed shafiq shakib sharif sohail tamim waheed
yama zabihullah zaki zalmai zia fawad habib arzo fereshta freshta farishta hasina hosna husna khatera lima mahbooba
malalai mariam marzia masouma mursal muska nazifa nilab parwana parwin rahela sadia shakila shukria sima sultana
tahmina wajma zarghona zarlasht zuhal madina nargis palwasha pashtana

abdi abdiaziz abdifatah abdikarim abdirahman abdirashid abdirizak abdisalam abdiwali abdullahi abshir axmed ayanle
burhan cabdi cabdullahi cali dahir daud deeq faysal farah gedi guled hamse hanad hirsi idiris jama jibril khadar liban
mahad mahamed mohamud maxamed maxamuud mukhtar mustaf nuur cusmaan roble sakariye shukri sharmarke warsame xasan
xuseen yahye yonis yuusuf zakariye samatar keyse amran anab anisa asha ayaan ayan bilan caasha canab deeqa faadumo
fadumo farhiya fartun filsan fowsia hamdi hani hawa hawo hibaaq hibo hinda hodan ifrah ikraan ikran ilhaan ilhan ilwad
istar kaltuun khadra kowsar layla ladan luul maryan muna nasra nasteexo nimco qamar ruun sabrin sagal sahra shamso
sucaad suad sumaya ubah warsan xaliimo halima zamzam fardowsa fardosa najma

abel abraham amanuel awet biniam bereket dawit efrem eyob filmon fitsum goitom habtom haile henok kibrom kidane
merhawi mesfin mulugeta mussie natnael robel samson semere senay tedros teklay tesfay tesfaye tewolde tsegay yemane
yohannes yonas zerai abiy abenezer alemayehu ermias girma kaleb nahom yared yosef almaz aster bethlehem betelhem
delina eden feven freweyni genet helen hermon hiwet hirut kidist lidya luwam mahlet meaza mekdes meron milen nardos
rahel ruth saba segen selam selamawit senait tigist tirhas tsega tsion winta yodit yohana yordanos abeba azeb mebrat
rigat semhar bilen lemlem fiyori ksanet soliana danait adiam

adrian aleksander antoni arkadiusz artur bartek bartłomiej bartlomiej bartosz błażej blazej bogdan borys cezary damian
dariusz dawid franciszek grzegorz hubert igor ignacy jacek jakub jarosław jaroslaw jerzy józef jozef kacper kamil
karol konrad krystian krzysztof kuba leszek łukasz lukasz maciej maksymilian marcel marcin marek mariusz mateusz
michał michal mikołaj mikolaj miłosz milosz nikodem norbert oliwer patryk paweł pawel piotr przemysław przemyslaw
radosław radoslaw rafał rafal szymon tadeusz tomasz tymon tymoteusz wiktor witold wojciech wojtek zbigniew zygmunt
sławomir slawomir ryszard waldemar andrzej henryk kazimierz janusz tomek olek antek staś franek agata agnieszka
aleksandra alicja aniela antonina barbara bożena bozena danuta dominika dorota edyta elżbieta elzbieta ewa ewelina
gabriela grażyna grazyna halina iga iwona izabela jadwiga joanna jolanta justyna kamila karolina katarzyna kasia kinga
klaudia krystyna lilianna małgorzata malgorzata martyna marzena milena monika natalia nikola oliwia patrycja paulina
pola renata roksana sylwia urszula wanda weronika wiktoria zofia zosia zuzanna zuzia ania basia gosia asia ula marysia
hania łucja lucja liliana jagoda blanka michalina apolonia jokūbas jokubas kajus nojus dovydas matas benas domas
mantas marijus arnas augustas gustas rokas titas ignas tomas paulius mindaugas darius gintaras vytautas saulius tadas
justinas deividas karolis emilija gabija austėja austeja kamilė kamile ugnė ugne urtė urte rugilė rugile liepa goda
miglė migle smiltė viltė rūta eglė egle ieva gintarė giedrė jurgita aistė aiste agnė indrė vaida daiva rasa justė
kotryna amelija jānis janis roberts kristaps artūrs arturs markuss gustavs ralfs daniels emīls niks ričards mārtiņš
martins edgars kārlis karlis andris aigars raivis rihards valters toms dāvis ernests elza alise estere keita madara
līga zane ilze dace inese kristīne agnese evelīna katrīna anete amēlija oleksandr oleksii oleksiy mykola mykyta taras
yaroslav andrii andriy artem denys dmytro maksym illia vladyslav yurii serhii serhiy volodymyr vitalii vasyl petro
ostap nazar matvii tymofii danylo kyrylo yehor stepan orest sviatoslav myroslav sofiia anastasiia daryna viktoriia
yuliia kateryna khrystyna oksana olena iryna tetiana svitlana nataliia solomiia zlata polina yeva ulyana myroslava
mariia oleksandra liliia valeriia vira halyna nadiia lesia ivanna bohdana kira milana zoriana aleksei alexei dmitri
dmitry sergei sergey nikita artyom kirill ilya egor yegor timofei matvei mikhail pavel gleb stanislav oleg vadim
vyacheslav yevgeny evgeny anatoly valery arseny daniil fyodor vasily ekaterina yekaterina galina irina larisa olga
yulia svetlana tatiana tatyana natalya lyudmila nadezhda ksenia kseniya alyona arina varvara sofya anastasia masha
sasha natasha katya dasha nastya misha vanya kolya zhenya lyosha dima kostya đorđe djordje nemanja uroš uros miloš
milos dušan dusan srđan srdjan lazar vukašin vukasin aleksa dragan goran zoran dejan mladen nenad predrag slobodan
vladimir željko zeljko ante josip tomislav matej karlo borna jakov hrvoje krešimir kresimir domagoj vedran zvonimir
dino duje roko ivo haris kenan armin almir damir edin elvis mirza nedim mirsad senad zlatan ajdin harun dženan dzenan
amel amar adnan faruk kerim adis irfan muhamed sead milica jovana anđela andjela teodora katarina marija lucija ena
nika iva ivana dora tena maša jelena dragana snežana snezana vesna mirjana gordana biljana tijana dunja nevena sanja
ajla amina emina merima naida dženana dzenana lamija ilma amra aida jasmina sabina edina belma adna nejla lejla amila
arben arbër arber arjan besart blerim dardan drilon ermal fatos ilir kushtrim leart liridon mergim valon visar agon
altin arlind endrit erion flamur jetmir lorik ardit bujar driton enis fisnik albana arta besa blerta dafina dea drita
elira era erza fjolla flaka gresa jeta kaltrina lirie lindita mimoza rina rita shqipe teuta vjosa valbona ajna ariana
eliona elona leonora njomza rrezarta vlora yllka arlinda bora dona qendresa rona besjana alexandru mihai ionuț ionut
ion ștefan rareș rares răzvan razvan cătălin catalin sorin cosmin tudor ovidiu dorin costel marian mircea gheorghe
vasile ilie dumitru florin claudiu lucian viorel ioana iulia andreea mădălina madalina georgiana roxana raluca oana
anca mirela florentina ionela denisa bianca ilinca loredana nicoleta camelia lavinia andra alexia delia carmen adriana
luminița luminita violeta viorica ana-maria

oluwaseun seun tunde babatunde ayo ayomide adeola adebayo adewale adeyemi femi olufemi bola kemi tolu tolulope dayo
bayo segun wale tobi tobiloba temi temitope tope yemi funmi funmilayo bisi niyi dele kunle jide lanre sola tola dami
damilola tayo ife ifeoluwa olumide opeyemi oluwatobi titilayo folake omolara abiodun bukola busola yetunde kehinde
taiwo idowu korede fola sade damola tosin toyin dapo gbenga kayode seyi wumi chidi chinedu chukwuemeka emeka ikenna
obinna nnamdi uchenna chiamaka chioma ngozi adaeze amarachi nkechi ifeoma chinonso ebuka kelechi tochukwu somto chisom
ugochi onyeka nneka chibuzor chidera chinwe chidinma ifeanyi ikechukwu nonso adanna oluchi ogechi blessing gift kofi
kwame kwabena kwaku kwesi kojo yaw kwadwo akua ama abena afua akosua adwoa efua yaa esi ekow kobina kwasi kweku afia
mamadou moussa ousmane ibrahima abdoulaye aminata fatoumata mariama awa aïssatou aissatou kadiatou binta oumar cheikh
modou seydou boubacar alassane amadou souleymane lamine aliou bakary fodé fode sékou sekou djibril ndeye coumba astou
khady penda oumou adama dieudonné dieudonne exaucé exauce glody merveille grâce chance bienvenu espoir héritier
heritier plamedi nsimba nzuzi gloria bénédicte benedicte divine baraka juma imani neema zawadi furaha hamisi jabari
faraji rehema upendo zuri nia jelani malaika tumaini wanjiru wanjiku njeri wambui kamau otieno achieng akinyi atieno
wairimu mwangi chebet mumbi zuberi bahati mwajuma subira

aarav arjun rohan ishaan vivaan aditya anil sunil raj ravi vijay ajay amit rahul sanjay deepak nikhil karan arun rohit
aman neel karthik thanush sajeevan tharshan kajan niroshan pirathees vithurshan kajanan thusyanthan sarujan piraveen
kirushanth mayuran suresh ramesh ganesh rajan thileepan kumaran vasanthan ajanthan sinthuja tharsika thivya kavitha
lavanya nila mathuja abinaya aarthi keerthana janani sangeetha tharani nirusha sharmila vaishnavi dharshika yalini
sinthiya harpreet gurpreet manpreet jaspreet simran navjot harjit jaswinder amrit gurdeep mandeep rajinder harman
arshdeep harleen jasleen kiranjit balwinder sukhdeep ravinder inderjit ranjit ayesha hira iqra maham aleena anaya
mahnoor areeba sidra ushna mehwish samina nasreen shazia bushra amna usman faisal imran asif waqas zeeshan adeel umair
talha shahid kashif rizwan arslan awais junaid shoaib rehan ahsan hasan tanvir sakib rafiq mahmud nusrat tasnim
farzana sumaiya nabila sharmin arif sabbir rakib priya riya diya ananya priyanka pooja neha kajal deepa lakshmi kiran

anh minh linh trang huong hương lan mai hoa thu ngoc ngọc thao thảo hanh hạnh phuong phương quynh quỳnh nhung tuan
tuấn duc đức hung hùng dung dũng long nam son sơn bao bảo khanh khánh huy quang thanh hieu hiếu tam tâm vinh binh bình
phong cuong cường thang thắng trung viet việt mỹ ly vy nhi yen yến tien tiên thuy thủy hoang hoàng dat đạt khoa ha hà
somchai somsak siriporn supaporn malee kanya nattaya sukanya pornthip wanida apinya kamon anan sombat prasert arthit
natthapong thanawat kittisak kanokwan jintana ratana ploy nok wassana sunisa chanida nida lek maricel marites rowena
jocelyn analyn mylene marivic angel joy jun jomar rommel arnel reynaldo rodel jericho jessa rhea lyka althea jhon
charmaine jonalyn lorna nenita divina erlinda maricar arlene jennylyn mae mei-ling meiling mei ling xiao wei jie hao
yi yu li ying xin yan hui jing qing fang min lei tao hong ming jian zhen yun xiaoming xiaoyu zihan yuxuan haoran
jiahao zhiwei wenjun jiayi xinyi yutong shuang lili ting yifan ruoxi mingyu junjie jiaming zixuan yiming siyu weiwei
feng chun hua qiang rui xue yang ziyi haoyu yuchen yuhan

oisín oisin cathal niamh saoirse aoife caoimhe siobhán siobhan sinéad sinead róisín roisin clodagh gráinne grainne
aisling méabh meabh síofra siofra éabha eabha ciara orla orlaith bláthnaid blathnaid eimear nuala úna deirdre muireann
ríona riona ailbhe laoise fionnuala sorcha tadhg cian darragh conor ciarán ciaran seán séamus seamus pádraig padraig
eoghan eoin fiachra ruairí ruairi cormac colm donal diarmuid fionn oran rónán ronan senan tiernan aodhán aodhan odhrán
odhran niall conall dáithí daithi lorcan cillian declan brendan kieran killian feargal fergus ewan euan hamish angus
alasdair callum ruaridh lachlan struan murdo fraser innes kenzie mhairi eilidh isla kirsty morag catriona shona iona
skye ailsa rhona fiona elspeth grant rhys dafydd gethin iwan osian ioan emyr gruffydd llŷr llyr cai tomos aled owain
huw bryn carys cerys ffion seren lowri megan gwen eleri sioned bethan angharad catrin mali non efa heledd tirion alfie
archie freddie harley jenson kayden reggie ronnie albie arlo rory ollie jake kyle tyler zak zac reece kayleigh
chantelle shanice tia tianna keira kiera jodie leanne stacey gemma kerry danielle abigail tallulah florence summer
april june may hope amber violet will mark bill pat rob nick drew miles

hameed hamad mohammad mohamad muhammad muhammed mahmood hussain husein husain rashid rasheed faycal fayçal feisal
nassir fareed fahad fahd fahed tarek tareq zahir zaheer saied sajjad tahir taher zubair zubayr hamdan bachir basheer
abdallah abdullah abdelkrim abdelhakim abdellatif abdelmajid abdelali abdeslam abdelilah abdelghani abdelhamid
abdeljalil abdelkarim abdelmalek abdennour abdul abdulla abdulrahman abdulaziz abdulhadi abdulkarim abdulqadir
abdulwahab abdulrazak akram ameer amjad anouar anwar ayub azzedine bakr bassam chakib chafik chahid djamel djamal
essam fadil fahmi faris fawzi fuad ghassan hafid hafez haitham halim haroun hatem hisham idris jamel khaled larbi
mansour mokhtar mostafa moustafa mustafa nadim nourdin othman qasim rafik ramzi rayyan redouane ridouan sabri sadek
salim suleiman sulaiman taoufik taufiq toufik yasin yazid zied aisha aysha anissa asmaa fatma hanan ouafae sabrina
widad zaynab zoubida haifa maysa lubna rawan razan samar shaima shaimaa yusra warda wardah abdikadir abdulkadir
abdiweli abdinasir abdimalik abdihakim liibaan istahil fatuma ugbaad kaltun idil nafiso safiya fowsiya intisar leyla
mako muno nasteho ruqia ruqiya sahro shamsa sundus xamdi amiin ciise cumar kaafi naasir saabir shafici alireza behnam
ehsaan faramarz parviz sajad shahab shahin siamak soroush ahmadullah atiqullah baktash dawood dawud ehsanullah hedayat
hashmat idrees khushal masood nawid obaid qais safi samim wais ziaullah aryana gulalai hadis marjan mozhgan simin
yasmin zohal zarmina frishta sadaf sitara tamana tamanna mahbuba maliha muzhda nasima nooria rahila sabira sajida
shakiba shogofa rebwar hiwa shwan dilshad berzan hemin hawar hogir zagros bawan botan rizgar sardar sarbast shiyar
nechirvan kardo peshawa beritan dilnaz nazdar nergiz ronahi zelal zhina jina gulistan runak deniz emin ersin fatih
muhammet necati sedat zafer erdal ferhat gürkan mahmut mücahit nurettin sercan tayfun dilek hacer hülya özlem ozlem
yasemin yeliz şeyma seyma aleyna beyza havva sevda şule ayla aysel aftab aqib asad asim atif babar faizan faraz farhan
haider khurram mohsin nadeem noman nouman osama qaiser sajid salman saqib shahzad shakeel suhail tanveer tayyab waseem
wasim yasir yasser zohaib shahbaz aamir mubashir muneeb zayn yousaf anum aqsa fozia humaira iram javeria komal maira
misbah naila nazia rukhsana saima shabana sobia tahira uzma yasmeen zoya mehak inaya manahil eman alishba laiba fiza
naheed parveen riffat robina rubina safia samreen shagufta shamim shaista shireen tasneem tayyaba zubaida hermela
mehret merhawit freweini tsehay saron ariam letekidan luam semret zewdi tesfaldet tekle berhane mehari tewelde teklit
gebre ghirmay kifle medhanie negassi okbay russom sium temesgen weldu aklilu fikru getachew kebede mekonnen tadesse
abebe ajith anand aravinth ashwin dinesh gobinath mathan mugunthan nirojan pirasanth pradeep prakash rajesh sanjeev
santhosh saravanan senthil sivakumar thanushan vignesh vinoth vithushan yathusan kavya abirami anusha arthika brintha
dharshini divya gayathri kajani kowsalya mathumitha nivetha rajitha shalini sobana thanuja vasuki vithya aruna meena
nirujan giang hoai kiet thành tiến trinh tùng uyen uyên xuan xuân huyen huyền liên loc lộc luan nguyet phuc phúc thinh
toan trieu trúc tuyet tuyết khai bích châu diem diễm hậu hien hiền hoan huệ lợi nhân nhật quoc quốc sinh thien thiện
thuan thuận thuong thương trọng tuong tường admir anel asmir edis elvir ermin nermin vedad nejra selma sanela senada
zerina aleksandar branko darko ivica jovan miroslav ranko stevan ljiljana nataša natasa zorica dijana stjepan agim
astrit bekim besnik burim edon genti leotrim lulzim milot naim petrit rinor shkelzen shpetim xhevdet donika lirije
wiesław wieslaw stanisław stanislaw bohdan ihor mykhailo oleh yuriy vitaliy ruslan yevhen anatolii valentyn anastasiya
olha valentyna larysa liudmyla
`,
  GIVEN_NAMES_THAT_ARE_WORDS: `
liv storm per tom saga mina dina sina vilja ville björk björn bjørn even finn sanne sanna tone tore juni kai kaia karl
lina line live helga inga sol sola vår ask sten stein bo love lova dag odd are tor gard lykke rosa klara bror axel
hans maj august jente bilen dele endre lage gift ting min ha ute till era tala andra elva fem mil mille siren jo kaj
anna ole onni toivo ilo lumi tuuli satu aamu into valo meri rauha veli otto ilmi aina pilvi lahja sade sana kukka
vappu arvo make late
sól örn hrafn birta harpa dagur eldur logi ugla steinn jökull gestur reynir drífa björt rán líf ósk gríma stormur
hreinn
roos zak ben mist mei tien dat lot elke kader job dan joke steen
rose pierre blanche marine violette claire jean lila grâce chance son mai non an beau
ernst frank mark wolf malte tage nur
hope will may april june summer amber violet bill pat rob nick drew miles guy ward floor lies harm can said long my
hung beat
`,
};
