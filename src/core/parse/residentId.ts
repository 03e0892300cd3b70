/**
 * Resident identity numbers (公民身份号码) under GB 11643-1999: 6-digit area code, 8-digit birth
 * date, 3-digit sequence, 1 check character. The check is ISO 7064 MOD 11-2.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

export type ResidentIdCheck =
  | { readonly kind: 'valid' }
  /** A 15-digit first-generation ID: no longer issued, still seen on old rosters. */
  | { readonly kind: 'legacy' }
  | { readonly kind: 'format' }
  | { readonly kind: 'area' }
  | { readonly kind: 'birthDate' }
  | { readonly kind: 'checkDigit'; readonly expected: string; readonly stated: string };

/** The check character of the first 17 digits (of a string that may hold more). */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether `yyyymmdd` is a real calendar date from 1900 on and not after `today`
 * (`YYYY-MM-DD`; when absent the future is not checked, since the core never reads the clock).
 */
export function isPlausibleBirthDate(yyyymmdd: string, today?: string): boolean {
  return isPlausibleBirthDateAt(yyyymmdd, 0, today);
}

/** The number written by `length` characters of `text` from `at` (NaN unless all are digits). */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** As isPlausibleBirthDate, on the 8 characters of `text` from `at` (no substring per ID). */
function isPlausibleBirthDateAt(text: string, at: number, today?: string): boolean {
  const year = digitsAt(text, at, 4);
  const month = digitsAt(text, at + 4, 2);
  const day = digitsAt(text, at + 6, 2);
  if (Number.isNaN(year) || Number.isNaN(month) || Number.isNaN(day)) return false;
  if (year < 1900 || month < 1 || month > 12) return false;
  if (day < 1 || day > daysInMonth(year, month)) return false;
  if (today === undefined) return true;
  const birth = year * 10_000 + month * 100 + day;
  return (
    birth <= digitsAt(today, 0, 4) * 10_000 + digitsAt(today, 5, 2) * 100 + digitsAt(today, 8, 2)
  );
}

const VALID: ResidentIdCheck = { kind: 'valid' };
// Hoisted: a regular expression literal is a new object each time it is evaluated.
const LEGACY_ID = /^\d{15}$/;
const ID_FORMAT = /^\d{17}[\dX]$/;
const AREA_CODE = /^[1-8]\d{5}/;

/** Checks one ID as typed; a lower-case x check character is accepted. */
export function checkResidentId(text: string, today?: string): ResidentIdCheck {
  // Only a lower-case check character needs upper-casing; other letters are malformed anyway.
  const trimmed = text.trim();
  const id = trimmed.endsWith('x') ? trimmed.toUpperCase() : trimmed;
  if (LEGACY_ID.test(id)) return { kind: 'legacy' };
  if (!ID_FORMAT.test(id)) return { kind: 'format' };
  if (!AREA_CODE.test(id)) return { kind: 'area' };
  if (!isPlausibleBirthDateAt(id, 6, today)) return { kind: 'birthDate' };
  const expected = checkCharacter(id);
  const stated = id[17];
  return expected === stated ? VALID : { kind: 'checkDigit', expected, stated };
}

const NOT_UPPER_ID = /[^0-9A-Z]/;

/** The ID as a comparison key: trimmed, upper case (x and X are the same check character). */
export function residentIdKey(text: string): string {
  const trimmed = text.trim();
  return NOT_UPPER_ID.test(trimmed) ? trimmed.toUpperCase() : trimmed;
}
