/**
 * One pictogram per institution kind (and one per agreement kind, for agreements drawn as nodes), drawn inside each node (sigma's node-image program, in "colour"
 * mode: only the shape's alpha counts) and beside each kind in the legend, so the two always match.
 * Each is a 24×24 path, simple enough to read at 10 pixels.
 */
import type { AgreementKind, InstitutionKind } from '../../../contract/vocabulary.js';

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

/** One per agreement kind, for agreements drawn as nodes. */
const AGREEMENT_KIND_PICTOGRAMS: Record<AgreementKind, string> = {
  // A page with a folded corner and two lines.
  mou: 'M6 2h8l6 6v14H6V2Zm2 10v2h10v-2H8Zm0 4v2h10v-2H8Z',
  // A magnifying glass.
  'joint-research':
    'M10 3a7 7 0 1 1 0 14 7 7 0 0 1 0-14Zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10Zm5.6 10.2 5.6 5.6-1.4 1.4-5.6-5.6 1.4-1.4Z',
  // Stacked coins.
  funding: 'M4 18h16v3H4v-3Zm1-5h14v3H5v-3Zm2-5h10v3H7V8Zm2-5h6v3H9V3Z',
  // Three people.
  'working-group':
    'M12 3a3 3 0 1 1 0 6 3 3 0 0 1 0-6ZM5 7a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5Zm14 0a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5ZM7 21v-5a5 5 0 0 1 10 0v5H7Zm-6 0v-4a3.5 3.5 0 0 1 5-3.2A7 7 0 0 0 5 16v5H1Zm22 0h-4v-5a7 7 0 0 0-1-2.2 3.5 3.5 0 0 1 5 3.2v4Z',
  // Two arrows, each way.
  exchange: 'M4 7h12V4l5 4.5L16 13v-3H4V7Zm16 10H8v3l-5-4.5L8 11v3h12v3Z',
  // A calendar page.
  meeting: 'M7 2h2v2h6V2h2v2h3v18H4V4h3V2ZM6 10v10h12V10H6Z',
  // Two speech bubbles.
  dialogue: 'M2 3h13v9H7l-4 3v-3H2V3Zm15 4h5v9h-1v3l-4-3h-6v-2h6V7Z',
  // One speech bubble.
  consultation: 'M3 4h18v12H9l-5 4v-4H3V4Z',
};

const UNKNOWN_PICTOGRAM = 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16Z';

export function pictogramPath(kind: string): string {
  return (KIND_PICTOGRAMS as Partial<Record<string, string>>)[kind] ?? UNKNOWN_PICTOGRAM;
}

export function agreementPictogramPath(kind: string): string {
  return (AGREEMENT_KIND_PICTOGRAMS as Partial<Record<string, string>>)[kind] ?? UNKNOWN_PICTOGRAM;
}

/** The pictogram as an image URL for sigma (white on transparent; the program recolours it). */
export function pictogramUrl(kind: string, path = pictogramPath(kind)): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 24 24">` +
    `<path fill="#fff" d="${path}"/></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
