import { checkCharacter } from '../../src/core/parse/residentId';

/** Area codes of 株洲市 districts (芦淞 430203 among them), for realistic-looking IDs. */
const AREAS = ['430202', '430203', '430204', '430211', '430212', '430223', '430281'];

const DAY_MS = 86_400_000;
const FIRST_BIRTH = Date.UTC(1955, 0, 1);

/**
 * The birth date of generated person n, YYYYMMDD, spread over about 50 years. With n = 7000m + r
 * the day is (7001m + 37r) mod 18 000, one-to-one in m (7001 is prime to 18 000), so together
 * with area and sequence (which fix r) no two people below 126 000 000 share an ID.
 */
function birthDate(n: number): string {
  const m = Math.floor(n / 7000);
  const day = new Date(FIRST_BIRTH + ((m + n * 37) % 18_000) * DAY_MS);
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${day.getUTCFullYear()}${pad(day.getUTCMonth() + 1, 2)}${pad(day.getUTCDate(), 2)}`;
}

/** With a given birth date, a valid check digit: the one the standard computes. */
export function residentIdWith(area: string, birth: string, sequence: number): string {
  const first17 = `${area}${birth}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

/**
 * Person n's 18-character resident ID: deterministic, distinct for n below 126 000 000, with a
 * valid area shape, a real birth date and a valid check digit.
 */
export function residentId(n: number): string {
  return residentIdWith(AREAS[n % AREAS.length], birthDate(n), Math.floor(n / AREAS.length));
}

/** The same ID with its check character replaced by a wrong one. */
export function withWrongCheckDigit(id: string): string {
  const wrong = id[17] === '0' ? '1' : '0';
  return id.slice(0, 17) + wrong;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英';

/** Person n's name: a plausible two- or three-character name, not unique. */
export function personName(n: number): string {
  const surname = SURNAMES[n % SURNAMES.length];
  const first = GIVEN[Math.floor(n / SURNAMES.length) % GIVEN.length];
  const second = n % 3 === 0 ? '' : GIVEN[(n * 7) % GIVEN.length];
  return surname + first + second;
}
