import { describe, expect, it } from 'vitest';
import { MAX_CHOICES } from '@/domain/audit/wizard-steps';
import { emptyAnswers, withPendingOwnWords } from './wizard-state';

describe('withPendingOwnWords', () => {
  it('adds the words left in the box of a multi-choice step', () => {
    const answers = { ...emptyAnswers, currentSystems: ['spreadsheets'] };
    expect(withPendingOwnWords('currentSystems', answers, '  Our own dispatch board ').currentSystems).toEqual([
      'spreadsheets',
      'Our own dispatch board',
    ]);
  });

  it('leaves the answers as they are when there is nothing new to add', () => {
    const answers = { ...emptyAnswers, kpis: ['Quotes sent within a day'] };
    expect(withPendingOwnWords('kpis', answers, '   ')).toBe(answers);
    expect(withPendingOwnWords('kpis', answers, 'quotes sent within a day')).toBe(answers);
    expect(withPendingOwnWords('industry', answers, 'Veterinary clinics')).toBe(answers);
    const full = { ...emptyAnswers, painPoints: Array.from({ length: MAX_CHOICES }, (_, i) => `pain ${i}`) };
    expect(withPendingOwnWords('painPoints', full, 'one more')).toBe(full);
  });
});
