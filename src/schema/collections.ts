/**
 * The content model: one definition per collection under `content/`.
 *
 * This is the single source of truth for fields, editorial rules and URL prefixes. Astro's
 * collections (src/content.config.ts), the content check (src/lib/content/node/content-check.ts) and the CMS
 * config are all derived from it.
 */
import { z } from 'astro/zod';
import { t } from '../i18n/pl.ts';
import {
  bool,
  choice,
  day,
  dayList,
  email,
  group,
  int,
  line,
  objectList,
  paragraph,
  phone,
  ref,
  refList,
  url,
  wallClock,
  words,
  type Known,
} from './fields.ts';
import { RECURRENCE_FREQUENCIES, RECURRENCE_WEEKS, recurrenceProblem, type Recurrence } from '../core/recurrence.ts';
import { CHART_KINDS, COLUMN_TYPES, FREQUENCY_NAMES, LICENCE_NAMES } from './data-model.ts';
import { ROOM_FILE, ROOM_UPLOADS_FOLDER, UPLOAD_PREFIX, roomFilePrefix } from './uploads.ts';

export const ACCESS = ['public', 'members'] as const;
export type Access = (typeof ACCESS)[number];
/**
 * Entry access with forum rooms (issue 17): `forum` entries are built only in the rooms of
 * their `forums` (/pokoje/<forum>/… of the members build) and nowhere else. Files keep `Access`.
 */
export const ENTRY_ACCESS = [...ACCESS, 'forum'] as const;
export type EntryAccess = (typeof ENTRY_ACCESS)[number];

/** The 8 forums; their slugs are part of the site's URL contract. */
export const FORUM_SLUGS = [
  'inteligentne-zarzadzanie',
  'srodowisko-i-przestrzen',
  'gospodarka',
  'mobilnosc',
  'edukacja',
  'kultura-czasu-wolnego',
  'uslugi-spoleczne',
  'zamowienia-publiczne',
] as const;

export const MUNICIPALITY_KINDS = ['miejska', 'miejsko-wiejska', 'wiejska'] as const;
export const CONTACT_CHANNELS = ['e-mail', 'telefon', 'Teams', 'spotkanie'] as const;
export const DOCUMENT_KINDS = [
  'wzór',
  'raport',
  'prezentacja',
  'akt prawny',
  'orzeczenie',
  'materiały ze spotkania',
  'narzędzie',
] as const;
export const EVENT_TYPES = [
  'posiedzenie forum',
  'szkolenie',
  'webinar',
  'konsultacje',
  'termin',
  'wydarzenie',
] as const;
export const EVENT_STATUSES = ['planowane', 'przeniesione', 'odwołane'] as const;
export const NEWS_KINDS = ['aktualność', 'ogłoszenie', 'zmiana prawa', 'nabór'] as const;
export const PRIORITIES = ['normalny', 'ważny', 'pilny'] as const;
/**
 * What a notice-board item is: a question to other gminy ("mam problem — czy ktoś zna
 * rozwiązanie?"), an offer ("oddamy / wypożyczymy") or a search for a partner or experience.
 */
export const BOARD_OFFERS = ['pytanie', 'oferta', 'poszukiwanie'] as const;
/** Funding calls (issue 11): the status is derived from the dates, never typed. */
export const CALL_STATUSES = ['otwarty', 'zapowiedziany', 'zamknięty'] as const;
export const PROJECT_STATUSES = ['planowany', 'w realizacji', 'zakończony'] as const;
export const FILE_FORMATS = ['PDF', 'DOCX', 'ODT', 'XLSX', 'ODS', 'PPTX', 'ODP', 'ZIP'] as const;

// Where attachments live (public, members, forum rooms): a module of its own, free of zod, so
// the admin's browser bundle can judge a file's folder without the whole schema.
export { ROOM_FILE, ROOM_UPLOADS_FOLDER, UPLOAD_PREFIX, roomFilePrefix };

export type CollectionName =
  | 'forums'
  | 'municipalities'
  | 'contacts'
  | 'practices'
  | 'documents'
  | 'faq'
  | 'events'
  | 'news'
  | 'calls'
  | 'projects'
  | 'data';

/** Fields every entry shares. */
const core = (known: Known, accessDefault: Access, minForums: number) => ({
  access: choice('Dostęp', ACCESS, {
    hint: 'Wpis „tylko dla członków” nie trafi na stronę publiczną (ani do wyszukiwarki, kanałów i kalendarza).',
    optionLabels: { public: 'publiczny — dla wszystkich', members: 'tylko dla członków' },
  }).default(accessDefault),
  forums: refList(known, 'forums', 'Fora', minForums),
  tags: words('Tagi', 'Krótkie słowa kluczowe, np. „wymiana pieców”, „PZP”'),
  updated: day('Data aktualizacji').optional(),
});

/**
 * `core` of the collections that can be kept in a forum room (issue 17): the access choice gains
 * `forum` — only the members of the entry's forums see it, in their rooms.
 */
const roomCore = (known: Known, accessDefault: Access, minForums: number) => ({
  ...core(known, accessDefault, minForums),
  access: choice('Dostęp', ENTRY_ACCESS, {
    hint: 'Wpis „tylko dla członków” nie trafi na stronę publiczną; wpis „tylko w pokoju forum” zobaczą wyłącznie członkowie wybranych forów, w ich pokojach (/pokoje/…).',
    optionLabels: { public: 'publiczny — dla wszystkich', members: 'tylko dla członków', forum: 'tylko w pokoju forum (członkowie wybranych forów)' },
  }).default(accessDefault),
});

const formatOf = (path: string) => path.split('.').pop()?.toUpperCase() ?? '';

/**
 * Attachments. The file must exist in the content folder's `uploads/` (public),
 * `uploads-members/` (members only) or `uploads-rooms/<forum>/` (one room); its format and size are read from the file, so editors
 * never type them (a value they do type must match).
 */
const files = (known: Known, min = 0) =>
  objectList(
    'Załączniki',
    {
      path: line('Plik')
        .refine((p) => p.startsWith(UPLOAD_PREFIX.public) || p.startsWith(UPLOAD_PREFIX.members) || ROOM_FILE.test(p), {
          error: `ścieżka musi zaczynać się od ${UPLOAD_PREFIX.public}, ${UPLOAD_PREFIX.members} lub ${roomFilePrefix('<forum>')}`,
        })
        .refine((p) => known.uploads.has(p), {
          error: (iss) => `brak pliku „${String(iss.input)}” w folderze z załącznikami`,
        })
        .meta({
          label: 'Plik',
          widget: 'file',
          hint: 'Plik publiczny (/uploads/…) może pobrać każdy; plik dla członków (/uploads-members/…) trafia tylko na stronę dla członków; plik pokoju forum (/pokoje/…/pliki/…) trafia tylko do pokoju tego forum.',
        }),
      label: line('Opis pliku', { max: 160 }),
      format: choice('Format', FILE_FORMATS, { derived: true }).optional(),
      bytes: int('Rozmiar w bajtach', { derived: true }).optional(),
    },
    { min, minError: 'dodaj co najmniej jeden plik' },
  )
    .superRefine((list, ctx) => {
      list.forEach((f, i) => {
        const real = known.uploads.get(f.path);
        if (f.format && f.format !== formatOf(f.path)) {
          ctx.addIssue({ code: 'custom', path: [i, 'format'], message: `format pliku to ${formatOf(f.path)}` });
        }
        if (real !== undefined && f.bytes !== undefined && f.bytes !== real) {
          ctx.addIssue({ code: 'custom', path: [i, 'bytes'], message: `plik ma ${real} bajtów` });
        }
      });
    })
    .transform((list) =>
      list.map((f) => ({
        path: f.path,
        label: f.label,
        format: f.format ?? formatOf(f.path),
        bytes: known.uploads.get(f.path) ?? f.bytes ?? 0,
      })),
    );

const links = objectList('Odnośniki', {
  url: url('Adres'),
  label: line('Opis', { max: 160 }),
});

const title = () => line('Tytuł', { min: 3, max: 160 });
/** WGS 84 coordinates within reach of the Metropolis (a swapped pair fails). */
const latitude = () => z.number().min(49).max(51).optional().meta({ label: 'Szerokość geograficzna', widget: 'number' });
const longitude = () => z.number().min(19).max(21).optional().meta({ label: 'Długość geograficzna', widget: 'number' });
const summary = () => paragraph('Streszczenie', { max: 300 });

type Issue = { path: string; message: string };
/** Adds cross-field rules (date order, either-or fields) to an object schema. */
const withRules = <T extends z.ZodType>(schema: T, ...rules: ((d: z.output<T>) => Issue | undefined)[]) =>
  schema.superRefine((data, ctx) => {
    for (const rule of rules) {
      const issue = rule(data);
      if (issue) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
    }
  });

/** Member-only attachments must not be linked from a public entry: they are absent there. */
const noMemberFilesInPublic = (d: { access: EntryAccess; files: { path: string }[] }): Issue | undefined => {
  const f = d.files.find((x) => x.path.startsWith(UPLOAD_PREFIX.members));
  return d.access === 'public' && f
    ? { path: 'files', message: `publiczny wpis nie może linkować pliku dla członków (${f.path})` }
    : undefined;
};

/** A room's files stay in the room: only its own entries (access `forum`, that forum listed) link them. */
const roomFilesInRoom = (d: { access: EntryAccess; forums: string[]; files: { path: string }[] }): Issue | undefined => {
  for (const f of d.files) {
    const room = ROOM_FILE.exec(f.path)?.[1];
    if (room === undefined) continue;
    if (d.access !== 'forum') return { path: 'files', message: `plik z pokoju forum (${f.path}) może linkować tylko wpis z dostępem „forum”` };
    if (!d.forums.includes(room)) return { path: 'files', message: `plik z pokoju „${room}” (${f.path}) wymaga tego forum w polu forums` };
  }
  return undefined;
};

const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EMAIL_DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

const schemas = {
  forums: (k: Known) =>
    z.object({
      title: title(),
      domain: line('Dziedzina współpracy'),
      summary: summary(),
      /** Optional since issue 18: a new forum may start before it has a coordinator; questions then go to the office. */
      coordinator: ref(k, 'contacts', 'Koordynator forum').optional(),
      room: url('Pokój forum w komunikatorze').optional(),
      rhythm: line('Rytm spotkań', { max: 120 }),
      access: core(k, 'public', 0).access,
      tags: core(k, 'public', 0).tags,
      updated: core(k, 'public', 0).updated,
    }),

  municipalities: (k: Known) =>
    withRules(
    z.object({
      title: title(),
      kind: choice('Rodzaj gminy', MUNICIPALITY_KINDS),
      website: url('Strona internetowa'),
      bip: url('Biuletyn Informacji Publicznej'),
      coordinator: ref(k, 'contacts', 'Koordynator zespołu metropolitalnego'),
      population: int('Liczba mieszkańców').optional(),
      /**
       * Sign-in allow-list (issue 17): work accounts of these Microsoft Entra ID tenants and
       * e-mail domains get the members' site (role `czlonek`) without a directory entry.
       */
      tenants: z
        .array(z.string().trim().toLowerCase().min(1, { error: 'pusty element listy' }), { error: 'oczekiwano listy' })
        .default([])
        .meta({
          label: 'Dzierżawy Microsoft 365 gminy (tenant ID)',
          widget: 'list',
          hint: 'Konta służbowe z tych dzierżaw mają dostęp do strony dla członków. Identyfikator: Entra ID → Przegląd → Identyfikator dzierżawy.',
        }),
      emailDomains: z
        .array(z.string().trim().toLowerCase().min(1, { error: 'pusty element listy' }), { error: 'oczekiwano listy' })
        .default([])
        .meta({
          label: 'Domeny e-mail urzędu',
          widget: 'list',
          hint: 'Konta służbowe z adresami w tych domenach mają dostęp do strony dla członków, np. „um.wieliczka.eu”.',
        }),
      /** The seat of the gmina office: a labelled reference point on the projects map. */
      latitude: latitude(),
      longitude: longitude(),
      ...core(k, 'public', 0),
    }),
      // The sign-in allow-list must hold real ids and domains: a typo would lock a gmina out.
      (d) => {
        const bad = d.tenants.find((x) => !TENANT_ID.test(x));
        return bad === undefined ? undefined : { path: 'tenants', message: `„${bad}” nie jest identyfikatorem dzierżawy (postać xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)` };
      },
      (d) => {
        const bad = d.emailDomains.find((x) => !EMAIL_DOMAIN.test(x));
        return bad === undefined ? undefined : { path: 'emailDomains', message: `„${bad}” nie jest domeną (np. um.wieliczka.eu)` };
      },
    ),

  contacts: (k: Known) =>
    withRules(
      z.object({
        name: line('Imię i nazwisko', { min: 3, max: 120 }),
        position: line('Stanowisko', { max: 160 }),
        municipality: ref(k, 'municipalities', 'Gmina').optional(),
        organisation: line('Instytucja', { hint: 'Biuro SMK lub instytucja zewnętrzna' }).optional(),
        topics: words('Tematy', 'Czym się zajmuje, np. „klauzule waloryzacyjne”'),
        email: email('E-mail służbowy'),
        phone: phone('Telefon służbowy').optional(),
        channel: choice('Preferowany kanał kontaktu', CONTACT_CHANNELS).default('e-mail'),
        verified: day('Data weryfikacji danych'),
        example: bool('Dane przykładowe (osoba fikcyjna)').default(false),
        /** Office editors (issue 17): the role `redakcja` opens the CMS at /admin/ to them. */
        editor: bool('Redakcja — dostęp do panelu CMS').optional(),
        ...core(k, 'members', 0),
      }),
      (d) =>
        !d.municipality && !d.organisation
          ? { path: 'municipality', message: 'podaj gminę albo instytucję (pole organisation)' }
          : undefined,
    ),

  practices: (k: Known) =>
    withRules(
      z.object({
        title: title(),
        summary: summary(),
        date: day('Data publikacji'),
        municipality: ref(k, 'municipalities', 'Gmina').optional(),
        source: line('Źródło (podmiot spoza Metropolii)', { max: 160 }).optional(),
        /** Issue 18: "Kogo zapytać" — the person who knows this practice (else the forum's coordinator). */
        contact: ref(k, 'contacts', 'Kogo zapytać (osoba z katalogu kontaktów)').optional(),
        links,
        files: files(k),
        ...roomCore(k, 'public', 1),
      }),
      (d) =>
        !d.municipality && !d.source
          ? { path: 'source', message: 'podaj gminę albo źródło praktyki (pole source)' }
          : undefined,
      noMemberFilesInPublic,
      roomFilesInRoom,
    ),

  documents: (k: Known) =>
    withRules(
      z.object({
        title: title(),
        summary: summary(),
        kind: choice('Rodzaj dokumentu', DOCUMENT_KINDS),
        date: day('Data dokumentu'),
        files: files(k, 1),
        event: ref(k, 'events', 'Powiązane wydarzenie').optional(),
        /** Issue 18: "Kogo zapytać" — who answers questions about this document (else the forum's coordinator). */
        contact: ref(k, 'contacts', 'Kogo zapytać (osoba z katalogu kontaktów)').optional(),
        ...roomCore(k, 'public', 1),
      }),
      noMemberFilesInPublic,
      roomFilesInRoom,
    ),

  faq: (k: Known) =>
    z.object({
      title: line('Pytanie', { min: 3, max: 200 }),
      answeredBy: line('Kto odpowiedział', { max: 160 }),
      /** Issue 18: where the question came from, so the answer can be traced back. */
      askedIn: ref(k, 'forums', 'Forum, które zadało pytanie').optional(),
      askedBy: ref(k, 'municipalities', 'Gmina, która zadała pytanie').optional(),
      date: day('Data odpowiedzi'),
      ...roomCore(k, 'public', 1),
    }),

  events: (k: Known) =>
    withRules(
      z.object({
        title: title(),
        summary: summary().optional(),
        type: choice('Rodzaj wydarzenia', EVENT_TYPES),
        start: wallClock('Początek (czas warszawski)'),
        end: wallClock('Koniec (czas warszawski)').optional(),
        allDay: bool('Cały dzień').default(false),
        location: line('Miejsce', { max: 200 }).optional(),
        online: url('Link do spotkania online').optional(),
        status: choice('Status', EVENT_STATUSES).default('planowane'),
        movedFrom: wallClock('Pierwotny termin (dla przeniesionych)').optional(),
        registration: url('Link do rejestracji').optional(),
        /**
         * Raised by the editor whenever the date, time or place changes: calendar programs
         * replace an event they already have only when its SEQUENCE (derived from this) rises.
         */
        revision: int('Numer zmiany (zwiększ o 1 przy każdej zmianie terminu lub miejsca)').default(0),
        /** A series ("co miesiąc, w drugi wtorek"); the weekday comes from `start`. */
        /** Forum meetings (issue 11): the agenda, what was agreed and the recording. */
        agenda: z
          .array(line('Punkt porządku obrad', { max: 300 }), { error: 'oczekiwano listy' })
          .default([])
          .meta({ label: 'Porządek obrad (punkty)', widget: 'list', hint: 'Jeden punkt na pozycję listy' }),
        decisions: z
          .array(paragraph('Ustalenie', { max: 1000 }), { error: 'oczekiwano listy' })
          .default([])
          .meta({ label: 'Ustalenia (po spotkaniu)', widget: 'list', hint: 'Jedno ustalenie na pozycję listy' }),
        recording: url('Nagranie spotkania').optional(),
        /** Issue 18: short opinions of participants of a training or webinar, each with its gmina. */
        opinions: objectList('Opinie uczestników (szkolenia i webinary)', {
          quote: paragraph('Opinia', { max: 400 }),
          municipality: ref(k, 'municipalities', 'Gmina uczestnika').optional(),
          role: line('Kto (np. „inspektorka ds. zamówień”)', { max: 120 }).optional(),
        }),
        recurrence: group('Powtarzanie (wydarzenie cykliczne)', {
          frequency: choice('Jak często', RECURRENCE_FREQUENCIES),
          interval: int('Co ile tygodni lub miesięcy')
            .min(1, { error: 'najmniej 1' })
            .default(1),
          week: choice('Który dzień tygodnia w miesiącu (domyślnie jak w dniu początku)', RECURRENCE_WEEKS).optional(),
          until: day('Powtarzaj do (włącznie)'),
          except: dayList('Pominięte dni'),
        }).optional(),
        ...roomCore(k, 'public', 1),
      }),
      // Same-format strings compare chronologically; a date-only end covers its whole day.
      (d) =>
        d.end && d.end.slice(0, d.start.length) < d.start.slice(0, d.end.length)
          ? { path: 'end', message: `koniec (${d.end}) jest przed początkiem (${d.start})` }
          : undefined,
      (d) =>
        d.status === 'przeniesione' && !d.movedFrom
          ? { path: 'movedFrom', message: 'wydarzenie przeniesione wymaga pierwotnego terminu' }
          : undefined,
      recurrenceProblem,
    ),

  news: (k: Known) =>
    withRules(
      z.object({
        title: title(),
        summary: summary(),
        date: day('Data publikacji'),
        kind: choice('Rodzaj', NEWS_KINDS).default('aktualność'),
        priority: choice('Ważność', PRIORITIES).default('normalny'),
        expires: day('Ważne do').optional(),
        contact: ref(k, 'contacts', 'Osoba do kontaktu').optional(),
        /** Notice board only (kind `ogłoszenie`): question, offer or search; shown on its card. */
        offer: choice('Rodzaj wpisu na tablicy', BOARD_OFFERS).optional(),
        /** Issue 18: a legal change (`kind: zmiana prawa`) enters into force on this day. */
        effective: day('Wchodzi w życie (dla zmian prawa)').optional(),
        ...roomCore(k, 'public', 1),
      }),
      (d) =>
        d.expires && d.expires < d.date
          ? { path: 'expires', message: `data wygaśnięcia (${d.expires}) jest przed datą (${d.date})` }
          : undefined,
    ),

  calls: (k: Known) =>
    withRules(
      z.object({
        title: title(),
        summary: summary(),
        programme: line('Program', { max: 200, hint: 'np. Fundusze Europejskie dla Małopolski 2021–2027, działanie 2.4' }),
        funder: line('Instytucja ogłaszająca', { max: 200 }),
        applicants: line('Kto może składać wnioski', { max: 300 }),
        amount: line('Kwota dofinansowania', { max: 200, hint: 'np. „do 2 mln zł na projekt”, „85% kosztów kwalifikowanych”' }),
        opens: day('Początek naboru'),
        closes: day('Koniec naboru (ostatni dzień)'),
        link: url('Ogłoszenie o naborze'),
        date: day('Data dodania'),
        ...core(k, 'public', 0),
      }),
      (d) =>
        d.closes < d.opens
          ? { path: 'closes', message: `koniec naboru (${d.closes}) jest przed początkiem (${d.opens})` }
          : undefined,
    ),

  projects: (k: Known) =>
    withRules(
      z.object({
        title: title(),
        summary: summary(),
        municipalities: refList(k, 'municipalities', 'Gminy', 1),
        status: choice('Status', PROJECT_STATUSES),
        start: day('Początek realizacji'),
        end: day('Planowany koniec').optional(),
        milestones: objectList('Kamienie milowe', {
          date: day('Data'),
          title: line('Co', { max: 200 }),
          done: bool('Zrealizowano').default(false),
        }).default([]),
        budget: line('Budżet', { max: 200, hint: 'np. „14,2 mln zł”' }).optional(),
        funding: line('Źródło finansowania', { max: 300 }).optional(),
        latitude: latitude(),
        longitude: longitude(),
        border: bool('Inwestycja na styku gmin').default(false),
        ...core(k, 'public', 0),
      }),
      (d) =>
        d.end && d.end < d.start ? { path: 'end', message: `koniec (${d.end}) jest przed początkiem (${d.start})` } : undefined,
      (d) =>
        (d.latitude === undefined) !== (d.longitude === undefined)
          ? { path: 'longitude', message: 'podaj obie współrzędne albo żadnej' }
          : undefined,
      (d) =>
        d.border && d.municipalities.length < 2
          ? { path: 'municipalities', message: 'inwestycja na styku gmin wymaga co najmniej dwóch gmin' }
          : undefined,
    ),
  /**
   * Data sets (issue 19): this description plus `content/data/<slug>.csv` beside it. The CSV is
   * checked against `columns` by the content check (src/lib/data/node/check.ts), row by row.
   */
  data: (k: Known) =>
    withRules(
      z.object({
        title: title(),
        summary: paragraph('Opis zbioru', { max: 500 }),
        source: line('Źródło danych', { max: 300, hint: 'Skąd pochodzą liczby, np. „sprawozdania gmin (GUS BDL)”' }),
        licence: choice('Licencja', LICENCE_NAMES).default('CC BY 4.0'),
        unit: line('Jednostka miary', { max: 60, hint: 'np. „osoby”, „km”, „szt.”' }),
        period: line('Okres', { max: 60, hint: 'np. „2019–2024” albo „stan na 31.12.2024”' }),
        frequency: choice('Częstotliwość aktualizacji', FREQUENCY_NAMES),
        date: day('Data publikacji'),
        municipalities: refList(k, 'municipalities', 'Gminy, których dotyczy'),
        columns: objectList(
          'Kolumny pliku CSV',
          {
            name: line('Nazwa kolumny (nagłówek w pliku CSV)', { max: 40 }),
            label: line('Opis kolumny', { max: 80 }),
            type: choice('Typ danych', COLUMN_TYPES, {
              hint: 'gmina: identyfikator gminy (np. skawina); rok: RRRR; data: RRRR-MM-DD; liczba: np. 1234 lub 12,5',
            }),
            unit: line('Jednostka', { max: 40 }).optional(),
          },
          { min: 1, minError: 'opisz co najmniej jedną kolumnę' },
        ),
        chart: group('Wykres', {
          kind: choice('Rodzaj wykresu', CHART_KINDS),
          x: line('Kolumna kategorii lub lat (oś pozioma; przy słupkach poziomych: etykiety)', { max: 40 }),
          y: line('Kolumna wartości (sumowanych)', { max: 40 }),
          series: line('Kolumna serii (kolory, opcjonalnie)', { max: 40 }).optional(),
        }).optional(),
        example: bool('Dane przykładowe (ilustracyjne)').default(false),
        ...core(k, 'public', 1),
      }),
      (d) => {
        const seen = new Set<string>();
        const twice = d.columns.find((c) => (seen.has(c.name) ? true : (seen.add(c.name), false)));
        return twice ? { path: 'columns', message: `kolumna „${twice.name}” jest opisana dwa razy` } : undefined;
      },
      (d) => {
        if (!d.chart) return undefined;
        const names = d.columns.map((c) => c.name);
        const chart = d.chart;
        const missing = (['x', 'y', 'series'] as const).find((f) => chart[f] !== undefined && !names.includes(chart[f] as string));
        if (missing) return { path: 'chart', message: `wykres używa kolumny „${chart[missing]}”, której nie ma w „columns”` };
        const y = d.columns.find((c) => c.name === chart.y);
        return y && y.type !== 'liczba' ? { path: 'chart', message: `kolumna wartości „${chart.y}” musi mieć typ „liczba”` } : undefined;
      },
    ),
} satisfies Record<CollectionName, (k: Known) => z.ZodType>;

export interface CollectionDef<N extends CollectionName = CollectionName> {
  name: N;
  /** Polish plural label (headings, CMS), from the string table. */
  label: string;
  /** URL prefix of entry pages: `content/practices/x.md` → `/dobre-praktyki/x/`. */
  route: string;
  /** What the Markdown body below the frontmatter holds (the CMS labels its editor so). */
  body: string;
  schema: (typeof schemas)[N];
}

const def = <N extends CollectionName>(name: N, route: string, body: string): CollectionDef<N> => ({
  name,
  label: t(`section.${name}`),
  route,
  body,
  schema: schemas[name],
});

export const collections = {
  forums: def('forums', 'fora', 'Opis forum'),
  municipalities: def('municipalities', 'gminy', 'Opis gminy'),
  contacts: def('contacts', 'kontakty', 'Uwagi'),
  practices: def('practices', 'dobre-praktyki', 'Opis praktyki'),
  documents: def('documents', 'baza-wiedzy', 'Opis dokumentu'),
  faq: def('faq', 'faq', 'Odpowiedź'),
  events: def('events', 'kalendarz', 'Program i szczegóły'),
  news: def('news', 'aktualnosci', 'Treść'),
  calls: def('calls', 'nabory', 'Opis naboru'),
  projects: def('projects', 'projekty', 'Opis projektu'),
  data: def('data', 'dane', 'Opis metodologii i uwagi'),
} as const satisfies { [N in CollectionName]: CollectionDef<N> };

export const COLLECTION_NAMES = Object.keys(collections) as CollectionName[];

/** The validated data of an entry of collection N. */
export type EntryData<N extends CollectionName> = z.output<ReturnType<(typeof schemas)[N]>>;

/**
 * src/core/recurrence.ts works on a plain `Recurrence` (it sits below the schema and cannot import
 * it); this line makes the build fail the moment the events schema and that shape disagree.
 */
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const RECURRENCE_SHAPE_MATCHES: SameShape<NonNullable<EntryData<'events'>['recurrence']>, Recurrence> = true;
