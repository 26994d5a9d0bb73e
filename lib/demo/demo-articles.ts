// Demo articles: each outlet's own (paraphrased, invented) telling of six stories of one day,
// 4 February 2026 — the Xi–Putin video call (../shared/seeds) and five others, some on related
// topics so matching has something to tell apart. DEMO CONTENT, not the outlets' real articles.

export interface DemoStory {
  id: string;
  /** A neutral label for people reading reports and test output. */
  label: string;
  /** How the story stands to the main one: `related` shares actors and day but is another event
   *  (a hard case for matching), `unrelated` is clearly a different story. */
  relation: 'main' | 'related' | 'unrelated';
}

export interface DemoArticle {
  /** DemoOutlet id. */
  outlet: string;
  story: string;
  /** Absolute article URL (its origin is the outlet's). */
  url: string;
  headline: string;
  /** Standfirst / description / feed summary. */
  lead: string;
  paragraphs: string[];
  section: string;
  /** Publication time relative to the demo's "now" (the text itself is about Feb 2026). */
  minutesAgo: number;
}

export const DEMO_STORIES: DemoStory[] = [
  { id: 'xi-putin-call', label: 'Xi and Putin hold a video call on China–Russia ties', relation: 'main' },
  { id: 'xi-trump-call', label: 'Xi and Trump speak by phone on trade and Taiwan', relation: 'related' },
  { id: 'china-services-pmi', label: "China's services activity slows in January", relation: 'unrelated' },
  { id: 'ukraine-grid-strikes', label: "Russian strikes hit Ukraine's power grid in a cold snap", relation: 'unrelated' },
  { id: 'us-private-payrolls', label: 'US private payrolls grow less than expected (ADP)', relation: 'unrelated' },
  { id: 'eu-gas-storage', label: 'EU gas storage drains fast in a cold winter', relation: 'unrelated' },
];

/** The story the demo opens, and the article of it the demo opens. */
export const DEMO_MAIN_STORY = 'xi-putin-call';
export const DEMO_MAIN_ARTICLE_URL =
  'https://www.theguardian.com/world/2026/feb/04/xi-jinping-vladimir-putin-video-call-china-russia-ties';

const PUTIN_QUOTE =
  '“Russia is the leading energy supplier to China, and our energy partnership is mutually beneficial and truly strategic,” Putin said.';

export const DEMO_ARTICLES: DemoArticle[] = [
  // ── Story 1: the Xi–Putin video call (the seed story) ──────────────────────────────────────
  {
    outlet: 'reuters',
    story: 'xi-putin-call',
    url: 'https://www.reuters.com/world/china/chinas-xi-russias-putin-hold-video-call-energy-ties-2026-02-04/',
    headline: "China's Xi, Russia's Putin tout energy partnership in video call",
    lead: 'Chinese President Xi Jinping and Russian President Vladimir Putin praised their energy and trade ties in a video call on Wednesday, as Western leaders step up visits to Beijing.',
    paragraphs: [
      'Chinese President Xi Jinping and Russian President Vladimir Putin held a video call on Wednesday in which both sides stressed energy cooperation and closer strategic coordination, according to footage of the opening remarks broadcast by state media.',
      PUTIN_QUOTE,
      'Xi told Putin the two countries should keep close ties in what he called a turbulent world. Chinese state media gave no immediate details of the rest of the conversation.',
      "China's purchases of Russian oil and gas have helped Moscow cope with Western sanctions imposed over the war in Ukraine. The call followed visits to Beijing last month by the British and Canadian prime ministers.",
    ],
    section: 'China',
    minutesAgo: 290,
  },
  {
    outlet: 'apnews',
    story: 'xi-putin-call',
    url: 'https://apnews.com/article/china-russia-xi-putin-video-call-ukraine-3f9c2a7e41b86d05c1e2f4a9b7d3e610',
    headline: 'Xi and Putin hold video call as China keeps close ties with Russia despite Western pressure',
    lead: 'Chinese leader Xi Jinping and Russian President Vladimir Putin spoke by video on Wednesday, agreeing their countries should stay close in an unsettled world.',
    paragraphs: [
      'BEIJING (AP) — Chinese leader Xi Jinping held a video call with Russian President Vladimir Putin from the Great Hall of the People on Wednesday, with the two agreeing that their countries should maintain close ties in a turbulent world.',
      'Putin highlighted cooperation in energy, visas and high technology and welcomed visa-free entry to China for Russian citizens, according to the opening remarks shown by Chinese state television.',
      'China says it is neutral in the war in Ukraine, but its continued trade with Russia has offered relief from Western sanctions. European leaders have pressed Beijing for years to curb that support.',
      'The call came weeks after the British and Canadian prime ministers visited Beijing, part of a wave of Western outreach to China.',
    ],
    section: 'World News',
    minutesAgo: 270,
  },
  {
    outlet: 'bbc',
    story: 'xi-putin-call',
    url: 'https://www.bbc.com/news/articles/c4g7xq2pz91o',
    headline: 'Xi and Putin pledge closer ties in video call',
    lead: "China's Xi Jinping and Russia's Vladimir Putin have held a video call in which they praised energy links and promised deeper co-operation.",
    paragraphs: [
      "China's Xi Jinping and Russia's Vladimir Putin have promised to deepen strategic co-operation during a video call, Chinese state media reported.",
      'Opening remarks broadcast from the Great Hall of the People in Beijing showed Mr Putin praising the two countries’ energy partnership and Mr Xi calling for the relationship to stay steady amid global turbulence.',
      "Beijing has not condemned Russia's full-scale invasion of Ukraine and remains a major buyer of Russian oil and gas, which Western governments say helps to fund the war.",
      'The call came after a series of Western leaders, including the UK prime minister, travelled to Beijing in recent weeks.',
    ],
    section: 'China',
    minutesAgo: 255,
  },
  {
    outlet: 'guardian',
    story: 'xi-putin-call',
    url: DEMO_MAIN_ARTICLE_URL,
    headline: 'Xi and Putin vow deeper cooperation in video call as western leaders court Beijing',
    lead: 'Chinese and Russian leaders stress energy and high-tech ties in call that follows visits to Beijing by the UK and Canadian prime ministers.',
    paragraphs: [
      'Xi Jinping and Vladimir Putin have vowed to deepen their countries’ strategic coordination in a video call, underlining the resilience of the China-Russia relationship even as western leaders queue up to visit Beijing.',
      'In opening remarks shown on Chinese state television, the Russian president praised energy, visa and high-tech cooperation and thanked China for allowing Russians visa-free entry. ' + PUTIN_QUOTE,
      'Xi told Putin that the two countries should keep close ties in a turbulent world, according to the broadcast. Chinese state media provided no immediate readout of the rest of the call.',
      'European governments have for years pressed China to curb the trade that cushions Russia from sanctions imposed over its invasion of Ukraine. The call came weeks after Keir Starmer and Mark Carney made separate visits to Beijing.',
    ],
    section: 'World news',
    minutesAgo: 240,
  },
  {
    outlet: 'cnn',
    story: 'xi-putin-call',
    url: 'https://www.cnn.com/2026/02/04/china/xi-putin-video-call-energy-intl-hnk',
    headline: 'Putin and Xi talk energy and a ‘turbulent’ world in video call, weeks after Western leaders visited Beijing',
    lead: 'Russian President Vladimir Putin and Chinese leader Xi Jinping showcased their partnership in a video call on Wednesday.',
    paragraphs: [
      'Russian President Vladimir Putin and Chinese leader Xi Jinping showcased their partnership in a video call on Wednesday, with Putin calling Russia China’s leading energy supplier.',
      'The two leaders discussed energy, visas and technology, according to Chinese state broadcaster CCTV, which aired the opening of the talks from Beijing’s Great Hall of the People but gave few details.',
      'Xi said the two countries should stay close amid turbulence in the world. Analysts say Beijing wants to reassure Moscow that its position on the war in Ukraine is unchanged as it courts Western governments.',
      'China’s trade with Russia has helped Moscow weather Western sanctions, a sore point in Beijing’s relations with Europe.',
    ],
    section: 'China',
    minutesAgo: 230,
  },
  {
    outlet: 'foxnews',
    story: 'xi-putin-call',
    url: 'https://www.foxnews.com/world/chinas-xi-russias-putin-deepen-ties-video-call-ukraine-war',
    headline: "China's Xi, Russia's Putin deepen alliance in video call as Ukraine war grinds on",
    lead: 'Chinese President Xi Jinping and Russian President Vladimir Putin touted their energy partnership in a video call Wednesday, the latest sign of Beijing’s backing for Moscow.',
    paragraphs: [
      'Chinese President Xi Jinping and Russian President Vladimir Putin touted their energy partnership and called for deeper strategic coordination in a video call Wednesday.',
      PUTIN_QUOTE,
      'Critics say China’s steady purchases of Russian oil and gas are helping to bankroll Moscow’s war in Ukraine, blunting years of Western sanctions.',
      'The call came after the leaders of Britain and Canada traveled to Beijing last month in search of trade, a push some U.S. lawmakers have criticized.',
    ],
    section: 'World',
    minutesAgo: 215,
  },
  {
    outlet: 'nypost',
    story: 'xi-putin-call',
    url: 'https://nypost.com/2026/02/04/world-news/putin-xi-cozy-up-in-video-chat-as-russia-leans-on-china/',
    headline: 'Putin, Xi cozy up in video chat as Russia leans on China to dodge sanctions',
    lead: 'Vladimir Putin and Xi Jinping talked up their “truly strategic” energy partnership in a video call Wednesday.',
    paragraphs: [
      'Russian strongman Vladimir Putin and Chinese leader Xi Jinping talked up their “truly strategic” energy partnership in a cozy video call Wednesday.',
      'Putin boasted that Russia is China’s top energy supplier and cheered visa-free travel for Russians, according to the portion of the call aired by Chinese state TV.',
      'Beijing’s trade with Moscow has thrown the Kremlin an economic lifeline as Western sanctions over the Ukraine invasion bite.',
      'The chat came weeks after British and Canadian leaders flew to Beijing to court Xi.',
    ],
    section: 'World News',
    minutesAgo: 200,
  },
  {
    outlet: 'breitbart',
    story: 'xi-putin-call',
    url: 'https://www.breitbart.com/asia/2026/02/04/xi-jinping-vladimir-putin-celebrate-energy-partnership-video-call/',
    headline: "Xi Jinping, Vladimir Putin Celebrate Energy Partnership in Video Call as Beijing Props Up Moscow",
    lead: 'Chinese dictator Xi Jinping and Russian leader Vladimir Putin held a video call on Wednesday celebrating energy trade that has kept Russia afloat under sanctions.',
    paragraphs: [
      'Communist China’s Xi Jinping and Russia’s Vladimir Putin held a video call on Wednesday in which they celebrated their energy partnership and vowed closer strategic coordination.',
      'Putin called Russia the leading energy supplier to China and praised the countries’ high-tech projects, according to Chinese state media, which broadcast only the opening remarks.',
      'Beijing claims neutrality on the Ukraine war while buying vast amounts of Russian oil and gas, money that helps finance Moscow’s invasion.',
      'The call followed visits to Beijing by the prime ministers of Britain and Canada, who sought closer trade ties with the Communist regime.',
    ],
    section: 'Asia',
    minutesAgo: 185,
  },
  {
    outlet: 'aljazeera',
    story: 'xi-putin-call',
    url: 'https://www.aljazeera.com/news/2026/2/4/xi-putin-call-for-deeper-strategic-coordination-in-video-call',
    headline: 'Xi, Putin call for deeper strategic coordination amid global ‘turbulence’',
    lead: 'Chinese and Russian leaders hail energy, visa and technology cooperation during a video call, Chinese state media reports.',
    paragraphs: [
      'Chinese President Xi Jinping and his Russian counterpart Vladimir Putin have called for deeper strategic coordination between their countries during a video call, according to Chinese state media.',
      'Putin said Russia is China’s leading energy supplier and described the partnership as mutually beneficial, while Xi said the two neighbours should maintain close ties amid growing global turbulence.',
      'China has presented itself as a neutral party in the war in Ukraine, but European leaders have repeatedly urged Beijing to curb trade that they say sustains Russia’s war effort.',
      'The call came after visits to Beijing by the British and Canadian prime ministers last month.',
    ],
    section: 'Politics',
    minutesAgo: 175,
  },
  {
    outlet: 'dw',
    story: 'xi-putin-call',
    url: 'https://www.dw.com/en/chinas-xi-and-russias-putin-hold-video-call-stress-energy-ties/a-75812345',
    headline: "China's Xi and Russia's Putin hold video call, stress energy ties",
    lead: 'Xi Jinping and Vladimir Putin have praised their countries’ energy partnership in a video call. The talks come as Europe tries to reset its relations with Beijing.',
    paragraphs: [
      'Chinese President Xi Jinping and Russian President Vladimir Putin held a video call on Wednesday, agreeing to deepen cooperation in energy and high technology, Chinese state media reported.',
      'Putin said Russia was the leading energy supplier to China and praised visa-free entry for Russian citizens. Xi said the two countries should maintain close ties in a turbulent world.',
      'The European Union has long urged China to stop supplying Russia with goods that can be used in the war against Ukraine. Beijing denies arming Moscow.',
      'The call followed trips to Beijing by the British and Canadian heads of government in January.',
    ],
    section: 'Asia',
    minutesAgo: 165,
  },
  {
    outlet: 'xinhua',
    story: 'xi-putin-call',
    url: 'https://english.news.cn/20260204/7b3e9d1f0c2a4e58b6a1d4f2c9e7b305/c.html',
    headline: 'Xi holds video call with Putin, calls for deeper China-Russia strategic coordination',
    lead: 'Chinese President Xi Jinping on Wednesday held a video call with Russian President Vladimir Putin in Beijing.',
    paragraphs: [
      'BEIJING, Feb. 4 (Xinhua) -- Chinese President Xi Jinping on Wednesday held a video call with Russian President Vladimir Putin at the Great Hall of the People in Beijing.',
      'Xi said that in the face of a turbulent and changing international landscape, China and Russia should deepen their comprehensive strategic partnership of coordination and firmly support each other in safeguarding sovereignty, security and development interests.',
      'Putin said the Russia-China relationship is at its best in history, noting that energy cooperation is mutually beneficial and strategic, and that the two sides are advancing cooperation in high technology, space research and the peaceful use of nuclear energy.',
      'The two heads of state also exchanged views on international and regional issues of common concern.',
    ],
    section: 'China',
    minutesAgo: 300,
  },
  {
    outlet: 'devdiscourse',
    story: 'xi-putin-call',
    url: 'https://www.devdiscourse.com/article/politics/3412876-putin-and-xi-strengthen-russia-china-economic-ties-amid-global-tensions',
    headline: 'Putin and Xi Cement Russia-China Economic Ties Amid Global Tensions',
    lead: 'In a video call, Vladimir Putin and Xi Jinping reaffirmed their growing economic partnership, focusing on energy and strategic cooperation amid tensions over the Ukraine conflict.',
    paragraphs: [
      'Russian President Vladimir Putin and Chinese leader Xi Jinping reaffirmed their countries’ growing economic partnership during a virtual meeting on Wednesday, as Western powers seek better relations with China.',
      'Putin praised the strategic nature of the partnership, especially in energy, and acknowledged China’s role in softening the impact of Western sanctions through continued trade. The leaders voiced mutual support for sovereignty and each country’s right to choose its development path.',
      'The conversation also covered high-tech projects, including space research, and energy cooperation such as the peaceful use of nuclear power.',
      '(With inputs from agencies.)',
    ],
    section: 'Politics',
    minutesAgo: 160,
  },

  // ── Story 2: Xi–Trump phone call, same day (a related but different event) ──────────────────
  {
    outlet: 'reuters',
    story: 'xi-trump-call',
    url: 'https://www.reuters.com/world/china/trump-xi-discuss-taiwan-trade-soybeans-phone-call-2026-02-04/',
    headline: 'Trump, Xi discuss Taiwan, trade and soybean purchases in phone call',
    lead: 'U.S. President Donald Trump said he had a "very good" phone conversation with Chinese President Xi Jinping covering trade, Taiwan and farm purchases.',
    paragraphs: [
      'U.S. President Donald Trump spoke by phone with Chinese President Xi Jinping on Wednesday, discussing tariffs, Taiwan and Chinese purchases of American soybeans, Trump said on social media.',
      'China’s foreign ministry said Xi told Trump that Taiwan was the most important issue in Sino-U.S. relations and urged Washington to handle arms sales to the island with prudence.',
      'The two sides agreed to keep working on a trade arrangement reached last year, and Trump said he expected to visit Beijing in April.',
    ],
    section: 'China',
    minutesAgo: 120,
  },
  {
    outlet: 'apnews',
    story: 'xi-trump-call',
    url: 'https://apnews.com/article/trump-xi-phone-call-taiwan-tariffs-soybeans-8d41c0b2e7f94a36b5c3d9e1f0a2b748',
    headline: 'Trump and Xi talk trade and Taiwan by phone ahead of planned Beijing visit',
    lead: 'President Donald Trump and Chinese leader Xi Jinping spoke by phone on Wednesday about trade, Taiwan and U.S. farm exports.',
    paragraphs: [
      'WASHINGTON (AP) — President Donald Trump and Chinese leader Xi Jinping spoke by phone on Wednesday about trade, Taiwan and U.S. farm exports, both governments said.',
      'Trump described the conversation as “excellent” and said China had agreed to increase purchases of soybeans. Beijing’s readout said Xi warned the U.S. to be cautious on Taiwan.',
      'The leaders are preparing for a Trump visit to Beijing planned for the spring.',
    ],
    section: 'Politics',
    minutesAgo: 110,
  },
  {
    outlet: 'cnn',
    story: 'xi-trump-call',
    url: 'https://www.cnn.com/2026/02/04/politics/trump-xi-call-taiwan-trade',
    headline: 'Trump says call with Xi was ‘very good’ as Beijing warns on Taiwan',
    lead: 'The US and Chinese leaders discussed trade and Taiwan in a phone call on Wednesday, with each side stressing different priorities.',
    paragraphs: [
      'President Donald Trump said Wednesday he had a very good phone call with Chinese leader Xi Jinping, touting promises of new Chinese purchases of American farm goods.',
      'China’s readout of the call struck a sharper tone, saying Xi told Trump that Taiwan is the most important issue in the relationship between Washington and Beijing.',
      'The call is the latest step in a fragile trade truce between the world’s two largest economies.',
    ],
    section: 'Politics',
    minutesAgo: 100,
  },
  {
    outlet: 'foxnews',
    story: 'xi-trump-call',
    url: 'https://www.foxnews.com/politics/trump-xi-phone-call-soybeans-taiwan',
    headline: "Trump touts 'very good' call with China's Xi on trade, soybeans",
    lead: 'President Trump said China will buy more American soybeans after a phone call with Chinese President Xi Jinping on Wednesday.',
    paragraphs: [
      'President Donald Trump said Wednesday that China agreed to step up purchases of American soybeans during a phone call with Chinese President Xi Jinping, a win for U.S. farmers.',
      'The two leaders also discussed Taiwan and the trade deal struck last year, according to the White House.',
      'Trump said he is looking forward to traveling to Beijing in April.',
    ],
    section: 'Politics',
    minutesAgo: 95,
  },
  {
    outlet: 'xinhua',
    story: 'xi-trump-call',
    url: 'https://english.news.cn/20260204/c1a5f3e7d9b24c068e2a7f9d3b1c5e42/c.html',
    headline: 'Xi speaks with U.S. President Trump on phone',
    lead: 'Chinese President Xi Jinping on Wednesday spoke with U.S. President Donald Trump on the phone at the latter’s request.',
    paragraphs: [
      'BEIJING, Feb. 4 (Xinhua) -- Chinese President Xi Jinping on Wednesday spoke with U.S. President Donald Trump on the phone at the latter’s request.',
      'Xi said that the Taiwan question is the most important issue in China-U.S. relations, and that the U.S. side must handle the issue of arms sales to Taiwan with prudence.',
      'Xi said the two sides should implement the important consensus reached between the two heads of state and expand cooperation in economy, trade and agriculture.',
    ],
    section: 'China',
    minutesAgo: 130,
  },

  // ── Story 3: China services PMI (another China story) ──────────────────────────────────────
  {
    outlet: 'reuters',
    story: 'china-services-pmi',
    url: 'https://www.reuters.com/markets/asia/chinas-services-activity-slows-january-private-survey-2026-02-04/',
    headline: "China's services activity growth slows in January, private survey shows",
    lead: "Growth in China's services sector slowed in January as new orders cooled, a private-sector survey showed on Wednesday.",
    paragraphs: [
      "Activity in China's services sector grew at a slower pace in January as new business cooled ahead of the Lunar New Year holiday, a private-sector business survey showed on Wednesday.",
      'The RatingDog China General Services PMI, compiled by S&P Global, slipped from December but stayed above the 50-point mark that separates growth from contraction.',
      'Economists said the figures added to the case for more support for consumption, as Beijing tries to rebalance the economy away from exports and property.',
    ],
    section: 'Asia Markets',
    minutesAgo: 540,
  },
  {
    outlet: 'xinhua',
    story: 'china-services-pmi',
    url: 'https://english.news.cn/20260204/9e2b4d6f8a1c4e3b9d5f7a2c4e6b8d01/c.html',
    headline: "China's service sector maintains expansion in January",
    lead: "China's services sector continued to expand in January, a private survey showed Wednesday, as consumption-boosting policies took effect.",
    paragraphs: [
      "BEIJING, Feb. 4 (Xinhua) -- China's service sector maintained expansion in January, a private survey showed Wednesday.",
      'The services purchasing managers’ index stayed in expansion territory, with business confidence supported by policies to boost consumption and the approaching Spring Festival.',
      'Analysts said the steady performance of the services industry reflected the resilience of the Chinese economy.',
    ],
    section: 'Business',
    minutesAgo: 520,
  },
  {
    outlet: 'devdiscourse',
    story: 'china-services-pmi',
    url: 'https://www.devdiscourse.com/article/business/3412651-chinas-service-sector-growth-cools-as-new-orders-slow',
    headline: "China's Service Sector Growth Cools as New Orders Slow",
    lead: "China's services activity expanded at a slower pace in January, with weaker new orders weighing on the sector, a private survey found.",
    paragraphs: [
      "China's services sector grew more slowly in January, a private survey released on Wednesday showed, as new orders cooled before the Lunar New Year.",
      'The purchasing managers’ index remained above 50, indicating expansion, but the slowdown adds pressure on policymakers to support household spending.',
      '(With inputs from agencies.)',
    ],
    section: 'Business',
    minutesAgo: 500,
  },
  {
    outlet: 'dw',
    story: 'china-services-pmi',
    url: 'https://www.dw.com/en/chinas-services-growth-slows-as-consumers-stay-cautious/a-75809876',
    headline: "China's services growth slows as consumers stay cautious",
    lead: "A private survey shows China's services sector expanding more slowly in January, a sign that weak consumer demand persists.",
    paragraphs: [
      "China's services sector expanded at a slower pace in January, according to a private purchasing managers' survey published on Wednesday.",
      'Economists say cautious consumers and a prolonged property slump continue to weigh on the world’s second-largest economy.',
      'Beijing has promised more measures to boost domestic consumption this year.',
    ],
    section: 'Business',
    minutesAgo: 480,
  },

  // ── Story 4: Russian strikes on Ukraine's power grid (a Russia–Ukraine story) ───────────────
  {
    outlet: 'apnews',
    story: 'ukraine-grid-strikes',
    url: 'https://apnews.com/article/russia-ukraine-war-drone-missile-attack-power-grid-cold-5a7c9e1b3d5f4a2c8e0b6d4f2a9c7e15',
    headline: 'Russian drones and missiles hit Ukraine’s power grid as temperatures plunge',
    lead: 'Russia launched a large overnight drone and missile attack on Ukraine’s energy infrastructure, leaving hundreds of thousands without heat in freezing weather.',
    paragraphs: [
      'KYIV, Ukraine (AP) — Russia launched a large overnight drone and missile attack on Ukraine’s energy infrastructure, officials said Wednesday, leaving hundreds of thousands of households without power and heating as temperatures fell well below freezing.',
      'Ukraine’s air force said it shot down most of the drones, but several power plants and substations in the Kyiv, Kharkiv and Dnipro regions were damaged.',
      'President Volodymyr Zelenskyy urged allies to speed up deliveries of air defense systems.',
    ],
    section: 'World News',
    minutesAgo: 420,
  },
  {
    outlet: 'bbc',
    story: 'ukraine-grid-strikes',
    url: 'https://www.bbc.com/news/articles/c9d2kw7m4lzo',
    headline: 'Ukraine hit by massive Russian attack on energy system in freezing cold',
    lead: 'Hundreds of thousands of Ukrainians are without heating after an overnight barrage of drones and missiles targeted power plants.',
    paragraphs: [
      'Hundreds of thousands of Ukrainians have been left without heating after Russia launched one of its largest attacks on the country’s energy system this winter.',
      'Ukrenergo, the national grid operator, introduced emergency blackouts in several regions as engineers worked in temperatures of -15C to restore supplies.',
      'Ukraine’s President Volodymyr Zelensky accused Moscow of trying to “freeze Ukrainians” and called for more air defences.',
    ],
    section: 'Europe',
    minutesAgo: 400,
  },
  {
    outlet: 'guardian',
    story: 'ukraine-grid-strikes',
    url: 'https://www.theguardian.com/world/2026/feb/04/russia-ukraine-energy-attack-drones-missiles-blackouts-cold',
    headline: 'Russia pounds Ukraine’s energy grid as deep freeze grips the country',
    lead: 'Emergency blackouts across several regions after overnight barrage of drones and missiles targets power plants and substations.',
    paragraphs: [
      'Russia has pounded Ukraine’s energy grid with an overnight barrage of drones and missiles, forcing emergency blackouts across several regions as a deep freeze grips the country.',
      'Officials said power plants and substations in the Kyiv, Kharkiv and Dnipro regions were hit, and repair crews were working in bitter cold to restore heating.',
      'Volodymyr Zelenskyy said the attack showed Moscow was not interested in peace and urged Ukraine’s partners to send more air defence systems.',
    ],
    section: 'World news',
    minutesAgo: 390,
  },
  {
    outlet: 'aljazeera',
    story: 'ukraine-grid-strikes',
    url: 'https://www.aljazeera.com/news/2026/2/4/russian-attack-on-ukraine-energy-grid-leaves-thousands-without-heat',
    headline: 'Russian attack on Ukraine energy grid leaves thousands without heat',
    lead: 'Ukraine says Russia launched scores of drones and missiles at power infrastructure overnight as temperatures dropped below -15C.',
    paragraphs: [
      'Russia has launched a large-scale attack on Ukraine’s energy infrastructure, Ukrainian officials say, leaving thousands of homes without heat as temperatures dropped below -15C (5F).',
      'The national grid operator imposed emergency power cuts in several regions, while the air force said most of the drones were intercepted.',
      'Moscow said it struck facilities serving Ukraine’s military industry.',
    ],
    section: 'Russia-Ukraine war',
    minutesAgo: 380,
  },
  {
    outlet: 'dw',
    story: 'ukraine-grid-strikes',
    url: 'https://www.dw.com/en/ukraine-russia-strikes-energy-infrastructure-in-bitter-cold/a-75810234',
    headline: 'Ukraine: Russia strikes energy infrastructure in bitter cold',
    lead: 'Russia has targeted Ukraine’s power plants with drones and missiles overnight. Emergency blackouts are in place in several regions.',
    paragraphs: [
      'Russia attacked Ukraine’s energy infrastructure with drones and missiles overnight, Ukrainian authorities said on Wednesday.',
      'Emergency blackouts were imposed in the Kyiv, Kharkiv and Dnipro regions as repair teams struggled with freezing temperatures.',
      'Ukraine’s President Volodymyr Zelenskyy again appealed to European partners for additional air defense systems.',
    ],
    section: 'Europe',
    minutesAgo: 370,
  },
  {
    outlet: 'npr',
    story: 'ukraine-grid-strikes',
    url: 'https://www.npr.org/2026/02/04/nx-s1-5702314/ukraine-russia-attack-energy-grid-winter',
    headline: 'Russia targets Ukraine’s power grid again as a harsh winter sets in',
    lead: 'A large overnight Russian attack knocked out power and heat for many Ukrainians during a stretch of subfreezing weather.',
    paragraphs: [
      'A large overnight Russian drone and missile attack knocked out power and heat for many Ukrainians on Wednesday during a stretch of subfreezing weather.',
      'Ukrainian officials said the strikes damaged power plants and substations in several regions, and the grid operator ordered rolling blackouts.',
      'Residents of Kyiv described apartments without heat as temperatures fell to minus 15 degrees Celsius.',
    ],
    section: 'Europe',
    minutesAgo: 360,
  },
  {
    outlet: 'foxnews',
    story: 'ukraine-grid-strikes',
    url: 'https://www.foxnews.com/world/russia-launches-massive-drone-missile-attack-ukraine-energy-grid',
    headline: 'Russia launches massive drone, missile attack on Ukraine energy grid amid brutal cold',
    lead: 'Russia hammered Ukraine’s energy grid overnight with drones and missiles, cutting power to many homes as temperatures plunged.',
    paragraphs: [
      'Russia hammered Ukraine’s energy infrastructure overnight with a massive wave of drones and missiles, Ukrainian officials said Wednesday.',
      'The strikes forced emergency blackouts across several regions as temperatures plunged well below freezing.',
      'Ukrainian President Volodymyr Zelenskyy called on Western allies to send more air defense systems.',
    ],
    section: 'World',
    minutesAgo: 350,
  },

  // ── Story 5: US private payrolls (ADP) ──────────────────────────────────────────────────────
  {
    outlet: 'reuters',
    story: 'us-private-payrolls',
    url: 'https://www.reuters.com/markets/us/us-private-payrolls-rise-less-than-expected-january-adp-2026-02-04/',
    headline: 'US private payrolls rise less than expected in January, ADP says',
    lead: 'U.S. private employers added fewer jobs than economists had forecast in January, the ADP National Employment Report showed on Wednesday.',
    paragraphs: [
      'U.S. private employers added fewer jobs than expected in January, the ADP National Employment Report showed on Wednesday, pointing to a cooling labor market.',
      'Hiring was concentrated in health care and leisure and hospitality, while manufacturing and professional services shed jobs, ADP said.',
      'Pay growth for workers who stayed in their jobs held steady. The Labor Department’s broader employment report is due on Friday.',
    ],
    section: 'Markets',
    minutesAgo: 330,
  },
  {
    outlet: 'cnn',
    story: 'us-private-payrolls',
    url: 'https://www.cnn.com/2026/02/04/economy/adp-private-jobs-report-january',
    headline: 'Private-sector hiring slowed in January, ADP says',
    lead: 'US private employers added fewer jobs than expected last month, according to payroll processor ADP.',
    paragraphs: [
      'Private-sector employers in the United States added fewer jobs than economists expected in January, payroll processor ADP reported Wednesday.',
      'Health care and hospitality accounted for most of the gains, while manufacturers cut jobs for another month.',
      'The report comes two days before the government’s official jobs report.',
    ],
    section: 'Economy',
    minutesAgo: 320,
  },
  {
    outlet: 'npr',
    story: 'us-private-payrolls',
    url: 'https://www.npr.org/2026/02/04/nx-s1-5702561/adp-jobs-report-january-hiring',
    headline: 'Hiring by private employers slowed in January, a payroll firm reports',
    lead: 'Private employers added fewer jobs than expected in January, ADP said, another sign that the job market is cooling.',
    paragraphs: [
      'Private employers added fewer jobs than expected in January, according to a report from the payroll firm ADP, another sign that the job market is cooling.',
      'Job gains were concentrated in health care and hospitality, while factories and professional services cut jobs.',
      'Economists will look to Friday’s government jobs report for a fuller picture.',
    ],
    section: 'Economy',
    minutesAgo: 310,
  },
  {
    outlet: 'foxnews',
    story: 'us-private-payrolls',
    url: 'https://www.foxnews.com/economy/private-sector-job-growth-misses-expectations-january-adp',
    headline: 'Private sector job growth misses expectations in January: ADP',
    lead: 'Private employers added fewer jobs than expected in January, according to ADP’s monthly report.',
    paragraphs: [
      'Private employers added fewer jobs than economists expected in January, according to ADP’s monthly employment report released Wednesday.',
      'Manufacturing jobs declined again, while health care and hospitality led hiring.',
      'The Labor Department releases its January jobs report on Friday.',
    ],
    section: 'Economy',
    minutesAgo: 305,
  },
  {
    outlet: 'nypost',
    story: 'us-private-payrolls',
    url: 'https://nypost.com/2026/02/04/business/private-employers-add-fewer-jobs-than-expected-in-january-adp/',
    headline: 'Private employers add fewer jobs than expected in January: ADP',
    lead: 'Private hiring slowed in January, according to payroll giant ADP.',
    paragraphs: [
      'Private-sector hiring slowed in January, payroll giant ADP said Wednesday, as employers grew cautious.',
      'Health care and hospitality did most of the hiring, while manufacturers kept trimming payrolls.',
      'Wall Street is waiting on Friday’s official jobs numbers.',
    ],
    section: 'Business',
    minutesAgo: 300,
  },
  {
    outlet: 'devdiscourse',
    story: 'us-private-payrolls',
    url: 'https://www.devdiscourse.com/article/business/3412799-us-job-growth-stalls-amid-mixed-sector-performance',
    headline: 'U.S. Job Growth Stalls Amid Mixed Sector Performance',
    lead: 'U.S. private payrolls grew less than expected in January, with gains in health care offset by losses in manufacturing, the ADP report showed.',
    paragraphs: [
      'U.S. private payrolls increased less than expected in January, according to the ADP National Employment Report released on Wednesday.',
      'Health care and leisure added jobs while manufacturing and professional services lost workers, painting a mixed picture of the labor market.',
      '(With inputs from agencies.)',
    ],
    section: 'Business',
    minutesAgo: 290,
  },

  // ── Story 6: EU gas storage (a European energy story) ───────────────────────────────────────
  {
    outlet: 'reuters',
    story: 'eu-gas-storage',
    url: 'https://www.reuters.com/business/energy/eu-gas-storage-drops-cold-snap-raises-refill-worries-2026-02-04/',
    headline: 'EU gas storage drops fast as cold snap raises refill worries',
    lead: "European gas inventories are falling faster than usual as a cold spell boosts heating demand, raising concerns about refilling storage before next winter.",
    paragraphs: [
      'Gas storage sites in the European Union are emptying faster than usual as a cold spell across the continent drives up heating demand, data from Gas Infrastructure Europe showed on Wednesday.',
      'Benchmark Dutch TTF prices rose as traders worried about the cost of refilling storage over the summer.',
      'The EU has eased its storage targets, giving member states more flexibility on how quickly they refill.',
    ],
    section: 'Energy',
    minutesAgo: 450,
  },
  {
    outlet: 'guardian',
    story: 'eu-gas-storage',
    url: 'https://www.theguardian.com/business/2026/feb/04/europe-gas-storage-cold-weather-prices',
    headline: 'Europe’s gas stores dwindle as cold weather pushes up prices',
    lead: 'Storage levels fall faster than seasonal average, prompting warnings of costlier refill this summer.',
    paragraphs: [
      'Europe’s gas stores are dwindling faster than normal for the time of year as a prolonged cold spell pushes up demand for heating, lifting wholesale prices.',
      'Analysts warned that lower storage levels at the end of winter could make refilling more expensive for households and industry.',
      'The European Commission said security of supply was not at risk.',
    ],
    section: 'Business',
    minutesAgo: 440,
  },
  {
    outlet: 'dw',
    story: 'eu-gas-storage',
    url: 'https://www.dw.com/en/eu-gas-reserves-shrink-as-cold-spell-lingers/a-75808765',
    headline: 'EU gas reserves shrink as cold spell lingers',
    lead: 'A cold winter is draining Europe’s gas storage faster than expected. Germany’s storage levels are among the lowest in the bloc.',
    paragraphs: [
      'Gas storage levels in the European Union are falling quickly as a cold spell lingers across much of the continent.',
      'Germany’s storage facilities are among the emptiest in the bloc, prompting debate in Berlin about whether to set stricter filling rules.',
      'Energy experts say supply is secure for this winter but warn that refilling could be expensive.',
    ],
    section: 'Business',
    minutesAgo: 430,
  },
  {
    outlet: 'bbc',
    story: 'eu-gas-storage',
    url: 'https://www.bbc.com/news/articles/c1e5vr3n8k2o',
    headline: 'European gas prices rise as cold weather drains storage',
    lead: 'Wholesale gas prices in Europe have climbed as freezing temperatures deplete stocks held for winter.',
    paragraphs: [
      'Wholesale gas prices in Europe have risen as freezing temperatures across the continent deplete the stocks held in storage for the winter.',
      'EU storage sites are now less full than at the same point last year, according to industry data.',
      'Energy analysts said UK household bills were unlikely to be affected immediately.',
    ],
    section: 'Business',
    minutesAgo: 410,
  },
];

/** Non-article pages of outlets: home and section fronts listing the outlet's demo articles. */
export interface DemoFrontPage {
  outlet: string;
  url: string;
  /** The document title of the front. */
  title: string;
  kind: 'home' | 'section';
}

export const DEMO_FRONT_PAGES: DemoFrontPage[] = [
  { outlet: 'foxnews', url: 'https://www.foxnews.com/', title: 'Fox News - Breaking News Updates | Latest News Headlines | Photos & News Videos', kind: 'home' },
  { outlet: 'bbc', url: 'https://www.bbc.com/news', title: 'Home - BBC News', kind: 'home' },
  { outlet: 'reuters', url: 'https://www.reuters.com/world/', title: 'World News | Latest Top Stories | Reuters', kind: 'section' },
  { outlet: 'guardian', url: 'https://www.theguardian.com/world', title: 'World news | The Guardian', kind: 'section' },
];
