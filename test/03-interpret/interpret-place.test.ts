// Tests for stage 3 (interpret): place parts, and joining values line by line with their anchors.
import { describe, expect, it } from 'vitest';
import { interpretPlace } from '../../src/03-interpret/interpret-place.js';
import { joinValues } from '../../src/03-interpret/join-values.js';
import { plainValue } from '../../src/_lib/clean-value.js';

describe('interpretPlace', () => {
  it.each([
    ['Amazragane, Ménaka Region, Mali', ['Amazragane', 'Ménaka Region', 'Mali']],
    ['Okinawa,', ['Okinawa']],
    [
      'Abritus, Moesia Inferior\n(modern-day Razgrad, Bulgaria)',
      ['Abritus', 'Moesia Inferior', '(modern-day Razgrad, Bulgaria)'],
    ],
    ['North Sea, near Denmark', ['North Sea', 'near Denmark']],
    ['14°1′8″N 38°58′24″E Adwa, Ethiopia', ['Adwa', 'Ethiopia']],
    ['Sarajevo, Bosnia', ['Sarajevo', 'Bosnia']],
    ['10 km south of Brussels', ['10 km south of Brussels']],
    [
      'Waterloo, then Netherlands, present day Belgium; 15 km south of Brussels',
      ['Waterloo', 'then Netherlands', 'present day Belgium', '15 km south of Brussels'],
    ],
    ['Fort Sumter; Charleston Harbor;', ['Fort Sumter', 'Charleston Harbor']],
    ['Blindheim (Engl.: Blenheim), near Höchstädt', ['Blindheim (Engl.: Blenheim)', 'near Höchstädt']],
    ['Kadesh [on the Orontes, Syria]; Levant', ['Kadesh [on the Orontes, Syria]', 'Levant']],
    ['14°1′8″N; 38°58′24″E Adwa, Ethiopia', ['Adwa', 'Ethiopia']],
  ])('%s', (text, parts) => {
    expect(interpretPlace(text)).toEqual({ text, parts });
  });

  it('is null when absent or blank', () => {
    expect(interpretPlace(null)).toBeNull();
    expect(interpretPlace(' ')).toBeNull();
  });
});

describe('joinValues', () => {
  it('shifts the anchors of the second value past the first and a line break', () => {
    const a = plainValue('3 killed');
    const b = plainValue('France lost 5');
    b.links.push({ start: 0, end: 6, target: 'France' });
    b.refs.push({ offset: 13, id: 'ref-1' });
    b.flags.push({ offset: 0, country: 'France' });
    b.marks.push({ start: 12, end: 13, kind: 'bold' });
    const joined = joinValues(a, b);
    expect(joined.text).toBe('3 killed\nFrance lost 5');
    expect(joined.links).toEqual([{ start: 9, end: 15, target: 'France' }]);
    expect(joined.refs).toEqual([{ offset: 22, id: 'ref-1' }]);
    expect(joined.flags).toEqual([{ offset: 9, country: 'France' }]);
    expect(joined.marks).toEqual([{ start: 21, end: 22, kind: 'bold' }]);
  });

  it('returns the other value when one is empty', () => {
    const b = plainValue('x');
    expect(joinValues(plainValue(''), b)).toBe(b);
  });
});
