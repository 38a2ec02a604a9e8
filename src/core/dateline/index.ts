// PLACEHOLDER until the dateline parser lands.
import type { Span } from '../types';
export interface DatelineParse extends Span {
  place: Span | null;
  date: Span | null;
  agency: Span | null;
}
export function parseDateline(_text: string): DatelineParse | null {
  return null;
}
