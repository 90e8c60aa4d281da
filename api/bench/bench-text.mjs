// Text pools for the generated benchmark dataset: titles, sentences and names in Swedish (sv),
// Finnish (fi) and Meänkieli (fit). PostgreSQL picks from these arrays with random(); lengths come
// out like real medborgarförslag (title 20–90 characters, body a few sentences to a long letter).

const PLACES = ['Kalix', 'Töre', 'Sangis', 'Nyborg', 'Rolfs', 'Karlsborg', 'Båtskärsnäs', 'Påläng', 'Morjärv', 'Vånafjärden', 'Ytterbyn', 'Risön', 'Bredviken', 'Gammelgården', 'Storön'];

function cross(templates, objects, places) {
  const out = [];
  for (const template of templates) for (const object of objects) for (const place of places) out.push(template.replace('{o}', object).replace('{p}', place));
  return out;
}

export const TITLES = {
  sv: cross(
    ['Bygg {o} i {p}', 'Bättre {o} vid {p}', 'Förslag: {o} för {p}', 'Rusta upp {o} i {p}', 'Vi behöver {o} i {p}', 'Satsa på {o} i {p}'],
    ['en belyst cykelväg', 'en ny lekplats', 'fler busstider', 'en badplats', 'ett utegym', 'laddstolpar', 'en bytesbod', 'en skridskobana', 'en hundrastgård', 'bredband', 'en mötesplats för unga', 'trygg skolväg', 'en båtramp', 'vinterväghållning', 'ett vindskydd', 'en kulturscen', 'en servicepunkt', 'fler bänkar', 'en motionsslinga', 'gatubelysning'],
    PLACES,
  ),
  fi: cross(
    ['Rakennetaan {o} {p}', 'Parempi {o} ({p})', 'Ehdotus: {o} {p}', 'Kunnostetaan {o} {p}', 'Tarvitsemme {o} {p}'],
    ['valaistu pyörätie', 'uusi leikkipuisto', 'lisää bussivuoroja', 'uimaranta', 'ulkokuntosali', 'latauspisteitä', 'kierrätyspiste', 'luistinrata', 'koirapuisto', 'laajakaista', 'nuorten kohtaamispaikka', 'turvallinen koulutie', 'veneenlaskupaikka', 'laavu', 'palvelupiste'],
    PLACES.map((place) => `– ${place}`),
  ),
  fit: cross(
    ['Rakentakhaa {o} {p}', 'Parempi {o} {p}', 'Ehotus: {o} {p}', 'Met tarvitemma {o} {p}'],
    ['valaistu pyörätie', 'uusi leikkipaikka', 'enämpi bussivuoroja', 'uimapaikka', 'ulkokuntosali', 'kyläkauppa', 'luistinrata', 'koirapuisto', 'nuorten paikka', 'turvallinen koulutie', 'venheenlaskupaikka', 'laavu'],
    PLACES.map((place) => `– ${place}`),
  ),
};

export const SENTENCES = {
  sv: [
    'I dag finns det ingen säker väg för barnen att ta sig till skolan på vintern.',
    'Många i byn har pratat om det här i flera år, och nu hoppas vi att kommunen tar tag i det.',
    'Det skulle göra det lättare för äldre att bo kvar hemma och för unga att flytta tillbaka.',
    'Föreningen kan tänka sig att ta hand om skötseln om kommunen står för materialet.',
    'På sommaren kommer många besökare hit, men det finns ingenstans att parkera eller slänga skräp.',
    'Vi har samlat in namn från grannar och de flesta håller med om att det behövs.',
    'Bussen går bara två gånger om dagen, vilket gör det svårt att pendla till jobbet i Kalix.',
    'Lösningen behöver inte vara dyr; en enkel belysning längs sträckan skulle räcka långt.',
    'Det passar bra med målbilden om en levande landsbygd i utvecklingsstrategin.',
    'Ungdomarna saknar en plats att vara på efter skolan där man inte behöver köpa något.',
    'Isen ligger länge här, och en plogad bana på älven skulle användas av hela familjer.',
    'Det finns redan en gammal byggnad som skulle kunna rustas upp i stället för att bygga nytt.',
    'Vägen är smal och lastbilarna kör fort, så det känns otryggt att gå där med barnvagn.',
    'Andra kommuner i Norrbotten har gjort liknande saker med bra resultat.',
    'Om det blir av kan byaföreningen ordna en invigning med korvgrillning för alla.',
    'Frågan lyftes på byastämman i våras och fick stöd av nästan alla som var där.',
    'Det är viktigt att det fungerar även för den som har rullstol eller rullator.',
    'Mörkret på vintern gör att många inte vågar gå ut efter klockan fyra.',
    'Vi tror att det skulle locka fler barnfamiljer att flytta hit.',
    'Kostnaden kan delas med Leader-medel eller andra bidrag som föreningen kan söka.',
    'Skötseln kan ske ideellt, vi är flera som gärna hjälper till.',
    'Det räcker med en mindre yta nära skolan, marken ägs redan av kommunen.',
    'Turisterna frågar ofta efter det här och det skulle gynna företagen i området.',
    'Tack för att ni läser förslaget, vi svarar gärna på frågor.',
  ],
  fi: [
    'Tällä hetkellä lapsilla ei ole turvallista reittiä kouluun talvella.',
    'Kylässä on puhuttu tästä jo vuosia, ja toivomme että kunta tarttuu asiaan.',
    'Se helpottaisi ikäihmisten asumista kotona ja nuorten paluuta kotiseudulle.',
    'Yhdistys voisi huolehtia ylläpidosta, jos kunta hankkii materiaalit.',
    'Kesällä täällä käy paljon vierailijoita, mutta pysäköinti ja jätehuolto puuttuvat.',
    'Keräsimme nimiä naapureilta, ja useimmat ovat samaa mieltä tarpeesta.',
    'Bussi kulkee vain kaksi kertaa päivässä, joten työmatkat Kalixiin ovat hankalia.',
    'Ratkaisun ei tarvitse olla kallis; yksinkertainen valaistus riittäisi pitkälle.',
    'Ehdotus sopii hyvin kehittämisstrategian elävän maaseudun tavoitteeseen.',
    'Nuorilta puuttuu paikka koulun jälkeen, jossa ei tarvitse ostaa mitään.',
    'Jää pysyy täällä pitkään, ja aurattu rata joella houkuttelisi perheitä.',
    'Vanha rakennus voitaisiin kunnostaa uuden rakentamisen sijaan.',
    'Tie on kapea ja rekat ajavat lujaa, joten lastenvaunujen kanssa on turvatonta kulkea.',
    'Muut Norrbottenin kunnat ovat tehneet vastaavaa hyvin tuloksin.',
    'Kyläyhdistys voi järjestää avajaiset makkaranpaistoineen kaikille.',
    'Asia nousi esiin kyläkokouksessa keväällä ja sai lähes kaikkien tuen.',
    'On tärkeää, että ratkaisu toimii myös pyörätuolin tai rollaattorin kanssa.',
    'Talven pimeys saa monet jäämään sisälle kello neljän jälkeen.',
    'Uskomme, että tämä houkuttelisi lisää lapsiperheitä muuttamaan tänne.',
    'Kustannuksia voidaan jakaa Leader-tuella tai muilla avustuksilla.',
  ],
  fit: [
    'Nyt lapsila ei ole turvallista tietä kouhluun talvela.',
    'Kylässä oon puhuttu tästä monta vuotta, ja met toivoma ette kunta ottaa asian hoithaan.',
    'Se auttais vanhoja asumhaan kotona ja nuoria palaahmaan kotikylhään.',
    'Kyläyhistys saattaa huolehtia paikasta, jos kunta antaa tarpheet.',
    'Kesälä tänne tullee paljon väkeä, mutta ei ole paikkaa parkeerata.',
    'Met keräsimä nimiä naapureilta ja melkein kaikki oon samaa mieltä.',
    'Bussi kulkkee vain kaksi kertaa päivässä, ja töihin Kalixhiin oon vaikea päästä.',
    'Ei tartte olla kallis; yksinkertainen valo tien varressa riittäis.',
    'Tämä sopii hyvin kehitysstrategian elävän maaseuđun tavotheesseen.',
    'Nuorila ei ole paikkaa kouhlun jälkhiin.',
    'Jää pysyy täälä pitkhään, ja aurattu rata joela olis hyvä perheile.',
    'Vanha talo saattais korjata uuđen rakentamisen sijhaan.',
    'Tie oon kapea ja rekat ajavat kovvaa, se oon turvatonta.',
    'Kyläyhistys saattaa järjestää avajaiset kaikile.',
    'Kiitos ette luitta ehotuksen.',
  ],
};

export const COMMENTS = {
  sv: [
    'Bra förslag, jag håller med!',
    'Det här har vi väntat på länge.',
    'Hur tänker ni kring kostnaden för skötseln på vintern?',
    'Jag bor precis intill och skulle använda det varje dag.',
    'Kan man inte kombinera det med den nya skolan?',
    'Tack för att du lyfte frågan, jag skriver under.',
    'Jag är tveksam, vägen behöver lagas först.',
    'Föreningen kan hjälpa till med arbetet om det blir av.',
    'Mina barn skulle bli jätteglada.',
    'Finns det något liknande i Överkalix som man kan titta på?',
  ],
  fi: [
    'Hyvä ehdotus, olen samaa mieltä!',
    'Tätä on odotettu pitkään.',
    'Miten talviajan ylläpito rahoitettaisiin?',
    'Asun aivan vieressä ja käyttäisin sitä joka päivä.',
    'Voisiko tämän yhdistää uuteen kouluun?',
    'Kiitos kun otit asian esille.',
    'Olen epävarma, tie pitäisi korjata ensin.',
  ],
  fit: [
    'Hyvä ehotus, mie olen samaa mieltä!',
    'Tätä met olema ottanheet pitkän aikaa.',
    'Mie asun ihan vieressä.',
    'Kiitos ette otit tämän esile.',
    'Kyläyhistys saattaa auttaa.',
  ],
};

export const FIRST_NAMES = ['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Elin', 'Nils', 'Sara', 'Olof', 'Ida', 'Anders', 'Ebba', 'Per', 'Linnea', 'Jonas', 'Aino', 'Mikko', 'Liisa', 'Juha', 'Eeva', 'Pekka', 'Sanna', 'Matti', 'Hanna', 'Oskar', 'Wilma', 'Hugo', 'Alva', 'Axel', 'Tove', 'Viktor', 'Elsa', 'Emil', 'Saga', 'Isak'];
export const LAST_NAMES = ['Lindqvist', 'Nilsson', 'Lundberg', 'Öhman', 'Berg', 'Karlsson', 'Johansson', 'Lindberg', 'Strömbäck', 'Nordström', 'Granström', 'Sundqvist', 'Björk', 'Isaksson', 'Mäkinen', 'Korhonen', 'Niemi', 'Heikkilä', 'Pekkari', 'Wikström', 'Lahti', 'Eriksson', 'Forsberg', 'Holmgren', 'Hedman', 'Marklund', 'Nyström', 'Lantto'];
