// Hand-curated facts about non-US outlets: wires, public broadcasters, state media and major papers,
// for the catalog compiler. CLI-only input of lib/catalog/compile.ts; never imported by the extension.
// Same line format as curated-us.ts. Ratings are attached by the compiler from the providers' tables.

export const CURATED_WORLD = `
armenpress|Armenpress|armenpress.am|AM|hy en ru|W|s|Government of Armenia||https://armenpress.am/
armenia-public-tv|Public Television of Armenia (1lurer)|1lurer.am|AM|hy|P|p|Public Television Company of Armenia||https://www.1lurer.am/
tvpublica|TV Pública (Argentina)|tvpublica.com.ar|AR|es|P|p|Radio y Televisión Argentina (state)||https://www.tvpublica.com.ar/
btv-bd|BTV (Bangladesh Television)|btv.gov.bd|BD|bn|P|s|Government of Bangladesh||https://www.btv.gov.bd/
bta|BTA (Bulgarian News Agency)|bta.bg|BG|bg en|W|p|Bulgarian News Agency (public)||https://www.bta.bg/
tvn-cl|24 Horas (TVN)|24horas.cl tvn.cl|CL|es|P|p|Televisión Nacional de Chile (state-owned, autonomous)||https://www.24horas.cl/
rtvc|RTVC Noticias|rtvcnoticias.com rtvc.gov.co|CO|es|P|s|RTVC Sistema de Medios Públicos (Government of Colombia)||https://www.rtvcnoticias.com/
andina|Andina|andina.pe|PE|es en|W|s|Editora Perú (Government of Peru)||https://andina.pe/
tvperu|TV Perú Noticias|tvperu.gob.pe|PE|es|P|s|Instituto Nacional de Radio y Televisión del Perú||https://www.tvperu.gob.pe/
prensalatina|Prensa Latina|prensa-latina.cu plenglish.com|CU|es en|W|s|Government of Cuba||https://www.prensa-latina.cu/
cybc|CyBC|cybc.com.cy|CY|el en|P|p|Cyprus Broadcasting Corporation||https://cybc.com.cy/
cna-cy|Cyprus News Agency|cna.org.cy|CY|el en|W|p|Cyprus News Agency (public)||https://www.cna.org.cy/
ritzau|Ritzau|ritzau.dk|DK|da|W|v|Danish media groups||https://ritzau.dk/
ena|Ethiopian News Agency|ena.et|ET|am en|W|s|Government of Ethiopia||https://www.ena.et/
gna|Ghana News Agency|gna.org.gh|GH|en|W|s|Government of Ghana||https://gna.org.gh/
hirado|Hírado (MTVA)|hirado.hu|HU|hu|P|s|Media Service Support and Asset Management Fund (MTVA, government-controlled)||https://hirado.hu/
tvri|TVRI|tvrinews.com tvri.go.id|ID|id|P|p|Televisi Republik Indonesia||https://www.tvrinews.com/
ina|Iraqi News Agency|ina.iq|IQ|ar en|W|s|Government of Iraq||https://ina.iq/
irib|IRIB News|iribnews.ir|IR|fa|S|s|Islamic Republic of Iran Broadcasting||https://www.iribnews.ir/
akp|Agence Kampuchea Presse|akp.gov.kh|KH|km en fr|W|s|Government of Cambodia||https://www.akp.gov.kh/
nna-lb|National News Agency (Lebanon)|nna-leb.gov.lb|LB|ar en fr|W|s|Government of Lebanon||https://www.nna-leb.gov.lb/
elta|ELTA|elta.lt|LT|lt en|W|v|ELTA (Lithuanian news agency)||https://www.elta.lt/
leta|LETA|leta.lv|LV|lv en|W|v|LETA (Latvian news agency)||https://www.leta.lv/
snrt|SNRT News|snrtnews.com|MA|ar fr|P|s|Société Nationale de Radiodiffusion et de Télévision||https://snrtnews.com/
rtm|RTM (Radio Televisyen Malaysia)|rtm.gov.my berita.rtm.gov.my|MY|ms en|P|s|Government of Malaysia||https://berita.rtm.gov.my/
rss-np|Rastriya Samachar Samiti|rss.com.np|NP|ne en|W|s|Government of Nepal||https://rss.com.np/
ptv-ph|PTV News|ptvnews.ph|PH|en tl|P|s|People's Television Network (Government of the Philippines)||https://ptvnews.ph/
qna|Qatar News Agency|qna.org.qa|QA|ar en|W|s|Government of Qatar||https://www.qna.org.qa/
sta|STA (Slovenian Press Agency)|sta.si|SI|sl en|W|p|Slovenian Press Agency (state-owned, public service)||https://www.sta.si/
tasr|TASR|tasr.sk newsnow.tasr.sk|SK|sk en|W|p|News Agency of the Slovak Republic (public)||https://www.tasr.sk/
vtv-ve|VTV (Venezolana de Televisión)|vtv.gob.ve|VE|es|S|s|Government of Venezuela||https://www.vtv.gob.ve/
vtv-vn|VTV (Vietnam Television)|vtv.vn|VN|vi|S|s|Government of Vietnam||https://vtv.vn/
rtk|RTK (Radio Television of Kosovo)|rtklive.com|XK|sq sr|P|p|Radio Television of Kosovo||https://www.rtklive.com/

reuters|Reuters|reuters.com reut.rs|GB|en|W|c|Thomson Reuters|https://www.reuters.com/arc/outboundfeeds/feed-partners/trf/category/world/?outputType=xml https://www.reuters.com/arc/outboundfeeds/feed-partners/trf/category/business/environment/?outputType=xml|https://www.reuters.com/
afp|Agence France-Presse|afp.com|FR|fr en es ar de pt|W|o|AFP (autonomous public-law agency)||https://www.afp.com/
dpa|dpa (Deutsche Presse-Agentur)|dpa.com dpa-international.com|DE|de en|W|k|German media companies (cooperative ownership)||https://www.dpa.com/
efe|Agencia EFE|efe.com|ES|es en pt|W|p|Spanish State (SEPI)||https://efe.com/
ansa|ANSA|ansa.it|IT|it en|W|k|Italian newspaper publishers (cooperative)|https://www.ansa.it/sito/ansait_rss.xml https://www.ansa.it/english/news/english_nr_rss.xml|https://www.ansa.it/
kyodo|Kyodo News|kyodonews.net|JP|ja en|W|k|Kyodo News (cooperative of Japanese media)||https://english.kyodonews.net/
jiji|Jiji Press|jiji.com|JP|ja en|W|v|Jiji Press Ltd.||https://www.jiji.com/
xinhua|Xinhua News Agency|xinhuanet.com news.cn|CN|zh-Hans en|W|s|State Council of the People's Republic of China|http://www.xinhuanet.com/english/rss/worldrss.xml http://www.xinhuanet.com/english/rss/chinarss.xml|https://english.news.cn/
chinanews|China News Service|chinanews.com chinanews.com.cn ecns.cn|CN|zh-Hans en|W|s|United Front Work Department (CCP)||https://www.chinanews.com.cn/
tass|TASS|tass.com tass.ru|RU|ru en|W|s|Government of Russia|https://tass.com/rss/v2.xml https://tass.ru/rss/v2.xml|https://tass.com/
ria|RIA Novosti|ria.ru|RU|ru|W|s|Rossiya Segodnya (Government of Russia)|https://ria.ru/export/rss2/index.xml|https://ria.ru/
interfax|Interfax|interfax.ru interfax.com|RU|ru en|W|v|Interfax Information Services|https://www.interfax.ru/rss.asp|https://www.interfax.ru/
pti|Press Trust of India|ptinews.com|IN|en hi|W|n|Press Trust of India (non-profit cooperative)||https://www.ptinews.com/
yonhap|Yonhap News Agency|yna.co.kr yonhapnews.co.kr|KR|ko en|W|p|Korea News Agency Commission (public)|https://en.yna.co.kr/RSS/news.xml|https://en.yna.co.kr/
anadolu|Anadolu Agency|aa.com.tr|TR|tr en ar|W|s|Government of Turkey||https://www.aa.com.tr/en
irna|IRNA|irna.ir|IR|fa en|W|s|Government of Iran||https://en.irna.ir/
lusa|Lusa|lusa.pt|PT|pt|W|p|Portuguese State||https://www.lusa.pt/
aap|Australian Associated Press|aap.com.au|AU|en|W|n|AAP (philanthropic consortium)||https://aap.com.au/
cp|The Canadian Press|thecanadianpress.com|CA|en fr|W|v|La Presse Canadienne / The Canadian Press||https://www.thecanadianpress.com/
bernama|Bernama|bernama.com|MY|ms en|W|s|Government of Malaysia||https://www.bernama.com/
antara|Antara|antaranews.com|ID|id en|W|s|Government of Indonesia||https://www.antaranews.com/
vna|Vietnam News Agency|vnanet.vn vietnamplus.vn|VN|vi en|W|s|Government of Vietnam||https://www.vietnamplus.vn/
mena|Middle East News Agency|mena.org.eg|EG|ar en|W|s|Government of Egypt||https://www.mena.org.eg/
wam|Emirates News Agency (WAM)|wam.ae|AE|ar en|W|s|Government of the UAE||https://www.wam.ae/
spa|Saudi Press Agency|spa.gov.sa|SA|ar en|W|s|Government of Saudi Arabia||https://www.spa.gov.sa/
map|Maghreb Arabe Presse|mapnews.ma|MA|ar fr en|W|s|Government of Morocco||https://www.mapnews.ma/
ukrinform|Ukrinform|ukrinform.net ukrinform.ua|UA|uk en|W|s|Government of Ukraine||https://www.ukrinform.net/
pap|Polish Press Agency (PAP)|pap.pl|PL|pl en|W|p|Polish State Treasury||https://www.pap.pl/
ctk|Czech News Agency (ČTK)|ctk.cz|CZ|cs|W|p|Czech News Agency (public law)||https://www.ctk.cz/
belga|Belga|belganewsagency.eu belga.be|BE|nl fr en|W|v|Belgian media groups||https://www.belganewsagency.eu/
tt|TT Nyhetsbyrån|tt.se|SE|sv|W|v|Swedish media groups||https://tt.se/
ntb|NTB|ntb.no|NO|no|W|v|Norwegian media groups||https://www.ntb.no/
stt|STT|stt.fi|FI|fi|W|v|Finnish media groups||https://stt.fi/
apa|APA – Austria Presse Agentur|apa.at|AT|de|W|k|Austrian newspapers and ORF (cooperative)||https://apa.at/
keystone-sda|Keystone-SDA|keystone-sda.ch|CH|de fr it|W|v|Keystone-SDA-ATS AG||https://www.keystone-sda.ch/
anp|ANP|anp.nl|NL|nl|W|v|Talpa Network||https://www.anp.nl/
agerpres|Agerpres|agerpres.ro|RO|ro en|W|p|Romanian State||https://www.agerpres.ro/
mti|MTI|mti.hu|HU|hu|W|s|Government of Hungary (MTVA)||https://mti.hu/
hina|HINA|hina.hr|HR|hr en|W|p|Croatian State||https://www.hina.hr/
ana-mpa|Athens-Macedonian News Agency|amna.gr|GR|el en|W|p|Greek State||https://www.amna.gr/
tanjug|Tanjug|tanjug.rs|RS|sr|W|v|Tanjug Tačno||https://www.tanjug.rs/
nan|News Agency of Nigeria|nannews.ng|NG|en|W|s|Government of Nigeria||https://nannews.ng/
kna|Kenya News Agency|kenyanews.go.ke|KE|en sw|W|s|Government of Kenya||https://www.kenyanews.go.ke/
sapa-sanews|SAnews|sanews.gov.za|ZA|en|W|s|Government Communication and Information System (South Africa)||https://www.sanews.gov.za/
app-pk|Associated Press of Pakistan|app.com.pk|PK|en ur|W|s|Government of Pakistan||https://www.app.com.pk/
bss|Bangladesh Sangbad Sangstha|bssnews.net|BD|bn en|W|s|Government of Bangladesh||https://www.bssnews.net/
pna|Philippine News Agency|pna.gov.ph|PH|en|W|s|Government of the Philippines||https://www.pna.gov.ph/
cna-tw|Central News Agency (Taiwan)|focustaiwan.tw cna.com.tw|TW|zh-Hant en|W|p|Central News Agency (public)||https://focustaiwan.tw/
agencia-brasil|Agência Brasil|agenciabrasil.ebc.com.br|BR|pt|P|p|Empresa Brasil de Comunicação (EBC)||https://agenciabrasil.ebc.com.br/
telam|Télam|telam.com.ar|AR|es|W|s|Government of Argentina||https://www.telam.com.ar/
notimex|Notimex|notimex.gob.mx|MX|es|W|s|Government of Mexico||https://www.notimex.gob.mx/
bbc|BBC News|bbc.co.uk bbc.com bbc.in|GB|en cy ar fa ru es pt zh-Hans hi ur bn uk tr fr sw|P|p|British Broadcasting Corporation|https://feeds.bbci.co.uk/news/world/rss.xml https://feeds.bbci.co.uk/news/rss.xml https://feeds.bbci.co.uk/news/politics/rss.xml|https://www.bbc.co.uk/news
itv|ITV News|itv.com|GB|en|B|c|ITV plc|https://www.itv.com/news/rss|https://www.itv.com/news
channel4|Channel 4 News|channel4.com|GB|en|P|p|Channel Four Television Corporation (public)|https://www.channel4.com/news/feed|https://www.channel4.com/news/
sky-news|Sky News|news.sky.com|GB|en|B|c|Sky Group (Comcast)|https://feeds.skynews.com/feeds/rss/home.xml https://feeds.skynews.com/feeds/rss/world.xml|https://news.sky.com/
guardian|The Guardian|theguardian.com guardian.co.uk|GB|en|N|n|Guardian Media Group (Scott Trust)|https://www.theguardian.com/world/rss https://www.theguardian.com/uk/rss https://www.theguardian.com/us-news/rss https://www.theguardian.com/politics/rss|https://www.theguardian.com/
observer|The Observer|observer.co.uk|GB|en|N|v|Tortoise Media||https://observer.co.uk/
telegraph|The Telegraph|telegraph.co.uk|GB|en|N|v|Telegraph Media Group|https://www.telegraph.co.uk/rss.xml https://www.telegraph.co.uk/news/rss.xml|https://www.telegraph.co.uk/
thetimes|The Times|thetimes.com thetimes.co.uk|GB|en|N|c|News UK (News Corp)||https://www.thetimes.com/
ft|Financial Times|ft.com|GB|en|N|c|Nikkei Inc.|https://www.ft.com/rss/world https://www.ft.com/world?format=rss https://www.ft.com/rss/home|https://www.ft.com/
economist|The Economist|economist.com|GB|en|M|v|The Economist Group|https://www.economist.com/international/rss.xml https://www.economist.com/the-world-this-week/rss.xml|https://www.economist.com/
independent|The Independent|independent.co.uk|GB|en|D|v|Independent Digital News & Media|https://www.independent.co.uk/rss https://www.independent.co.uk/news/uk/rss https://www.independent.co.uk/news/world/rss|https://www.independent.co.uk/
dailymail|Daily Mail|dailymail.co.uk mailonsunday.co.uk|GB|en|N|c|Daily Mail and General Trust|https://www.dailymail.co.uk/home/index.rss https://www.dailymail.co.uk/news/index.rss https://www.dailymail.co.uk/news/worldnews/index.rss|https://www.dailymail.co.uk/
thesun|The Sun|thesun.co.uk|GB|en|N|c|News UK (News Corp)|https://www.thesun.co.uk/news/feed/|https://www.thesun.co.uk/
mirror|Daily Mirror|mirror.co.uk|GB|en|N|c|Reach plc|https://www.mirror.co.uk/news/rss.xml|https://www.mirror.co.uk/
express|Daily Express|express.co.uk|GB|en|N|c|Reach plc|https://www.express.co.uk/posts/rss/1/news|https://www.express.co.uk/
gbnews|GB News|gbnews.com|GB|en|B|v|All Perspectives Ltd|https://www.gbnews.com/feeds/news.rss|https://www.gbnews.com/
spectator-uk|The Spectator|spectator.co.uk|GB|en|M|v|Paul Marshall (Old Queen Street Ltd)|https://www.spectator.co.uk/feed|https://www.spectator.co.uk/
newstatesman|New Statesman|newstatesman.com|GB|en|M|v|Mike Danson|https://www.newstatesman.com/feed|https://www.newstatesman.com/
scotsman|The Scotsman|scotsman.com|GB|en|N|c|National World plc||https://www.scotsman.com/
heraldscotland|The Herald (Glasgow)|heraldscotland.com|GB|en|N|c|Newsquest (Gannett)||https://www.heraldscotland.com/
irishtimes|The Irish Times|irishtimes.com|IE|en|N|n|The Irish Times Trust|https://www.irishtimes.com/arc/outboundfeeds/feed-irish-news/?outputType=xml|https://www.irishtimes.com/
independent-ie|Irish Independent|independent.ie|IE|en|N|c|Mediahuis||https://www.independent.ie/
rte|RTÉ News|rte.ie|IE|en ga|P|p|Raidió Teilifís Éireann|https://www.rte.ie/feeds/rss/?index=%2Fnews%2F|https://www.rte.ie/news/
cbc|CBC News|cbc.ca|CA|en|P|p|Canadian Broadcasting Corporation|https://www.cbc.ca/cmlink/rss-topstories https://www.cbc.ca/webfeed/rss/rss-world https://www.cbc.ca/webfeed/rss/rss-politics|https://www.cbc.ca/news
radio-canada|Radio-Canada|ici.radio-canada.ca radio-canada.ca|CA|fr|P|p|Canadian Broadcasting Corporation|https://ici.radio-canada.ca/rss/4159 https://ici.radio-canada.ca/rss/96|https://ici.radio-canada.ca/info
ctvnews|CTV News|ctvnews.ca|CA|en|B|c|Bell Media|https://www.ctvnews.ca/rss/ctvnews-ca-top-stories-public-rss-1.822009|https://www.ctvnews.ca/
globalnews|Global News|globalnews.ca|CA|en|B|c|Corus Entertainment|https://globalnews.ca/feed/ https://globalnews.ca/world/feed/|https://globalnews.ca/
globeandmail|The Globe and Mail|theglobeandmail.com|CA|en|N|v|The Woodbridge Company (Thomson family)|https://www.theglobeandmail.com/arc/outboundfeeds/rss/category/world/ https://www.theglobeandmail.com/arc/outboundfeeds/rss/category/politics/|https://www.theglobeandmail.com/
nationalpost|National Post|nationalpost.com|CA|en|N|c|Postmedia Network|https://nationalpost.com/feed/|https://nationalpost.com/
torontostar|Toronto Star|thestar.com|CA|en|N|v|Nordstar Capital|https://www.thestar.com/content/thestar/feed.RSSManagerServlet.articles.topstories.rss|https://www.thestar.com/
lapresse|La Presse|lapresse.ca|CA|fr|N|n|La Presse (non-profit trust)|https://www.lapresse.ca/actualites/rss|https://www.lapresse.ca/
ledevoir|Le Devoir|ledevoir.com|CA|fr|N|i|Le Devoir (independent)|https://www.ledevoir.com/rss/manchettes.xml|https://www.ledevoir.com/
abc-au|ABC News (Australia)|abc.net.au|AU|en|P|p|Australian Broadcasting Corporation|https://www.abc.net.au/news/feed/51120/rss.xml https://www.abc.net.au/news/feed/52278/rss.xml|https://www.abc.net.au/news
sbs|SBS News|sbs.com.au|AU|en|P|p|Special Broadcasting Service||https://www.sbs.com.au/news
smh|The Sydney Morning Herald|smh.com.au|AU|en|N|c|Nine Entertainment|https://www.smh.com.au/rss/feed.xml|https://www.smh.com.au/
theage|The Age|theage.com.au|AU|en|N|c|Nine Entertainment|https://www.theage.com.au/rss/feed.xml|https://www.theage.com.au/
theaustralian|The Australian|theaustralian.com.au|AU|en|N|c|News Corp Australia||https://www.theaustralian.com.au/
news-com-au|news.com.au|news.com.au|AU|en|D|c|News Corp Australia|https://www.news.com.au/content-feeds/latest-news-world/|https://www.news.com.au/
skynews-au|Sky News Australia|skynews.com.au|AU|en|B|c|News Corp Australia||https://www.skynews.com.au/
rnz|RNZ|rnz.co.nz|NZ|en|P|p|Radio New Zealand (Crown entity)|https://www.rnz.co.nz/rss/world.xml https://www.rnz.co.nz/rss/national.xml|https://www.rnz.co.nz/news
nzherald|The New Zealand Herald|nzherald.co.nz|NZ|en|N|c|NZME||https://www.nzherald.co.nz/
stuff|Stuff|stuff.co.nz|NZ|en|D|v|Sinead Boucher||https://www.stuff.co.nz/
tvnz|1News (TVNZ)|1news.co.nz tvnz.co.nz|NZ|en|P|p|Television New Zealand (Crown entity)||https://www.1news.co.nz/
dw|Deutsche Welle|dw.com|DE|de en es fr ar ru zh-Hans pt uk tr fa hi bn id sw|P|p|Deutsche Welle (federal public broadcaster)|https://rss.dw.com/rdf/rss-en-all https://rss.dw.com/xml/rss-en-world https://rss.dw.com/xml/rss-de-all|https://www.dw.com/
tagesschau|tagesschau (ARD)|tagesschau.de ard.de|DE|de|P|p|ARD (NDR)|https://www.tagesschau.de/xml/rss2/ https://www.tagesschau.de/ausland/index~rss2.xml|https://www.tagesschau.de/
zdf|ZDFheute|zdf.de zdfheute.de|DE|de|P|p|Zweites Deutsches Fernsehen|https://www.zdf.de/rss/zdf/nachrichten|https://www.zdfheute.de/
deutschlandfunk|Deutschlandfunk|deutschlandfunk.de deutschlandradio.de|DE|de|P|p|Deutschlandradio||https://www.deutschlandfunk.de/
spiegel|Der Spiegel|spiegel.de|DE|de en|M|v|Spiegel-Verlag (employee and Bertelsmann owned)|https://www.spiegel.de/schlagzeilen/index.rss https://www.spiegel.de/international/index.rss|https://www.spiegel.de/
zeit|Die Zeit|zeit.de|DE|de|N|v|Holtzbrinck (Zeit Verlagsgruppe)|https://newsfeed.zeit.de/index|https://www.zeit.de/
faz|Frankfurter Allgemeine Zeitung|faz.net|DE|de|N|n|FAZIT Foundation|https://www.faz.net/rss/aktuell/|https://www.faz.net/
sueddeutsche|Süddeutsche Zeitung|sueddeutsche.de|DE|de|N|c|Südwestdeutsche Medien Holding|https://rss.sueddeutsche.de/rss/Topthemen|https://www.sueddeutsche.de/
welt|Die Welt|welt.de|DE|de|N|c|Axel Springer|https://www.welt.de/?service=Rss https://www.welt.de/feeds/latest.rss|https://www.welt.de/
bild|Bild|bild.de|DE|de|N|c|Axel Springer|https://www.bild.de/rss-feeds/rss-16725492,feed=news.bild.html|https://www.bild.de/
taz|taz|taz.de|DE|de|N|k|taz Verlagsgenossenschaft (cooperative)|https://taz.de/!p4608;rss/|https://taz.de/
handelsblatt|Handelsblatt|handelsblatt.com|DE|de|N|v|Handelsblatt Media Group||https://www.handelsblatt.com/
ntv|n-tv|n-tv.de|DE|de|B|c|RTL Group (Bertelsmann)|https://www.n-tv.de/rss|https://www.n-tv.de/
orf|ORF|orf.at|AT|de|P|p|Österreichischer Rundfunk|https://rss.orf.at/news.xml|https://orf.at/
derstandard|Der Standard|derstandard.at|AT|de|N|v|Bronner family|https://www.derstandard.at/rss|https://www.derstandard.at/
diepresse|Die Presse|diepresse.com|AT|de|N|c|Styria Media Group||https://www.diepresse.com/
krone|Kronen Zeitung|krone.at|AT|de|N|c|Mediaprint||https://www.krone.at/
srf|SRF News|srf.ch|CH|de|P|p|SRG SSR|https://www.srf.ch/news/bnf/rss/1646|https://www.srf.ch/news
rts|RTS Info|rts.ch|CH|fr|P|p|SRG SSR||https://www.rts.ch/info/
swissinfo|SWI swissinfo.ch|swissinfo.ch|CH|en de fr it es pt ja zh-Hans ar ru|P|p|SRG SSR||https://www.swissinfo.ch/
nzz|Neue Zürcher Zeitung|nzz.ch|CH|de|N|v|NZZ AG|https://www.nzz.ch/recent.rss|https://www.nzz.ch/
tagesanzeiger|Tages-Anzeiger|tagesanzeiger.ch|CH|de|N|c|TX Group||https://www.tagesanzeiger.ch/
letemps|Le Temps|letemps.ch|CH|fr|N|n|Fondation Aventinus||https://www.letemps.ch/
france24|France 24|france24.com|FR|fr en es ar|P|p|France Médias Monde (French State)|https://www.france24.com/en/rss https://www.france24.com/fr/rss https://www.france24.com/en/europe/rss|https://www.france24.com/
rfi|RFI|rfi.fr|FR|fr en es pt|P|p|France Médias Monde (French State)|https://www.rfi.fr/fr/rss https://www.rfi.fr/en/rss|https://www.rfi.fr/
francetv|franceinfo (France Télévisions)|francetvinfo.fr france.tv franceinfo.fr|FR|fr|P|p|France Télévisions|https://www.francetvinfo.fr/titres.rss https://www.francetvinfo.fr/monde.rss|https://www.francetvinfo.fr/
radiofrance|Radio France|radiofrance.fr franceinter.fr franceculture.fr francebleu.fr|FR|fr|P|p|Radio France||https://www.radiofrance.fr/
tv5monde|TV5Monde|tv5monde.com|FR|fr|P|p|TV5Monde (francophone public broadcasters)||https://information.tv5monde.com/
lemonde|Le Monde|lemonde.fr|FR|fr en|N|v|Groupe Le Monde (Le Monde independence fund)|https://www.lemonde.fr/rss/une.xml https://www.lemonde.fr/international/rss_full.xml https://www.lemonde.fr/en/rss/une.xml|https://www.lemonde.fr/
lefigaro|Le Figaro|lefigaro.fr|FR|fr|N|c|Groupe Dassault|https://www.lefigaro.fr/rss/figaro_actualites.xml https://www.lefigaro.fr/rss/figaro_international.xml|https://www.lefigaro.fr/
liberation|Libération|liberation.fr|FR|fr|N|n|Fonds de dotation pour une presse indépendante|https://www.liberation.fr/arc/outboundfeeds/rss-all/?outputType=xml|https://www.liberation.fr/
lesechos|Les Échos|lesechos.fr|FR|fr|N|c|LVMH||https://www.lesechos.fr/
leparisien|Le Parisien|leparisien.fr|FR|fr|N|c|LVMH||https://www.leparisien.fr/
mediapart|Mediapart|mediapart.fr|FR|fr|D|i|Fonds pour une presse libre|https://www.mediapart.fr/articles/feed|https://www.mediapart.fr/
bfmtv|BFMTV|bfmtv.com|FR|fr|B|c|CMA CGM (CMA Media)|https://www.bfmtv.com/rss/news-24-7/|https://www.bfmtv.com/
cnews|CNews|cnews.fr|FR|fr|B|c|Canal+ (Vivendi / Bolloré)||https://www.cnews.fr/
humanite|L'Humanité|humanite.fr|FR|fr|N|i|Société Nouvelle du journal L'Humanité||https://www.humanite.fr/
ouestfrance|Ouest-France|ouest-france.fr|FR|fr|N|n|Association pour le soutien des principes de la démocratie humaniste||https://www.ouest-france.fr/
vrt|VRT NWS|vrt.be|BE|nl|P|p|Vlaamse Radio- en Televisieomroeporganisatie|https://www.vrt.be/vrtnieuws/nl.rss.articles.xml|https://www.vrt.be/vrtnws/nl/
rtbf|RTBF|rtbf.be|BE|fr|P|p|Radio-télévision belge de la Communauté française||https://www.rtbf.be/info
lesoir|Le Soir|lesoir.be|BE|fr|N|c|Rossel||https://www.lesoir.be/
standaard|De Standaard|standaard.be|BE|nl|N|c|Mediahuis||https://www.standaard.be/
politico-eu|Politico Europe|politico.eu|BE|en|D|c|Axel Springer|https://www.politico.eu/feed/|https://www.politico.eu/
euronews|Euronews|euronews.com|FR|en fr de es it pt ru tr ar fa el hu|B|c|Alpac Capital|https://www.euronews.com/rss?level=theme&name=news|https://www.euronews.com/
euobserver|EUobserver|euobserver.com|BE|en|D|i|EUobserver ASBL||https://euobserver.com/
nos|NOS|nos.nl|NL|nl|P|p|Nederlandse Omroep Stichting|https://feeds.nos.nl/nosnieuwsalgemeen https://feeds.nos.nl/nosnieuwsbuitenland|https://nos.nl/
volkskrant|de Volkskrant|volkskrant.nl|NL|nl|N|c|DPG Media||https://www.volkskrant.nl/
nrc|NRC|nrc.nl|NL|nl|N|c|Mediahuis||https://www.nrc.nl/
telegraaf|De Telegraaf|telegraaf.nl|NL|nl|N|c|Mediahuis||https://www.telegraaf.nl/
rtl-nl|RTL Nieuws|rtl.nl rtlnieuws.nl|NL|nl|B|c|DPG Media||https://www.rtl.nl/nieuws
lux-rtl|RTL Today (Luxembourg)|today.rtl.lu rtl.lu|LU|en lb|B|c|RTL Group||https://today.rtl.lu/
dr|DR|dr.dk|DK|da|P|p|Danmarks Radio|https://www.dr.dk/nyheder/service/feeds/allenyheder https://www.dr.dk/nyheder/service/feeds/udland|https://www.dr.dk/nyheder
tv2-dk|TV 2 Nyheder|nyheder.tv2.dk tv2.dk|DK|da|P|p|TV 2 Danmark (state-owned)||https://nyheder.tv2.dk/
politiken|Politiken|politiken.dk|DK|da|N|n|JP/Politikens Hus||https://politiken.dk/
berlingske|Berlingske|berlingske.dk|DK|da|N|c|Mediahuis||https://www.berlingske.dk/
svt|SVT Nyheter|svt.se|SE|sv|P|p|Sveriges Television|https://www.svt.se/rss.xml https://www.svt.se/nyheter/rss.xml https://www.svt.se/nyheter/utrikes/rss.xml|https://www.svt.se/nyheter/
sverigesradio|Sveriges Radio|sverigesradio.se sr.se|SE|sv|P|p|Sveriges Radio||https://sverigesradio.se/
dn|Dagens Nyheter|dn.se|SE|sv|N|c|Bonnier|https://www.dn.se/rss/|https://www.dn.se/
svd|Svenska Dagbladet|svd.se|SE|sv|N|c|Schibsted||https://www.svd.se/
aftonbladet|Aftonbladet|aftonbladet.se|SE|sv|N|c|Schibsted|https://rss.aftonbladet.se/rss2/small/pages/sections/senastenytt/|https://www.aftonbladet.se/
expressen|Expressen|expressen.se|SE|sv|N|c|Bonnier||https://www.expressen.se/
nrk|NRK|nrk.no|NO|no nb nn|P|p|Norsk rikskringkasting|https://www.nrk.no/toppsaker.rss https://www.nrk.no/urix/toppsaker.rss|https://www.nrk.no/
aftenposten|Aftenposten|aftenposten.no|NO|no|N|c|Schibsted||https://www.aftenposten.no/
vg|VG|vg.no|NO|no|N|c|Schibsted|https://www.vg.no/feed/rss|https://www.vg.no/
yle|Yle|yle.fi|FI|fi sv en|P|p|Yleisradio|http://yle.fi/uutiset/rss/uutiset.rss?osasto=news https://yle.fi/rss/uutiset/paauutiset|https://yle.fi/uutiset
hs|Helsingin Sanomat|hs.fi|FI|fi|N|c|Sanoma|https://www.hs.fi/rss/tuoreimmat.xml|https://www.hs.fi/
ruv|RÚV|ruv.is|IS|is|P|p|Ríkisútvarpið||https://www.ruv.is/
err|ERR News|err.ee|EE|et en ru|P|p|Eesti Rahvusringhääling||https://news.err.ee/
lsm|LSM (Latvian Public Media)|lsm.lv|LV|lv en ru|P|p|Latvijas Sabiedriskais medijs||https://eng.lsm.lv/
lrt|LRT|lrt.lt|LT|lt en|P|p|Lietuvos nacionalinis radijas ir televizija||https://www.lrt.lt/
rtve|RTVE Noticias|rtve.es|ES|es|P|p|Corporación de Radio y Televisión Española|https://api2.rtve.es/rss/temas_noticias.xml|https://www.rtve.es/noticias/
elpais|El País|elpais.com|ES|es en pt|N|c|PRISA|https://feeds.elpais.com/mrss-s/pages/ep/site/elpais.com/portada https://feeds.elpais.com/mrss-s/pages/ep/site/elpais.com/section/internacional/portada|https://elpais.com/
elmundo|El Mundo|elmundo.es|ES|es|N|c|Unidad Editorial (RCS MediaGroup)|https://e00-elmundo.uecdn.es/elmundo/rss/portada.xml|https://www.elmundo.es/
abc-es|ABC (Spain)|abc.es|ES|es|N|c|Vocento|https://www.abc.es/rss/2.0/portada/|https://www.abc.es/
lavanguardia|La Vanguardia|lavanguardia.com|ES|es ca|N|c|Grupo Godó||https://www.lavanguardia.com/
eldiario|elDiario.es|eldiario.es|ES|es|D|i|Diario de Prensa Digital (journalist-owned)|https://www.eldiario.es/rss/|https://www.eldiario.es/
elconfidencial|El Confidencial|elconfidencial.com|ES|es|D|v|Titania Compañía Editorial||https://www.elconfidencial.com/
rtp|RTP Notícias|rtp.pt|PT|pt|P|p|Rádio e Televisão de Portugal||https://www.rtp.pt/noticias/
publico-pt|Público|publico.pt|PT|pt|N|c|Sonae||https://www.publico.pt/
expresso|Expresso|expresso.pt|PT|pt|N|c|Impresa||https://expresso.pt/
rai|Rai News|rainews.it rai.it|IT|it|P|p|RAI – Radiotelevisione italiana|https://www.rainews.it/rss/tutti|https://www.rainews.it/
corriere|Corriere della Sera|corriere.it|IT|it|N|c|RCS MediaGroup (Cairo Communication)|https://xml2.corriereobjects.it/rss/homepage.xml|https://www.corriere.it/
repubblica|la Repubblica|repubblica.it|IT|it|N|c|GEDI Gruppo Editoriale|https://www.repubblica.it/rss/homepage/rss2.0.xml|https://www.repubblica.it/
lastampa|La Stampa|lastampa.it|IT|it|N|c|GEDI Gruppo Editoriale||https://www.lastampa.it/
ilsole24ore|Il Sole 24 Ore|ilsole24ore.com|IT|it|N|o|Confindustria||https://www.ilsole24ore.com/
ilfattoquotidiano|Il Fatto Quotidiano|ilfattoquotidiano.it|IT|it|N|i|Società Editoriale Il Fatto|https://www.ilfattoquotidiano.it/feed/|https://www.ilfattoquotidiano.it/
ilgiornale|il Giornale|ilgiornale.it|IT|it|N|v|Angelucci family||https://www.ilgiornale.it/
tvm|TVM News|tvmnews.mt|MT|en mt|P|p|Public Broadcasting Services (Malta)||https://tvmnews.mt/
timesofmalta|Times of Malta|timesofmalta.com|MT|en|N|v|Allied Newspapers||https://timesofmalta.com/
ert|ERT News|ertnews.gr ert.gr|GR|el en|P|p|Hellenic Broadcasting Corporation||https://www.ertnews.gr/
kathimerini|Kathimerini|kathimerini.gr ekathimerini.com|GR|el en|N|v|Kathimerini Publishing||https://www.ekathimerini.com/
cyprus-mail|Cyprus Mail|cyprus-mail.com|CY|en|N|v|Cyprus Mail Co.|https://cyprus-mail.com/feed/|https://cyprus-mail.com/
trt|TRT World|trtworld.com trthaber.com trt.net.tr|TR|en tr|S|s|Turkish Radio and Television Corporation (state)||https://www.trtworld.com/
dailysabah|Daily Sabah|dailysabah.com|TR|en|N|c|Turkuvaz Media Group||https://www.dailysabah.com/
hurriyet|Hürriyet|hurriyet.com.tr hurriyetdailynews.com|TR|tr en|N|c|Demirören Holding||https://www.hurriyet.com.tr/
cumhuriyet|Cumhuriyet|cumhuriyet.com.tr|TR|tr|N|n|Cumhuriyet Foundation||https://www.cumhuriyet.com.tr/
bianet|Bianet|bianet.org|TR|tr en|D|n|IPS Communication Foundation||https://bianet.org/
tvp|TVP Info|tvp.info tvp.pl|PL|pl|P|p|Telewizja Polska||https://www.tvp.info/
gazeta-wyborcza|Gazeta Wyborcza|wyborcza.pl|PL|pl|N|c|Agora SA||https://wyborcza.pl/
rzeczpospolita|Rzeczpospolita|rp.pl|PL|pl|N|v|Gremi Media||https://www.rp.pl/
notesfrompoland|Notes from Poland|notesfrompoland.com|PL|en|D|i|Notes from Poland Foundation|https://notesfrompoland.com/feed/|https://notesfrompoland.com/
ct|ČT24|ceskatelevize.cz ct24.ceskatelevize.cz|CZ|cs|P|p|Česká televize||https://ct24.ceskatelevize.cz/
irozhlas|iROZHLAS (Czech Radio)|irozhlas.cz rozhlas.cz|CZ|cs|P|p|Český rozhlas||https://www.irozhlas.cz/
rtvs|STVR (Slovak public broadcaster)|rtvs.sk stvr.sk|SK|sk|P|p|Slovenská televízia a rozhlas||https://spravy.stvr.sk/
sme|SME|sme.sk|SK|sk|N|c|Petit Press||https://www.sme.sk/
telex|Telex|telex.hu|HU|hu en|D|n|Telex Foundation (reader-funded)||https://telex.hu/
hungarytoday|Hungary Today|hungarytoday.hu|HU|en|D|s|Hungarian government-funded (MTVA-linked)||https://hungarytoday.hu/
tvr|TVR|tvr.ro|RO|ro|P|p|Societatea Română de Televiziune||https://stiri.tvr.ro/
digi24|Digi24|digi24.ro|RO|ro|B|c|Digi Communications||https://www.digi24.ro/
bnt|BNT|bnt.bg bntnews.bg|BG|bg en|P|p|Bulgarian National Television||https://bntnews.bg/
rts-rs|RTS (Serbia)|rts.rs|RS|sr|P|p|Radio Television of Serbia||https://www.rts.rs/
n1|N1|n1info.rs n1info.hr n1info.ba n1info.si|RS|sr hr bs sl|B|c|United Group||https://n1info.rs/
hrt|HRT|hrt.hr|HR|hr|P|p|Hrvatska radiotelevizija||https://vijesti.hrt.hr/
rtvslo|RTV Slovenija|rtvslo.si|SI|sl en|P|p|Radiotelevizija Slovenija||https://www.rtvslo.si/
suspilne|Suspilne|suspilne.media|UA|uk en|P|p|Public Broadcasting Company of Ukraine||https://suspilne.media/
kyivindependent|The Kyiv Independent|kyivindependent.com|UA|en uk|D|i|The Kyiv Independent (journalist-owned)|https://kyivindependent.com/news-archive/rss/|https://kyivindependent.com/
kyivpost|Kyiv Post|kyivpost.com|UA|en uk|N|v|Adnan Kivan||https://www.kyivpost.com/
pravda-ua|Ukrainska Pravda|pravda.com.ua|UA|uk en|D|v|Dragon Capital (Tomas Fiala)||https://www.pravda.com.ua/
rt|RT|rt.com russian.rt.com actualidad.rt.com francais.rt.com de.rt.com|RU|en ru es fr de ar|S|s|ANO TV-Novosti (Government of Russia)|https://www.rt.com/rss/ https://www.rt.com/rss/news/|https://www.rt.com/
sputnik|Sputnik|sputnikglobe.com sputniknews.com|RU|en ru es fr ar zh-Hans|S|s|Rossiya Segodnya (Government of Russia)|https://sputnikglobe.com/export/rss2/archive/index.xml|https://sputnikglobe.com/
1tv|Channel One Russia|1tv.ru 1tv.com|RU|ru|S|s|Government of Russia (majority)|https://www.1tv.ru/rss/news|https://www.1tv.ru/
rg|Rossiyskaya Gazeta|rg.ru|RU|ru|S|s|Government of Russia|https://rg.ru/xml/index.xml|https://rg.ru/
kommersant|Kommersant|kommersant.ru|RU|ru|N|v|Alisher Usmanov (USM)|https://www.kommersant.ru/RSS/main.xml https://www.kommersant.ru/RSS/news.xml|https://www.kommersant.ru/
meduza|Meduza|meduza.io|LV|ru en|D|i|Meduza (in exile, Riga)|https://meduza.io/rss/all https://meduza.io/rss/en/all|https://meduza.io/
novayagazeta|Novaya Gazeta Europe|novayagazeta.eu|LV|ru en|N|i|Novaya Gazeta Europe (in exile)||https://novayagazeta.eu/
moscowtimes|The Moscow Times|themoscowtimes.com|NL|en ru|D|i|Stichting 2 Oktober|https://www.themoscowtimes.com/rss/news|https://www.themoscowtimes.com/
belta|BelTA|belta.by|BY|ru be en|W|s|Government of Belarus||https://eng.belta.by/
cgtn|CGTN|cgtn.com|CN|en es fr ar ru|S|s|China Media Group (CCP Central Propaganda Department)|https://www.cgtn.com/subscribe/rss/section/world.xml https://www.cgtn.com/subscribe/rss/section/china.xml https://www.cgtn.com/subscribe/rss/section/politics.xml|https://www.cgtn.com/
globaltimes|Global Times|globaltimes.cn|CN|en zh-Hans|S|s|People's Daily (Chinese Communist Party)|https://www.globaltimes.cn/rss/outbrain.xml|https://www.globaltimes.cn/
peoplesdaily|People's Daily|people.com.cn people.cn|CN|zh-Hans en|S|s|Central Committee of the Chinese Communist Party|http://www.people.com.cn/rss/politics.xml http://en.people.cn/rss/90000.xml|http://en.people.cn/
chinadaily|China Daily|chinadaily.com.cn|CN|en zh-Hans|S|s|Central Propaganda Department (CCP)|http://www.chinadaily.com.cn/rss/world_rss.xml http://www.chinadaily.com.cn/rss/china_rss.xml|https://www.chinadaily.com.cn/
cctv|CCTV|cctv.com cntv.cn|CN|zh-Hans|S|s|China Media Group (State Council)||https://www.cctv.com/
thepaper|The Paper (Pengpai)|thepaper.cn sixthtone.com|CN|zh-Hans en|S|s|Shanghai United Media Group (state-owned)||https://www.thepaper.cn/
caixin|Caixin|caixin.com caixinglobal.com|CN|zh-Hans en|D|v|Caixin Media||https://www.caixinglobal.com/
scmp|South China Morning Post|scmp.com|HK|en|N|c|Alibaba Group|https://www.scmp.com/rss/91/feed https://www.scmp.com/rss/2/feed|https://www.scmp.com/
rthk|RTHK|rthk.hk|HK|zh-Hant en|P|s|Government of Hong Kong (RTHK)|https://rthk.hk/rthk/news/rss/e_expressnews_elocal.xml|https://news.rthk.hk/
hkfp|Hong Kong Free Press|hongkongfp.com|HK|en|D|n|Hong Kong Free Press Ltd (non-profit)|https://hongkongfp.com/feed/|https://hongkongfp.com/
taipeitimes|Taipei Times|taipeitimes.com|TW|en|N|v|Liberty Times Group|https://www.taipeitimes.com/xml/index.rss|https://www.taipeitimes.com/
pts|PTS News (Public Television Service)|pts.org.tw news.pts.org.tw|TW|zh-Hant|P|p|Public Television Service Foundation||https://news.pts.org.tw/
ltn|Liberty Times|ltn.com.tw|TW|zh-Hant|N|v|Liberty Times Group||https://news.ltn.com.tw/
udn|United Daily News|udn.com|TW|zh-Hant|N|v|United Daily News Group||https://udn.com/
nhk|NHK|nhk.or.jp nhk.jp|JP|ja en|P|p|Japan Broadcasting Corporation|https://www3.nhk.or.jp/rss/news/cat0.xml https://www3.nhk.or.jp/nhkworld/en/news/feeds/|https://www3.nhk.or.jp/news/
asahi|The Asahi Shimbun|asahi.com|JP|ja en|N|v|The Asahi Shimbun Company|https://www.asahi.com/rss/asahi/newsheadlines.rdf|https://www.asahi.com/
yomiuri|The Yomiuri Shimbun|yomiuri.co.jp|JP|ja en|N|v|Yomiuri Shimbun Holdings||https://www.yomiuri.co.jp/
mainichi|The Mainichi|mainichi.jp|JP|ja en|N|v|The Mainichi Newspapers||https://mainichi.jp/
nikkei|Nikkei|nikkei.com|JP|ja en|N|v|Nikkei Inc.||https://www.nikkei.com/
japantimes|The Japan Times|japantimes.co.jp|JP|en|N|v|News2u Holdings|https://www.japantimes.co.jp/feed/|https://www.japantimes.co.jp/
kbs|KBS|kbs.co.kr|KR|ko en|P|p|Korean Broadcasting System||https://news.kbs.co.kr/
mbc-kr|MBC (Korea)|imbc.com|KR|ko|P|p|Foundation of Broadcast Culture (public)||https://imnews.imbc.com/
koreaherald|The Korea Herald|koreaherald.com|KR|en|N|c|Herald Corporation|https://www.koreaherald.com/rss/newsAll|https://www.koreaherald.com/
koreatimes|The Korea Times|koreatimes.co.kr|KR|en|N|c|Korea Times Co.|https://feed.koreatimes.co.kr/k/allnews.xml|https://www.koreatimes.co.kr/
chosun|The Chosun Ilbo|chosun.com|KR|ko en|N|v|Chosun Ilbo Co.||https://www.chosun.com/
hankyoreh|The Hankyoreh|hani.co.kr|KR|ko en|N|i|Hankyoreh (shareholder-owned by readers)|https://www.hani.co.kr/rss/|https://www.hani.co.kr/
kcna|KCNA|kcna.kp|KP|ko en|W|s|Government of North Korea||http://www.kcna.kp/
dd-news|DD News|ddnews.gov.in|IN|en hi|P|p|Prasar Bharati||https://ddnews.gov.in/
allindiaradio|All India Radio News|newsonair.gov.in|IN|en hi|P|p|Prasar Bharati||https://newsonair.gov.in/
thehindu|The Hindu|thehindu.com|IN|en|N|v|The Hindu Group|https://www.thehindu.com/news/national/feeder/default.rss https://www.thehindu.com/news/international/feeder/default.rss|https://www.thehindu.com/
toi|The Times of India|timesofindia.indiatimes.com timesofindia.com|IN|en|N|c|The Times Group (Bennett, Coleman & Co.)|https://timesofindia.indiatimes.com/rssfeedstopstories.cms https://timesofindia.indiatimes.com/rssfeeds/296589292.cms|https://timesofindia.indiatimes.com/
economictimes|The Economic Times|economictimes.indiatimes.com|IN|en|N|c|The Times Group (Bennett, Coleman & Co.)|https://economictimes.indiatimes.com/rssfeedstopstories.cms|https://economictimes.indiatimes.com/
hindustantimes|Hindustan Times|hindustantimes.com|IN|en|N|c|HT Media (Birla family)|https://www.hindustantimes.com/feeds/rss/india-news/rssfeed.xml https://www.hindustantimes.com/feeds/rss/world-news/rssfeed.xml|https://www.hindustantimes.com/
indianexpress|The Indian Express|indianexpress.com|IN|en|N|v|Indian Express Group|https://indianexpress.com/section/india/feed/ https://indianexpress.com/section/world/feed/|https://indianexpress.com/
ndtv|NDTV|ndtv.com|IN|en hi|B|c|Adani Group|https://feeds.feedburner.com/ndtvnews-top-stories https://feeds.feedburner.com/ndtvnews-world-news|https://www.ndtv.com/
indiatoday|India Today|indiatoday.in|IN|en|M|c|Living Media (India Today Group)|https://www.indiatoday.in/rss/home|https://www.indiatoday.in/
thewire-in|The Wire (India)|thewire.in|IN|en hi|D|n|Foundation for Independent Journalism||https://thewire.in/
scroll|Scroll.in|scroll.in|IN|en|D|v|Scroll Media||https://scroll.in/
republicworld|Republic World|republicworld.com|IN|en hi|B|v|ARG Outlier Media||https://www.republicworld.com/
opindia|OpIndia|opindia.com|IN|en hi|D|v|Aadhyaasi Media and Content Services||https://www.opindia.com/
devdiscourse|Devdiscourse|devdiscourse.com|IN|en|D|v|VisionRI Connexion Services|https://www.devdiscourse.com/rss/news|https://www.devdiscourse.com/
dawn|Dawn|dawn.com|PK|en|N|v|Dawn Media Group|https://www.dawn.com/feeds/home https://www.dawn.com/feeds/world|https://www.dawn.com/
geo|Geo News|geo.tv|PK|en ur|B|v|Jang Group|https://www.geo.tv/rss/1/1|https://www.geo.tv/
tribune-pk|The Express Tribune|tribune.com.pk|PK|en|N|v|Lakson Group|https://tribune.com.pk/feed/home|https://tribune.com.pk/
ptv|PTV News|ptv.com.pk|PK|ur en|P|s|Pakistan Television Corporation (state)||https://ptv.com.pk/
dailystar-bd|The Daily Star (Bangladesh)|thedailystar.net|BD|en|N|v|Mediaworld (Transcom Group)|https://www.thedailystar.net/frontpage/rss.xml|https://www.thedailystar.net/
prothomalo|Prothom Alo|prothomalo.com|BD|bn en|N|v|Transcom Group||https://www.prothomalo.com/
dailymirror-lk|Daily Mirror (Sri Lanka)|dailymirror.lk|LK|en|N|v|Wijeya Newspapers||https://www.dailymirror.lk/
kathmandupost|The Kathmandu Post|kathmandupost.com|NP|en|N|v|Kantipur Media Group||https://kathmandupost.com/
straitstimes|The Straits Times|straitstimes.com|SG|en|N|n|SPH Media Trust|https://www.straitstimes.com/news/world/rss.xml https://www.straitstimes.com/news/singapore/rss.xml|https://www.straitstimes.com/
cna-sg|CNA (Channel NewsAsia)|channelnewsasia.com|SG|en|B|s|Mediacorp (Temasek Holdings)|https://www.channelnewsasia.com/rssfeeds/8395986 https://www.channelnewsasia.com/api/v1/rss-outbound-feed?_format=xml|https://www.channelnewsasia.com/
thestar-my|The Star (Malaysia)|thestar.com.my|MY|en|N|c|Star Media Group (MCA-linked)|https://www.thestar.com.my/rss/News/Nation|https://www.thestar.com.my/
malaysiakini|Malaysiakini|malaysiakini.com|MY|en ms zh-Hans|D|i|Mkini Dotcom||https://www.malaysiakini.com/
malaymail|Malay Mail|malaymail.com|MY|en|N|v|Malay Mail Sdn Bhd|https://www.malaymail.com/feed/rss/malaysia|https://www.malaymail.com/
kompas|Kompas|kompas.com kompas.id|ID|id|N|v|Kompas Gramedia||https://www.kompas.com/
tempo-id|Tempo|tempo.co|ID|id en|M|v|Tempo Inti Media||https://www.tempo.co/
jakartapost|The Jakarta Post|thejakartapost.com|ID|en|N|v|Bina Media Tenggara||https://www.thejakartapost.com/
detik|detikcom|detik.com|ID|id|D|c|CT Corp|https://news.detik.com/rss|https://www.detik.com/
inquirer|Philippine Daily Inquirer|inquirer.net|PH|en|N|c|Inquirer Group (Prieto family)|https://www.inquirer.net/fullfeed https://newsinfo.inquirer.net/feed|https://www.inquirer.net/
rappler|Rappler|rappler.com|PH|en tl|D|i|Rappler Holdings (journalist-owned)|https://www.rappler.com/feed/|https://www.rappler.com/
philstar|The Philippine Star|philstar.com|PH|en|N|c|MediaQuest Holdings||https://www.philstar.com/
abs-cbn|ABS-CBN News|abs-cbn.com news.abs-cbn.com|PH|en tl|B|c|ABS-CBN Corporation||https://news.abs-cbn.com/
gma|GMA News|gmanetwork.com|PH|en tl|B|c|GMA Network Inc.|https://data.gmanetwork.com/gno/rss/news/feed.xml|https://www.gmanetwork.com/news/
bangkokpost|Bangkok Post|bangkokpost.com|TH|en|N|c|Post Publishing PCL|https://www.bangkokpost.com/rss/data/topstories.xml|https://www.bangkokpost.com/
thaipbs|Thai PBS|thaipbs.or.th thaipbsworld.com|TH|th en|P|p|Thai Public Broadcasting Service||https://www.thaipbsworld.com/
vnexpress|VnExpress|vnexpress.net e.vnexpress.net|VN|vi en|D|s|FPT Corporation (under state press law)|https://vnexpress.net/rss/tin-moi-nhat.rss https://e.vnexpress.net/rss/news.rss|https://vnexpress.net/
tuoitre|Tuổi Trẻ|tuoitre.vn|VN|vi|N|s|Ho Chi Minh Communist Youth Union|https://tuoitre.vn/rss/tin-moi-nhat.rss|https://tuoitre.vn/
aljazeera|Al Jazeera|aljazeera.com aljazeera.net|QA|en ar|S|s|Al Jazeera Media Network (funded by the State of Qatar)|https://www.aljazeera.com/xml/rss/all.xml|https://www.aljazeera.com/
alarabiya|Al Arabiya|alarabiya.net english.alarabiya.net|SA|ar en|B|s|MBC Group (Saudi state-controlled)|https://english.alarabiya.net/feed/rss2/en.xml|https://english.alarabiya.net/
arabnews|Arab News|arabnews.com|SA|en|N|s|Saudi Research and Media Group|https://www.arabnews.com/cat/1/rss.xml|https://www.arabnews.com/
thenational|The National (UAE)|thenationalnews.com|AE|en|N|s|International Media Investments (Abu Dhabi royal family)|https://www.thenationalnews.com/arc/outboundfeeds/rss/?outputType=xml|https://www.thenationalnews.com/
gulfnews|Gulf News|gulfnews.com|AE|en|N|c|Al Nisr Publishing||https://gulfnews.com/
khaleejtimes|Khaleej Times|khaleejtimes.com|AE|en|N|c|Galadari family||https://www.khaleejtimes.com/
skynewsarabia|Sky News Arabia|skynewsarabia.com|AE|ar|B|c|Abu Dhabi Media Investment Corp. and Sky||https://www.skynewsarabia.com/
middleeasteye|Middle East Eye|middleeasteye.net|GB|en ar fr|D|v|M.E.E. Ltd|https://www.middleeasteye.net/rss|https://www.middleeasteye.net/
alahram|Al-Ahram|ahram.org.eg english.ahram.org.eg|EG|ar en|S|s|Government of Egypt|https://english.ahram.org.eg/UI/Front/RSS.aspx|https://english.ahram.org.eg/
madamasr|Mada Masr|madamasr.com|EG|ar en|D|i|Mada Masr (independent)||https://www.madamasr.com/
presstv|Press TV|presstv.ir|IR|en|S|s|IRIB (Islamic Republic of Iran Broadcasting)|https://www.presstv.ir/rss.xml|https://www.presstv.ir/
tehrantimes|Tehran Times|tehrantimes.com|IR|en|S|s|Islamic Propagation Organization (state)|https://www.tehrantimes.com/rss|https://www.tehrantimes.com/
iranintl|Iran International|iranintl.com|GB|fa en|B|v|Volant Media (Saudi-linked funding)||https://www.iranintl.com/en
almayadeen|Al Mayadeen|almayadeen.net english.almayadeen.net|LB|ar en|B|v|Al Mayadeen (Hezbollah-aligned)||https://english.almayadeen.net/
lorientlejour|L'Orient-Le Jour|lorientlejour.com|LB|fr en|N|v|Société Générale de Presse et d'Édition|https://www.lorientlejour.com/rss|https://www.lorientlejour.com/
timesofisrael|The Times of Israel|timesofisrael.com|IL|en fr ar|D|v|The Times of Israel (David Horovitz, Seth Klarman)|https://www.timesofisrael.com/feed/|https://www.timesofisrael.com/
haaretz|Haaretz|haaretz.com haaretz.co.il|IL|en he|N|v|Schocken family and M. DuMont Schauberg|https://www.haaretz.com/srv/haaretz-latest-headlines|https://www.haaretz.com/
jpost|The Jerusalem Post|jpost.com|IL|en|N|v|Eli Azur|https://www.jpost.com/RSS/RssFeedsFrontPage.aspx|https://www.jpost.com/
ynet|Ynet|ynetnews.com ynet.co.il|IL|en he|D|c|Yedioth Ahronoth Group|https://www.ynetnews.com/Integration/StoryRss3089.xml|https://www.ynetnews.com/
kan|Kan|kan.org.il|IL|he|P|p|Israeli Public Broadcasting Corporation||https://www.kan.org.il/
i24news|i24NEWS|i24news.tv|IL|en fr ar|B|v|Altice (Patrick Drahi)||https://www.i24news.tv/
wafa|WAFA|wafa.ps english.wafa.ps|PS|ar en|W|s|Palestinian Authority||https://english.wafa.ps/
jordantimes|The Jordan Times|jordantimes.com|JO|en|N|s|Jordan Press Foundation (state majority)||https://jordantimes.com/
petra|Petra News Agency|petra.gov.jo|JO|ar en|W|s|Government of Jordan||https://petra.gov.jo/
rudaw|Rudaw|rudaw.net|IQ|ku ar en|B|v|Rudaw Media Network (KDP-linked)||https://www.rudaw.net/english
egyptindependent|Egypt Independent|egyptindependent.com|EG|en|D|v|Al-Masry Al-Youm||https://www.egyptindependent.com/
sabc|SABC News|sabcnews.com sabc.co.za|ZA|en|P|p|South African Broadcasting Corporation|https://www.sabcnews.com/sabcnews/feed/|https://www.sabcnews.com/
news24|News24|news24.com|ZA|en|D|c|Naspers (Media24)|https://feeds.news24.com/articles/news24/TopStories/rss|https://www.news24.com/
dailymaverick|Daily Maverick|dailymaverick.co.za|ZA|en|D|i|Daily Maverick (independent)|https://www.dailymaverick.co.za/dmrss/|https://www.dailymaverick.co.za/
mg|Mail & Guardian|mg.co.za|ZA|en|N|v|Adamela Trust||https://mg.co.za/
iol|IOL|iol.co.za|ZA|en|D|c|Independent Media (Sekunjalo)||https://www.iol.co.za/
premiumtimes|Premium Times|premiumtimesng.com|NG|en|D|i|Premium Times Services|https://www.premiumtimesng.com/feed|https://www.premiumtimesng.com/
punch|The Punch|punchng.com|NG|en|N|v|Punch Nigeria Ltd|https://punchng.com/feed/|https://punchng.com/
vanguard-ng|Vanguard (Nigeria)|vanguardngr.com|NG|en|N|v|Vanguard Media|https://www.vanguardngr.com/feed/|https://www.vanguardngr.com/
guardian-ng|The Guardian (Nigeria)|guardian.ng|NG|en|N|v|Guardian Newspapers Ltd|https://guardian.ng/feed/|https://guardian.ng/
channelstv|Channels Television|channelstv.com|NG|en|B|v|Channels Media Group|https://www.channelstv.com/feed/|https://www.channelstv.com/
nta|NTA News|nta.ng|NG|en|P|s|Nigerian Television Authority (state)||https://www.nta.ng/
nation-ke|Nation (Kenya)|nation.africa|KE|en sw|N|c|Nation Media Group|https://nation.africa/kenya/rss.xml|https://nation.africa/
standard-ke|The Standard (Kenya)|standardmedia.co.ke|KE|en|N|c|Standard Group|https://www.standardmedia.co.ke/rss/headlines.php|https://www.standardmedia.co.ke/
kbc|KBC|kbc.co.ke|KE|en sw|P|s|Kenya Broadcasting Corporation (state)||https://www.kbc.co.ke/
citizen-tz|The Citizen (Tanzania)|thecitizen.co.tz|TZ|en|N|c|Mwananchi Communications (Nation Media Group)||https://www.thecitizen.co.tz/
graphic-gh|Graphic Online|graphic.com.gh|GH|en|N|s|Graphic Communications Group (state-owned)||https://www.graphic.com.gh/
myjoyonline|MyJoyOnline|myjoyonline.com|GH|en|D|v|Multimedia Group||https://www.myjoyonline.com/
gbc|GBC|gbcghanaonline.com|GH|en|P|p|Ghana Broadcasting Corporation||https://www.gbcghanaonline.com/
addisstandard|Addis Standard|addisstandard.com|ET|en|D|i|Addis Standard||https://addisstandard.com/
ebc|EBC (Ethiopia)|ebc.et|ET|am en|S|s|Ethiopian Broadcasting Corporation (state)||https://www.ebc.et/
newtimes-rw|The New Times (Rwanda)|newtimes.co.rw|RW|en|N|s|Rwanda Printing and Publishing (state-linked)||https://www.newtimes.co.rw/
monitor-ug|Daily Monitor|monitor.co.ug|UG|en|N|c|Nation Media Group||https://www.monitor.co.ug/
hespress|Hespress|hespress.com en.hespress.com|MA|ar fr en|D|v|Hespress Media||https://en.hespress.com/
aps-dz|Algérie Presse Service|aps.dz|DZ|ar fr en|W|s|Government of Algeria||https://www.aps.dz/
tap-tn|TAP (Tunis Afrique Presse)|tap.info.tn|TN|ar fr en|W|s|Government of Tunisia||https://www.tap.info.tn/
africanews|Africanews|africanews.com|CG|en fr|B|c|Euronews (Alpac Capital)|https://www.africanews.com/feed/|https://www.africanews.com/
globo|g1 (Globo)|globo.com g1.globo.com|BR|pt|B|c|Grupo Globo|https://g1.globo.com/rss/g1/ https://g1.globo.com/rss/g1/mundo/|https://g1.globo.com/
folha|Folha de S.Paulo|folha.uol.com.br|BR|pt en|N|v|Grupo Folha|https://feeds.folha.uol.com.br/emcimadahora/rss091.xml https://feeds.folha.uol.com.br/mundo/rss091.xml|https://www.folha.uol.com.br/
estadao|O Estado de S. Paulo|estadao.com.br|BR|pt|N|v|Grupo Estado (Mesquita family)||https://www.estadao.com.br/
oglobo|O Globo|oglobo.globo.com|BR|pt|N|c|Grupo Globo||https://oglobo.globo.com/
uol|UOL|uol.com.br|BR|pt|D|c|Grupo Folha|https://rss.uol.com.br/feed/noticias.xml|https://www.uol.com.br/
cnnbrasil|CNN Brasil|cnnbrasil.com.br|BR|pt|B|v|Novus Mídia (license from Warner Bros. Discovery)|https://www.cnnbrasil.com.br/rss/|https://www.cnnbrasil.com.br/
brasildefato|Brasil de Fato|brasildefato.com.br|BR|pt en es|D|n|Brasil de Fato (linked to social movements)||https://www.brasildefato.com.br/
clarin|Clarín|clarin.com|AR|es|N|c|Grupo Clarín|https://www.clarin.com/rss/lo-ultimo/|https://www.clarin.com/
lanacion-ar|La Nación (Argentina)|lanacion.com.ar|AR|es|N|v|S.A. La Nación (Mitre family)|https://www.lanacion.com.ar/arc/outboundfeeds/rss/?outputType=xml|https://www.lanacion.com.ar/
pagina12|Página/12|pagina12.com.ar|AR|es|N|c|Grupo Octubre||https://www.pagina12.com.ar/
infobae|Infobae|infobae.com|AR|es en|D|v|Daniel Hadad|https://www.infobae.com/arc/outboundfeeds/rss/|https://www.infobae.com/
eluniversal-mx|El Universal (Mexico)|eluniversal.com.mx|MX|es|N|v|Juan Francisco Ealy Ortiz|https://www.eluniversal.com.mx/rss.xml|https://www.eluniversal.com.mx/
reforma|Reforma|reforma.com|MX|es|N|v|Grupo Reforma||https://www.reforma.com/
jornada|La Jornada|jornada.com.mx|MX|es|N|k|DEMOS, Desarrollo de Medios (staff cooperative)|https://www.jornada.com.mx/rss/edicion.xml|https://www.jornada.com.mx/
milenio|Milenio|milenio.com|MX|es|N|c|Grupo Multimedios||https://www.milenio.com/
proceso|Proceso|proceso.com.mx|MX|es|M|v|Comunicación e Información S.A.||https://www.proceso.com.mx/
animalpolitico|Animal Político|animalpolitico.com|MX|es|D|i|Animal Político||https://www.animalpolitico.com/
eltiempo|El Tiempo|eltiempo.com|CO|es|N|c|Organización Luis Carlos Sarmiento Angulo|https://www.eltiempo.com/rss.xml|https://www.eltiempo.com/
elespectador|El Espectador|elespectador.com|CO|es|N|c|Grupo Santo Domingo (Valorem)||https://www.elespectador.com/
semana|Semana|semana.com|CO|es|M|c|Grupo Gilinski||https://www.semana.com/
latercera|La Tercera|latercera.com|CL|es|N|c|Grupo Copesa|https://www.latercera.com/arc/outboundfeeds/rss/?outputType=xml|https://www.latercera.com/
emol|El Mercurio (Emol)|emol.com elmercurio.com|CL|es|N|c|El Mercurio S.A.P. (Edwards family)||https://www.emol.com/
biobiochile|BioBioChile|biobiochile.cl|CL|es|D|v|Bío-Bío Comunicaciones||https://www.biobiochile.cl/
elcomercio-pe|El Comercio (Peru)|elcomercio.pe|PE|es|N|c|Grupo El Comercio||https://elcomercio.pe/
larepublica-pe|La República (Peru)|larepublica.pe|PE|es|N|c|Grupo La República||https://larepublica.pe/
telesur|teleSUR|telesurtv.net telesurenglish.net|VE|es en|S|s|Venezuelan state (with other ALBA states)|https://www.telesurtv.net/rss/RssPortada.xml|https://www.telesurtv.net/
efectococuyo|Efecto Cocuyo|efectococuyo.com|VE|es|D|i|Efecto Cocuyo||https://efectococuyo.com/
granma|Granma|granma.cu|CU|es en|S|s|Communist Party of Cuba|https://www.granma.cu/feed|https://www.granma.cu/
elnuevoherald|El Nuevo Herald|elnuevoherald.com|US|es|N|c|McClatchy (Chatham Asset Management)||https://www.elnuevoherald.com/
univision|Univision Noticias|univision.com|US|es|B|c|TelevisaUnivision||https://www.univision.com/noticias
telemundo|Noticias Telemundo|telemundo.com|US|es|B|c|Comcast (NBCUniversal)||https://www.telemundo.com/noticias
`;
