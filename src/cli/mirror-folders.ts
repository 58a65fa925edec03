// CLI support: the folders of convert's inputs, mirrored under --out below the folder all inputs share.
import { dirname, relative, resolve, sep } from 'node:path';

/**
 * The deepest folder that holds every one of `folders` (the current folder when there are none).
 * @example findCommonFolder(['in/a', 'in/b/c']) // '/home/me/in' (absolute)
 */
export function findCommonFolder(folders: readonly string[]): string {
  const split = folders.map((folder) => resolve(folder).split(sep));
  const first = split[0] ?? resolve('.').split(sep);
  let depth = first.length;
  for (const parts of split) {
    let same = 0;
    while (same < depth && same < parts.length && parts[same] === first[same]) same++;
    depth = same;
  }
  return first.slice(0, depth).join(sep) || sep;
}

/**
 * The folders between `root` and `file`, outermost first: where `file`'s output goes under --out.
 * @example mirroredFolders('in/a/b/x.wiki', resolve('in')) // ['a', 'b']
 */
export function mirroredFolders(file: string, root: string): string[] {
  const rel = relative(root, dirname(resolve(file)));
  return rel === '' ? [] : rel.split(sep);
}
