/** A money unit and how many fen one of it holds (a power of ten, kept as its exponent). */
export interface Unit {
  readonly id: UnitId;
  /** fen per unit = 10 ** fenExponent: 元 2, 千元 5, 万元 6, 亿元 10. */
  readonly fenExponent: number;
  readonly zh: string;
  readonly en: string;
}

export type UnitId = 'yuan' | 'thousand-yuan' | 'ten-thousand-yuan' | 'hundred-million-yuan';

export const UNITS: Readonly<Record<UnitId, Unit>> = {
  yuan: { id: 'yuan', fenExponent: 2, zh: '元', en: 'yuan' },
  'thousand-yuan': { id: 'thousand-yuan', fenExponent: 5, zh: '千元', en: 'thousand yuan' },
  'ten-thousand-yuan': { id: 'ten-thousand-yuan', fenExponent: 6, zh: '万元', en: '10k yuan' },
  'hundred-million-yuan': {
    id: 'hundred-million-yuan',
    fenExponent: 10,
    zh: '亿元',
    en: '100m yuan',
  },
};

export const YUAN = UNITS.yuan;
