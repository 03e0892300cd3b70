/**
 * A sheet's comments part (the notes), edited in place: the product adds its notes, appends its
 * text below a user's note, and takes both back, leaving every other comment as it was.
 */
import {
  attribute,
  contentRange,
  decodeEntities,
  element,
  elements,
  escapeText,
  rootPrefix,
  splice,
  xmlSafe,
} from './xml';

export const PRODUCT_AUTHOR = 'Budget Reconciler';

const EMPTY =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>';

/** The plain text of a `<comment>` (runs joined, phonetic runs left out). */
export function commentText(comment: string): string {
  const text = element(comment, 'text');
  if (!text) return '';
  const withoutPhonetic = text.text.replace(/<([\w.-]+:)?rPh[\s>][\s\S]*?<\/\1?rPh>/g, '');
  return elements(withoutPhonetic, 't')
    .map((t) => {
      const range = contentRange(t);
      return range ? decodeEntities(withoutPhonetic.slice(range.start, range.end)) : '';
    })
    .join('')
    .replace(/\r\n?/g, '\n');
}

/**
 * The comments part, read once: the text before the comments, each `<comment>` by its cell in
 * document order, and the text after. Edits change the map and the part is written once, so a
 * roster with a note on each of 50 000 rows costs one pass, not one pass per note.
 */
export class CommentsPart {
  private head: string;
  private readonly tail: string;
  private readonly byRef = new Map<string, string>();
  private readonly prefix: string;
  /** The part as read, given back unchanged when nothing was edited. */
  private readonly original: string;
  private edited = false;

  constructor(xml: string | undefined) {
    const text = xml ?? EMPTY;
    this.original = text;
    this.prefix = rootPrefix(text);
    const list = element(text, 'commentList');
    const range = list && contentRange(list);
    const p = this.prefix;
    if (!list) {
      // No list to hold comments: one goes before the root's end tag when the first is added.
      const close = text.lastIndexOf('</');
      this.head = `${text.slice(0, close)}<${p}commentList>`;
      this.tail = `</${p}commentList>${text.slice(close)}`;
      return;
    }
    if (!range) {
      this.head = `${text.slice(0, list.start)}<${p}commentList>`;
      this.tail = `</${p}commentList>${text.slice(list.end)}`;
    } else {
      this.head = text.slice(0, range.start);
      this.tail = text.slice(range.end);
    }
    if (range) {
      for (const comment of elements(text, 'comment', range.start, range.end)) {
        this.byRef.set(attribute(comment.text, 'ref') ?? '', comment.text);
      }
    }
  }

  /** The `<comment>` element on `ref`, verbatim. */
  get(ref: string): string | undefined {
    return this.byRef.get(ref);
  }

  get refs(): string[] {
    return [...this.byRef.keys()];
  }

  get isEmpty(): boolean {
    return this.byRef.size === 0;
  }

  /** Puts `comment` (a whole element) on `ref`, replacing any there (in its place). */
  set(ref: string, comment: string): void {
    this.byRef.set(ref, comment);
    this.edited = true;
  }

  remove(ref: string): void {
    if (this.byRef.delete(ref)) this.edited = true;
  }

  /** A new comment holding the product's text alone. */
  productComment(ref: string, text: string): string {
    const p = this.prefix;
    return `<${p}comment ref="${ref}" authorId="${this.productAuthor()}"><${p}text>${this.run(text)}</${p}text></${p}comment>`;
  }

  /** The user's comment with the product's text as a run below theirs. */
  appended(comment: string, text: string): string {
    const p = this.prefix;
    const run = this.run(`\n${text}`);
    const body = element(comment, 'text');
    if (!body) return comment;
    const range = contentRange(body);
    if (!range) return splice(comment, body.start, body.end, `<${p}text>${run}</${p}text>`);
    const inner = comment.slice(range.start, range.end);
    // A note of plain `<t>` gets its text wrapped as a run so runs can follow it.
    const hasRuns = elements(inner, 'r').length > 0;
    const wrapped = hasRuns
      ? inner
      : inner.replace(/<(([\w.-]+:)?t)([\s>][\s\S]*?<\/\1>)/, `<${p}r><$1$3</${p}r>`);
    return comment.slice(0, range.start) + wrapped + run + comment.slice(range.end);
  }

  /** A text run in the font Excel gives notes (readers that take only runs see it too). */
  private run(text: string): string {
    const p = this.prefix;
    return `<${p}r><${p}rPr><${p}sz val="9"/><${p}color indexed="81"/><${p}rFont val="Tahoma"/><${p}family val="2"/></${p}rPr><${p}t xml:space="preserve">${escapeText(xmlSafe(text))}</${p}t></${p}r>`;
  }

  toXml(): string {
    if (!this.edited) return this.original;
    this.dropProductAuthorIfUnused();
    return this.head + [...this.byRef.values()].join('') + this.tail;
  }

  private authors(): string[] {
    const authors = element(this.head, 'authors');
    const range = authors && contentRange(authors);
    if (!authors || !range) return [];
    return elements(this.head, 'author', range.start, range.end).map((a) => {
      const r = contentRange(a);
      return r ? decodeEntities(this.head.slice(r.start, r.end)) : '';
    });
  }

  private productAuthor(): number {
    const list = this.authors();
    const at = list.indexOf(PRODUCT_AUTHOR);
    if (at >= 0) return at;
    this.edited = true;
    const p = this.prefix;
    const author = `<${p}author>${PRODUCT_AUTHOR}</${p}author>`;
    const authors = element(this.head, 'authors');
    if (!authors) {
      const root = element(this.head + this.tail, 'comments');
      const open = root ? root.start + root.text.indexOf('>') + 1 : 0;
      this.head = splice(this.head, open, open, `<${p}authors>${author}</${p}authors>`);
    } else {
      const range = contentRange(authors);
      if (range) this.head = splice(this.head, range.end, range.end, author);
      else
        this.head = splice(
          this.head,
          authors.start,
          authors.end,
          `<${p}authors>${author}</${p}authors>`,
        );
    }
    return list.length;
  }

  /** The product's author goes when no comment names it and it is the last one listed. */
  private dropProductAuthorIfUnused(): void {
    const list = this.authors();
    const at = list.lastIndexOf(PRODUCT_AUTHOR);
    if (at < 0 || at !== list.length - 1) return;
    for (const comment of this.byRef.values()) {
      if (attribute(comment, 'authorId') === String(at)) return;
    }
    const authors = element(this.head, 'authors');
    const range = authors && contentRange(authors);
    if (!authors || !range) return;
    const last = elements(this.head, 'author', range.start, range.end).pop();
    if (last) this.head = splice(this.head, last.start, last.end, '');
  }
}
