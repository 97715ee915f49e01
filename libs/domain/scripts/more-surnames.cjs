/**
 * More surnames for the personal-data detector's name lexicon: family names of the young people (10–17 years old)
 * that police notes are about, and of their parents and the adults around them, which the faker locales lack — the
 * ordinary Norwegian, Swedish, Finnish, Icelandic, Danish, Dutch, Flemish, Walloon and German surnames beyond the
 * commonest few hundred ("Tveiten", "Ljunggren", "Kärkkäinen", "Blöndal", "Hoekstra", "Vandenberghe", "Collignon"),
 * and above all the surnames of the immigrant communities of Norway, Sweden, Finland, Iceland, the Netherlands and
 * Belgium ("Rahimi", "Warsame", "Yılmaz", "Hosseini", "Öztürk", "El Idrissi", "Bakkali", "Nguyễn", "Krasniqi").
 *
 * Sources, in general terms: the national statistics offices' published surname statistics — Statistics Norway
 * (SSB, "Navn"), Statistics Sweden (SCB), the Finnish Digital and Population Data Services Agency (DVV Nimipalvelu),
 * Statistics Iceland (Hagstofa Íslands), Statistics Netherlands (CBS) with the Meertens Instituut's Nederlandse
 * Familienamenbank, and Statbel (Belgium) — and, for the names of immigrant communities, the naming practice of those
 * communities as it shows in the same lists and in common use (Maghreb names in their Dutch and French
 * transliterations, Somali fathers' names used as surnames in Somali and in Nordic spelling, Arabic names with and
 * without their article, Vietnamese names with and without their tone marks). Transcribed by hand.
 *
 * Form: lower case, separated by spaces and line breaks, with each language's own letters (ø å æ ä ö þ ð á é í ó ú
 * ł ś ż ą ę č ć š ž ş ğ ı ü …); where people often write a name without its special letters, that spelling is listed
 * too ("oztürk" beside "öztürk", "hodzic" beside "hodžić"). A surname of more than one word is written hyphenated
 * ("el-idrissi", "van-den-berg", "al-tamimi"), and its last word is listed alone too where it is distinctive
 * ("idrissi", "tamimi"). Each name is at least four letters long; Icelandic patronymics ("-son", "-dóttir") are
 * recognised by their shape elsewhere, so only Icelandic family names are listed. Names that are also an everyday
 * word in one of the languages of the notes ("berg", "strand", "holm", "visser", "bakker", "wolf", "koch") are left
 * out — among them the Somali "Egal" and "Hirsi" (German "egal", Finnish "hirsi"), listed in their Somali spellings
 * "cigaal" and "xirsi" only, and the Chinese "Wang" (Dutch "wang") — as are names shorter than four letters ("le",
 * "bui", "ali", "kim").
 *
 * One group of lines per origin, in order (one blank line between groups): Norwegian, Swedish, Finnish, Icelandic,
 * Danish, Dutch, Flemish, Walloon and French, German; Turkish, Kurdish, Arabic (Levant, Egypt, Iraq, Gulf), Moroccan,
 * Algerian and Tunisian, Persian and Afghan, Somali, Eritrean and Ethiopian, Pakistani, Indian and Sri Lankan Tamil,
 * Vietnamese, Chinese, Thai, Filipino, Polish, Lithuanian, Ukrainian and Russian, Balkan (Bosnian, Serbian, Croatian,
 * Albanian and Kosovar), Romanian.
 */

module.exports = {
  MORE_SURNAMES: `
aamodt aanestad aarseth aasheim aasland austad bergersen bergh bjerke bjerkeli bjørge bjørkli bjørnstad bjørnerud
bekkevold berntzen bratli bratlie bakkevig brandal breivik bråthen dahle dybdahl dyrnes egeland eikeland ekeberg ekrem
elvestad ellefsen engebretsen engelsen engh erdal eriksrud espeland evjen fagerli fjeldstad fjellheim flatebø fossum
fredheim furuseth gabrielsen gjertsen gjesdal gjerstad gravdal grimstad grindheim grøndahl grønvold grønlie gulliksen
haaland hagebø hammerstad haraldsen hatlestad hatlen haugstad hauglid haugsand heggelund heggem heimdal helgeland
helgesen hellesøy hermansen hernes hestnes hjelle hjelmeland hognestad holmboe hovde hovden hovland husby husebø
hustad håland ingebrigtsen johannesen kittelsen kjelsberg kleiven kolberg kolstad korsvold kvalheim kvamme kvernmo
langeland langli lervik lillebø lillestøl lindland lindstad magnussen mjelde moldestad myklebust myrvang myrvold
nesheim nilssen nordby nordli nordahl nordbø nordhagen nordstrand nygaard nyhus nyland olaussen olsbu omdal opheim
opsahl orheim osmundsen oterhals ottesen ramberg refsnes reiersen reitan riise ringdal rognstad rolfsen rødseth
rønneberg sagstad sandberg sandnes sandvold sannes selvik skaar skarstein skaug skeie skjelbred skjeggestad skjæveland
skogli skogstad skoglund skuland solbakken solvang stavrum steinsland stensland stensrud storhaug storli sundby sveen
syvertsen tandberg thoresen tjelta tjøstheim tollefsen torgersen torkildsen torvik tveiten tveter tvedt ulriksen
ulstein ulvestad vassbotn vestby vestli vinje vollan wiik østby østli øvrebø

ahlberg ahlgren ahlström almgren almqvist andrén asplund backlund berggren bergkvist berglöf björkman blomberg
blomgren boström broman byström bäckström carlberg carlsson dahlgren dahlin dahlström edlund edström ekberg ekblom
ekholm eklöf ekman ekwall elofsson engberg engdahl englund enqvist fagerström forslund forsman franzén friberg granath
granberg grönberg gullberg gustavsson hagberg hagström hallberg hallgren hedberg hedin hedström hjalmarsson holmqvist
holmström hultgren hultman häggström jernberg jonasson kjellberg lagerqvist lindahl lindblom lindell lindén lindh
lindholm lindkvist lindroth ljungberg ljunggren liljegren lundell lundholm lundmark lundquist lövgren löfstedt
malmberg malmström martinsson melin molin norberg nordberg nordgren nordlander nordlund nordmark nordqvist norén
nylander nyqvist näslund palmqvist pihl rosén rosengren rosenqvist runesson rydberg rydén sahlin sandell sandin
segerström selander sjödin sjölund sjöstedt sjöström skoog stenberg stenström strandberg strömberg strömqvist sundell
sundin sundqvist sundström svedberg söderlund söderström thelin thorén törnqvist vikström wahlberg wahlgren wahlström
wallén wallenberg wallgren wennberg westberg westerberg westin westman wiberg zetterberg zetterlund åkerlund åkerman
åkerström åkesson ågren åström öhman östberg östling östlund östman

aaltonen ahola airaksinen anttila anttonen auvinen eskola hakala hakkarainen halonen hannula hautala heiskanen helin
hiltunen hirvonen honkanen huttunen hyvönen hyttinen häkkinen hänninen immonen jaakkola jääskeläinen kankaanpää
karppinen kauppinen kettunen kiiskinen kivelä koivisto koivula kokkonen kolehmainen korpela kukkonen kumpulainen
kuusisto laaksonen lampinen latvala laukkanen lehtimäki leinonen lindroos manninen markkanen miettinen moilanen
nurminen nyman oksanen ollila partanen pesonen peltola peltonen pelkonen pietilä pitkänen pulkkinen puustinen pynnönen
rautio reinikainen riihimäki rissanen räsänen saarela seppälä seppänen sirviö soini suominen tikkanen toivonen tolonen
turpeinen valtonen vesterinen viitanen väisänen ylönen kyllönen kärkkäinen leppänen lyytikäinen mustonen nykänen ojala
parviainen penttinen rantala ruuskanen ryynänen sallinen tanskanen tuomela vartiainen välimäki ylitalo mäkipää nurmela
kemppainen jussila hirvelä honkala huhtala koponen kähkönen lahtela lehikoinen lönnqvist mikkola mononen niskanen
niiranen pakarinen pasanen pekkala pirinen sipilä taskinen tolvanen turtiainen uusitalo vanhanen vuorinen söderholm
heikkinen korhonen virtanen nieminen mäkinen mäkelä koskinen järvinen lehtonen lehtinen saarinen salminen heinonen
heikkilä kinnunen salonen turunen laitinen tuominen rantanen jokinen mattila lahtinen ahonen hyvärinen kiiskilä
kallioinen kortelainen kurkela lahtonen lindfors lundström mäenpää männistö nevalainen nousiainen pajunen piirainen
pursiainen rajala rasanen saastamoinen sillanpää tiihonen toivanen tuovinen vainikka valkonen vepsäläinen virtala
väänänen ylinen

thors blöndal blondal hafstein briem thoroddsen thorarensen thorlacius zoëga zoega hjaltested kvaran nordal sívertsen
havsteen kaaber proppé melsteð melsted stephensen finsen gröndal grondal hjaltalín hjaltalin thorberg norðdahl
norddahl snævarr snaevarr líndal lindal kamban vídalín vidalin eyfjörð eyfjord scheving fjeldsted zimsen aðils
breiðfjörð breidfjord austmann skagfjörð skagfjord straumfjörð straumfjord blöndahl sæmundsen laxdal

bjerregaard damgaard frandsen gregersen hjorth lauridsen lauritsen overgaard søndergaard vestergaard østergaard
nørgaard kjeldsen bertelsen bundgaard dalsgaard enevoldsen hedegaard holmgaard juhl kirkegaard krogh mogensen riis
steffensen thygesen villadsen winther østergård søgaard bisgaard bruun eskildsen friis graversen kjærgaard laursen
lauritzen mathiesen schou vinther wulff ebbesen bendtsen dahlgaard dueholm gravesen hougaard husted jeppesen jessen
kofoed lauesen markussen mølgaard nørregaard pallesen vestergård søby thuesen tønnesen westergaard thomsen poulsen
mortensen

hoekstra dijkstra postma jansma bosma mulder vermeulen verhoeven timmermans hendriks willems wouters sanders evers
verbeek verschuren vermeer verhagen zijlstra hermans leenders hoogendoorn veenstra dijkhuizen hofman gerritsen bergsma
boersma kooistra terpstra wiersma haverkamp hoogeveen kamphuis kuijpers lubbers nijhuis nijland roelofs scholten
steenbergen teunissen tijssen veldhuis verbruggen wessels wolters arends bolhuis brinkman claassen eijkelboom geurts
goossens heijnen hulshof lammers lemmens mertens nieuwenhuis oosterhuis pieters reijnders smeets thijssen westerhof
zuidema kuijper bruinsma heemskerk hoogenboom de-jong de-vries van-den-berg van-dijk de-boer de-groot van-leeuwen
van-der-meer van-der-linden de-haan van-den-heuvel van-der-veen van-den-broek de-bruijn van-der-heijden van-beek
van-wijk van-der-wal van-dam de-lange van-vliet van-den-bosch van-loon van-der-laan de-wit de-graaf de-ridder van-rijn
van-dongen van-der-velden van-doorn van-zanten van-essen van-der-steen van-hout van-der-heide ten-brink ter-horst
haverman jongsma hiemstra meijerink oudshoorn

claeys vandenberghe vermeersch vanderstraeten verbeke verhaeghe desmet declercq devos deschepper decock dewilde
vanhoutte vandamme vandevelde vanacker vercammen verhelst vervaet wuyts goethals coppens bogaert bogaerts debacker
debruyne deconinck demeester depauw deridder dewachter dhondt geeraerts hendrickx heylen huygens lauwers leys mahieu
meeus moens nuyts pauwels raes segers smets teughels vanaken vanhove vanderlinden vanlaere vercauteren verdonck
vereecken verheyen verlinden vermeiren verschueren verstraeten vlaeminck wauters willaert baert baetens beernaert
bauwens buysse callens claessens colpaert cornelis degroote demuynck desmedt devriendt dierickx dobbelaere everaert
gevaert hanssens huysmans kerckhove lambrecht maertens meersman naessens neyens opdebeeck persoons quintens roels ruys
schepens schoofs stroobants torfs vandenbossche vandewalle vanneste verbeeck verhulst vermeire vervoort wyns dewulf
vandecasteele vanhaecke janssens peeters claes michiels verstraete de-smet de-backer de-clercq van-damme de-cock
van-de-velde van-den-broeck de-meyer van-acker de-vos de-pauw van-hecke de-keyser de-wilde de-bruyne de-coninck
de-meester de-wachter de-muynck de-smedt van-de-walle van-den-bossche van-hove van-aken clercq broeck keyser

dubois dupont lambert leclercq dumont lejeune lemaire collignon gérard gerard hubert jacquet lecomte lefèbvre lefebvre
lefèvre lefevre marchal masson michaux piron pirard rémy remy renson thiry wilmotte charlier delvaux deprez dethier
dufour dumoulin fraiture gilson goffin henrard jadoul lallemand leclerc legrand lemoine lenoir mahy moreau nicolay
pirson poncelet rousseau schmitz servais wauthier bernard durand richard fournier girard dupuis vincent muller faure
guérin guerin boyer garnier gauthier perrin morin roussel mathieu gautier duval denis blanchard giraud joly arnaud
schmitt leroux vidal caron fabre aubert renaud dumas lacroix benoit rolland guillot fleury royer aubry guyot renault
ménard menard maillard bertin bailly hervé herve deschamps huet vasseur carpentier leroy laurent lefort delhaize
dessart gobert jacquemin lhoir mathy nollet ponsard stassen tilmant delporte dewez dutrieux hallet lecocq leloup
mairesse pierard simonis thirion wathelet baudoux delcourt dupuy

schulz hoffmann schröder schroeder neumann krüger krueger hofmann hartmann werner meier lehmann schmid schulze maier
herrmann mayer huber scholz möller moeller schubert friedrich günther guenther winkler roth lorenz baumann albrecht
ludwig böhm boehm seidel heinrich schulte dietrich kuhn pohl voigt wolff stadler kessler hübner huebner göbel thiele
kretschmer pietsch schwab heinz gerlach brinkmann haase engelhardt kunz reuter sommerfeld dreyer behrens wittmann
ebert lindner rieger seifert kirchner heinemann kolb meißner meissner reinhardt schmidt wagner becker jansen

yılmaz yilmaz kaya demir şahin sahin çelik celik yıldız yildiz yıldırım yildirim öztürk ozturk aydın aydin özdemir
ozdemir arslan aslan doğan dogan kılıç kilic çetin cetin özkan ozkan şimşek simsek polat korkmaz erdoğan erdogan aktaş
keskin güneş gunes bulut turan ünal unal altun altın altin ateş ates akın acar duman avcı avci yavuz aksoy güler özer
ozer karaca uçar ucar sönmez sonmez bozkurt ekinci akbulut karabulut yücel yucel kuzu güven guven türk toprak koçak
kocak aksu uysal erdem kalkan gündüz gunduz işık isik bayram bilgin coşkun coskun çiftçi ciftci durmaz kahraman kılınç
kilinc koca özcan ozcan sarı savaş savas tunç tunc uçak yalçın yalcin yazıcı yazici yüksel yuksel zengin akgül akgul
ayhan baysal biçer dursun karakaya kocabaş kocabas okur öner oner özgür ozgur özkaya ozkaya sezer temiz yaman yurt

barzani talabani zebari amedi duhoki barwari shekhani sindi zakhoyi hawrami baban dizayee dizayi bamarni doski mizuri
rekani pekgul kakabaveh berwari goran kurdi mergasori hakkari botani herki jaff

haddad khoury khouri khalil nassar hamdan abboud aboud awad bakri boulos chahine shahin darwish diab fakhoury farhat
ghanem habib hajj hamad hammoud hamoud hariri hassoun hayek helou ibrahim issa jaber jabbour jarrah karam kassem qasem
qassem khatib maalouf mansour masri mikhail moussa mousa najjar nasrallah obeid rahal rizk saab saad sabbagh safadi
saleh salem salameh sayegh shalhoub sleiman suleiman taha tannous yassin yassine younes yunis zein zaher zoabi zoubi
al-masri alahmad al-ahmad alhussein al-hussein alkhalil al-khalil almohammad al-mohammad alhasan alhassan al-hassan
alabdullah al-abdullah aljasem aljassem alhamad al-hamad almustafa al-mustafa alsaleh al-saleh alibrahim al-ibrahim
alomar al-omar alkhatib al-khatib alhamwi alnajjar al-najjar alsheikh al-jubouri jubouri aljubouri al-tamimi tamimi
altamimi al-obaidi obaidi alobaidi al-dulaimi dulaimi aldulaimi al-saadi saadi alsaadi al-shammari shammari alshammari
al-zubaidi zubaidi alzubaidi al-khafaji khafaji alkhafaji al-rubaie rubaie al-hashimi alhashimi al-bayati bayati
albayati al-janabi janabi aljanabi al-azzawi azzawi al-maliki maliki al-musawi musawi almusawi al-samarrai samarrai
al-kubaisi kubaisi al-rawi alrawi al-khalidi khalidi al-ameri ameri alameri al-asadi alasadi al-sudani sudani
al-mosawi mosawi al-qahtani qahtani al-otaibi otaibi al-harbi harbi al-ghamdi ghamdi al-dosari dosari al-mutairi
mutairi al-shehri shehri al-zahrani zahrani al-anazi anazi al-balushi balushi barghouti nusseibeh husseini shaath
erekat nashashibi gemayel frangieh jumblatt aoun sfeir chidiac abdelrahman abdelaziz elsayed el-sayed sayed mostafa
hegazy higazi soliman shehata mahmoud fawzy ragab zaki hamdy ashour farag sabry morsi abdallah abdelkader abdelhamid
hussein hassan othman osman ismail yousef youssef yousif mustafa moustafa abbas jawad kadhim kazem jasim jassim hamza
hameed mahdi sabah falah majeed

el-idrissi idrissi el-amrani amrani bakkali el-bakkali el-ouali ouali boukhari azzouzi el-azzouzi el-khattabi khattabi
el-hamdaoui hamdaoui el-yousfi yousfi el-moussaoui moussaoui el-ahmadi el-ghazi ghazi el-haddaoui haddaoui el-hadioui
hadioui el-mourabit mourabit el-ouardi ouardi el-kaddouri kaddouri el-hajji hajji el-kaabi kaabi el-khannouss
khannouss el-makrini makrini el-hassani hassani el-fassi fassi el-mansouri mansouri el-alami alami el-ouazzani
ouazzani el-omari omari el-hamri hamri el-bouzidi bouzidi el-harrak harrak el-messaoudi messaoudi el-mokhtari mokhtari
el-ouahabi ouahabi el-aissati aissati el-jaouhari jaouhari el-marnissi marnissi el-yassini yassini el-haji el-alaoui
alaoui el-khayari khayari el-azzaoui el-bakali bakali el-hachmi hachmi el-hamdi el-kharraz kharraz el-morabit morabit
el-mahdaoui mahdaoui aboutaleb arib ziyech mazraoui amrabat afellay ihattaren achahbar tannane bouchikhi bouali amhali
boulahrouz dirar boussoufa labyad hakimi nesyri en-nesyri saïss saiss boufal bounou amallah aboukhlal saibari zaroury
nouri assaidi tighadouini marcouch elatik bouazza benali stitou ahidar kitir chahid farih azarkan bouchallikht
amhaouch sminate almaci bensaid benhaddou benchekroun bennani berrada tazi chraibi lahlou sefrioui kettani guessous
benjelloun benkirane belghiti lamrani aberkane abdellaoui ouaddou bouhlal benzema zidane mahrez bennacer feghouli
brahimi slimani ghezzal mandi bensebaini aouar fekir boudiaf bouteflika benaissa belaid hamidi boumediene khelifi
mammeri benyahia rahmani zerrouki bensalah kaci amara belkacem benmansour bouzid boudjemaa djebbar ferhat guendouzi
hadjadj lakhdari madani meziane ouchene rezki saidi taleb yahiaoui zitouni benamar benabdallah larbi aissaoui bouaziz
trabelsi jebali mejri gharbi hammami jlassi ayari dridi ben-salem bensalem bouazizi khemiri msakni sassi chebbi
ghannouchi

rahimi karimi hosseini hoseini hussaini ahmadi mohammadi mohamadi rezaei rezaie rezai hashemi hashimi moradi muradi
jafari jaffari sadeghi sadiqi rostami azizi amiri sultani soltani nazari haidari haydari heidari noori sharifi kazemi
kazimi ebrahimi ibrahimi akbari alizadeh hosseinzadeh mirzaei mirzaie ghasemi qasemi qasimi qaderi ghaderi naderi
bahrami mousavi musavi stanikzai stanekzai popal popalzai durrani barakzai ahmadzai noorzai yousufzai yusufzai wardak
hotak tokhi mohmand faizi faqiri rasuli rasouli sahak sediqi siddiqi samadi taheri tavakoli tavakkoli yazdani zamani
zarei khalili khorasani mohseni shirazi tehrani esfahani isfahani mahmoudi mahmoodi mahmudi najafi omidi safavi vahidi
yousefi yousufi zahedi asadi ansari abbasi bagheri baqeri daneshvar davoudi farahani fazeli ghorbani qurbani jalali
kamali keshavarz latifi malekzadeh mohammadzadeh nikbakht rahnama razavi saberi salehi shahbazi tabatabaei yaghoubi
yaqubi yaqoobi hedayati sahebi samimi sarwari achakzai alokozai shinwari afridi khattak ghilzai waziri karzai
habibzada rahimzada nasiri nassiri noorani osmani amini alavi babaei esmaeili esmaili farhadi ghaffari golestani
hejazi jahani karami mahdavi nikpour rashidi tabrizi abedi azadi eskandari fallahi kiani norouzi sohrabi kashani
ghahremani parvizi khosravi bakhtiari ahmadpour hosseinpour karimzadeh hassanzadeh rezazadeh valizadeh alipour asghari
arjmand behzadi farahmand mehrabi nazemi rouhani sadri ahmady karimy rahimy mohammady hamidy nazary sultany safi zazai
jalalzai amin

warsame abdi jama farah aden adan aadan abdulle abdullahi abdirahman abdikadir abdulkadir abdirizak abdirashid abdinur
abdiwali mohamud mahamud mohamed muhumed maxamed maxamuud mohamoud cabdi cabdulle cabdullahi xasan xuseen cali cumar
ismaaciil yusuf yuusuf cismaan dahir daahir dualeh ducaale elmi cilmi guled guuleed hashi xaashi hersi xirsi ciise
jibril jibriil kahin muuse nuur olad roble rooble samatar sheikh sugule warsama warfa yasin abdille awale barreh
diriye dirie egeh faarax gedi geedi jimale jimcaale kulmiye nageye omer raage cigaal haji xaaji noor saciid siad siyad
waberi bashir abdulahi

tesfaye tesfay tesfai haile hailu gebre gebremedhin gebremariam gebreyesus ghebreyesus ghebremedhin tekle
teklehaimanot tesfamariam berhane berhe kidane weldemichael woldemariam weldemariam mengistu kebede tadesse alemu
bekele girma desta abebe ayele asfaw mekonnen negash yohannes tewolde habte habtemariam mebrahtu ghirmay goitom mehari
tsegaye yemane zerai fitsum kahsay hagos gebru tekeste woldu araya amanuel andemariam andom asmerom fessehaye ghebru
habtom kifle measho mesfin negasi russom semere sium tedros teweldebrhan tsegai weldu yosief zemichael ghebrehiwet
gebrehiwet tesfaldet okbay teklay abraha gebremeskel woldegiorgis haileselassie worku getachew assefa tefera wolde

khan malik qureshi chaudhry chaudhary choudhry choudhury shaikh mirza akhtar iqbal javed bhatti awan sandhu sidhu
dhillon grewal bajwa cheema gondal janjua hashmi naqvi rizvi zaidi jafri kazmi gilani syed shah mahmood mehmood rashid
riaz saleem aslam anwar arshad ashraf nawaz sharif tariq younis yousaf zafar tahir shahzad nadeem rafiq sadiq siddiqui
usmani farooq farooqi ghani ishaq jamil lodhi masood mughal niazi qadri rehman rahman sabir shafiq tarar warraich
khokhar minhas chattha gujjar ahmad hussain mahmud raza afzal sharma singh kaur patel gupta kumar verma reddy nair
menon iyer pillai joshi mehta desai agarwal banerjee chatterjee mukherjee ghosh jain kapoor khanna malhotra chopra
arora bhatia saxena srivastava tiwari yadav pandey mishra chauhan thakur rajput naidu krishnan subramaniam ramasamy
sivakumar balasubramaniam thavarajah sivanesan kanagaratnam jeyakumar selvarajah nadarajah rajaratnam ponnampalam
sivalingam thangarajah kandiah arumugam murugesu sinnathamby velupillai ratnam shanmugam kumaraswamy yogarajah
paramanathan vigneswaran ganeshan sritharan thiruchelvam vijayakumar ravindran sathananthan jeyaratnam sabaratnam
tharmalingam navaratnam pathmanathan rasiah kathiravel logeswaran mahendran suntharalingam sivapalan kirubakaran
kanapathipillai sivarajah rajendran selvanayagam thevarajah yogeswaran

nguyen nguyễn nguyên trần phạm pham hoàng hoang huynh huỳnh phan đặng duong dương trương truong đinh dinh trịnh trinh
đoàn doan lương luong quách quach thái châu chau vuong vương nghiem nghiêm kiều kieu diệp thach thạch giang phùng
phung

zhang chen zhao zhou huang yang cheung leung zheng liang xiao zeng tian jiang shen qian hong zhong yeung kwok tsang
fong choi tsui chiu yuen kwan chan wong zhuang xiong guan chung cheng

saetang saelim saeheng saelee saeueng srisuk wongsawat chaiyaporn sukprasert thongchai boonmee boonyarat srisawat
rattanakorn suwannarat phromma khamsuk jaidee chaichana sriwong thongdee inthong somboon kongsuk chanthara phanthong
saengthong wongsuwan boonsong thongsuk srisombat charoensuk

santos reyes cruz bautista ocampo garcia mendoza torres andrada castillo flores villanueva ramos castro rivera aquino
navarro salazar mercado dela-cruz delacruz delos-santos de-leon gonzales lopez fernandez dizon manalo pascual soriano
valdez domingo santiago gutierrez macaraeg lacson pangilinan tolentino dimaculangan magbanua agustin marquez
evangelista samonte

nowak kowalski wiśniewski wisniewski wójcik wojcik kowalczyk kamiński kaminski lewandowski zieliński zielinski
szymański szymanski woźniak wozniak dąbrowski dabrowski kozłowski kozlowski jankowski mazur wojciechowski kwiatkowski
krawczyk kaczmarek piotrowski grabowski zając zajac pawłowski pawlowski michalski król wieczorek jabłoński jablonski
wróbel wrobel nowakowski majewski olszewski stępień stepien malinowski jaworski adamczyk dudek nowicki pawlak górski
gorski witkowski walczak sikora baran rutkowski michalak szewczyk ostrowski tomaszewski pietrzak zalewski wróblewski
wroblewski jasiński jasinski marciniak sadowski zawadzki jakubowski duda włodarczyk wlodarczyk chmielewski sobczak
borkowski czarnecki sokołowski sokolowski urbański urbanski kubiak maciejewski szczepański szczepanski kucharski wilk
kalinowski mazurek wysocki adamski kaźmierczak kazmierczak wasilewski sobczyk czerwiński czerwinski andrzejewski
cieślak cieslak głowacki glowacki zakrzewski kołodziej kolodziej sikorski krajewski gajewski szymczak szulc baranowski
laskowski brzeziński brzezinski makowski ziółkowski ziolkowski przybylski kowalska wiśniewska wisniewska kamińska
kaminska lewandowska zielińska zielinska nowakowska

kazlauskas jankauskas petrauskas stankevičius stankevicius vasiliauskas žukauskas zukauskas butkus paulauskas urbonas
kavaliauskas baranauskas pocius sakalauskas rimkus vaitkus navickas ramanauskas savickas lukoševičius lukosevicius
mikalauskas vaičiulis vaiciulis kairys jonaitis kazlauskienė kazlauskiene jankauskienė jankauskiene petrauskienė
petrauskiene kazlauskaitė kazlauskaite jankauskaitė jankauskaite

melnyk shevchenko kovalenko bondarenko tkachenko kravchenko boyko boiko kovalchuk koval oliynyk oliinyk shevchuk
polishchuk lysenko marchenko rudenko savchenko petrenko moroz pavlenko levchenko klymenko tkachuk ponomarenko bilous
kuzmenko hrytsenko ivanenko kharchenko romanenko vasylenko yakovenko zinchenko ivanov ivanova smirnov smirnova
kuznetsov kuznetsova popov popova petrov petrova sokolov sokolova volkov volkova kozlov kozlova novikov novikova
morozov morozova pavlov pavlova fedorov fedorova mikhailov mikhailova egorov orlova lebedev lebedeva semenov vasiliev
vasilyev nikolaev zaitsev stepanov sergeev romanov andreev alekseev makarov frolov bogdanov kovalev yakovlev grigoriev
tarasov belov medvedev ershov kiselev gusev titov kuzmin baranov nikitin sorokin bondar hnatiuk honchar didenko
fedorenko yurchenko symonenko

hodžić hodzic hadžić hadzic begić begic mehmedović mehmedovic hasanović hasanovic delić delic kovačević kovacevic
babić babic ibrahimović ibrahimovic husić husic alić alic omerović omerovic muratović muratovic salihović salihovic
suljić suljic halilović halilovic jusić jusic mujić mujic karić karic jovanović jovanovic petrović petrovic nikolić
nikolic marković markovic đorđević djordjevic stojanović stojanovic ilić ilic stanković stankovic pavlović pavlovic
milošević milosevic popović popovic todorović todorovic ristić ristic lazić lazic simić simic marić maric kostić
kostic tomić tomic horvat kovačić kovacic knežević knezevic vuković vukovic perić peric matić matic jurić juric novak
božić bozic radić radic blažević blazevic grgić grgic pavić pavic šarić saric lovrić lovric vidović vidovic perković
perkovic krasniqi gashi berisha morina hoxha shala kelmendi bytyqi hajdari rexhepi thaçi thaci kastrati sejdiu zeqiri
sylejmani ahmeti ismaili hasani bajrami limani halimi jashari kryeziu dervishi mehmeti shehu gjoka selimi sadiku avdiu
demaj beqiri gjini hysenaj kurti haliti shabani ramadani qerimi nuhiu mehmedi fazliu dauti avdyli pllana hyseni kadriu
murati syla sahiti hoti zeka mustafi bekteshi hamiti emini

popescu ionescu popa dumitru stoica gheorghe rusu munteanu ciobanu moldovan florea tudor ionita ioniță constantinescu
georgescu lazar mocanu nistor vasile dobre radu serban șerban sandu iordache cristea oprea nedelcu voicu manea preda
diaconu dragomir ursu neagu enache tanase tănase ardeleanu bălan balan toma zamfir răducanu raducanu mihăilă mihaila
ungureanu sava cojocaru chiriac
`,
};
