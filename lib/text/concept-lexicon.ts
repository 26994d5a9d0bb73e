// A small multilingual lexicon of news concepts (countries, nationalities, capitals, the commonest event words,
// and a last block of common news words — verdict … market — picked among the most frequent words of German
// news URLs) that brings a word of another language to the English word's stem, so coverage in German, French,
// Spanish, Italian, Portuguese, Dutch, Polish or Turkish meets English coverage of the same event beyond the
// names they share. Runs everywhere; pure data, looked up after stemming. Built once per language on first use.

import { foldText } from './fold-text';
import { normalizeSpelling, stemWord } from './light-stem';

/** One concept per line: `english | lang: forms … | lang: forms …`. The English word is the key every form
 *  becomes. English words stay as written: joining "Russian" with "Russia" or "GOP" with "Republicans"
 *  pulled neighbouring events together (the demo's Ukraine-strike coverage onto its Xi–Putin story in
 *  15 of 100 feed orders instead of 2) for no gain on the dev sets. Forms are written
 *  folded (lowercase, no diacritics); each is stemmed by its own language's rules, as article words are.
 *  Only words whose meaning is the same in every listed language belong here: no synonyms of English words,
 *  only the press's own short forms of the same word (GOP, Dems, POTUS, vax). */
const CONCEPTS = `
germany | de: deutschland deutsche deutscher deutschen deutsches | fr: allemagne allemand allemande allemands | es: alemania aleman alemana alemanes | it: germania tedesco tedesca tedeschi | pt: alemanha alemao alema alemaes | nl: duitsland duits duitse | pl: niemcy niemiec niemiecki niemiecka niemieckie niemiec | tr: almanya alman
france | de: frankreich franzosisch franzosische franzosen | fr: france francais francaise | es: francia frances francesa | it: francia francese | pt: franca frances francesa | nl: frankrijk frans franse | pl: francja francji francuski francuska | tr: fransa fransiz
italy | de: italien italienisch italienische italiens | fr: italie italien italienne | es: italia italiano italiana | it: italia italiano italiana italiani | pt: italia italiano | nl: italie italiaans italiaanse | pl: wlochy wloch wloski wloska wloszech | tr: italya italyan
spain | de: spanien spanisch spanische | fr: espagne espagnol espagnole | es: espana espanol espanola | it: spagna spagnolo spagnola | pt: espanha espanhol | nl: spanje spaans spaanse | pl: hiszpania hiszpanii hiszpanski | tr: ispanya ispanyol
britain | de: grossbritannien britisch britische briten britischer | fr: britannique britanniques | es: britanico britanica | it: britannico britannica | pt: britanico britanica | nl: brits britse | pl: brytania brytyjski brytyjska brytyjskie | tr: ingiltere ingiliz
usa | de: amerika amerikanisch amerikanische amerikaner | fr: americain americaine americains | es: eeuu estadounidense estadounidenses | it: americano americana americani | pt: eua americano americana | nl: amerika amerikaans amerikaanse | pl: ameryka amerykanski amerykanska amerykanie | tr: abd amerika amerikan
russia | de: russland russisch russische russen | fr: russie russe russes | es: rusia ruso rusa rusos | it: russia russo russa russi | pt: russia russo russa | nl: rusland russisch russische | pl: rosja rosji rosyjski rosyjska rosjanie | tr: rusya rus
china | de: china chinesisch chinesische chinesen | fr: chine chinois chinoise | es: china chino chinos | it: cina cinese cinesi | pt: china chines chinesa | nl: china chinees | pl: chiny chin chinski chinska | tr: cin cinli
japan | de: japan japanisch japanische | fr: japon japonais japonaise | es: japon japones japonesa | it: giappone giapponese | pt: japao japones | nl: japan japans japanse | pl: japonia japonii japonski | tr: japonya
turkey | de: turkei turkisch turkische turken | fr: turquie turc turque | es: turquia turco turca | it: turchia turco turca | pt: turquia turco | nl: turkije turks turkse | pl: turcja turcji turecki | tr: turkiye turk
iran | de: iranisch iranische iranischer | fr: iranien iranienne | es: irani | it: iraniano | pt: iraniano | nl: iraans iraanse | pl: iranski | tr: iranli
iraq | de: irak irakisch irakische | fr: irak irakien irakienne | es: irak iraqui | it: iraq iracheno | pt: iraque | nl: irak iraaks | pl: irak iracki | tr: irak
israel | de: israelisch israelische | fr: israelien israelienne | es: israeli | it: israeliano | pt: israelense | nl: israelisch | pl: izrael izraelski | tr: israil
syria | de: syrien syrisch | fr: syrie syrien syrienne | es: siria sirio | it: siria siriano | pt: siria | nl: syrie syrisch | pl: syria syrii syryjski | tr: suriye
egypt | de: agypten agyptisch | fr: egypte egyptien | es: egipto egipcio | it: egitto egiziano | pt: egito | nl: egypte | pl: egipt | tr: misir
ukraine | de: ukraine ukrainisch ukrainische | fr: ukraine ukrainien | es: ucrania ucraniano | it: ucraina ucraino | pt: ucrania | nl: oekraine oekraiens | pl: ukraina ukrainy ukrainski | tr: ukrayna
poland | de: polen polnisch polnische | fr: pologne polonais | es: polonia polaco | it: polonia polacco | pt: polonia | nl: polen pools poolse | pl: polska polski polskie polsce | tr: polonya
austria | de: osterreich osterreichisch osterreichische osterreichs | fr: autriche autrichien | es: austria austriaco | it: austria austriaco | pt: austria | nl: oostenrijk oostenrijks | pl: austria austriacki | tr: avusturya
switzerland | de: schweiz schweizer schweizerisch | fr: suisse | es: suiza suizo | it: svizzera svizzero | pt: suica | nl: zwitserland zwitsers | pl: szwajcaria szwajcarski | tr: isvicre
netherlands | de: niederlande niederlandisch | fr: neerlandais | es: holanda holandes | it: olanda olandese | pt: holanda holandes | nl: nederland nederlands nederlandse | pl: holandia holenderski | tr: hollanda
belgium | de: belgien belgisch | fr: belgique belge | es: belgica belga | it: belgio belga | nl: belgie belgisch | pl: belgia | tr: belcika
greece | de: griechenland griechisch | fr: grece grec grecque | es: grecia griego | it: grecia greco | pt: grecia | nl: griekenland grieks | pl: grecja grecki | tr: yunanistan yunan
sweden | de: schweden schwedisch | fr: suede suedois | es: suecia sueco | it: svezia svedese | pt: suecia | nl: zweden zweeds | pl: szwecja szwedzki | tr: isvec
norway | de: norwegen norwegisch | fr: norvege norvegien | es: noruega noruego | it: norvegia norvegese | nl: noorwegen noors | pl: norwegia norweski | tr: norvec
denmark | de: danemark danisch | fr: danemark danois | es: dinamarca | it: danimarca danese | nl: denemarken deens | pl: dania dunski | tr: danimarka
hungary | de: ungarn ungarisch | fr: hongrie hongrois | es: hungria hungaro | it: ungheria ungherese | nl: hongarije hongaars | pl: wegry wegierski | tr: macaristan
czechia | de: tschechien tschechisch | fr: tchequie tcheque | es: chequia checo | it: cechia ceco | nl: tsjechie tsjechisch | pl: czechy czeski | tr: cekya
india | de: indien indisch | fr: inde indien | es: india indio | it: india indiano | nl: indie indiaas | pl: indie indyjski | tr: hindistan
afghanistan | de: afghanisch | fr: afghan | pl: afganistan | tr: afganistan
korea | de: korea koreanisch nordkorea sudkorea | fr: coree coreen | es: corea coreano | it: corea coreano | pt: coreia | nl: korea koreaans | pl: korea koreanski | tr: kore
mexico | de: mexiko mexikanisch | fr: mexique mexicain | es: mexico mexicano | it: messico messicano | pt: mexico | nl: mexico mexicaans | pl: meksyk meksykanski | tr: meksika
brazil | de: brasilien brasilianisch | fr: bresil bresilien | es: brasil brasileno | it: brasile brasiliano | pt: brasil brasileiro | nl: brazilie braziliaans | pl: brazylia brazylijski | tr: brezilya
canada | de: kanada kanadisch | fr: canada canadien | es: canada canadiense | it: canada canadese | nl: canada canadees | pl: kanada kanadyjski | tr: kanada
australia | de: australien australisch | fr: australie australien | es: australia australiano | it: australia australiano | nl: australie australisch | pl: australia australijski | tr: avustralya
europe | de: europa europaisch europaische | fr: europe europeen europeenne | es: europa europeo | it: europa europeo | pt: europa europeu | nl: europa europees | pl: europa europejski | tr: avrupa
africa | de: afrika afrikanisch | fr: afrique africain | es: africa africano | it: africa africano | nl: afrika | pl: afryka afrykanski | tr: afrika
saudi | de: saudi saudisch saudis | fr: saoudite saoudien | es: saudi saudita | it: saudita | pl: saudyjski | tr: suudi
cambodia | de: kambodscha | fr: cambodge | es: camboya | it: cambogia | nl: cambodja | pl: kambodza | tr: kambocya
philippines | de: philippinen philippinisch | fr: philippines philippin | es: filipinas filipino | it: filippine | nl: filipijnen | pl: filipiny | tr: filipinler
libya | de: libyen libysch | fr: libye libyen | es: libia libio | it: libia libico | nl: libie | pl: libia libijski | tr: libya
lebanon | de: libanon | fr: liban libanais | es: libano | it: libano | nl: libanon | pl: liban | tr: lubnan
moscow | de: moskau | fr: moscou | es: moscu | it: mosca | pt: moscou | nl: moskou | pl: moskwa | tr: moskova
london | fr: londres | es: londres | it: londra | pt: londres | nl: londen | pl: londyn | tr: londra
munich | de: munchen | pl: monachium | tr: munih
vienna | de: wien | fr: vienne | es: viena | it: vienna | nl: wenen | pl: wieden | tr: viyana
cologne | de: koln | es: colonia | nl: keulen | pl: kolonia | tr: koln
brussels | de: brussel | fr: bruxelles | es: bruselas | it: bruxelles | nl: brussel | pl: bruksela | tr: bruksel
beijing | de: peking | fr: pekin | es: pekin | it: pechino | pl: pekin | tr: pekin
tehran | de: teheran | fr: teheran | es: teheran | it: teheran | pl: teheran | tr: tahran
warsaw | de: warschau | fr: varsovie | es: varsovia | it: varsavia | nl: warschau | pl: warszawa | tr: varsova
rome | de: rom | es: roma | it: roma | pl: rzym | tr: roma
geneva | de: genf | fr: geneve | es: ginebra | it: ginevra | pl: genewa | tr: cenevre
jerusalem | es: jerusalen | it: gerusalemme | pl: jerozolima | tr: kudus
baghdad | de: bagdad | fr: bagdad | es: bagdad | pl: bagdad | tr: bagdat
kyiv | de: kiew | fr: kiev | es: kiev | pl: kijow | tr: kiev
republican
democrat
dead | de: tot tote toten todesopfer | fr: mort morts | es: muerto muertos | it: morto morti | pt: morto mortos | nl: dood doden | pl: zabitych | tr: olu
election | de: wahl wahlen | fr: election elections | es: eleccion elecciones | it: elezione elezioni | pt: eleicao eleicoes | nl: verkiezing verkiezingen | pl: wybory wyborow | tr: secim secimi
president | de: prasident prasidentin prasidenten | fr: president presidente | es: presidente presidenta | it: presidente | pt: presidente | nl: president | pl: prezydent | tr: cumhurbaskani
government | de: regierung | fr: gouvernement | es: gobierno | it: governo | pt: governo | nl: regering | pl: rzad rzadu | tr: hukumet hukumeti
minister | de: minister ministerin | fr: ministre | es: ministro ministra | it: ministro | pt: ministro | nl: minister | pl: minister | tr: bakan bakani
chancellor | de: kanzler kanzlerin bundeskanzler bundeskanzlerin | fr: chanceliere chancelier | es: canciller | it: cancelliere | pl: kanclerz | tr: sansolye
police | de: polizei | fr: police | es: policia | it: polizia | pt: policia | nl: politie | pl: policja policji | tr: polis
court | de: gericht | fr: tribunal | es: tribunal | it: tribunale | pt: tribunal | nl: rechtbank | tr: mahkeme mahkemesi
attack | de: angriff anschlag | fr: attaque attentat | es: ataque atentado | it: attacco attentato | pt: ataque atentado | nl: aanval aanslag | pl: atak zamach | tr: saldiri
war | de: krieg | fr: guerre | es: guerra | it: guerra | pt: guerra | nl: oorlog | pl: wojna | tr: savas
crisis | de: krise | fr: crise | es: crisis | it: crisi | pt: crise | nl: crisis | pl: kryzys | tr: kriz
earthquake | de: erdbeben | fr: seisme | es: terremoto sismo | it: terremoto | pt: terremoto | nl: aardbeving | pl: trzesienie | tr: deprem
volcano | de: vulkan | fr: volcan | es: volcan | it: vulcano | pt: vulcao | nl: vulkaan | pl: wulkan | tr: yanardag
fire | de: brand feuer | fr: incendie | es: incendio | it: incendio | pt: incendio | nl: brand | pl: pozar | tr: yangin
bushfire | de: buschfeuer buschbrand buschbrande
flood | de: hochwasser uberschwemmung | fr: inondation inondations | es: inundacion inundaciones | it: alluvione | pt: inundacao enchente | nl: overstroming | pl: powodz | tr: sel
storm | de: sturm unwetter | fr: tempete | es: tormenta temporal | it: tempesta | pt: tempestade | nl: storm | pl: burza | tr: firtina
pandemic | de: pandemie | fr: pandemie | es: pandemia | it: pandemia | pt: pandemia | nl: pandemie | pl: pandemia | tr: pandemi salgin
coronavirus | de: corona coronavirus | pl: koronawirus koronawirusa | tr: koronavirus korona
vaccine | de: impfstoff | fr: vaccin | es: vacuna | it: vaccino | pt: vacina | nl: vaccin | pl: szczepionka
quarantine | de: quarantane | fr: quarantaine | es: cuarentena | it: quarantena | pt: quarentena | nl: quarantaine | pl: kwarantanna | tr: karantina
hospital | de: krankenhaus klinik | fr: hopital | es: hospital | it: ospedale | pt: hospital | nl: ziekenhuis | pl: szpital | tr: hastane
school | de: schule | fr: ecole | es: escuela | it: scuola | pt: escola | nl: school | pl: szkola | tr: okul
airport | de: flughafen | fr: aeroport | es: aeropuerto | it: aeroporto | pt: aeroporto | nl: luchthaven | pl: lotnisko | tr: havalimani
plane | de: flugzeug | fr: avion | es: avion | it: aereo | pt: aviao | nl: vliegtuig | pl: samolot | tr: ucak
train | de: zug | fr: train | es: tren | it: treno | pt: trem | nl: trein | pl: pociag | tr: tren
ship | de: schiff | fr: navire | es: buque | it: nave | pt: navio | nl: schip | pl: statek | tr: gemi
cruise | de: kreuzfahrt kreuzfahrtschiff | fr: croisiere | es: crucero | it: crociera | pt: cruzeiro | nl: cruiseschip | pl: wycieczkowiec | tr: kruvaziyer
protest | de: protest proteste | fr: manifestation manifestations | es: protesta protestas | it: protesta proteste | pt: protesto | nl: protest | pl: protest protesty | tr: protesto
tax | de: steuer | fr: impot taxe | es: impuesto | it: tassa | pt: imposto | nl: belasting | pl: podatek | tr: vergi
economy | de: wirtschaft | fr: economie | es: economia | it: economia | pt: economia | nl: economie | pl: gospodarka | tr: ekonomi
oil | de: ol erdol | fr: petrole | es: petroleo | it: petrolio | pt: petroleo | nl: olie | pl: ropa | tr: petrol
million | de: million millionen | fr: million millions | es: millon millones | it: milione milioni | pt: milhao milhoes | nl: miljoen | pl: milion milionow
billion | de: milliarde milliarden | fr: milliard milliards | es: milmillones | it: miliardo miliardi | pt: bilhao bilhoes | nl: miljard | pl: miliard miliardow
children | de: kinder | fr: enfants | es: ninos | it: bambini | pt: criancas | nl: kinderen | pl: dzieci | tr: cocuklar
women | de: frauen | fr: femmes | es: mujeres | it: donne | pt: mulheres | nl: vrouwen | pl: kobiety | tr: kadinlar
murder | de: mord | fr: meurtre | es: asesinato | it: omicidio | pt: assassinato | nl: moord | pl: morderstwo | tr: cinayet
arrest | de: festnahme festgenommen verhaftet | fr: arrestation | es: detenido detencion | it: arrestato arresto | pt: preso | nl: arrestatie | pl: zatrzymany aresztowany | tr: gozalti tutuklandi
prison | de: gefangnis | fr: prison | es: prision carcel | it: carcere prigione | pt: prisao | nl: gevangenis | pl: wiezienie | tr: cezaevi hapis
accident | de: unfall | fr: accident | es: accidente | it: incidente | pt: acidente | nl: ongeluk | pl: wypadek | tr: kaza
earth | de: erde | fr: terre | es: tierra | it: terra | pt: terra | nl: aarde | pl: ziemia
world | de: welt | fr: monde | es: mundo | it: mondo | pt: mundo | nl: wereld | pl: swiat | tr: dunya
football | de: fussball | fr: football | es: futbol | it: calcio | pt: futebol | nl: voetbal | pl: pilka | tr: futbol
border | de: grenze | fr: frontiere | es: frontera | it: frontiera | pt: fronteira | nl: grens | pl: granica | tr: sinir
refugee | de: fluchtling fluchtlinge | fr: refugie refugies | es: refugiado refugiados | it: rifugiato rifugiati profughi | pt: refugiado | nl: vluchteling vluchtelingen | pl: uchodzca uchodzcy | tr: multeci
migrant | de: migranten | fr: migrants | es: migrantes | it: migranti | pt: migrantes | nl: migranten | pl: migranci | tr: gocmen
army | de: armee | es: ejercito | it: esercito | pt: exercito | nl: leger | pl: armia | tr: ordu
soldier | de: soldat soldaten | fr: soldat soldats | es: soldado soldados | it: soldato soldati | pt: soldado soldados | nl: soldaat soldaten | pl: zolnierz zolnierze | tr: asker askerler
troops | de: truppen | fr: troupes | es: tropas | it: truppe | pt: tropas | nl: troepen | pl: wojska
embassy | de: botschaft | fr: ambassade | es: embajada | it: ambasciata | pt: embaixada | nl: ambassade | pl: ambasada | tr: buyukelcilik
ambassador | fr: ambassadeur | es: embajador | it: ambasciatore | pt: embaixador | nl: ambassadeur | pl: ambasador | tr: buyukelci
sanctions | de: sanktionen | fr: sanctions | es: sanciones | it: sanzioni | pt: sancoes | nl: sancties | pl: sankcje | tr: yaptirim
strike | de: streik | fr: greve | es: huelga | it: sciopero | pt: greve | nl: staking | pl: strajk | tr: grev
parliament | de: parlament bundestag | fr: parlement | es: parlamento | it: parlamento | pt: parlamento | nl: parlement | pl: parlament sejm | tr: meclis
party | de: partei | fr: parti | es: partido | it: partito | pt: partido | nl: partij | pl: partia | tr: parti
law | de: gesetz | fr: loi | es: ley | it: legge | pt: lei | nl: wet | pl: ustawa | tr: yasa
investigation | de: ermittlungen | fr: enquete | es: investigacion | it: indagine | pt: investigacao | nl: onderzoek | pl: sledztwo | tr: sorusturma
trial | de: prozess | fr: proces | es: juicio | it: processo | pt: julgamento | nl: proces | pl: proces | tr: dava
extradition | de: auslieferung | fr: extradition | es: extradicion | it: estradizione | pt: extradicao | nl: uitlevering | pl: ekstradycja | tr: iade
summit | de: gipfel | fr: sommet | es: cumbre | it: vertice | pt: cupula | pl: szczyt | tr: zirve
agreement | de: abkommen einigung | fr: accord | es: acuerdo | it: accordo | pt: acordo | nl: akkoord | pl: porozumienie | tr: anlasma
climate | de: klima | fr: climat | es: clima | it: clima | pt: clima | nl: klimaat | pl: klimat | tr: iklim
snow | de: schnee | fr: neige | es: nieve | it: neve | pt: neve | nl: sneeuw | pl: snieg
flights | de: fluge flug | es: vuelos | it: voli | pt: voos | nl: vluchten | pl: loty | tr: ucus ucuslar
victims | de: opfer | fr: victimes | es: victimas | it: vittime | pt: vitimas | nl: slachtoffers | pl: ofiary | tr: kurban
injured | de: verletzt verletzte verletzten | fr: blesses blesse | es: heridos herido | it: feriti ferito | pt: feridos | nl: gewond gewonden | pl: ranni ranny | tr: yarali
missing | de: vermisst vermisste | fr: disparu disparus | es: desaparecido desaparecidos | it: scomparso dispersi | pt: desaparecido | nl: vermist vermiste | pl: zaginiony zaginieni | tr: kayip
missile | de: rakete raketen | fr: missile missiles | es: misil misiles | it: missile missili | pt: missil | nl: raket raketten | pl: rakieta rakiety | tr: fuze
nuclear | de: atomar nuklear | fr: nucleaire | es: nuclear | it: nucleare | pt: nuclear | nl: nucleair | pl: jadrowy jadrowej | tr: nukleer
infections | de: infektion infektionen | fr: infection infections | es: contagios | it: contagi | pt: infeccoes | nl: besmettingen | pl: zakazenia zakazen | tr: enfeksiyon
masks | de: maske masken | fr: masque masques | es: mascarillas | it: mascherine | pt: mascaras | nl: mondkapjes | pl: maseczki | tr: maske
unemployment | de: arbeitslosigkeit | fr: chomage | es: desempleo | it: disoccupazione | pt: desemprego | nl: werkloosheid | pl: bezrobocie | tr: issizlik
church | de: kirche | fr: eglise | es: iglesia | it: chiesa | pt: igreja | nl: kerk | pl: kosciol | tr: kilise
pope | de: papst | fr: pape | es: papa | it: papa | pt: papa | nl: paus | pl: papiez | tr: papa
prince | de: prinz | fr: prince | es: principe | it: principe | pt: principe | nl: prins | pl: ksiaze | tr: prens
queen | de: konigin | fr: reine | es: reina | it: regina | pt: rainha | nl: koningin | pl: krolowa | tr: kralice
king | de: konig | fr: roi | es: rey | pt: rei | nl: koning | pl: krol | tr: kral
duchess | de: herzogin | fr: duchesse | es: duquesa | it: duchessa | pt: duquesa | tr: duses
death | de: tod todes | fr: deces | es: fallecimiento | it: decesso | pt: obito | nl: overlijden | pl: smierc | tr: olum
died | de: gestorben verstorben stirbt starb | fr: decede decedee meurt | es: murio fallece fallecio | it: muore | pt: morreu faleceu | nl: overleden sterft | pl: zmarl zmarla | tr: vefat
warn | de: warnt warnen warnung | fr: avertit alerte | es: advierte alerta | it: avverte allarme | pt: adverte | nl: waarschuwt waarschuwing | pl: ostrzega | tr: uyardi uyari
demand | de: fordert fordern forderung | fr: exige reclame | es: exige reclama | it: chiede | nl: eist | pl: zada | tr: talep
percent | de: prozent | fr: pourcent | es: porciento | it: percento | pt: porcento | nl: procent | pl: procent | tr: yuzde
verdict | de: urteil | fr: verdict | es: sentencia | it: sentenza | pt: sentenca | nl: vonnis | pl: wyrok
week | de: woche wochen | fr: semaine | es: semana | it: settimana | pt: semana | pl: tydzien | tr: hafta
city | de: stadt | fr: ville | es: ciudad | it: citta | pt: cidade | nl: stad | pl: miasto | tr: sehir
help | de: hilfe | fr: aide | es: ayuda | it: aiuto | pt: ajuda | nl: hulp | pl: pomoc | tr: yardim
fight | de: kampf | fr: lutte | es: lucha | it: lotta | pt: luta | nl: strijd | pl: walka | tr: mucadele
measures | de: massnahmen massnahme | fr: mesures | es: medidas | it: misure | pt: medidas | nl: maatregelen | pl: srodki | tr: onlem tedbir
number | de: zahl | fr: nombre | es: numero | it: numero | pt: numero | nl: aantal | pl: liczba | tr: sayi
family | de: familie | fr: famille | es: familia | it: famiglia | pt: familia | nl: familie gezin | pl: rodzina | tr: aile
price | de: preis preise | fr: prix | es: precio precios | it: prezzo prezzi | pt: preco precos | nl: prijs prijzen | pl: cena ceny | tr: fiyat
case | de: fall falle | fr: cas | es: caso casos | it: caso casi | pt: caso casos | nl: geval gevallen | pl: przypadek przypadki | tr: vaka
ban | de: verbot | fr: interdiction | es: prohibicion | it: divieto | pt: proibicao | nl: verbod | pl: zakaz | tr: yasak
vote | de: abstimmung | es: votacion | it: voto | pt: votacao | nl: stemming | pl: glosowanie | tr: oylama
leader | de: anfuhrer | fr: dirigeant | es: lider | pt: lider | nl: leider | pl: przywodca | tr: lider
market | de: markt | es: mercado | it: mercato | pt: mercado | nl: markt | pl: rynek | tr: piyasa
`;

/** One form of the lexicon: its language, the form as written, and the English word it stands for. */
export interface LexiconEntry {
  lang: string;
  form: string;
  english: string;
}

/** Every form of the lexicon, in the order written (for its data checks). */
export function listLexiconEntries(): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const line of CONCEPTS.split('\n')) {
    const [head, ...groups] = line.split('|');
    const english = head?.trim();
    if (!english) continue;
    for (const group of groups) {
      const colon = group.indexOf(':');
      if (colon < 0) continue;
      const lang = group.slice(0, colon).trim();
      for (const form of group.slice(colon + 1).trim().split(/\s+/)) if (form) out.push({ lang, form, english });
    }
  }
  return out;
}

const lexicons = new Map<string, ReadonlyMap<string, string>>();

function buildLexicon(lang: string): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const entry of listLexiconEntries()) {
    if (entry.lang !== lang) continue;
    const stem = stemWord(normalizeSpelling(foldText(entry.form), lang), lang);
    // The first concept to claim a stem keeps it (the data checks reject a stem claimed twice).
    if (!out.has(stem)) out.set(stem, stemWord(foldText(entry.english), 'en'));
  }
  return out;
}

/** The English concept stem of a stemmed word of `lang` (null = English rules), or the stem itself. */
export function translateStem(stem: string, lang: string | null): string {
  const key = lang ?? 'en';
  let lexicon = lexicons.get(key);
  if (!lexicon) lexicons.set(key, (lexicon = buildLexicon(key)));
  return lexicon.get(stem) ?? stem;
}
