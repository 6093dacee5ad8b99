/** Counted phrases in the browser: the forms come from the page (data-*), the choice from src/i18n/text.ts, as `tc()` does. */
import { pluralText, type PluralForms } from '../../../i18n/text.ts';

export type CountedForms = PluralForms;

/** "1 wynik", "2 wyniki", "5 wyników", "22 wyniki" from the forms the page passed in. */
export const countText = (forms: CountedForms, count: number): string => pluralText(forms, count);
