/**
 * The default highlight colours in package.json (`contributes.colors`): for every theme kind, each text colour is
 * readable on the editor background (WCAG contrast), also inside a quotation's tinted background, and every two
 * categories are clearly different colours (CIEDE2000 colour difference), so a reader can tell a person from a place
 * at a glance.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../../scripts/eval/paths';

type ThemeKind = 'light' | 'dark' | 'highContrast' | 'highContrastLight';
interface ColorContribution {
  id: string;
  defaults: Record<ThemeKind, string>;
}

const TEXT_COLOR_IDS = [
  'articleLens.personForeground',
  'articleLens.organizationForeground',
  'articleLens.locationForeground',
  'articleLens.miscForeground',
  'articleLens.dateForeground',
];
const SPEAKER_UNDERLINE_ID = 'articleLens.quoteSpeakerUnderline';
const QUOTE_BACKGROUND_ID = 'articleLens.quoteBackground';

/** VS Code's default editor backgrounds per theme kind (Light Modern, Dark Modern and Dark+, the HC themes). */
const EDITOR_BACKGROUNDS: Record<ThemeKind, string[]> = {
  light: ['#FFFFFF'],
  dark: ['#1F1F1F', '#1E1E1E'],
  highContrast: ['#000000'],
  highContrastLight: ['#FFFFFF'],
};
/** WCAG 2.x: 4.5:1 for normal text (AA); high-contrast themes promise more, so 7:1 (AAA). */
const MIN_TEXT_CONTRAST: Record<ThemeKind, number> = { light: 4.5, dark: 4.5, highContrast: 7, highContrastLight: 7 };
/** An underline is a graphical object: WCAG 1.4.11 asks 3:1. */
const MIN_UNDERLINE_CONTRAST = 3;
/** CIEDE2000 ≈ 2 is a just-noticeable difference; 20 is two colours nobody mistakes for each other in a line of text. */
const MIN_COLOR_DIFFERENCE = 20;

type Rgba = [number, number, number, number];

function parseHex(hex: string): Rgba {
  const m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(hex);
  assert.ok(m, `not a #RRGGBB[AA] colour: ${hex}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, m[2] ? parseInt(m[2], 16) / 255 : 1];
}

/** A translucent colour painted over an opaque one. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

function linear(channel255: number): number {
  const c = channel255 / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function relativeLuminance([r, g, b]: Rgba): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function lab([r, g, b]: Rgba): [number, number, number] {
  const [R, G, B] = [linear(r), linear(g), linear(b)];
  const xyz = [
    (0.4124564 * R + 0.3575761 * G + 0.1804375 * B) / 0.95047,
    0.2126729 * R + 0.7151522 * G + 0.072175 * B,
    (0.0193339 * R + 0.119192 * G + 0.9503041 * B) / 1.08883,
  ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116));
  return [116 * xyz[1] - 16, 500 * (xyz[0] - xyz[1]), 200 * (xyz[1] - xyz[2])];
}

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005). */
function ciede2000(c1: Rgba, c2: Rgba): number {
  return ciede2000Lab(lab(c1), lab(c2));
}

function ciede2000Lab([L1, a1, b1]: number[], [L2, a2, b2]: number[]): number {
  const rad = Math.PI / 180;
  const meanC = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const G = 0.5 * (1 - Math.sqrt(meanC ** 7 / (meanC ** 7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (a: number, b: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const h1p = hue(a1p, b1);
  const h2p = hue(a2p, b2);
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp * rad) / 2);
  const meanL = (L1 + L2) / 2;
  const meanCp = (C1p + C2p) / 2;
  let meanH = h1p + h2p;
  if (C1p * C2p !== 0) meanH = Math.abs(h1p - h2p) > 180 ? (h1p + h2p + (h1p + h2p < 360 ? 360 : -360)) / 2 : (h1p + h2p) / 2;
  const T = 1 - 0.17 * Math.cos((meanH - 30) * rad) + 0.24 * Math.cos(2 * meanH * rad) +
    0.32 * Math.cos((3 * meanH + 6) * rad) - 0.2 * Math.cos((4 * meanH - 63) * rad);
  const dTheta = 30 * Math.exp(-(((meanH - 275) / 25) ** 2));
  const RC = 2 * Math.sqrt(meanCp ** 7 / (meanCp ** 7 + 25 ** 7));
  const SL = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2);
  const SC = 1 + 0.045 * meanCp;
  const SH = 1 + 0.015 * meanCp * T;
  const RT = -Math.sin(2 * dTheta * rad) * RC;
  return Math.sqrt((dLp / SL) ** 2 + (dCp / SC) ** 2 + (dHp / SH) ** 2 + RT * (dCp / SC) * (dHp / SH));
}

describe('extension default colours', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    contributes: { colors: ColorContribution[] };
  };
  const defaults = (id: string, kind: ThemeKind): Rgba => {
    const contribution = manifest.contributes.colors.find((c) => c.id === id);
    assert.ok(contribution, `package.json contributes no colour ${id}`);
    return parseHex(contribution.defaults[kind]);
  };

  it('matches the published CIEDE2000 test data and WCAG contrast examples', () => {
    // Pairs 1, 7 and 17 of Sharma, Wu & Dalal's test data, and WCAG's own examples.
    for (const [x, y, expected] of [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
    ] as const) assert.ok(Math.abs(ciede2000Lab([...x], [...y]) - expected) < 1e-4, `${x} vs ${y}`);
    assert.equal(contrastRatio(parseHex('#000000'), parseHex('#FFFFFF')), 21);
    assert.ok(Math.abs(contrastRatio(parseHex('#767676'), parseHex('#FFFFFF')) - 4.54) < 0.01);
    assert.equal(ciede2000(parseHex('#3366CC'), parseHex('#3366CC')), 0);
    assert.ok(ciede2000(parseHex('#FF0000'), parseHex('#00FF00')) > 80);
    assert.ok(ciede2000(parseHex('#0070C1'), parseHex('#267F99')) < MIN_COLOR_DIFFERENCE, 'blue vs teal should count as close');
  });

  for (const kind of Object.keys(EDITOR_BACKGROUNDS) as ThemeKind[]) {
    it(`${kind}: text colours are readable on the editor and inside quotations`, () => {
      for (const background of EDITOR_BACKGROUNDS[kind].map(parseHex)) {
        const quoted = over(defaults(QUOTE_BACKGROUND_ID, kind), background);
        for (const id of TEXT_COLOR_IDS) {
          const ratio = contrastRatio(defaults(id, kind), background);
          assert.ok(ratio >= MIN_TEXT_CONTRAST[kind], `${kind} ${id} on the editor background: ${ratio.toFixed(2)}:1`);
          // The tint of a quotation costs some contrast; AA must still hold there.
          const inQuote = contrastRatio(defaults(id, kind), quoted);
          assert.ok(inQuote >= 4.5, `${kind} ${id} inside a quotation: ${inQuote.toFixed(2)}:1`);
        }
        const underline = contrastRatio(defaults(SPEAKER_UNDERLINE_ID, kind), quoted);
        assert.ok(underline >= MIN_UNDERLINE_CONTRAST, `${kind} speaker underline: ${underline.toFixed(2)}:1`);
      }
    });

    it(`${kind}: every two categories are clearly different colours`, () => {
      const ids = [...TEXT_COLOR_IDS, SPEAKER_UNDERLINE_ID];
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const difference = ciede2000(defaults(ids[i], kind), defaults(ids[j], kind));
          assert.ok(difference >= MIN_COLOR_DIFFERENCE, `${kind} ${ids[i]} vs ${ids[j]}: ΔE2000 ${difference.toFixed(1)}`);
        }
      }
    });
  }
});
