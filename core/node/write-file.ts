// Atomic replacement: write a temp file beside the target, then rename over it, so a crash or a full
// disk never leaves a half-written draft. The temp file sits in the same directory so rename is atomic.
import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const mode = await stat(path).then(
    (info) => info.mode & 0o7777,
    () => 0o644,
  );
  const temp = join(dirname(path), `.${basename(path)}.trustlint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}
