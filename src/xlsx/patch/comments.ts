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

export class CommentsPart {
  private xml: string;
  private readonly prefix: string;

  constructor(xml: string | undefined) {
    this.xml = xml ?? EMPTY;
    this.prefix = rootPrefix(this.xml);
  }

  /** The `<comment>` element on `ref`, verbatim. */
  get(ref: string): string | undefined {
    return this.find(ref)?.text;
  }

  get refs(): string[] {
    return elements(this.xml, 'comment').map((c) => attribute(c.text, 'ref') ?? '');
  }

  get isEmpty(): boolean {
    return elements(this.xml, 'comment').length === 0;
  }

  /** Puts `comment` (a whole element) on `ref`, replacing any there. */
  set(ref: string, comment: string): void {
    const found = this.find(ref);
    if (found) {
      this.xml = splice(this.xml, found.start, found.end, comment);
      return;
    }
    const list = element(this.xml, 'commentList');
    if (!list) return;
    const range = contentRange(list);
    if (!range) {
      const p = this.prefix;
      this.xml = splice(
        this.xml,
        list.start,
        list.end,
        `<${p}commentList>${comment}</${p}commentList>`,
      );
      return;
    }
    this.xml = splice(this.xml, range.end, range.end, comment);
  }

  remove(ref: string): void {
    const found = this.find(ref);
    if (found) this.xml = splice(this.xml, found.start, found.end, '');
    this.dropProductAuthorIfUnused();
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
    return this.xml;
  }

  private find(ref: string): { start: number; end: number; text: string } | undefined {
    return elements(this.xml, 'comment').find((c) => attribute(c.text, 'ref') === ref);
  }

  private authors(): string[] {
    const authors = element(this.xml, 'authors');
    const range = authors && contentRange(authors);
    if (!authors || !range) return [];
    return elements(this.xml, 'author', range.start, range.end).map((a) => {
      const r = contentRange(a);
      return r ? decodeEntities(this.xml.slice(r.start, r.end)) : '';
    });
  }

  private productAuthor(): number {
    const list = this.authors();
    const at = list.indexOf(PRODUCT_AUTHOR);
    if (at >= 0) return at;
    const p = this.prefix;
    const author = `<${p}author>${PRODUCT_AUTHOR}</${p}author>`;
    const authors = element(this.xml, 'authors');
    if (!authors) {
      const root = element(this.xml, 'comments');
      const open = root ? root.start + root.text.indexOf('>') + 1 : 0;
      this.xml = splice(this.xml, open, open, `<${p}authors>${author}</${p}authors>`);
    } else {
      const range = contentRange(authors);
      if (range) this.xml = splice(this.xml, range.end, range.end, author);
      else
        this.xml = splice(
          this.xml,
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
    const used = elements(this.xml, 'comment').some(
      (c) => attribute(c.text, 'authorId') === String(at),
    );
    if (used) return;
    const authors = element(this.xml, 'authors');
    const range = authors && contentRange(authors);
    if (!authors || !range) return;
    const last = elements(this.xml, 'author', range.start, range.end).pop();
    if (last) this.xml = splice(this.xml, last.start, last.end, '');
  }
}
