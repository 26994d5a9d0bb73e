// Hand-curated facts about US outlets (identity, domains, type, owner, feeds) for the catalog compiler.
// CLI-only input of lib/catalog/compile.ts; never imported by the extension. Ratings are NOT typed here:
// the compiler attaches them from the providers' published tables.
// Line format: id|name|domains|country|languages|type|ownership|owner|feeds|homepage
// type: W wire, N newspaper, B broadcaster, P public broadcaster, D digital, M magazine, S state media.
// ownership: i independent, c corporate, p public broadcaster, s state-controlled, n nonprofit, v private, k cooperative.

export const CURATED_US = `
apnews|Associated Press|apnews.com ap.org|US|en|W|k|Associated Press (cooperative)|https://apnews.com/index.rss https://apnews.com/world-news.rss https://apnews.com/politics.rss|https://apnews.com/
cnn|CNN|cnn.com|US|en|B|c|Warner Bros. Discovery|http://rss.cnn.com/rss/edition.rss http://rss.cnn.com/rss/edition_world.rss http://rss.cnn.com/rss/cnn_topstories.rss http://rss.cnn.com/rss/cnn_allpolitics.rss|https://www.cnn.com/
cnn-opinion|CNN Opinion||US|en|B|c|Warner Bros. Discovery||https://www.cnn.com/opinions
foxnews|Fox News|foxnews.com|US|en|B|c|Fox Corporation|https://moxie.foxnews.com/google-publisher/latest.xml http://feeds.foxnews.com/foxnews/latest https://moxie.foxnews.com/google-publisher/world.xml https://moxie.foxnews.com/google-publisher/politics.xml|https://www.foxnews.com/
foxnews-opinion|Fox News Opinion||US|en|B|c|Fox Corporation|https://moxie.foxnews.com/google-publisher/opinion.xml|https://www.foxnews.com/opinion
foxbusiness|Fox Business|foxbusiness.com|US|en|B|c|Fox Corporation|https://moxie.foxbusiness.com/google-publisher/latest.xml|
npr|NPR|npr.org|US|en|P|n|National Public Radio, Inc.|https://feeds.npr.org/1001/rss.xml https://feeds.npr.org/1004/rss.xml http://www.npr.org/rss/rss.php?id=1004 https://feeds.npr.org/1014/rss.xml|https://www.npr.org/
pbs-newshour|PBS NewsHour|pbs.org|US|en|P|n|NewsHour Productions (WETA)|https://www.pbs.org/newshour/feeds/rss/headlines https://www.pbs.org/newshour/feeds/rss/world https://www.pbs.org/newshour/feeds/rss/politics|https://www.pbs.org/newshour/
nytimes|The New York Times|nytimes.com nyti.ms|US|en|N|c|The New York Times Company|https://rss.nytimes.com/services/xml/rss/nyt/HomePage.xml https://rss.nytimes.com/services/xml/rss/nyt/World.xml https://rss.nytimes.com/services/xml/rss/nyt/Politics.xml|https://www.nytimes.com/
nytimes-opinion|The New York Times Opinion||US|en|N|c|The New York Times Company|https://rss.nytimes.com/services/xml/rss/nyt/Opinion.xml|https://www.nytimes.com/section/opinion
washingtonpost|The Washington Post|washingtonpost.com wapo.st|US|en|N|v|Nash Holdings (Jeff Bezos)|http://feeds.washingtonpost.com/rss/world https://feeds.washingtonpost.com/rss/politics https://feeds.washingtonpost.com/rss/national|https://www.washingtonpost.com/
wsj|The Wall Street Journal|wsj.com|US|en|N|c|News Corp (Dow Jones)|https://feeds.a.dj.com/rss/RSSWorldNews.xml https://feeds.a.dj.com/rss/RSSWSJD.xml|https://www.wsj.com/
usatoday|USA Today|usatoday.com|US|en|N|c|Gannett|http://rssfeeds.usatoday.com/usatoday-NewsTopStories https://rssfeeds.usatoday.com/UsatodaycomWorld-TopStories|https://www.usatoday.com/
nbcnews|NBC News|nbcnews.com|US|en|B|c|Comcast (NBCUniversal)|http://feeds.nbcnews.com/feeds/topstories https://feeds.nbcnews.com/nbcnews/public/news http://feeds.nbcnews.com/feeds/worldnews|https://www.nbcnews.com/
msnbc|MSNBC (MS NOW)|msnbc.com ms.now|US|en|B|c|Versant Media|https://www.msnbc.com/feeds/latest|https://www.msnbc.com/
cbsnews|CBS News|cbsnews.com|US|en|B|c|Paramount Skydance|https://www.cbsnews.com/latest/rss/main https://www.cbsnews.com/latest/rss/world https://www.cbsnews.com/latest/rss/politics|https://www.cbsnews.com/
abcnews|ABC News|abcnews.go.com abcnews.com|US|en|B|c|The Walt Disney Company|https://abcnews.go.com/abcnews/topstories https://abcnews.go.com/abcnews/internationalheadlines https://abcnews.go.com/abcnews/politicsheadlines|https://abcnews.go.com/
huffpost|HuffPost|huffpost.com huffingtonpost.com|US|en|D|c|BuzzFeed, Inc.|https://www.huffpost.com/section/world-news/feed https://www.huffpost.com/section/front-page/feed https://www.huffpost.com/section/politics/feed|https://www.huffpost.com/
breitbart|Breitbart News|breitbart.com|US|en|D|v|Breitbart News Network|http://feeds.feedburner.com/breitbart https://feeds.feedburner.com/breitbart|https://www.breitbart.com/
dailywire|The Daily Wire|dailywire.com|US|en|D|v|Daily Wire LLC|https://www.dailywire.com/feeds/rss.xml|https://www.dailywire.com/
nypost|New York Post|nypost.com|US|en|N|c|News Corp|https://nypost.com/feed/ http://nypost.com/news/feed/|https://nypost.com/
nypost-opinion|New York Post Opinion||US|en|N|c|News Corp|https://nypost.com/opinion/feed/|https://nypost.com/opinion/
washingtonexaminer|Washington Examiner|washingtonexaminer.com|US|en|M|v|Clarity Media Group (Philip Anschutz)|https://www.washingtonexaminer.com/feed|
bloomberg|Bloomberg|bloomberg.com|US|en|D|v|Bloomberg L.P.|https://feeds.bloomberg.com/markets/news.rss https://feeds.bloomberg.com/politics/news.rss|
cnbc|CNBC|cnbc.com|US|en|B|c|Versant Media|https://www.cnbc.com/id/100003114/device/rss/rss.html https://www.cnbc.com/id/100727362/device/rss/rss.html|
politico|Politico|politico.com|US|en|D|c|Axel Springer|https://rss.politico.com/politics-news.xml https://rss.politico.com/congress.xml|
thehill|The Hill|thehill.com|US|en|D|c|Nexstar Media Group|https://thehill.com/feed/ https://thehill.com/homenews/feed/|
axios|Axios|axios.com|US|en|D|c|Cox Enterprises|https://api.axios.com/feed/|
newsweek|Newsweek|newsweek.com|US|en|M|v|Newsweek Publishing LLC|https://www.newsweek.com/rss|
time|Time|time.com|US|en|M|v|Marc and Lynne Benioff|https://time.com/feed/|
theatlantic|The Atlantic|theatlantic.com|US|en|M|v|Emerson Collective|https://www.theatlantic.com/feed/all/|
newyorker|The New Yorker|newyorker.com|US|en|M|c|Condé Nast (Advance)|https://www.newyorker.com/feed/news|
vox|Vox|vox.com|US|en|D|c|Vox Media|https://www.vox.com/rss/index.xml|
slate|Slate|slate.com|US|en|M|c|Graham Holdings|http://feeds.slate.com/slate|
motherjones|Mother Jones|motherjones.com|US|en|M|n|Foundation for National Progress|https://www.motherjones.com/feed/|
thenation|The Nation|thenation.com|US|en|M|v|The Nation Company|https://www.thenation.com/feed/?post_type=article|
jacobin|Jacobin|jacobin.com jacobinmag.com|US|en|M|i|Jacobin Foundation|https://jacobin.com/feed/|
democracynow|Democracy Now!|democracynow.org|US|en|B|n|Democracy Now! Productions|https://www.democracynow.org/democracynow.rss|
theintercept|The Intercept|theintercept.com|US|en|D|n|The Intercept Media, Inc.|https://theintercept.com/feed/|
commondreams|Common Dreams|commondreams.org|US|en|D|n|Common Dreams, Inc.|https://www.commondreams.org/feeds/feed.rss|
alternet|AlterNet|alternet.org|US|en|D|v|AlterNet Media|https://www.alternet.org/feeds/feed.rss|
rawstory|Raw Story|rawstory.com|US|en|D|v|Raw Story Media|https://www.rawstory.com/feeds/feed.rss|
dailybeast|The Daily Beast|thedailybeast.com|US|en|D|c|IAC|https://feeds.thedailybeast.com/rss/articles|
salon|Salon|salon.com|US|en|D|v|Salon Media Group|https://www.salon.com/feed/|
latimes|Los Angeles Times|latimes.com|US|en|N|v|Patrick Soon-Shiong|https://www.latimes.com/world-nation/rss2.0.xml https://www.latimes.com/politics/rss2.0.xml|
chicagotribune|Chicago Tribune|chicagotribune.com|US|en|N|c|Tribune Publishing (Alden Global Capital)|https://www.chicagotribune.com/feed/|
bostonglobe|The Boston Globe|bostonglobe.com|US|en|N|v|Boston Globe Media Partners|https://www.bostonglobe.com/arc/outboundfeeds/rss/?outputType=xml|
sfchronicle|San Francisco Chronicle|sfchronicle.com|US|en|N|c|Hearst Communications|https://www.sfchronicle.com/feed/feed.xml|
sfgate|SFGATE|sfgate.com|US|en|D|c|Hearst Communications||https://www.sfgate.com/
csmonitor|The Christian Science Monitor|csmonitor.com|US|en|N|n|The First Church of Christ, Scientist|http://rss.csmonitor.com/feeds/csm https://rss.csmonitor.com/feeds/world https://rss.csmonitor.com/feeds/usa|
forbes|Forbes|forbes.com|US|en|M|c|Integrated Whale Media Investments|https://www.forbes.com/real-time/feed2/|
marketwatch|MarketWatch|marketwatch.com|US|en|D|c|News Corp (Dow Jones)|https://feeds.content.dowjones.io/public/rss/mw_topstories|
realclearpolitics|RealClearPolitics|realclearpolitics.com|US|en|D|v|RealClear Media Group|https://www.realclearpolitics.com/index.xml|
newsnation|NewsNation|newsnationnow.com|US|en|B|c|Nexstar Media Group|https://www.newsnationnow.com/feed/|
thedispatch|The Dispatch|thedispatch.com|US|en|D|i|The Dispatch Media|https://thedispatch.com/feed/|
reason|Reason|reason.com|US|en|M|n|Reason Foundation|https://reason.com/feed/|
washingtontimes|The Washington Times|washingtontimes.com|US|en|N|v|Operations Holdings (Unification Church)|https://www.washingtontimes.com/rss/headlines/news/ https://www.washingtontimes.com/rss/headlines/news/politics/|
nationalreview|National Review|nationalreview.com|US|en|M|n|National Review Institute|https://www.nationalreview.com/feed/|
newsmax|Newsmax|newsmax.com|US|en|B|v|Newsmax Media|https://www.newsmax.com/rss/Newsfront/16/ https://www.newsmax.com/rss/Politics/1/|
oann|One America News Network|oann.com|US|en|B|v|Herring Networks|https://www.oann.com/feed/|
theblaze|TheBlaze|theblaze.com|US|en|D|v|Blaze Media|https://www.theblaze.com/feeds/feed.rss|
dailycaller|The Daily Caller|dailycaller.com|US|en|D|v|Daily Caller, Inc.|https://dailycaller.com/feed/|
thefederalist|The Federalist|thefederalist.com|US|en|D|v|FDRLST Media|https://thefederalist.com/feed/|
dailysignal|The Daily Signal|dailysignal.com|US|en|D|n|The Heritage Foundation|https://www.dailysignal.com/feed/|
freebeacon|Washington Free Beacon|freebeacon.com|US|en|D|n|Center for American Freedom|https://freebeacon.com/feed/|
townhall|Townhall|townhall.com|US|en|D|c|Salem Media Group|https://townhall.com/feed|
redstate|RedState|redstate.com|US|en|D|c|Salem Media Group|https://redstate.com/feed|
pjmedia|PJ Media|pjmedia.com|US|en|D|c|Salem Media Group|https://pjmedia.com/feed|
hotair|Hot Air|hotair.com|US|en|D|c|Salem Media Group|https://hotair.com/feed|
twitchy|Twitchy|twitchy.com|US|en|D|c|Salem Media Group|https://twitchy.com/feed|
amconmag|The American Conservative|theamericanconservative.com|US|en|M|n|American Ideas Institute|https://www.theamericanconservative.com/feed/|
amspectator|The American Spectator|spectator.org|US|en|M|n|American Spectator Foundation|https://spectator.org/feed/|
gatewaypundit|The Gateway Pundit|thegatewaypundit.com|US|en|D|v|Jim Hoft|https://www.thegatewaypundit.com/feed/|
westernjournal|The Western Journal|westernjournal.com|US|en|D|v|Liftable Media|https://www.westernjournal.com/feed/|
bizpacreview|BizPac Review|bizpacreview.com|US|en|D|v|BizPac Review|https://www.bizpacreview.com/feed/|
postmillennial|The Post Millennial|thepostmillennial.com|CA|en|D|v|Human Events Media Group|https://thepostmillennial.com/feed|
newsbusters|NewsBusters|newsbusters.org|US|en|D|n|Media Research Center|https://www.newsbusters.org/blog/feed|
lifenews|LifeNews|lifenews.com|US|en|D|v|LifeNews.com|https://www.lifenews.com/feed/|
epochtimes|The Epoch Times|theepochtimes.com|US|en|N|v|Epoch Media Group|https://www.theepochtimes.com/feed|
wnd|WND|wnd.com|US|en|D|v|WorldNetDaily.com, Inc.|https://www.wnd.com/feed/|
frontpagemag|FrontPage Magazine|frontpagemag.com|US|en|M|n|David Horowitz Freedom Center|https://www.frontpagemag.com/feed/|
thenewamerican|The New American|thenewamerican.com|US|en|M|n|John Birch Society|https://thenewamerican.com/feed/|
ijr|IJR|ijr.com|US|en|D|v|IJR Media|https://ijr.com/feed/|
powerline|Power Line|powerlineblog.com|US|en|D|i|Power Line|https://www.powerlineblog.com/feed|
legalinsurrection|Legal Insurrection|legalinsurrection.com|US|en|D|n|Legal Insurrection Foundation|https://legalinsurrection.com/feed/|
amgreatness|American Greatness|amgreatness.com|US|en|D|n|Center for American Greatness|https://amgreatness.com/feed/|
collegefix|The College Fix|thecollegefix.com|US|en|D|n|Student Free Press Association|https://www.thecollegefix.com/feed/|
zerohedge|ZeroHedge|zerohedge.com|US|en|D|v|ABC Media, Ltd.|https://feeds.feedburner.com/zerohedge/feed|
thecentersquare|The Center Square|thecentersquare.com|US|en|D|n|Franklin News Foundation|https://www.thecentersquare.com/search/?f=rss&t=article&l=50&s=start_time&sd=desc|
justthenews|Just the News|justthenews.com|US|en|D|v|John Solomon (JTN Media)|https://justthenews.com/rss.xml|
voa|Voice of America|voanews.com|US|en|P|p|U.S. Agency for Global Media (federal)||
rferl|Radio Free Europe/Radio Liberty|rferl.org|CZ|en ru uk|P|p|U.S. Agency for Global Media (federal grantee)||
propublica|ProPublica|propublica.org|US|en|D|n|Pro Publica, Inc.|https://www.propublica.org/feeds/propublica/main|
upi|United Press International|upi.com|US|en|W|v|News World Communications|https://rss.upi.com/news/top_news.rss https://rss.upi.com/news/world_news.rss|
`;

export const CURATED_US_MORE = `
dailykos|Daily Kos|dailykos.com|US|en|D|v|Kos Media, LLC|https://feeds.dailykosmedia.com/dailykos/index.xml|
truthout|Truthout|truthout.org|US|en|D|n|Truthout (non-profit)|https://truthout.org/feed/|
counterpunch|CounterPunch|counterpunch.org|US|en|M|n|CounterPunch (non-profit)|https://www.counterpunch.org/feed/|
theroot|The Root|theroot.com|US|en|D|v|G/O Media|https://www.theroot.com/rss|
inthesetimes|In These Times|inthesetimes.com|US|en|M|n|Institute for Public Affairs|https://inthesetimes.com/rss|
prospect|The American Prospect|prospect.org|US|en|M|n|The American Prospect, Inc.|https://prospect.org/api/rss/all.rss|
newrepublic|The New Republic|newrepublic.com|US|en|M|v|Win McCormack|https://newrepublic.com/rss.xml|
palmerreport|Palmer Report|palmerreport.com|US|en|D|v|Bill Palmer|https://www.palmerreport.com/feed/|
wonkette|Wonkette|wonkette.com|US|en|D|v|Wonkette Media|https://www.wonkette.com/feed|
truthdig|Truthdig|truthdig.com|US|en|D|n|Truthdig (non-profit)|https://www.truthdig.com/feed/|
mediamatters|Media Matters for America|mediamatters.org|US|en|D|n|Media Matters for America|https://www.mediamatters.org/rss.xml|
newsone|NewsOne|newsone.com|US|en|D|c|Urban One|https://newsone.com/feed/|
dissent|Dissent|dissentmagazine.org|US|en|M|n|Foundation for the Study of Independent Social Ideas|https://www.dissentmagazine.org/feed|
peoplesworld|People's World|peoplesworld.org|US|en|D|n|Long View Publishing|https://peoplesworld.org/feed/|
cityjournal|City Journal|city-journal.org|US|en|M|n|Manhattan Institute|https://www.city-journal.org/feed|
commentary|Commentary|commentary.org commentarymagazine.com|US|en|M|n|Commentary, Inc.|https://www.commentary.org/feed/|
nationalpulse|The National Pulse|thenationalpulse.com|US|en|D|v|The National Pulse|https://thenationalpulse.com/feed/|
revolver|Revolver News|revolver.news|US|en|D|v|Revolver News|https://www.revolver.news/feed/|
georgiastar|The Georgia Star News|georgiastarnews.com|US|en|D|v|Star News Digital Media|https://georgiastarnews.com/feed/|
michiganstar|The Michigan Star|themichiganstar.com|US|en|D|v|Star News Digital Media|https://themichiganstar.com/feed/|
judicialwatch|Judicial Watch|judicialwatch.org|US|en|D|n|Judicial Watch, Inc.|https://www.judicialwatch.org/feed/|
ocregister|Orange County Register|ocregister.com|US|en|N|c|Southern California News Group (Alden Global Capital)|https://www.ocregister.com/feed/|
pe|The Press-Enterprise|pe.com|US|en|N|c|Southern California News Group (Alden Global Capital)|https://www.pe.com/feed/|
dailynews-la|Los Angeles Daily News|dailynews.com|US|en|N|c|Southern California News Group (Alden Global Capital)|https://www.dailynews.com/feed/|
bostonherald|Boston Herald|bostonherald.com|US|en|N|c|MediaNews Group (Alden Global Capital)|https://www.bostonherald.com/feed/|
investors|Investor's Business Daily|investors.com|US|en|N|c|News Corp (Dow Jones)|https://www.investors.com/feed/|
thefp|The Free Press|thefp.com|US|en|D|c|Paramount Skydance|https://www.thefp.com/feed|
chicksonright|Chicks on the Right|chicksonright.com|US|en|D|v|Chicks on the Right|https://www.chicksonright.com/feed/|
libertynation|Liberty Nation|libertynation.com|US|en|D|v|Liberty Nation|https://www.libertynation.com/feed/|
timcast|Timcast|timcast.com|US|en|D|v|Tim Pool|https://timcast.com/feed/|
lawenforcementtoday|Law Enforcement Today|lawenforcementtoday.com|US|en|D|v|Law Enforcement Today|https://www.lawenforcementtoday.com/feed/|
tallahasseereports|Tallahassee Reports|tallahasseereports.com|US|en|D|v|Tallahassee Reports|https://tallahasseereports.com/feed/|
thetexan|The Texan|thetexan.news|US|en|D|v|The Texan|https://thetexan.news/feed/|
americanmilitarynews|American Military News|americanmilitarynews.com|US|en|D|v|American Military News|https://americanmilitarynews.com/feed/|
triblive|TribLive (Pittsburgh Tribune-Review)|triblive.com|US|en|N|v|Trib Total Media|https://triblive.com/feed/|
observer-us|Observer|observer.com|US|en|D|v|Observer Media|https://observer.com/feed/|
thebulwark|The Bulwark|thebulwark.com|US|en|D|v|Bulwark Media|https://www.thebulwark.com/feed|
jonathanturley|Jonathan Turley|jonathanturley.org|US|en|D|i|Jonathan Turley|https://jonathanturley.org/feed/|
the-sun-us|The US Sun|the-sun.com|US|en|D|c|News Corp (News UK)|https://www.the-sun.com/feed/|
panampost|PanAm Post|panampost.com|US|en es|D|v|PanAm Post|https://panampost.com/feed/|
spiked|spiked|spiked-online.com|GB|en|M|v|Spiked Ltd|https://www.spiked-online.com/feed/|
humanevents|Human Events|humanevents.com|US|en|M|v|Human Events Media Group|https://humanevents.com/feed|
`;
