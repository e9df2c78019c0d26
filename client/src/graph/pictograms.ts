/**
 * One pictogram per institution kind, drawn inside each node (sigma's node-image program, in "colour"
 * mode: only the shape's alpha counts) and beside each kind in the legend, so the two always match.
 * Each is a 24×24 path, simple enough to read at 10 pixels.
 */
import type { InstitutionKind } from '../../../contract/vocabulary.js';

const KIND_PICTOGRAMS: Record<InstitutionKind, string> = {
  // A classical front: pediment, columns, base.
  government: 'M12 2 2 7v2h20V7L12 2Zm-8 9h3v7H4v-7Zm6.5 0h3v7h-3v-7ZM17 11h3v7h-3v-7ZM2 20h20v2H2v-2Z',
  // An office block with a flag.
  ministry:
    'M5 22V8h14v14h-5v-4h-4v4H5Zm3-11v2h2v-2H8Zm6 0v2h2v-2h-2Zm-6 4v2h2v-2H8Zm6 0v2h2v-2h-2ZM11 2h6v3h-4v1h-2V2Z',
  // A shield.
  agency:
    'M12 2 4 5v6c0 5 3.4 9.3 8 11 4.6-1.7 8-6 8-11V5l-8-3Zm0 5 1.6 3.3 3.6.5-2.6 2.5.6 3.6L12 15.2 8.8 16.9l.6-3.6-2.6-2.5 3.6-.5L12 7Z',
  // A flask.
  institute:
    'M9 2h6v2h-1v5.2l5.6 9.7A2 2 0 0 1 17.9 22H6.1a2 2 0 0 1-1.7-3.1L10 9.2V4H9V2Zm-1.5 15h9l-2.3-4H9.8l-2.3 4Z',
  // An atom: nucleus and two orbits.
  'research-centre':
    'M12 10a2 2 0 1 1 0 4 2 2 0 0 1 0-4Zm0-8c2 0 3.3 3.2 3.8 6.6C19 9.7 22 11 22 12s-3 2.3-6.2 3.4C15.3 18.8 14 22 12 22s-3.3-3.2-3.8-6.6C5 14.3 2 13 2 12s3-2.3 6.2-3.4C8.7 5.2 10 2 12 2Zm0 2c-.8 0-1.7 2-2.1 4.2a30 30 0 0 1 4.2 0C13.7 6 12.8 4 12 4Zm-2.3 6.2a24 24 0 0 0 0 3.6 24 24 0 0 0 4.6 0 24 24 0 0 0 0-3.6 24 24 0 0 0-4.6 0Z',
  // A briefcase.
  office:
    'M9 3h6a2 2 0 0 1 2 2v2h3a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2h3V5a2 2 0 0 1 2-2Zm0 4h6V5H9v2Zm-7 5h20v2H2v-2Z',
  // A factory with a saw-tooth roof and a chimney.
  industry: 'M2 22V11l6 3.5V11l6 3.5V11l6 3.5V3h2v19H2Zm4-5v2h3v-2H6Zm5 0v2h3v-2h-3Zm5 0v2h3v-2h-3Z',
  // A mortarboard.
  academia: 'M12 3 1 9l11 6 9-4.9V17h2V9L12 3Zm-6 9.2V16c0 2 2.7 4 6 4s6-2 6-4v-3.8l-6 3.3-6-3.3Z',
};

const UNKNOWN_PICTOGRAM = 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16Z';

export function pictogramPath(kind: string): string {
  return (KIND_PICTOGRAMS as Partial<Record<string, string>>)[kind] ?? UNKNOWN_PICTOGRAM;
}

/** The pictogram as an image URL for sigma (white on transparent; the program recolours it). */
export function pictogramUrl(kind: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 24 24">` +
    `<path fill="#fff" d="${pictogramPath(kind)}"/></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
