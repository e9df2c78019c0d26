/** Ids of the draft: lower-case ASCII words joined by hyphens, never romanised from Korean. */

/** An ASCII slug of at most `words` words of `text`, or '' when it has none. */
export function slug(text: string, words = 6): string {
  const stop = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'a', 'an', 'de', 'du']);
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word && !stop.has(word))
    .slice(0, words)
    .join('-');
}

/** FNV-1a, as six hex digits: a stable suffix for names that have no ASCII form. */
export function shortHash(text: string, digits = 6): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0').slice(0, digits);
}

/** `base`, or `base-2`, `base-3` … when `taken` already holds it. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
