/**
 * The Polish vocabulary of the synthetic content generator: forums, gminy, people's names,
 * topics and tags per forum, and sentence templates. Names are common Polish ones; every
 * generated person is fictional and marked `example: true`.
 */
import type { FORUM_SLUGS } from '../../src/schema/collections.ts';

export type ForumSlug = (typeof FORUM_SLUGS)[number];

export interface ForumWords {
  title: string;
  domain: string;
  short: string;
  /** Subjects in the nominative/accusative, used in titles and sentences. */
  topics: string[];
  tags: string[];
}

export const FORUMS: Record<ForumSlug, ForumWords> = {
  'inteligentne-zarzadzanie': {
    title: 'Forum Rozwoju',
    domain: 'Inteligentne zarządzanie',
    short: 'Forum Rozwoju',
    topics: ['centrum usług wspólnych', 'budżet obywatelski', 'elektroniczny obieg dokumentów', 'strategia rozwoju gminy', 'kontrola zarządcza', 'cyberbezpieczeństwo urzędu', 'otwarte dane', 'partycypacja mieszkańców'],
    tags: ['CUW', 'budżet obywatelski', 'EZD', 'strategia rozwoju', 'kontrola zarządcza', 'cyberbezpieczeństwo', 'otwarte dane', 'konsultacje społeczne', 'RODO', 'e-usługi', 'zespoły metropolitalne', 'benchmarking'],
  },
  'srodowisko-i-przestrzen': {
    title: 'Forum Środowiska i Przestrzeni',
    domain: 'Środowisko i przestrzeń',
    short: 'Forum Środowiska',
    topics: ['wymiana pieców', 'plan ogólny', 'mała retencja', 'gospodarka odpadami', 'zieleń miejska', 'ochrona powietrza', 'odnawialne źródła energii', 'adaptacja do zmian klimatu'],
    tags: ['wymiana pieców', 'jakość powietrza', 'ekodoradcy', 'plan ogólny', 'mała retencja', 'deszczówka', 'odpady', 'PSZOK', 'zieleń', 'OZE', 'uchwała antysmogowa', 'MPZP', 'Czyste Powietrze'],
  },
  gospodarka: {
    title: 'Forum Rozwoju Gospodarczego',
    domain: 'Rozwój gospodarczy',
    short: 'Forum Gospodarki',
    topics: ['tereny inwestycyjne', 'obsługa inwestora', 'promocja gospodarcza', 'turystyka', 'wsparcie przedsiębiorców', 'strefy aktywności gospodarczej', 'szkolnictwo branżowe', 'fundusze europejskie'],
    tags: ['tereny inwestycyjne', 'obsługa inwestora', 'promocja', 'turystyka', 'przedsiębiorcy', 'KMA4Business', 'fundusze europejskie', 'FEM', 'ZIT', 'szkolnictwo branżowe', 'rynek pracy'],
  },
  mobilnosc: {
    title: 'Forum Zrównoważonego Transportu',
    domain: 'Mobilność',
    short: 'Forum Transportu',
    topics: ['parkingi P&R', 'trasy rowerowe', 'transport publiczny', 'bilet metropolitalny', 'kolej aglomeracyjna', 'bezpieczeństwo pieszych', 'dowóz uczniów', 'przystanki autobusowe'],
    tags: ['SUMP', 'P&R', 'transport publiczny', 'rowery', 'bilet metropolitalny', 'kolej aglomeracyjna', 'przystanki', 'bezpieczeństwo ruchu', 'dowóz uczniów', 'elektromobilność', 'buspasy'],
  },
  edukacja: {
    title: 'Forum Edukacji',
    domain: 'Edukacja',
    short: 'Forum Edukacji',
    topics: ['organizacja oświaty', 'nabór do szkół', 'edukacja włączająca', 'opieka nad dziećmi do lat 3', 'wynagrodzenia nauczycieli', 'edukacja dzieci cudzoziemców', 'subwencja oświatowa', 'przedszkola'],
    tags: ['organizacja oświaty', 'edukacja włączająca', 'dowóz uczniów', 'nauczyciele', 'nabór', 'żłobki', 'przedszkola', 'subwencja oświatowa', 'dzieci cudzoziemców', 'kształcenie specjalne'],
  },
  'kultura-czasu-wolnego': {
    title: 'Forum Oferty Czasu Wolnego',
    domain: 'Kultura i czas wolny',
    short: 'Forum Czasu Wolnego',
    topics: ['wydarzenia plenerowe', 'oferta dla seniorów', 'biblioteki gminne', 'sport i rekreacja', 'szlaki turystyczne', 'współpraca z NGO', 'dziedzictwo kulturowe', 'domy kultury'],
    tags: ['wydarzenia', 'seniorzy', 'biblioteki', 'sport', 'szlaki', 'NGO', 'dziedzictwo', 'domy kultury', 'wolontariat', 'imprezy masowe', 'turystyka weekendowa'],
  },
  'uslugi-spoleczne': {
    title: 'Forum Usług Społecznych',
    domain: 'Usługi społeczne',
    short: 'Forum Usług Społecznych',
    topics: ['usługi dla seniorów', 'centrum usług społecznych', 'mieszkania wspomagane', 'przeciwdziałanie przemocy', 'asystencja osobista', 'pomoc cudzoziemcom', 'zdrowie psychiczne', 'wsparcie rodzin'],
    tags: ['seniorzy', 'CUS', 'OPS', 'mieszkania wspomagane', 'przemoc domowa', 'asystencja', 'cudzoziemcy', 'zdrowie psychiczne', 'rodzina', 'niepełnosprawność', 'teleopieka'],
  },
  'zamowienia-publiczne': {
    title: 'Forum Prawa Zamówień Publicznych',
    domain: 'Zamówienia publiczne',
    short: 'Forum PZP',
    topics: ['klauzule waloryzacyjne', 'wspólne zakupy energii', 'orzecznictwo KIO', 'zamówienia poniżej progu', 'dostępność w zamówieniach', 'plan postępowań', 'kryteria pozacenowe', 'umowy ramowe'],
    tags: ['PZP', 'waloryzacja', 'orzecznictwo', 'KIO', 'wspólne zakupy', 'energia', 'dostępność', 'plan postępowań', 'kryteria', 'umowy', 'zamówienia bagatelne'],
  },
};

/** Tags that cut across forums. */
export const COMMON_TAGS = ['RODO', 'fundusze europejskie', 'sprawozdawczość', 'szkolenia', 'dobre praktyki', 'Metropolia', 'współpraca gmin', 'wzory dokumentów'];

export interface GminaWords {
  title: string;
  kind: 'miejska' | 'miejsko-wiejska' | 'wiejska';
  /** Locative: "w Skawinie". */
  inWhere: string;
  domain: string;
  population: number;
}

export const GMINY: Record<string, GminaWords> = {
  krakow: { title: 'Miasto Kraków', kind: 'miejska', inWhere: 'w Krakowie', domain: 'krakow', population: 804000 },
  biskupice: { title: 'Gmina Biskupice', kind: 'wiejska', inWhere: 'w Biskupicach', domain: 'biskupice', population: 10300 },
  czernichow: { title: 'Gmina Czernichów', kind: 'wiejska', inWhere: 'w Czernichowie', domain: 'czernichow', population: 15300 },
  'igolomia-wawrzenczyce': { title: 'Gmina Igołomia-Wawrzeńczyce', kind: 'wiejska', inWhere: 'w Igołomi-Wawrzeńczycach', domain: 'igolomia', population: 8000 },
  'kocmyrzow-luborzyca': { title: 'Gmina Kocmyrzów-Luborzyca', kind: 'wiejska', inWhere: 'w Kocmyrzowie-Luborzycy', domain: 'kocmyrzow', population: 13000 },
  liszki: { title: 'Gmina Liszki', kind: 'wiejska', inWhere: 'w Liszkach', domain: 'liszki', population: 18500 },
  michalowice: { title: 'Gmina Michałowice', kind: 'wiejska', inWhere: 'w Michałowicach', domain: 'michalowice', population: 11000 },
  mogilany: { title: 'Gmina Mogilany', kind: 'wiejska', inWhere: 'w Mogilanach', domain: 'mogilany', population: 13000 },
  niepolomice: { title: 'Gmina Niepołomice', kind: 'miejsko-wiejska', inWhere: 'w Niepołomicach', domain: 'niepolomice', population: 30000 },
  skawina: { title: 'Gmina Skawina', kind: 'miejsko-wiejska', inWhere: 'w Skawinie', domain: 'skawina', population: 44000 },
  'swiatniki-gorne': { title: 'Gmina Świątniki Górne', kind: 'miejsko-wiejska', inWhere: 'w Świątnikach Górnych', domain: 'swiatniki', population: 10500 },
  wieliczka: { title: 'Gmina Wieliczka', kind: 'miejsko-wiejska', inWhere: 'w Wieliczce', domain: 'wieliczka', population: 70000 },
  'wielka-wies': { title: 'Gmina Wielka Wieś', kind: 'wiejska', inWhere: 'w Wielkiej Wsi', domain: 'wielkawies', population: 12000 },
  zabierzow: { title: 'Gmina Zabierzów', kind: 'wiejska', inWhere: 'w Zabierzowie', domain: 'zabierzow', population: 27000 },
  zielonki: { title: 'Gmina Zielonki', kind: 'wiejska', inWhere: 'w Zielonkach', domain: 'zielonki', population: 24000 },
};

export const FIRST_NAMES = {
  f: ['Anna', 'Katarzyna', 'Małgorzata', 'Agnieszka', 'Barbara', 'Ewa', 'Joanna', 'Magdalena', 'Monika', 'Dorota', 'Beata', 'Aleksandra', 'Justyna', 'Iwona', 'Łucja', 'Żaneta', 'Jadwiga', 'Grażyna'],
  m: ['Piotr', 'Krzysztof', 'Andrzej', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Jakub', 'Łukasz', 'Grzegorz', 'Wojciech', 'Mariusz', 'Dariusz', 'Józef', 'Zbigniew', 'Stanisław', 'Bartłomiej', 'Kamil'],
};

/** Surnames as [masculine, feminine]. */
export const SURNAMES: [string, string][] = [
  ['Nowak', 'Nowak'], ['Kowalski', 'Kowalska'], ['Wiśniewski', 'Wiśniewska'], ['Wójcik', 'Wójcik'],
  ['Kowalczyk', 'Kowalczyk'], ['Kamiński', 'Kamińska'], ['Lewandowski', 'Lewandowska'], ['Zieliński', 'Zielińska'],
  ['Szymański', 'Szymańska'], ['Woźniak', 'Woźniak'], ['Dąbrowski', 'Dąbrowska'], ['Kozłowski', 'Kozłowska'],
  ['Mazur', 'Mazur'], ['Krawczyk', 'Krawczyk'], ['Piątek', 'Piątek'], ['Grabowski', 'Grabowska'],
  ['Pawłowski', 'Pawłowska'], ['Michalski', 'Michalska'], ['Król', 'Król'], ['Wieczorek', 'Wieczorek'],
  ['Jabłoński', 'Jabłońska'], ['Wróbel', 'Wróbel'], ['Nowakowski', 'Nowakowska'], ['Majewski', 'Majewska'],
  ['Stępień', 'Stępień'], ['Ożóg', 'Ożóg'], ['Łabędź', 'Łabędź'], ['Ślusarczyk', 'Ślusarczyk'],
];

export const POSITIONS = [
  'inspektor ds. {topic}', 'kierownik referatu', 'główny specjalista ds. {topic}', 'podinspektor', 'naczelnik wydziału',
  'koordynator projektów', 'specjalista ds. {topic}', 'zastępca kierownika referatu',
];

export const OUTSIDE_BODIES = ['Biuro SMK', 'Urząd Marszałkowski Województwa Małopolskiego', 'Małopolski Urząd Wojewódzki', 'Regionalna Izba Obrachunkowa w Krakowie', 'Zarząd Transportu Publicznego w Krakowie', 'Kuratorium Oświaty w Krakowie'];

export const DOCUMENT_TITLES = ['Wzór: {topic}', 'Raport: {topic} w gminach Metropolii', 'Prezentacja – {topic}', 'Omówienie przepisów: {topic}', 'Przegląd orzecznictwa: {topic}', 'Notatka z posiedzenia – {topic}', 'Narzędzie: arkusz do planowania ({topic})', 'Zestawienie danych: {topic} {year}'];
export const PRACTICE_TITLES = ['{topic} {where}', 'Jak {where} uporządkowano {topic}', '{topic}: doświadczenia gminy {gmina}', 'Wspólne działania gmin – {topic}'];
export const FAQ_TITLES = ['Jak zorganizować {topic} w małej gminie?', 'Czy gmina może wspólnie z sąsiednią prowadzić {topic}?', 'Kto odpowiada za {topic} po zmianie przepisów?', 'Jakie dokumenty są potrzebne, by rozpocząć {topic}?', 'Czy na {topic} można uzyskać dofinansowanie?', 'Jak rozliczyć {topic} w sprawozdaniu rocznym?'];
/** Event titles by event type. */
export const EVENT_TITLES = {
  'posiedzenie forum': 'Posiedzenie: {forum} – {topic}',
  szkolenie: 'Szkolenie: {topic}',
  webinar: 'Webinar: {topic} w praktyce',
  konsultacje: 'Konsultacje: {topic}',
  termin: 'Termin sprawozdań – {topic}',
  wydarzenie: 'Spotkanie otwarte: {topic} {where}',
} as const;
export const NEWS_TITLES = ['Nowe materiały: {topic}', 'Zmiana przepisów dotycząca obszaru: {topic}', 'Nabór wniosków – {topic}', 'Podsumowanie spotkania: {topic}', '{gmina} dzieli się doświadczeniem: {topic}', 'Ankieta dla gmin – {topic}'];

export const SENTENCES = [
  'Temat „{topic}” wraca na kolejne spotkania {forum}, bo gminy mierzą się z nim w podobny sposób.',
  'Gminy Metropolii prosiły o wspólne materiały, które pozwolą szybciej przygotować dokumenty {where}.',
  'Zespół metropolitalny zebrał doświadczenia piętnastu gmin i opisał je w jednym miejscu.',
  'W {year} roku uczestnicy forum wskazali ten obszar jako jeden z najpilniejszych.',
  'Przed wdrożeniem warto porozmawiać z osobami, które przeprowadziły podobny proces w sąsiedniej gminie.',
  'Dokument zawiera przykładowe liczby – przed użyciem zastąp je danymi swojej gminy.',
  'Najwięcej pytań dotyczyło terminów, podziału zadań między wydziały i sposobu rozliczenia kosztów.',
  'Biuro SMK zbiera uwagi do kolejnej wersji do końca kwartału.',
  'Doświadczenia {gmina} pokazują, że najwięcej czasu zajmuje uzgodnienie zakresu z jednostkami podległymi.',
  'Materiały z poprzednich posiedzeń znajdziesz w bazie wiedzy pod tagiem „{tag}”.',
  'Przepisy zmieniały się kilka razy, dlatego zawsze sprawdź aktualne brzmienie ustawy.',
  'Wspólne działanie kilku gmin obniża koszty i pozwala dzielić się ekspertami.',
  'Uczestnicy zwrócili uwagę na potrzebę jednolitych wzorów pism i formularzy.',
  'Kolejny krok to pilotaż w dwóch lub trzech gminach i ocena efektów po roku.',
  'Pytania można zgłaszać koordynatorowi forum albo w pokoju forum w komunikatorze.',
  'Wnioski z dyskusji trafią do rekomendacji dla zarządu Stowarzyszenia.',
];

export const LIST_ITEMS = [
  'harmonogram prac z podziałem na etapy,', 'wzór porozumienia między gminami,', 'lista kontrolna przed ogłoszeniem,',
  'zestawienie kosztów i źródeł finansowania,', 'kontakty do osób prowadzących podobne sprawy,', 'najczęstsze błędy i jak ich uniknąć,',
  'terminy sprawozdań i obowiązków informacyjnych,', 'przykładowe uchwały rad gmin.',
];

export const HEADINGS = ['Najważniejsze wnioski', 'Co zrobiono', 'Dla innych gmin', 'Jak się przygotować', 'Czego się nauczyliśmy', 'Podstawa prawna'];

export const PLACES = ['Biuro SMK, ul. Basztowa 22, Kraków', 'Urząd Miasta i Gminy Skawina, sala sesyjna', 'Urząd Gminy Zabierzów, sala konferencyjna', 'Centrum Kultury w Wieliczce', 'Urząd Miasta i Gminy Niepołomice, Zamek Królewski', 'Małopolski Urząd Wojewódzki, sala 104'];

/** Labels of the attachments the generator reuses. */
export const FILE_LABELS: Record<string, string> = {
  'diagnoza-sump-podsumowanie.pdf': 'Podsumowanie diagnozy (PDF)',
  'wzor-klauzuli-waloryzacyjnej.docx': 'Wzór do edycji (DOCX)',
  'wzor-klauzuli-waloryzacyjnej.odt': 'Wzór do edycji (ODT)',
  'lista-kontrolna-wydarzenia.pdf': 'Lista kontrolna (PDF)',
  'forum-edukacja-2026-10-notatka.odt': 'Notatka ze spotkania (ODT)',
  'zestawienie-naborow-fem-zit.odt': 'Zestawienie danych (ODT)',
  'przeglad-orzecznictwa-kio-2026.pdf': 'Przegląd orzecznictwa – dla członków (PDF)',
  'forum-zp-2026-11-notatka.docx': 'Notatka z posiedzenia – dla członków (DOCX)',
  'wykaz-bledow-korekty-pzp.pdf': 'Wykaz błędów i korekt – dla członków (PDF)',
};

export const ANSWERERS = ['Biuro SMK', 'ekspert Forum Prawa Zamówień Publicznych (dane przykładowe)', 'koordynatorka forum (dane przykładowe)', 'radca prawny Stowarzyszenia (dane przykładowe)', 'zespół metropolitalny gminy Skawina'];

/** Funding programmes for generated calls (nabory). */
export const CALL_PROGRAMMES = [
  { name: 'FEM 2021–2027, działanie 2.4', funder: 'Urząd Marszałkowski Województwa Małopolskiego', link: 'https://www.fundusze.malopolska.pl/nabory' },
  { name: 'ZIT Metropolii Krakowskiej', funder: 'Stowarzyszenie Metropolia Krakowska', link: 'https://metropolia.example/zit' },
  { name: 'Czyste Powietrze', funder: 'WFOŚiGW w Krakowie', link: 'https://wfos.krakow.pl/czyste-powietrze' },
  { name: 'Rządowy Fundusz Rozwoju Dróg', funder: 'Wojewoda Małopolski', link: 'https://www.gov.pl/web/uw-malopolski' },
  { name: 'Erasmus+ KA1', funder: 'Fundacja Rozwoju Systemu Edukacji', link: 'https://erasmusplus.org.pl' },
  { name: 'Program „Kultura – Interwencje”', funder: 'Narodowe Centrum Kultury', link: 'https://www.nck.pl' },
] as const;

export const CALL_APPLICANTS = [
  'gminy i ich związki',
  'jednostki samorządu terytorialnego i ich jednostki organizacyjne',
  'gminy, organizacje pozarządowe i instytucje kultury',
] as const;

export const CALL_AMOUNTS = ['do 2 mln zł na projekt', '85% kosztów kwalifikowanych', 'do 500 tys. zł', 'od 100 tys. do 5 mln zł'] as const;

/** Kinds of joint projects and their milestones, for generated projects. */
export const PROJECT_KINDS = [
  { title: 'Trasa rowerowa {gminy}', milestones: ['koncepcja trasy', 'pozwolenie na budowę', 'przetarg na roboty', 'oddanie do użytku'] },
  { title: 'Parking P&R i węzeł przesiadkowy {gminy}', milestones: ['porozumienie gmin', 'projekt', 'budowa', 'uruchomienie'] },
  { title: 'Zbiornik retencyjny {gminy}', milestones: ['analiza hydrologiczna', 'decyzja środowiskowa', 'budowa', 'odbiór'] },
  { title: 'Wspólny dowóz uczniów {gminy}', milestones: ['analiza tras', 'porozumienie', 'przetarg', 'start przewozów'] },
] as const;
