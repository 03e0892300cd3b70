/** node:zlib for the patcher: native deflate, inflate and CRC-32 (Node only). */
import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';
import { nodeInflateRaw } from '../fast/nodeInflate';
import { DEFLATE_LEVEL, type Codec } from './codec';

export const NODE_CODEC: Codec = {
  deflateRaw: (pieces) => {
    const out = deflateRawSync(pieces.length === 1 ? pieces[0] : Buffer.concat(pieces), {
      level: DEFLATE_LEVEL,
    });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
  crc32: (pieces) => pieces.reduce((crc, piece) => zlibCrc32(piece, crc), 0),
  inflateRaw: nodeInflateRaw,
};
