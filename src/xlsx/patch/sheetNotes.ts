/**
 * One sheet's notes as the patcher edits them: its comments part and VML drawing (found through
 * the sheet's relationships, created when the sheet had none), and the `<legacyDrawing>` that
 * ties the VML to the sheet.
 */
import {
  addRelationship,
  CONTENT_TYPE,
  freePartName,
  readRelationships,
  REL,
  removeRelationships,
  type ContentTypes,
} from './parts';
import { CommentsPart } from './comments';
import { EMPTY_VML, idmapBlocks, shapeIds, VmlPart } from './vml';
import type { ZipPackage } from './zipPackage';

export interface NotesState {
  readonly comments: CommentsPart;
  /** Cells (A1) that hold a threaded comment: their note is Excel's, left alone. */
  readonly threaded: ReadonlySet<string>;
  /** Called once all edits are done; returns the legacyDrawing change the sheet XML needs. */
  save(): LegacyDrawingChange;
}

export type LegacyDrawingChange = { readonly add: string } | { readonly remove: true } | undefined;

/** Every VML part's shape ids and idmap blocks, so new ones never collide. */
export class ShapeIds {
  private readonly used = new Set<number>();
  private readonly blocks = new Set<number>();

  constructor(pkg: ZipPackage) {
    for (const name of pkg.names) {
      if (!name.toLowerCase().endsWith('.vml')) continue;
      const xml = pkg.text(name) ?? '';
      for (const id of shapeIds(xml)) this.used.add(id);
      for (const block of idmapBlocks(xml)) this.blocks.add(block);
    }
  }

  newBlock(): number {
    let block = 1;
    while (this.blocks.has(block)) block++;
    this.blocks.add(block);
    return block;
  }

  /** Where the search for a free id resumes, per block: ids are only ever taken, never freed. */
  private readonly cursor = new Map<number | undefined, number>();

  next(block: number | undefined): number {
    let id = this.cursor.get(block) ?? (block !== undefined ? block * 1024 + 1 : 1025);
    while (this.used.has(id)) id++;
    this.used.add(id);
    this.cursor.set(block, id + 1);
    return id;
  }
}

const TEXT_DECODER = new TextDecoder();

function threadedRefs(pkg: ZipPackage, sheetPart: string): Set<string> {
  const refs = new Set<string>();
  for (const rel of readRelationships(pkg, sheetPart)) {
    if (rel.type !== REL.threadedComment || !rel.part) continue;
    const xml = pkg.read(rel.part);
    if (!xml) continue;
    for (const m of TEXT_DECODER.decode(xml).matchAll(/\sref\s*=\s*"([A-Z]+\d+)"/g)) refs.add(m[1]);
  }
  return refs;
}

export function openNotes(
  pkg: ZipPackage,
  sheetPart: string,
  contentTypes: ContentTypes,
  ids: ShapeIds,
  cellOf: (ref: string) => { row: number; col: number },
): NotesState {
  const rels = readRelationships(pkg, sheetPart);
  const commentsRel = rels.find((r) => r.type === REL.comments && r.part && pkg.has(r.part));
  const vmlRel = rels.find((r) => r.type === REL.vmlDrawing && r.part && pkg.has(r.part));
  const original = commentsRel?.part ? pkg.text(commentsRel.part) : undefined;
  const comments = new CommentsPart(original);
  const before = new Set(comments.refs);
  const vmlXml = vmlRel?.part ? pkg.text(vmlRel.part) : undefined;
  return {
    comments,
    threaded: threadedRefs(pkg, sheetPart),
    save(): LegacyDrawingChange {
      const after = new Set(comments.refs);
      const added = [...after].filter((ref) => !before.has(ref));
      const removed = [...before].filter((ref) => !after.has(ref));
      const xml = comments.toXml();
      if (xml === (original ?? '') || (!original && comments.isEmpty)) return undefined;
      let change: LegacyDrawingChange;
      // Comments part.
      if (comments.isEmpty && commentsRel?.part) {
        pkg.remove(commentsRel.part);
        contentTypes.removeOverride(commentsRel.part);
        removeRelationships(pkg, sheetPart, new Set([commentsRel.id]));
      } else if (commentsRel?.part) {
        pkg.write(commentsRel.part, xml);
      } else if (!comments.isEmpty) {
        const part = freePartName(pkg, 'xl/comments', 'xml');
        pkg.write(part, xml);
        contentTypes.addOverride(part, CONTENT_TYPE.comments);
        addRelationship(pkg, sheetPart, REL.comments, part);
      }
      // VML shapes for notes added and removed.
      if (!added.length && !removed.length) return undefined;
      let block: number | undefined;
      const vml = new VmlPart(
        vmlXml ?? EMPTY_VML.replace('IDMAP', String((block = ids.newBlock()))),
      );
      if (vmlXml) block = idmapBlocks(vmlXml)[0];
      for (const ref of removed) {
        const { row, col } = cellOf(ref);
        vml.removeNote(row - 1, col - 1);
      }
      for (const ref of added) {
        const { row, col } = cellOf(ref);
        if (!vml.hasNote(row - 1, col - 1)) vml.addNote(row - 1, col - 1, ids.next(block));
      }
      if (vmlRel?.part) {
        if (vml.isEmpty) {
          pkg.remove(vmlRel.part);
          contentTypes.removeOverride(vmlRel.part);
          removeRelationships(pkg, sheetPart, new Set([vmlRel.id]));
          change = { remove: true };
        } else pkg.write(vmlRel.part, vml.toXml());
      } else if (!vml.isEmpty) {
        const part = freePartName(pkg, 'xl/drawings/vmlDrawing', 'vml');
        pkg.write(part, vml.toXml());
        contentTypes.addDefault('vml', CONTENT_TYPE.vml);
        change = { add: addRelationship(pkg, sheetPart, REL.vmlDrawing, part) };
      }
      return change;
    },
  };
}
