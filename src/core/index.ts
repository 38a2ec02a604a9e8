/** Article Lens analysis core: a library with no `vscode` import. */
export * from './types';
export { analyzeArticle } from './analyze';
export { segment, type SegmentedText, type NameSpan } from './document';
