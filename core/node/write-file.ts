// Atomic replacement: write a temp file beside the target, then rename over it, so a crash or a full
// disk never leaves a half-written draft. The temp file sits in the same directory so rename is atomic.
import { randomBytes } from 'node:crypto';
import { open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';

/** The file as it was read: a fix is written only over exactly this. */
export interface FileSnapshot {
  bytes: Uint8Array;
  size: number;
  mtimeMs: number;
}

/** Why a fix was not written; the message ends "…; nothing written". */
export class WriteRefused extends Error {}

/**
 * Replaces `path` with `content`, keeping its mode and owner. With `expected`, the file must still be what was
 * read (size, modification time and bytes, checked just before the rename), so an edit made meanwhile is kept.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, expected?: FileSnapshot): Promise<void> {
  const original = await stat(path).catch(() => undefined);
  const temp = join(dirname(path), `.${basename(path)}.trustlint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', original ? original.mode & 0o7777 : 0o644);
    try {
      await handle.writeFile(content);
      if (original) {
        await handle.chown(original.uid, original.gid).catch(() => {
          throw new WriteRefused('its owner could not be kept; nothing written');
        });
        // The mode again: open() applies the umask, and chown can clear set-id bits.
        await handle.chmod(original.mode & 0o7777);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (expected) await checkUnchanged(path, expected);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}

async function checkUnchanged(path: string, expected: FileSnapshot): Promise<void> {
  const now = await stat(path);
  const same = now.size === expected.size && now.mtimeMs === expected.mtimeMs && Buffer.from(await readFile(path)).equals(expected.bytes);
  if (!same) throw new WriteRefused('it changed while trustlint was fixing it; nothing written, run again');
}

/**
 * Where a fix to `path` goes: the real file, so a symbolic link keeps pointing at it. Refused when that file lies
 * outside `roots` (the real paths of the files and folders named; a link could lead anywhere) or has other hard
 * links (the rename would split them).
 */
export async function writableTarget(path: string, roots: readonly string[]): Promise<string> {
  const target = await realpath(path);
  if (!roots.some((root) => target === root || target.startsWith(root.endsWith(sep) ? root : root + sep)))
    throw new WriteRefused(`it leads to ${target}, outside the files and folders named; nothing written`);
  if ((await stat(target)).nlink > 1) throw new WriteRefused('it has other hard links, which a fix would split; nothing written');
  return target;
}
