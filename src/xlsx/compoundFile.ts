/**
 * OLE compound files (the container of .xls, .et and of a password-protected .xlsx): told apart
 * by the names of the streams they hold, so each is refused with its own line rather than as
 * "not a zip package".
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type CompoundKind = 'encrypted' | 'binary-workbook' | 'other';

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE.length && SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** A stream name as the directory stores it: UTF-16LE. */
function utf16(name: string): Uint8Array {
  const out = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) out[2 * i] = name.charCodeAt(i);
  return out;
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  for (let at = bytes.indexOf(first); at >= 0; at = bytes.indexOf(first, at + 1)) {
    let k = 1;
    while (k < needle.length && bytes[at + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

const ENCRYPTED = [utf16('EncryptionInfo'), utf16('EncryptedPackage')];
/** BIFF8 (Excel 97–2003, WPS .et) keeps its sheets in `Workbook`, BIFF5 in `Book`. */
const WORKBOOK = [utf16('Workbook'), utf16('Book')];

/** What a compound file holds: an encrypted OOXML package, a binary workbook, or neither. */
export function compoundKind(bytes: Uint8Array): CompoundKind {
  if (ENCRYPTED.every((name) => contains(bytes, name))) return 'encrypted';
  if (WORKBOOK.some((name) => contains(bytes, name))) return 'binary-workbook';
  return 'other';
}

/** The one-line reason for refusing a compound file. */
export function compoundFileReason(bytes: Uint8Array): string {
  switch (compoundKind(bytes)) {
    case 'encrypted':
      return 'encrypted: remove the password first (save a copy without a password to open)';
    case 'binary-workbook':
      return 'a binary .xls / .et workbook (Excel 97–2003 or WPS)';
    default:
      return 'not an .xlsx workbook (an OLE compound file holding no workbook)';
  }
}
