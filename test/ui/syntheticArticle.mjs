// News-like text made up at run time for the timing tests (no licensed text in the repository): datelines, people
// with titles, organisations, places, dates and attributed quotations, varied by a seeded random generator so a long
// article has thousands of distinct mentions, like a real archive file.
const FIRST = ['Anna', 'Boris', 'Carla', 'David', 'Elena', 'Farid', 'Greta', 'Hugo', 'Irina', 'Jonas', 'Karim', 'Lena',
  'Marco', 'Nadia', 'Oskar', 'Paula', 'Rafael', 'Sofia', 'Tomas', 'Ursula', 'Viktor', 'Wanda', 'Yusuf', 'Zara'];
const LAST = ['Albers', 'Brandt', 'Castillo', 'Dumont', 'Eriksen', 'Fischer', 'Garcia', 'Horvat', 'Ivanova', 'Jensen',
  'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Olsen', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Varga', 'Weber'];
const TITLES = ['Prime Minister', 'Foreign Minister', 'President', 'Finance Minister', 'spokeswoman', 'chief executive'];
const CITIES = ['Paris', 'Berlin', 'Madrid', 'Warsaw', 'Vienna', 'Lisbon', 'Prague', 'Athens', 'Oslo', 'Dublin', 'Rome'];
const ORGS = ['the European Union', 'the United Nations', 'NATO', 'the World Bank', 'the International Monetary Fund',
  'the European Central Bank', 'Reuters', 'the Red Cross'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const QUOTES = ['We will not accept this', 'The talks were frank and useful', 'Nothing has been signed yet',
  'This is a good day for our country', 'We need more time'];

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** About `length` UTF-16 code units of paragraphs separated by blank lines, the same for the same seed. */
export function syntheticArticle(length, seed = 1) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const paragraphs = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const person = `${pick(FIRST)} ${pick(LAST)}`;
    const other = `${pick(FIRST)} ${pick(LAST)}`;
    const surname = person.split(' ')[1];
    const paragraph = i === 0
      ? `${pick(CITIES).toUpperCase()}, ${pick(MONTHS)} ${1 + Math.floor(next() * 28)} (Reuters) - ${pick(TITLES)} ${person} met ${other} in ${pick(CITIES)} on ${pick(WEEKDAYS)}.`
      : `${pick(TITLES)} ${person} said on ${pick(WEEKDAYS)} that ${pick(ORGS)} would meet in ${pick(CITIES)} on ${pick(MONTHS)} ${1 + Math.floor(next() * 28)}, ${2000 + Math.floor(next() * 26)}. "${pick(QUOTES)}," ${surname} told reporters, adding that ${other} had visited ${pick(CITIES)} in ${pick(MONTHS)}.`;
    paragraphs.push(paragraph[0].toUpperCase() + paragraph.slice(1));
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n') + '\n';
}
