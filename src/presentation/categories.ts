/** The highlight categories: the four CoNLL entity classes, dates/times, and quotations. */
import type { EntityType } from '../core/types';

export type HighlightCategory = 'person' | 'organization' | 'location' | 'misc' | 'date' | 'quote';

export const HIGHLIGHT_CATEGORIES: readonly HighlightCategory[] = [
  'person',
  'organization',
  'location',
  'misc',
  'date',
  'quote',
];

export const CATEGORY_LABELS: Readonly<Record<HighlightCategory, string>> = {
  person: 'People',
  organization: 'Organisations',
  location: 'Places',
  misc: 'Other names',
  date: 'Dates and times',
  quote: 'Quotations',
};

export const ENTITY_TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organisation',
  LOCATION: 'Place',
  MISC: 'Other (nationality, event, law, work)',
};

export function categoryOfEntityType(type: EntityType): HighlightCategory {
  switch (type) {
    case 'PERSON':
      return 'person';
    case 'ORGANIZATION':
      return 'organization';
    case 'LOCATION':
      return 'location';
    case 'MISC':
      return 'misc';
  }
}

/** The `contributes.colors` id a category is drawn with (a foreground for names and dates, a background for quotes). */
export function categoryColorId(category: HighlightCategory): string {
  return category === 'quote' ? 'articleLens.quoteBackground' : `articleLens.${category}Foreground`;
}
