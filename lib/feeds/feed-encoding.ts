// Turns the raw bytes of a feed into text: BOM, then the XML prolog, then the HTTP charset, then UTF-8
// (falling back to windows-1252 when the bytes are not valid UTF-8). Runs in worker and CLI; pure.
// Uses only TextDecoder (no DOM, no Node buffers).

/** How many leading bytes are searched for the `<?xml ... encoding="..."?>` declaration. */
const PROLOG_SCAN_BYTES = 1024;

/**
 * Windows-1252 characters at bytes 0x80–0x9F. Numeric references &#128;–&#159; mean these in practice
 * (as the HTML spec says), and Node's TextDecoder wrongly decodes these bytes as C1 controls.
 */
export const WINDOWS_1252_C1: Readonly<Record<number, number>> = {
  128: 0x20ac, 130: 0x201a, 131: 0x0192, 132: 0x201e, 133: 0x2026, 134: 0x2020, 135: 0x2021,
  136: 0x02c6, 137: 0x2030, 138: 0x0160, 139: 0x2039, 140: 0x0152, 142: 0x017d, 145: 0x2018,
  146: 0x2019, 147: 0x201c, 148: 0x201d, 149: 0x2022, 150: 0x2013, 151: 0x2014, 152: 0x02dc,
  153: 0x2122, 154: 0x0161, 155: 0x203a, 156: 0x0153, 158: 0x017e, 159: 0x0178,
};

export interface DecodedFeed {
  text: string;
  /** The WHATWG encoding label actually used. */
  encoding: string;
  /** Non-fatal problems (unknown label, invalid bytes). */
  errors: string[];
}

function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM still starts with `<` (or whitespace) next to a zero byte. */
function sniffUtf16WithoutBom(bytes: Uint8Array): string | null {
  if (bytes.length < 4) return null;
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] !== 0) return 'utf-16be';
  return null;
}

function readPrologEncoding(bytes: Uint8Array): string | null {
  // The prolog is ASCII in every encoding TextDecoder can read here (UTF-16 is caught by the BOM).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PROLOG_SCAN_BYTES));
  const prolog = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return prolog?.[1] ?? null;
}

/** The charset parameter of a Content-Type header value, if any. */
export function readCharset(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*"?([A-Za-z0-9._:-]+)"?/i.exec(contentType);
  return match?.[1] ?? null;
}

/** A TextDecoder for `label`, or null when the platform does not know the label. */
function createDecoder(label: string, fatal: boolean): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal, ignoreBOM: false });
  } catch {
    return null;
  }
}

/** Decodes feed bytes; never throws (unknown labels and invalid bytes become `errors`). */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): DecodedFeed {
  const errors: string[] = [];
  const bom = sniffBom(bytes);
  if (bom) {
    const decoder = createDecoder(bom.encoding, false)!;
    return { text: decoder.decode(bytes.subarray(bom.length)), encoding: bom.encoding, errors };
  }
  const utf16 = sniffUtf16WithoutBom(bytes);
  // A declared label is trusted in this order: the document's own prolog, then the HTTP header.
  const declared = [utf16, readPrologEncoding(bytes), readCharset(contentType)].filter(
    (label): label is string => label !== null,
  );
  let label = 'utf-8';
  for (const candidate of declared) {
    const decoder = createDecoder(candidate, false);
    if (decoder) {
      label = decoder.encoding;
      break;
    }
    errors.push(`unknown encoding "${candidate}" ignored`);
  }
  // Prologs that claim UTF-16 in a file without BOM or zero bytes are wrong; read as UTF-8.
  if (label.startsWith('utf-16') && !utf16) label = 'utf-8';
  if (label === 'utf-8') {
    try {
      return { text: createDecoder('utf-8', true)!.decode(bytes), encoding: 'utf-8', errors };
    } catch {
      // Mislabelled legacy feeds are nearly always windows-1252 (a superset of ISO-8859-1).
      errors.push('invalid UTF-8; decoded as windows-1252');
      return { text: decodeWith('windows-1252', bytes), encoding: 'windows-1252', errors };
    }
  }
  // A document declared in a legacy single-byte encoding whose non-ASCII bytes form valid UTF-8 is
  // UTF-8 (a common CMS misconfiguration); real Latin text almost never happens to be valid UTF-8.
  if (isSingleByteEncoding(label) && hasNonAscii(bytes)) {
    try {
      const text = createDecoder('utf-8', true)!.decode(bytes);
      errors.push(`declared ${label} but the bytes are UTF-8; decoded as UTF-8`);
      return { text, encoding: 'utf-8', errors };
    } catch {
      // Not UTF-8: the declaration was right.
    }
  }
  return { text: decodeWith(label, bytes), encoding: label, errors };
}

function isSingleByteEncoding(label: string): boolean {
  return /^(windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh|ibm866|x-mac-cyrillic)$/.test(label);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** Decodes, mapping C1 controls left by runtimes that treat windows-1252 as ISO-8859-1 (Node). */
function decodeWith(label: string, bytes: Uint8Array): string {
  const text = createDecoder(label, false)!.decode(bytes);
  if (label !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (char) => {
    const code = WINDOWS_1252_C1[char.charCodeAt(0)];
    return code === undefined ? char : String.fromCharCode(code);
  });
}
