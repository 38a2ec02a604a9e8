/**
 * English speech and statement verbs, for the quotation cue lexicon (quotes/cues.ts builds every form of each and
 * merges the forms mined from PolNeAR, lang/en/mined-cues.json), the speaker phrases (quotes/phrases.ts) and the
 * reported speech (quotes/reported.ts) and the unattributed-quotation check (checks/unattributedQuote.ts). Data only: what each list is for is said beside it;
 * the stages that read them keep their own sets, as they were tuned.
 */

/** Speech verbs whose forms are listed rather than made by rule (mostly irregular: "said", "wrote"); "go", "shoot", "hit" and "put" head phrase cues. */
export const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  put: ['put', 'puts', 'putting'],
  go: ['goes', 'went', 'going'],
  refer: ['refer', 'refers', 'referred'],
  shoot: ['shoots', 'shot', 'shooting'],
  hit: ['hits', 'hitting'],
  speak: ['spoke', 'speaks', 'speaking'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
};

/** Speech and statement verbs (issue 2: news reporting verbs). */
export const SPEECH_VERBS: readonly string[] = (
  'say tell write add state stress note explain argue claim insist warn announce declare tweet ask reply respond ' +
  'answer acknowledge admit emphasize emphasise suggest recall remark comment conclude contend assert observe ' +
  'report reiterate confirm deny predict promise vow pledge urge quip joke shout yell complain boast concede ' +
  'counter allege testify mention underline underscore caution exclaim whisper scream lament muse wonder recount ' +
  'retort protest plead demand advise reason tout blast slam mock post text email insist explain maintain ' +
  'charge criticize criticise accuse describe announce proclaim affirm reaffirm clarify specify indicate signal ' +
  'threaten assure remind thank praise decry dismiss reject question add continue call liken compare laud scold ' +
  'dub brand label deride hail read exhort bemoan chant'
).split(' ');

/** Phrases whose last word is a particle or preposition; the speaker is the subject. */
export const PHRASE_CUES: readonly string[] = ['refer to', 'go on', 'shoot back', 'fire back', 'hit back', 'put it', 'call for', 'call on', 'point out', 'go on to say', 'spoke of', 'spoke about', 'speak of', 'talk about', 'warn of', 'warn against'];

/** Mined forms that are cues of perception or evidence rather than of speech, or no verb at all. */
export const MINED_FORMS_NOT_SPEECH: ReadonlySet<string> = new Set([
  'shows', 'showed', 'seemed', 'appears', 'sees', 'finds', 'is expected', 'are expected', 'reportedly', 'declined',
  'complaints', 'titled', 'restricting', 'sounded', 'considers', 'refuses', 'discussed', 'focuses on',
  'ordered', 'invoked', 'referencing', 'referring to', 'pointed to', 'pointing to', 'point to', 'citing', 'cited',
  'cites', 'quoted', 'retweeted', 'was declared', 'was announced', 'portrayed', 'seeks', 'is seeking',
  'had hoped', 'indicate', 'endorses',
]);

/** Base forms kept as cues ("officials say"): only verbs that are seldom nouns ("report", "answer" are dropped). */
export const BASE_FORM_CUES: ReadonlySet<string> = new Set(
  'say tell write add argue insist warn explain suggest admit acknowledge predict urge emphasize emphasise assert contend confirm deny concede allege testify maintain reiterate announce declare complain'.split(' '),
);

/** Plural nouns far more often than verbs: "battleground states", "tough questions", "his remarks". */
export const PLURAL_NOUNS_NOT_CUES: readonly string[] = [
  'states', 'questions', 'remarks', 'comments', 'answers', 'charges', 'promises', 'pledges', 'demands', 'labels', 'brands',
  'texts', 'posts', 'thanks', 'counters', 'protests', 'reasons', 'signals', 'calls',
];
/** Participles that are adjectives or nouns far more often than cues. */
export const PARTICIPLES_NOT_CUES: readonly string[] = ['reporting', 'questioning', 'reasoning', 'signaling', 'charging', 'continuing', 'thanking'];

/** Verb-looking words that end a nominal read forwards ("the spokesman added"): quotes/phrases.ts. */
export const CUE_WORD_HINT = /^(?:\p{L}+ed|says|adds|asks|notes|writes|tells|explains|argues|insists|warns|told|wrote)$/u;

/**
 * Speech and attribution cues anywhere in a paragraph: when one is there the quotation has a speaker nearby even
 * if the analysis did not link it, so "no speaker anywhere around it" would be wrong.
 */
export const ATTRIBUTION_CUE =
  /\b(?:said|says|say|told|tells|asked|asks|added|adds|wrote|writes|tweeted|posted|stated|states|declared|explained|argued|insisted|recalled|noted|continued|replied|responded|answered|joked|quipped|warned|scoffed|sang|read|reads|notes|noting|writes|wrote|states|thinking|thought|chanted|shouted|yelled|according to|quoted|in (?:a|an|his|her|their|its) (?:statement|interview|speech|post|tweet|letter|email|op-ed|column|release|report|video|message))\b|:\s*$/i;

/**
 * Reported speech (quotes/reported.ts): verbs that take a bare clause: "said the plan would fail", "told reporters
 * the plan would fail".
 */
export const VERBS_TAKING_A_CLAUSE = /^(?:say|says|said|tell|tells|told|add|adds|added|claim|claims|claimed|argue|argues|argued|insist|insists|insisted|warn|warns|warned|note|notes|noted|explain|explains|explained|suggest|suggests|suggested|acknowledge|acknowledged|acknowledges|admit|admits|admitted|predict|predicts|predicted|state|states|stated|stressed|emphasized|emphasised|announced|declared|wrote|writes|tweeted|contended|asserted|conceded|maintained|maintains)$/;
/** Reported speech: cues whose object is the content: "called for a ceasefire", "urged restraint". */
export const CUES_WITH_CONTENT_OBJECT = /^(?:call(?:s|ed|ing)? (?:for|on)|urge[sd]?|urging|demand(?:s|ed)?|vow(?:s|ed)?|pledge[sd]?|promise[sd]?)$/;
/**
 * Reported speech: cues (stems) that take an object, not a clause: "rejected that argument", "praised the plan",
 * "called it a disaster".
 */
export const CUES_TAKING_AN_OBJECT = /^(?:reject|dismiss|question|prais|thank|mock|blast|slam|critici|accus|describ|call(?:s|ed|ing)?$|liken|compar|laud|scold|dub|brand|label|derid|hail|read|tout|decr|answer|remind|assur|threaten)/;
