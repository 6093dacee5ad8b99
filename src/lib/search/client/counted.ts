/** Counted phrases in the browser, by the same Intl.PluralRules('pl') as `tc()` in src/i18n/pl.ts. */
export type CountedForms = Readonly<Record<'one' | 'few' | 'many' | 'other', string>>;

const rules = new Intl.PluralRules('pl');

/** "1 wynik", "2 wyniki", "5 wyników", "22 wyniki" from the forms the page passed in. */
export const countText = (forms: CountedForms, count: number): string => {
  const c = rules.select(count);
  const form = c === 'one' || c === 'few' || c === 'many' ? forms[c] : forms.other;
  return form.replace('{count}', count.toLocaleString('pl-PL'));
};
