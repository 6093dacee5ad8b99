// The facts and badges an entry page shows under its title, shared with the CMS preview: what a
// clerk reads about a meeting or a notice, and that a date typed halfway in the CMS does not
// break the preview.
import { describe, expect, it } from 'vitest';
import { eventFacts, kindOfEntry, newsFacts, practiceFacts, priorityBadge, statusBadge } from '../../src/lib/site/entry-facts.ts';

const pairs = (facts: { label: string; value: string }[]) => facts.map((f) => `${f.label}: ${f.value}`);

describe('event facts', () => {
  it('say when, how often, where, and link the online meeting', () => {
    const facts = eventFacts({
      start: '2026-12-15T10:00',
      end: '2026-12-15T12:30',
      allDay: false,
      recurrence: { frequency: 'co miesiąc', interval: 1, week: 'trzeci', until: '2027-06-30', except: [] },
      location: 'Skawina, sala sesyjna',
      online: 'https://teams.example/spotkanie',
    });
    expect(pairs(facts)).toEqual([
      'Pierwsze spotkanie: wtorek, 15 grudnia 2026, 10:00–12:30',
      'Powtarza się: co miesiąc: 3. wtorek miesiąca, do 30 czerwca 2027',
      'Miejsce: Skawina, sala sesyjna',
      'Spotkanie online: Dołącz online',
    ]);
    expect(facts[0]?.datetime).toBe('2026-12-15T10:00+01:00');
    expect(facts.find((f) => f.label === 'Spotkanie online')?.href).toBe('https://teams.example/spotkanie');
  });

  it('state a cancelled or moved meeting, the materials before it and the recording after it', () => {
    const moved = eventFacts({ start: '2026-12-15', allDay: true, status: 'przeniesione', movedFrom: '2026-12-08' }, { materialsOut: false });
    expect(pairs(moved)).toEqual([
      'Termin: wtorek, 15 grudnia 2026 (cały dzień)',
      'Status: Przeniesione',
      'Przeniesione z terminu: wtorek, 8 grudnia 2026 (cały dzień)',
      'Materiały: jeszcze nie opublikowane',
    ]);
    const recorded = { start: '2026-10-01T10:00', allDay: false, recording: 'https://nagrania.example/1' };
    expect(eventFacts(recorded).map((f) => f.label)).not.toContain('Nagranie');
    expect(eventFacts(recorded, { finished: true }).map((f) => f.label)).toContain('Nagranie');
  });

  it('show a date typed halfway as typed instead of failing (the CMS preview)', () => {
    expect(pairs(eventFacts({ start: '2026-1', allDay: false }))).toEqual(['Termin: 2026-1']);
    expect(eventFacts({})).toEqual([]);
  });
});

describe('news and practice facts', () => {
  it('give a notice its priority, expiry and whom to ask', () => {
    const facts = newsFacts(
      { date: '2026-11-20', priority: 'pilny', expires: '2026-12-31' },
      { offer: 'Oferta', contact: { about: 'Anna Nowak, Skawina', email: 'a.nowak@example.pl', href: '/kontakty/anna-nowak/' } },
    );
    expect(pairs(facts)).toEqual([
      'Data: 20 listopada 2026',
      'Rodzaj wpisu: Oferta',
      'Ważność: Pilne',
      'Ważne do: 31 grudnia 2026',
      'Kontakt w sprawie ogłoszenia: Anna Nowak, Skawina',
      'E-mail: a.nowak@example.pl',
    ]);
    expect(facts.at(-1)?.href).toBe('mailto:a.nowak@example.pl');
    expect(pairs(newsFacts({ date: '2026-11-20', priority: 'normalny' }, { contactForMembers: true }))).toEqual([
      'Data: 20 listopada 2026',
      'Kontakt w sprawie ogłoszenia: Dane kontaktowe autora są w serwisie dla członków.',
    ]);
  });

  it('name the practice’s gmina and source', () => {
    expect(pairs(practiceFacts({ source: 'Urząd Gminy Liszki', date: '2026-03-02' }, { gmina: { title: 'Liszki', href: '/gminy/liszki/' } }))).toEqual([
      'Gmina: Liszki',
      'Źródło: Urząd Gminy Liszki',
      'Data: 2 marca 2026',
    ]);
  });
});

describe('badges and kinds', () => {
  it('mark urgent and important news, cancelled and moved events, and nothing else', () => {
    expect(priorityBadge('pilny')).toEqual({ label: 'Pilne', tone: 'badge-urgent' });
    expect(priorityBadge('ważny')).toEqual({ label: 'Ważne', tone: 'badge-important' });
    expect(priorityBadge('normalny')).toBeUndefined();
    expect(statusBadge('odwołane')).toEqual({ label: 'Odwołane', tone: 'badge-cancelled' });
    expect(statusBadge('przeniesione')?.tone).toBe('badge-moved');
    expect(statusBadge('planowane')).toBeUndefined();
  });

  it('name an entry by its own kind where the collection has one', () => {
    expect(kindOfEntry('documents', { kind: 'wzór' })).toBe('Wzór');
    expect(kindOfEntry('events', { type: 'posiedzenie forum' })).toBe('Posiedzenie forum');
    expect(kindOfEntry('practices', {})).toBe('Dobra praktyka');
  });
});
