/**
 * The package patcher's entry points, platform-neutral (bytes in, bytes out; no node: imports),
 * for the command line and the web page's Web Worker alike:
 *
 * - `annotatePackage(bytes, { marks, summary }, { codec })` — the annotated copy;
 * - `clearPackage(bytes, { codec })` — the copy with the product's marks removed.
 *
 * The codec defaults to fflate; pass `NODE_CODEC` (./nodeCodec.ts) in Node for speed.
 */
export {
  annotatePackage,
  clearPackage,
  type AnnotateInput,
  type AnnotateResult,
  type ClearResult,
  type PatchOptions,
} from './annotate';
export { FFLATE_CODEC, type Codec } from './codec';
