import { describe, expect, test } from 'vitest';
import { proposeTitle, requestTexts, shortEuros } from '../src/domain/decision-form';

describe('the short decision form', () => {
  test('proposes a title from the kind and the amount', () => {
    expect(proposeTitle('Financiële ondersteuning', 25_000)).toBe('Financiële ondersteuning € 250');
    expect(proposeTitle('Financiële ondersteuning', 25_050)).toBe('Financiële ondersteuning € 250,50');
    expect(proposeTitle('Huisvesting', 125_000)).toBe('Huisvesting € 1.250');
    expect(proposeTitle('Regel buiten toepassing', 0)).toBe('Regel buiten toepassing');
    expect(proposeTitle(null, 100)).toBe('');
    expect(proposeTitle('Huisvesting', null)).toBe('');
  });

  test('writes whole euros short', () => {
    expect(shortEuros(35_000)).toBe('€ 350');
    expect(shortEuros(150_000, 'en')).toBe('€ 1,500');
    expect(shortEuros(5)).toBe('€ 0,05');
  });

  test('fills what the API asks from the one required field', () => {
    const sent = requestTexts({ title: ' ', situation: '', solution: '', rationale: ' Voorkomt ontruiming ' }, 'Huisvesting € 250', 'Niet apart beschreven.');
    expect(sent).toEqual({ title: 'Huisvesting € 250', situation: 'Niet apart beschreven.', solution: 'Huisvesting € 250', rationale: 'Voorkomt ontruiming' });
  });

  test('keeps what was typed', () => {
    const sent = requestTexts({ title: 'Borg', situation: 'Geen buffer', solution: 'Borg betaald', rationale: 'Huisvesting' }, 'x', 'y');
    expect(sent).toEqual({ title: 'Borg', situation: 'Geen buffer', solution: 'Borg betaald', rationale: 'Huisvesting' });
  });
});
