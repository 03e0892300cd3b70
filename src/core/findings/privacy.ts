/** An 18-character resident ID (last may be X) or a legacy 15-digit one, not inside a longer number. */
const RESIDENT_ID = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;

/** First 6 and last 4 characters shown, stars in between: 430203********1234. */
export function maskId(id: string): string {
  const trimmed = id.trim();
  if (trimmed.length <= 10) return trimmed;
  return `${trimmed.slice(0, 6)}${'*'.repeat(trimmed.length - 10)}${trimmed.slice(-4)}`;
}

/** Masks every resident ID in a text. */
export function maskIds(text: string): string {
  return text.replace(RESIDENT_ID, maskId);
}
