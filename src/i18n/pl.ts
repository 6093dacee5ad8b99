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
  'contact.moreForMembers': 'Pełny katalog kontaktów jest dostępny dla członków po zalogowaniu.',

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

  // Decap CMS admin (/admin/, members build only): config generator, widgets, previews.
  'cms.title': 'Panel redakcji — Metropolia Krakowska',
  'cms.noscript': 'Panel redakcji działa tylko z włączoną obsługą JavaScriptu.',
  'cms.length.range': 'od {min} do {max} znaków',
  'cms.length.max': 'najwyżej {max} znaków',
  'cms.length.min': 'co najmniej {min} znaków',
  'cms.filter': '{field}: {option}',
  'cms.attachment.legend': 'Kto może pobrać plik?',
  'cms.attachment.public': 'wszyscy (plik publiczny)',
  'cms.attachment.members': 'tylko członkowie (plik tylko na stronie dla członków)',
  'cms.commit.create': 'Nowy wpis ({{collection}}): {{slug}}',
  'cms.commit.update': 'Zmiana wpisu ({{collection}}): {{slug}}',
  'cms.commit.delete': 'Usunięcie wpisu ({{collection}}): {{slug}}',
  'cms.commit.uploadMedia': 'Nowy plik: {{path}}',
  'cms.commit.deleteMedia': 'Usunięcie pliku: {{path}}',

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
