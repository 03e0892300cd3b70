/**
 * A minimal OLE compound file (version 3, 512-byte sectors) holding the given streams, each at
 * least 4 096 bytes so none goes to the mini stream. Enough to stand for what Office writes for
 * a password-protected .xlsx: streams `EncryptionInfo` and `EncryptedPackage`.
 */
const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

export function compoundFile(streams: readonly { name: string; data: Uint8Array }[]): Buffer {
  const sectorsOf = (length: number): number => Math.ceil(length / SECTOR);
  const fat = new Uint32Array(SECTOR / 4).fill(FREE);
  fat[0] = FAT_SECTOR;
  fat[1] = END_OF_CHAIN; // the directory
  let next = 2;
  const starts = streams.map((stream) => {
    const start = next;
    const count = sectorsOf(stream.data.length);
    for (let i = 0; i < count; i++) fat[start + i] = i === count - 1 ? END_OF_CHAIN : start + i + 1;
    next += count;
    return start;
  });
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(END_OF_CHAIN, 60);
  header.writeUInt32LE(END_OF_CHAIN, 68);
  for (let i = 76; i < SECTOR; i += 4) header.writeUInt32LE(FREE, i);
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  const directory = Buffer.alloc(SECTOR);
  const entry = (index: number, name: string, type: number, start: number, size: number): void => {
    const at = index * 128;
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(directory, at);
    directory.writeUInt16LE(encoded.length, at + 64);
    directory[at + 66] = type;
    directory[at + 67] = 1; // black
    directory.writeUInt32LE(FREE, at + 68);
    directory.writeUInt32LE(FREE, at + 72);
    directory.writeUInt32LE(FREE, at + 76);
    directory.writeUInt32LE(start, at + 116);
    directory.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, END_OF_CHAIN, 0);
  directory.writeUInt32LE(1, 76); // the root's child: the first stream
  streams.forEach((stream, i) => {
    entry(i + 1, stream.name, 2, starts[i], stream.data.length);
    if (i + 1 < streams.length) directory.writeUInt32LE(i + 2, (i + 1) * 128 + 72); // right sibling
  });
  const body = streams.map((stream) => {
    const padded = Buffer.alloc(sectorsOf(stream.data.length) * SECTOR);
    Buffer.from(stream.data).copy(padded);
    return padded;
  });
  return Buffer.concat([header, Buffer.from(fat.buffer), directory, ...body]);
}
