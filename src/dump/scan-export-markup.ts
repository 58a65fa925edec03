// Dump: read MediaWiki's export markup without an XML parser. MediaWiki writes its exports in a small, regular subset
// of XML (tags with quoted attributes, the five named entities, no comments, CDATA or DTD); this scanner reads that
// subset at the speed of native string search and declines (returns false / null) anything else, which saxes reads.
// It reads the export's bytes as a "byte string" (latin1: one character per byte): the markup is ASCII, so tags and
// entities read the same, and only the texts that are kept pay for UTF-8 decoding (decodeExportText).

/** One tag at `lastIndex`: `</name>`, `<name attr="v" …>` or `<name … />`. Names are ASCII; values hold no `<`. */
const TAG =
  /<(\/?)([A-Za-z_][\w.:-]*)((?:[ \t\n]+[A-Za-z_][\w.:-]*[ \t\n]*=[ \t\n]*(?:"[^"<]*"|'[^'<]*'))*)[ \t\n]*(\/?)>/y;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)[ \t\n]*=[ \t\n]*(?:"([^"<]*)"|'([^'<]*)')/g;
/**
 * In UTF-8 bytes, what XML forbids in text or saxes rewrites: control characters and U+FFFE/U+FFFF (EF BF BE/BF:
 * errors), `\r` (line ends are normalised). Malformed UTF-8 is not looked for: the decoder turns it into U+FFFD, as
 * before saxes, and no lone surrogate can come out of it.
 */
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\r]/;
const NONCHARACTERS = ['\xEF\xBF\xBE', '\xEF\xBF\xBF'];
const NON_ASCII = /[\x80-\xFF]/;
// A U+FEFF at a text's start is a character, not a byte-order mark: only the document's first one is that.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
/** The predefined entities by name. */
const NAMED: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);
const DECIMAL = /^#\d{1,7}$/;
const HEX = /^#x[\da-fA-F]{1,6}$/;
/** The entities MediaWiki writes, tried first at each `&` (half the time of looking each body up). */
const COMMON_ENTITY = /(?:lt|gt|amp|quot);/y;
/** Longest entity body between `&` and `;` (`#x10FFFF`). */
const MAX_ENTITY = 8;
/** Whitespace inside an attribute value, which XML turns into spaces. */
const ATTRIBUTE_SPACE = /[\t\n]/;

/** A code point XML allows as a character (its `Char` production). */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** The character an entity body (`lt`, `#65`, `#x15A`) stands for; null when saxes would not read it as one. */
function entityChar(body: string): string | null {
  const named = NAMED.get(body);
  if (named !== undefined) return named;
  const code = DECIMAL.test(body) ? Number(body.slice(1)) : HEX.test(body) ? parseInt(body.slice(2), 16) : -1;
  return isXmlChar(code) ? String.fromCodePoint(code) : null;
}

/**
 * True when every character and entity of `text` (a byte string) is one XML allows without a DTD: the text can then
 * be read here exactly as saxes reads it.
 * @example isPlainMarkup('a &amp; b') // true
 * @example isPlainMarkup('a &nbsp; b') // false
 */
export function isPlainMarkup(text: string): boolean {
  // Apart: one pattern with both was three times slower than the class alone plus two string searches.
  if (CONTROL.test(text) || NONCHARACTERS.some((bytes) => text.includes(bytes))) return false;
  if (text.includes(']]>')) return false;
  for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', amp + 1)) {
    COMMON_ENTITY.lastIndex = amp + 1;
    if (COMMON_ENTITY.test(text)) continue;
    // Looked for in a bounded window, so a run of `&` without `;` stays linear.
    const body = text.slice(amp + 1, amp + 2 + MAX_ENTITY);
    const semi = body.indexOf(';');
    if (semi < 0 || entityChar(body.slice(0, semi)) === null) return false;
  }
  return true;
}

/**
 * Decodes the entities of text already checked by isPlainMarkup. A loop over the `&`s: one regular expression
 * with a callback per entity, or a replacement pass per entity, was several times slower on wikitext full of `&lt;ref`.
 * @example decodeEntities('&lt;ref&gt; &#x15A; &amp;lt;') // '<ref> Ś &lt;'
 */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  let out = '';
  let last = 0;
  while (amp >= 0) {
    const semi = text.indexOf(';', amp);
    out += text.slice(last, amp) + entityChar(text.slice(amp + 1, semi));
    last = semi + 1;
    amp = text.indexOf('&', last);
  }
  return out + text.slice(last);
}

/**
 * A byte string's characters: its bytes decoded as UTF-8 (malformed bytes as U+FFFD). Decoding a text cut at ASCII
 * bytes (`<`, `>`) piece by piece gives what decoding it whole gives.
 * @example decodeUtf8('\xC5\x9Awiecino') // 'Świecino'
 */
export function decodeUtf8(bytes: string): string {
  return NON_ASCII.test(bytes) ? utf8.decode(Buffer.from(bytes, 'latin1')) : bytes;
}

/**
 * The text an export's raw bytes stand for: UTF-8 decoded, then entities (text already checked by isPlainMarkup).
 * @example decodeExportText('&lt;ref&gt;\xC5\x9A') // '<ref>Ś'
 */
export function decodeExportText(raw: string): string {
  return decodeEntities(decodeUtf8(raw));
}

export interface MarkupVisitor {
  /** An opening tag (a self-closing one is followed by its close); false declines. */
  open(name: string, attributes: ReadonlyMap<string, string>): boolean;
  /** A closing tag; false declines (a mismatch). */
  close(name: string): boolean;
  /** Raw text between two tags (bytes, entities not decoded); false declines. Without it, texts are skipped unread. */
  text?(raw: string): boolean;
}

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

/**
 * A tag's attributes, decoded (UTF-8 and entities); null when one repeats or its value holds whitespace XML would
 * rewrite.
 */
function readAttributes(source: string): ReadonlyMap<string, string> | null {
  if (source === '') return NO_ATTRIBUTES;
  const attributes = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    const value = m[2] ?? m[3]!;
    if (attributes.has(m[1]!) || ATTRIBUTE_SPACE.test(value)) return null;
    attributes.set(m[1]!, decodeExportText(value));
  }
  return attributes;
}

/**
 * Walks the tags and texts of `text` from `from` to `to` (text already checked by isPlainMarkup) and reports them to
 * `visitor`. Returns false at the first thing outside the subset: `<!` (comment, CDATA, DTD), `<?`, a malformed
 * tag, a repeated attribute, a closing tag with attributes — or when the visitor declines.
 */
export function scanMarkup(text: string, from: number, to: number, visitor: MarkupVisitor): boolean {
  let at = from;
  while (at < to) {
    const lt = text.indexOf('<', at);
    const textEnd = lt < 0 || lt > to ? to : lt;
    if (textEnd > at && visitor.text && !visitor.text(text.slice(at, textEnd))) return false;
    if (textEnd === to) return true;
    TAG.lastIndex = lt;
    const m = TAG.exec(text);
    if (!m || m.index + m[0].length > to) return false;
    const [whole, closing, name, attributeSource, selfClosing] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    if (closing) {
      if (attributeSource || selfClosing || !visitor.close(name)) return false;
    } else {
      const attributes = readAttributes(attributeSource);
      if (!attributes || !visitor.open(name, attributes)) return false;
      if (selfClosing && !visitor.close(name)) return false;
    }
    at = lt + whole.length;
  }
  return true;
}
