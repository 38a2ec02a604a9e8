/**
 * The one table of entity types and highlight categories every surface reads its words from: the four CoNLL entity
 * classes (their labels, headings, CoNLL tags and icons), dates/times, and quotations. The extension's highlights,
 * hover cards, outline, status bar and report, the Article Map and the CLI all take their wording from here.
 */
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

/** The entity types in the order every list shows them. */
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];

export interface EntityTypeWords {
  /** The highlight category (and setting) of the type's names. */
  readonly category: HighlightCategory;
  /** A card's type line: "Person". */
  readonly label: string;
  /** A group or section heading: "People". */
  readonly plural: string;
  /** Inside a sentence or a table cell: "person". */
  readonly noun: string;
  /** The CoNLL tag, for bracketed markup: "PER". */
  readonly tag: string;
  /** The codicon a row of this type shows. */
  readonly icon: string;
}

export const ENTITY_TYPE_WORDS: Readonly<Record<EntityType, EntityTypeWords>> = {
  PERSON: { category: 'person', label: 'Person', plural: 'People', noun: 'person', tag: 'PER', icon: 'person' },
  ORGANIZATION: { category: 'organization', label: 'Organisation', plural: 'Organisations', noun: 'organisation', tag: 'ORG', icon: 'organization' },
  LOCATION: { category: 'location', label: 'Place', plural: 'Places', noun: 'place', tag: 'LOC', icon: 'location' },
  MISC: { category: 'misc', label: 'Other (nationality, event, law, work)', plural: 'Other names', noun: 'other', tag: 'MISC', icon: 'tag' },
};

export const CATEGORY_LABELS: Readonly<Record<HighlightCategory, string>> = {
  person: ENTITY_TYPE_WORDS.PERSON.plural,
  organization: ENTITY_TYPE_WORDS.ORGANIZATION.plural,
  location: ENTITY_TYPE_WORDS.LOCATION.plural,
  misc: ENTITY_TYPE_WORDS.MISC.plural,
  date: 'Dates and times',
  quote: 'Quotations',
};

export const ENTITY_TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  PERSON: ENTITY_TYPE_WORDS.PERSON.label,
  ORGANIZATION: ENTITY_TYPE_WORDS.ORGANIZATION.label,
  LOCATION: ENTITY_TYPE_WORDS.LOCATION.label,
  MISC: ENTITY_TYPE_WORDS.MISC.label,
};

/** A stable id for the group of one type's rows (trees keep their expansion state by row ids: never reword these). */
export type EntityGroupId = 'people' | 'organizations' | 'places' | 'other';

export interface EntityGroup {
  readonly id: EntityGroupId;
  readonly type: EntityType;
  /** The heading: "People". */
  readonly label: string;
  readonly icon: string;
}

const GROUP_IDS: Readonly<Record<EntityType, EntityGroupId>> = { PERSON: 'people', ORGANIZATION: 'organizations', LOCATION: 'places', MISC: 'other' };

/** The entity groups of the outline and the Story view, in list order. */
export const ENTITY_GROUPS: readonly EntityGroup[] = ENTITY_TYPES.map((type) => ({
  id: GROUP_IDS[type],
  type,
  label: ENTITY_TYPE_WORDS[type].plural,
  icon: ENTITY_TYPE_WORDS[type].icon,
}));

export function categoryOfEntityType(type: EntityType): HighlightCategory {
  return ENTITY_TYPE_WORDS[type].category;
}

/** The `contributes.colors` id a category is drawn with (a foreground for names and dates, a background for quotes). */
export function categoryColorId(category: HighlightCategory): string {
  return category === 'quote' ? 'articleLens.quoteBackground' : `articleLens.${category}Foreground`;
}
