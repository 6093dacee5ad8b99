import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { archiveByYear, eventsWithMaterials, meetingsMissingMaterials } from '../../src/lib/calendar/meetings.ts';
import { borderProjects, progress, projectsOf, timeline } from '../../src/lib/projects/milestones.ts';
import { relatedIndex } from '../../src/lib/content/related-scoring.ts';

const now = Temporal.Instant.from('2026-11-26T09:00:00Z');
const ev = (id: string, start: string, type = 'posiedzenie forum', status = 'planowane') => ({
  id,
  data: { start, allDay: false, type, status },
});

describe('forum meetings', () => {
  it('alerts editors to meetings less than 2 days away without materials', () => {
    const events = [
      ev('jutro-bez', '2026-11-27T10:00'),
      ev('jutro-z-materialami', '2026-11-27T12:00'),
      ev('za-tydzien', '2026-12-03T10:00'),
      ev('szkolenie-jutro', '2026-11-27T10:00', 'szkolenie'),
      ev('odwolane-jutro', '2026-11-27T10:00', 'posiedzenie forum', 'odwołane'),
      ev('minione', '2026-11-20T10:00'),
    ];
    const withMaterials = eventsWithMaterials([{ data: { event: 'jutro-z-materialami' } }, { data: {} }]);
    expect(meetingsMissingMaterials(events, withMaterials, now).map((e) => e.id)).toEqual(['jutro-bez']);
  });

  it('archives past meetings by year, newest first', () => {
    const past = [ev('a', '2025-10-01T10:00'), ev('b', '2026-09-08T10:00'), ev('c', '2026-11-10T10:00')];
    expect(archiveByYear(past, now).map((y) => [y.year, y.meetings.map((m) => m.id)])).toEqual([
      ['2026', ['c', 'b']],
      ['2025', ['a']],
    ]);
  });
});

describe('projects', () => {
  const ms = [
    { date: '2027-01-01', title: 'C', done: false },
    { date: '2025-01-01', title: 'A', done: true },
    { date: '2026-01-01', title: 'B', done: true },
  ];
  it('orders milestones by date and counts the done ones', () => {
    expect(timeline(ms).map((m) => m.title)).toEqual(['A', 'B', 'C']);
    expect(progress(ms)).toEqual({ done: 2, total: 3 });
  });
  it('finds a gmina’s projects and border investments', () => {
    const list = [
      { id: 'x', data: { municipalities: ['krakow', 'liszki'], border: true } },
      { id: 'y', data: { municipalities: ['skawina'], border: false } },
    ];
    expect(projectsOf(list, 'liszki').map((p) => p.id)).toEqual(['x']);
    expect(borderProjects(list).map((p) => p.id)).toEqual(['x']);
  });
});

describe('related entries', () => {
  it('ranks by shared tags over shared forums, leaves out unrelated entries and limits the list', () => {
    const items = [
      { key: 'a', forums: ['mobilnosc'], tags: ['rowery', 'ZIT'], day: '2026-01-01' },
      { key: 'b', forums: ['mobilnosc'], tags: [], day: '2026-05-01' },
      { key: 'c', forums: [], tags: ['Rowery'], day: '2026-02-01' },
      { key: 'd', forums: ['edukacja'], tags: ['szkoły'], day: '2026-03-01' },
      { key: 'e', forums: ['mobilnosc'], tags: ['zit'], day: '2026-04-01' },
    ];
    const index = relatedIndex(items, 2);
    expect(index.get('a')).toEqual(['e', 'c']);
    expect(index.get('d')).toEqual([]);
    expect(relatedIndex(items).get('a')).toEqual(['e', 'c', 'b']);
  });
});
