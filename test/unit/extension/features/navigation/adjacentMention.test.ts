import * as assert from 'node:assert/strict';
import { AnnotationIndex } from '../../../../../src/presentation/annotationIndex';
import { adjacentMention } from '../../../../../src/extension/features/navigation/adjacentMention';
import { buildAnnotation } from '../../../support/extensionFixtures';

describe('next / previous mention', () => {
  const index = new AnnotationIndex(buildAnnotation());
  const scholz = index.entity('e1')!;
  const mentions = index.mentionsOf(scholz); // Olaf Scholz, Scholz, he, The chancellor

  it('steps through an entity\'s mentions in document order and wraps around', () => {
    const texts: string[] = [];
    let at = mentions[0];
    for (let i = 0; i < mentions.length; i++) {
      at = adjacentMention(mentions, at, 1)!;
      texts.push(at.text);
    }
    assert.deepEqual(texts, ['Scholz', 'he', 'The chancellor', 'Olaf Scholz']);
    assert.equal(adjacentMention(mentions, mentions[0], -1)!.text, 'The chancellor');
    assert.equal(adjacentMention(mentions, mentions[2], -1)!.text, 'Scholz');
  });

  it('stays on the only mention of an entity named once, and has nothing for none', () => {
    const france = index.entity('e4')!;
    const only = index.mentionsOf(france);
    assert.equal(adjacentMention(only, only[0], 1), only[0]);
    assert.equal(adjacentMention([], only[0], 1), undefined);
  });
});
