// Decoding .ps1 bytes as PowerShell does: UTF-8 with or without a byte-order mark, UTF-16 with a BOM,
// and Windows-1252 for files that are not valid UTF-8. Used by the engine (`& .\x.ps1`, `. .\x.ps1`,
// switch -File, [IO.File]) and by the CLI's file commands.

import { decodeAnsi } from '../runtime/textEncodings.js';

export function decodeScript(bytes: Uint8Array): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeAnsi(bytes);
  }
}
