// PLACEHOLDER until quotation finding lands.
import type { Entity, Quote } from '../types';
import type { SegmentedText } from '../document';
export function findQuotes(_doc: SegmentedText, _entities: Entity[]): Quote[] {
  return [];
}
