/** Article Lens analysis core: a library with no `vscode` import. */
export * from './types';
export { analyzeArticle } from './analyze';
export { segment, type SegmentedText, type NameSpan } from './document';
export { parseDateline, type DatelineParse } from './dateline';
export { buildEntities } from './entities';
export { countryOfDemonym, countryOfName } from './lang/en/nationalities';
export { guardAnnotation } from './annotationGuard';
