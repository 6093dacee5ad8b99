/**
 * Every UI string of the site, in one typed table. Components call `t('key')`; a missing key is
 * a type error. `{name}` placeholders are filled from the second argument.
 */
const strings = {
  'site.name': 'Metropolia Krakowska',
  'site.tagline': 'Baza wiedzy i współpracy gmin Metropolii Krakowskiej',
  'site.owner': 'Stowarzyszenie Metropolia Krakowska',
  'site.description':
    'Kontakty, dokumenty, dobre praktyki, kalendarz spotkań i aktualności 15 gmin współpracujących w 8 forach metropolitalnych.',

  'a11y.skip': 'Przejdź do treści',
  'nav.main': 'Główna nawigacja',
  'nav.footer': 'Nawigacja w stopce',
  'nav.breadcrumbs': 'Jesteś tutaj',
  'nav.pagination': 'Strony listy',
  'nav.forumFilter': 'Filtruj według forum',
  'nav.home': 'Start',
  'nav.menu': 'Menu',

  'section.forums': 'Fora',
  'section.municipalities': 'Gminy',
  'section.contacts': 'Kontakty',
  'section.practices': 'Dobre praktyki',
  'section.documents': 'Baza wiedzy',
  'section.faq': 'Pytania i odpowiedzi',
  'section.events': 'Kalendarz',
  'section.news': 'Aktualności',
  'section.board': 'Tablica ogłoszeń',
  'section.tags': 'Tagi',

  'kind.forums': 'Forum',
  'kind.municipalities': 'Gmina',
  'kind.contacts': 'Kontakt',
  'kind.practices': 'Dobra praktyka',
  'kind.documents': 'Dokument',
  'kind.faq': 'Pytanie i odpowiedź',
  'kind.events': 'Wydarzenie',
  'kind.news': 'Aktualność',

  'intro.forums':
    'Osiem forów metropolitalnych, w których pracownicy gmin wspólnie rozwiązują problemy swoich dziedzin.',
  'intro.municipalities': '15 gmin członkowskich Stowarzyszenia Metropolia Krakowska.',
  'intro.contacts': 'Kto w której gminie zajmuje się danym tematem i jak się z nim najlepiej skontaktować.',
  'intro.practices':
    'Sprawdzone rozwiązania gmin Metropolii i inspiracje z innych metropolii — do wykorzystania u siebie.',
  'intro.documents':
    'Wzory dokumentów, raporty, prezentacje, akty prawne, orzecznictwo i materiały ze spotkań forów.',
  'intro.faq': 'Odpowiedzi ekspertów i koordynatorów na pytania zadawane na forach.',
  'intro.events': 'Posiedzenia forów, szkolenia, webinary, konsultacje i terminy — co i na kiedy.',
  'intro.news': 'Informacje, zmiany prawa, nabory wniosków i ogłoszenia.',
  'intro.board':
    'Ogłoszenia gmin i biura: „mam problem — czy ktoś zna rozwiązanie?”, wymiana sprzętu i doświadczeń.',
  'intro.tags': 'Wszystkie tematy, którymi oznaczono treści w serwisie.',

  'home.urgent': 'Pilne',
  'home.upcoming': 'Najbliższe wydarzenia',
  'home.latest': 'Najnowsze aktualności',
  'home.forums': 'Fora metropolitalne',
  'home.allEvents': 'Cały kalendarz',
  'home.allNews': 'Wszystkie aktualności',
  'home.knowledge': 'Baza wiedzy',
  'home.knowledgeIntro': 'Najnowsze dokumenty i dobre praktyki',

  'list.all': 'Wszystkie fora',
  'list.empty': 'Brak wpisów.',
  'list.count': 'Wpisów: {count}',
  'list.sorted': 'Od najnowszych',
  'list.sortedUpcoming': 'Najbliższe najpierw',
  'list.sortedAlpha': 'Alfabetycznie według nazwisk',
  'list.page': 'Strona {page} z {pages}',
  'list.prev': 'Poprzednia strona',
  'list.next': 'Następna strona',
  'list.pageN': 'Strona {page}',
  'list.filteredBy': 'Forum: {forum}',

  'entry.forums': 'Fora',
  'entry.tags': 'Tagi',
  'entry.date': 'Data',
  'entry.updated': 'Aktualizacja',
  'entry.files': 'Pliki do pobrania',
  'entry.links': 'Odnośniki',
  'entry.source': 'Źródło',
  'entry.municipality': 'Gmina',
  'entry.kind': 'Rodzaj',
  'entry.answeredBy': 'Odpowiada',
  'entry.membersOnly': 'Tylko dla członków',
  'entry.relatedEvent': 'Powiązane wydarzenie',
  'entry.back': 'Wróć do listy: {section}',

  'forum.coordinator': 'Koordynator forum',
  'forum.room': 'Pokój forum w komunikatorze',
  'forum.roomLink': 'Otwórz pokój forum',
  'forum.rhythm': 'Spotkania',
  'forum.domain': 'Dziedzina',
  'forum.upcoming': 'Najbliższe spotkania i wydarzenia',
  'forum.documents': 'Dokumenty',
  'forum.practices': 'Dobre praktyki',
  'forum.faq': 'Pytania i odpowiedzi',
  'forum.news': 'Aktualności',
  'forum.contacts': 'Kontakty',
  'forum.more': 'Więcej: {section} tego forum',
  'forum.noRoom': 'Forum nie ma jeszcze pokoju w komunikatorze — napisz do koordynatora.',

  'gmina.kind': 'Rodzaj gminy',
  'gmina.website': 'Strona internetowa',
  'gmina.bip': 'BIP',
  'gmina.coordinator': 'Koordynator zespołu metropolitalnego',
  'gmina.population': 'Liczba mieszkańców',
  'gmina.contacts': 'Osoby do kontaktu',
  'gmina.practices': 'Dobre praktyki gminy',

  'contact.position': 'Stanowisko',
  'contact.municipality': 'Gmina',
  'contact.organisation': 'Instytucja',
  'contact.topics': 'Tematy',
  'contact.email': 'E-mail',
  'contact.phone': 'Telefon',
  'contact.channel': 'Preferowany kontakt',
  'contact.verified': 'Dane zweryfikowane',
  'contact.example': 'Dane przykładowe — osoba fikcyjna',
  'contact.stale': 'do weryfikacji',
  'contact.rodo':
    'Katalog zawiera wyłącznie służbowe dane kontaktowe, udostępniane w celu współpracy gmin w ramach Stowarzyszenia Metropolia Krakowska. Administratorem danych jest Stowarzyszenie; zmiany danych zgłaszaj koordynatorowi swojej gminy.',

  'event.when': 'Termin',
  'event.where': 'Miejsce',
  'event.online': 'Spotkanie online',
  'event.onlineLink': 'Dołącz online',
  'event.type': 'Rodzaj',
  'event.status': 'Status',
  'event.registration': 'Rejestracja',
  'event.registrationLink': 'Zapisz się',
  'event.movedFrom': 'Przeniesione z terminu',
  'event.cancelled': 'Odwołane',
  'event.moved': 'Przeniesione',
  'event.materials': 'Materiały',
  'event.upcoming': 'Nadchodzące',
  'event.past': 'Archiwum wydarzeń',
  'event.allDay': 'cały dzień',

  'news.priority': 'Ważność',
  'news.expires': 'Ważne do',
  'news.expired': 'Nieaktualne',
  'news.contact': 'Kontakt w sprawie ogłoszenia',
  'priority.pilny': 'Pilne',
  'priority.ważny': 'Ważne',

  'tags.count': '{count} wpisów',
  'tags.entries': 'Wpisy z tagiem „{tag}”',

  // Audiences: the public site points members to their part without revealing it.
  'members.more': 'Więcej materiałów dla członków',
  'members.moreText':
    'Część dokumentów, kontaktów i ustaleń forów jest dostępna tylko dla pracowników gmin członkowskich i biura Stowarzyszenia.',
  'members.login': 'Zaloguj się kontem służbowym (Microsoft 365)',
  'preview.noLogin': 'Podgląd lokalny strony dla członków — bez logowania. Na serwerze ta wersja wymaga zalogowania.',

  // Accessibility statement (structure required by the 2019 act and its template).
  'a11y.title': 'Deklaracja dostępności',
  'a11y.intro':
    'zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych. Deklaracja dostępności dotyczy strony internetowej',
  'a11y.published': 'Data publikacji strony internetowej:',
  'a11y.updated': 'Data ostatniej istotnej aktualizacji:',
  'a11y.statusHeading': 'Stan dostępności cyfrowej',
  'a11y.status': 'Strona internetowa jest {status} z ustawą o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych.',
  'a11y.nonCompliant': 'Treści niedostępne',
  'a11y.exempt': 'Wyłączenia',
  'a11y.preparedHeading': 'Przygotowanie deklaracji dostępności',
  'a11y.prepared': 'Deklarację sporządzono dnia',
  'a11y.assessment': 'Deklarację sporządzono na podstawie:',
  'a11y.shortcuts': 'Na stronie można korzystać ze standardowych skrótów klawiaturowych przeglądarki; klawisz „/” przenosi do wyszukiwarki, a pierwszy Tab pokazuje link „Przejdź do treści”.',
  'a11y.contactHeading': 'Informacje zwrotne i dane kontaktowe',
  'a11y.contact':
    'W przypadku problemów z dostępnością strony internetowej prosimy o kontakt. Osobą kontaktową jest',
  'a11y.email': 'Kontaktować można się także dzwoniąc na numer telefonu lub pisząc na adres e-mail:',
  'a11y.contactHow':
    'Tą samą drogą można składać wnioski o udostępnienie informacji niedostępnej oraz składać skargi na brak zapewnienia dostępności.',
  'a11y.procedureHeading': 'Obsługa wniosków i skarg związanych z dostępnością',
  'a11y.procedure1':
    'Każdy ma prawo do wystąpienia z żądaniem zapewnienia dostępności cyfrowej strony internetowej lub jakiegoś jej elementu. Można także zażądać udostępnienia informacji za pomocą alternatywnego sposobu dostępu, na przykład przez odczytanie niedostępnego cyfrowo dokumentu, opisanie zawartości filmu bez audiodeskrypcji itp. Żądanie powinno zawierać dane osoby zgłaszającej żądanie, wskazanie, o którą stronę internetową lub element strony chodzi, oraz sposób kontaktu. Jeżeli osoba żądająca zgłasza potrzebę otrzymania informacji za pomocą alternatywnego sposobu dostępu, powinna także określić dogodny dla niej sposób przedstawienia tej informacji.',
  'a11y.procedure2':
    'Podmiot publiczny powinien zrealizować żądanie niezwłocznie, nie później niż w ciągu 7 dni od dnia wystąpienia z żądaniem. Jeżeli dotrzymanie tego terminu nie jest możliwe, podmiot publiczny niezwłocznie informuje o tym wnoszącego żądanie, kiedy realizacja żądania będzie możliwa, przy czym termin ten nie może być dłuższy niż 2 miesiące od dnia wystąpienia z żądaniem. Jeżeli zapewnienie dostępności cyfrowej nie jest możliwe, podmiot publiczny może zaproponować alternatywny sposób dostępu do informacji.',
  'a11y.procedure3':
    'W przypadku, gdy podmiot publiczny odmówi realizacji żądania zapewnienia dostępności lub alternatywnego sposobu dostępu do informacji, wnoszący żądanie może złożyć skargę w sprawie zapewniania dostępności cyfrowej strony internetowej lub elementu strony internetowej. Po wyczerpaniu wskazanej wyżej procedury można także złożyć wniosek do Rzecznika Praw Obywatelskich.',
  'a11y.architectureHeading': 'Dostępność architektoniczna',
  'a11y.appsHeading': 'Aplikacje mobilne',
  'footer.accessibility': 'Deklaracja dostępności',
  // Search (issue 3): quick search in the header, the /szukaj/ page, filters.
  'search.title': 'Szukaj',
  'search.landmark': 'Wyszukiwarka',
  'search.label': 'Szukaj w serwisie',
  'search.placeholder': 'Szukaj… (naciśnij /)',
  'search.submit': 'Szukaj',
  'search.intro': 'Wpisz słowa w dowolnej formie, z polskimi znakami lub bez; skróty (PZP, ZIT, OZE…) znajdują też pełne nazwy.',
  'search.noJs': 'Wyniki wyszukiwania wymagają JavaScriptu. Możesz przeglądać treści według sekcji i tagów.',
  'search.loading': 'Szukam…',
  'search.results': 'Wyniki: {count}',
  'search.none': 'Nic nie znaleziono dla „{query}”. Sprawdź pisownię albo użyj innego słowa.',
  'search.quickResults': 'Podpowiedzi wyszukiwania',
  'search.quickCount': '{count} wyników — strzałki wybierają, Enter otwiera',
  'search.quickAll': 'Wszystkie wyniki dla „{query}”',
  'search.filters': 'Zawęź wyniki',
  'search.filter.type': 'Rodzaj',
  'search.filter.forum': 'Forum',
  'search.filter.gmina': 'Gmina',
  'search.filter.tag': 'Tag',
  'search.filter.year': 'Rok',
  'search.clearFilters': 'Wyczyść filtry',
  'search.error': 'Wyszukiwarka nie odpowiada. Odśwież stronę i spróbuj ponownie.',

  'notFound.title': 'Nie znaleziono strony',
  'notFound.text':
    'Strona, której szukasz, nie istnieje lub została przeniesiona. Sprawdź adres albo przejdź do jednej z sekcji:',

  'footer.about':
    'Stowarzyszenie Metropolia Krakowska zrzesza 15 gmin, które współpracują w 8 forach tematycznych.',
  'footer.sample': 'Serwis zawiera dane przykładowe: osoby w katalogu kontaktów są fikcyjne.',
  'footer.membersBuild': 'Wersja dla członków — zawiera treści niepubliczne.',
} as const;

export type StringKey = keyof typeof strings;

/** The Polish string for `key`, with `{name}` placeholders filled from `vars`. */
export const t = (key: StringKey, vars: Record<string, string | number> = {}): string =>
  strings[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
