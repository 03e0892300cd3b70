/**
 * Resident IDs and bank card numbers are masked in everything the product writes or prints.
 *
 * Masking is applied to each piece of user text before it is put into a sentence (a group name
 * written straight before its head count must not run into a longer number that escapes), and
 * once more over whole outputs as a safety net.
 */

/**
 * A run of 15 or more digits (ASCII or full-width), with an optional trailing X: an 18-digit
 * resident ID, a legacy 15-digit one, or a 16–19 digit card number — whatever stands next to it
 * (`ID430202199404047775` is masked too). Longer runs are masked whole: an ID that ran into
 * other digits is still an ID.
 */
const ID_LIKE = /[0-9０-９]{15,}[XxＸｘ]?/g;

/** First 6 and last 4 characters shown, stars in between: 430203********1234. */
export function maskId(id: string): string {
  const trimmed = id.trim();
  if (trimmed.length <= 10) return trimmed;
  return `${trimmed.slice(0, 6)}${'*'.repeat(trimmed.length - 10)}${trimmed.slice(-4)}`;
}

/** Masks every resident ID and card number in a text. */
export function maskIds(text: string): string {
  return text.replace(ID_LIKE, maskId);
}

/** True when the text still shows a run of 15 or more digits (tests grep outputs with it). */
export function showsIdLike(text: string): boolean {
  return new RegExp(ID_LIKE.source).test(text);
}

/**
 * Every string inside a value masked: strings, arrays and plain objects are walked; anything
 * else is kept. A value with nothing to mask is returned as it was (same reference).
 */
export function maskDeep<T>(value: T): T {
  return maskAny(value) as T;
}

function maskAny(value: unknown): unknown {
  if (typeof value === 'string') return maskIds(value);
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    const masked = items.map(maskAny);
    return masked.some((item, i) => item !== items[i]) ? masked : value;
  }
  if (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    const entries = Object.entries(value);
    const masked = entries.map(([key, item]) => [key, maskAny(item)] as const);
    return masked.some(([, item], i) => item !== entries[i][1])
      ? Object.fromEntries(masked)
      : value;
  }
  return value;
}

/**
 * A set of message functions whose every argument is masked before the sentence is built.
 * Plain string members are kept; nested groups of messages are wrapped too.
 */
export function maskedMessages<T extends object>(messages: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(messages)) {
    wrapped[key] =
      typeof member === 'function'
        ? (...args: unknown[]): unknown =>
            (member as (...inner: unknown[]) => unknown)(...args.map(maskAny))
        : typeof member === 'object' && member !== null
          ? maskedMessages(member as object)
          : member;
  }
  return wrapped as T;
}
