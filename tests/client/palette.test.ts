/**
 * Community colours tell communities apart for everyone: no two of them (the greys of the smaller
 * communities and of institutions without links included) come closer than three of the smallest steps
 * one sees in OKLab, with normal colour vision or any of the three dichromacies.
 */
import { describe, expect, it } from 'vitest';

import { COMMUNITY_PALETTE_SIZE, communityColor, communityColors } from '../../client/src/graph/palette.js';
import { closestPair, difference, VISIONS, type Vision } from './colour-difference.js';

/** About three just-noticeable differences in OKLab (one is about 0.02). */
const DISTINCT = 0.06;

describe('community colours', () => {
  it.each(Object.keys(VISIONS) as Vision[])('are distinct to %s vision', (vision) => {
    const [a, b, distance] = closestPair(communityColors(), vision);
    expect(distance, `${a} and ${b}`).toBeGreaterThanOrEqual(DISTINCT);
  });

  it('number the communities in the palette order and share one grey beyond it', () => {
    const colours = communityColors();
    expect(communityColor(0)).toBe(colours[0]);
    expect(communityColor(COMMUNITY_PALETTE_SIZE - 1)).toBe(colours[COMMUNITY_PALETTE_SIZE - 1]);
    expect(communityColor(COMMUNITY_PALETTE_SIZE)).toBe(communityColor(COMMUNITY_PALETTE_SIZE + 5));
    expect(communityColor(null)).not.toBe(communityColor(COMMUNITY_PALETTE_SIZE));
  });

  it('the measure tells apart what looks apart and not what looks alike', () => {
    // Tableau's red and green, the pair the previous palette had: far apart to most, the same without
    // green cones.
    expect(difference('#e15759', '#59a14f')).toBeGreaterThan(0.2);
    expect(difference('#e15759', '#59a14f', 'deuteranopia')).toBeLessThan(0.02);
    expect(difference('#0072b2', '#0072b2', 'protanopia')).toBe(0);
  });
});
