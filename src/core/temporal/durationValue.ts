/**
 * TIMEX3 duration values from a count and a unit: "PT2H", "P3Y", "P5DT12H" for "5 1/2 days", "PXY" for an unknown
 * count. The count's digits are kept as the text writes them, however long.
 */
import type { Unit } from '../lang/en/timeWords';

/**
 * The digits of a count written in figures, exact however long ("12,000" → "12000", "5 1/2" → "5.5", "0.25" →
 * "0.25"); null for a count in words.
 */
export function countDigits(raw: string | undefined): string | null {
  const m = raw === undefined ? null : /^(\d+(?:,\d{3})*)(\.\d+)?( 1\/2|½)?$/.exec(raw.trim());
  if (!m || (m[2] && m[3])) return null;
  return m[1].replace(/,/g, '').replace(/^0+(?=\d)/, '') + (m[3] ? '.5' : m[2] ?? '');
}

/** A number as TIMEX3 digits, or null when JavaScript would write it with an exponent (1e+22, 1e-7). */
function plainDigits(n: number): string | null {
  const s = String(n);
  return /^\d+(?:\.\d+)?$/.test(s) ? s : null;
}

/**
 * A TIMEX3 duration value: PT2H, P3Y, P1.5D, PXY for an unknown count. `written` is the count as the text writes
 * it: a count in figures keeps its digits ("9007199254740993 hours" → PT9007199254740993H, where the number has
 * lost the last digit). Null when the count has no digits TIMEX3 can write.
 */
export function durationValue(count: number | null, unit: Unit, written?: string): string | null {
  const digits = count === null ? 'X' : countDigits(written) ?? plainDigits(count);
  if (digits === null) return null;
  if (/^\d+\.50*$/.test(digits)) {
    // "5 1/2 hours" → PT5H30M, "2 1/2 years" → P2Y6M: the half in the next smaller unit.
    const whole = digits.split('.')[0];
    const half: Partial<Record<Unit, string>> = { H: `PT${whole}H30M`, MIN: `PT${whole}M30S`, D: `P${whole}DT12H`, Y: `P${whole}Y6M`, M: `P${whole}M15D`, W: `P${whole}W3DT12H` };
    const v = half[unit];
    if (v) return whole === '0' ? v.replace(/(P|T)0[A-Z]/, '$1') : v;
  }
  switch (unit) {
    case 'S': return `PT${digits}S`;
    case 'MIN': return `PT${digits}M`;
    case 'H': return `PT${digits}H`;
    case 'WE': {
      // Two days a weekend, counted exactly.
      if (count === null) return 'PXD';
      const days = /^\d+$/.test(digits) ? (BigInt(digits) * 2n).toString() : plainDigits(count * 2);
      return days === null ? null : `P${days}D`;
    }
    default: return `P${digits}${unit}`;
  }
}
