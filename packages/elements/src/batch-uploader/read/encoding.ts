// Which encoding a text file is in: a byte-order mark says so; else UTF-8 when its first 64 KB
// decode strictly as UTF-8; else Windows-1252 (what Excel writes on Windows), so "José" never
// becomes "JosÃ©" and "O’Brien" keeps its apostrophe.
import type { Encoding } from './protocol.js';

const SNIFF_BYTES = 64 * 1024;

export interface Sniffed {
  encoding: Encoding;
  /** A byte-order mark or valid UTF-8 decided it (not a guess). */
  sure: boolean;
}

export function sniffEncoding(bytes: Uint8Array): Sniffed {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', sure: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', sure: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', sure: true };
  try {
    // `stream: true` lets a character cut at the 64 KB edge wait for bytes that never come.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, SNIFF_BYTES), {
      stream: true,
    });
    return { encoding: 'utf-8', sure: true };
  } catch {
    return { encoding: 'windows-1252', sure: false };
  }
}

/** Text files have no NUL bytes (UTF-16 aside): a file with them is not a spreadsheet. */
export function looksBinary(bytes: Uint8Array, encoding: Encoding): boolean {
  if (encoding.startsWith('utf-16')) return false;
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

/** The whole file as text (a byte-order mark is dropped). */
export const decode = (bytes: Uint8Array, encoding: Encoding): string =>
  new TextDecoder(encoding).decode(bytes);
