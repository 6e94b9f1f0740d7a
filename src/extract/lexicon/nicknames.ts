/**
 * Common English short forms of given names, each with the formal name it
 * stands for ("Larry Lessig" is "Lawrence Lessig"). Only forms that almost
 * always stand for one formal name are listed.
 */
const NICKNAME_GROUPS: ReadonlyArray<readonly [formal: string, ...shortForms: string[]]> = [
  ["abraham", "abe"],
  ["albert", "al", "bert"],
  ["alexander", "alex", "sasha"],
  ["alfred", "alf", "fred"],
  ["andrew", "andy", "drew"],
  ["anthony", "tony"],
  ["benjamin", "ben", "benny"],
  ["catherine", "cathy", "kate", "katie"],
  ["charles", "charlie", "chuck"],
  ["christopher", "chris"],
  ["daniel", "dan", "danny"],
  ["david", "dave"],
  ["deborah", "debbie", "deb"],
  ["donald", "don"],
  ["edward", "ed", "eddie", "ted", "ned"],
  ["elizabeth", "liz", "beth", "betty", "lizzie"],
  ["frederick", "fred", "freddie"],
  ["gregory", "greg"],
  ["henry", "harry", "hank"],
  ["james", "jim", "jimmy", "jamie"],
  ["jennifer", "jenny", "jen"],
  ["john", "johnny", "jack"],
  ["jonathan", "jon"],
  ["joseph", "joe", "joey"],
  ["joshua", "josh"],
  ["katherine", "kathy", "kate", "katie"],
  ["kenneth", "ken", "kenny"],
  ["lawrence", "larry"],
  ["margaret", "maggie", "peggy", "meg"],
  ["matthew", "matt"],
  ["michael", "mike", "mickey"],
  ["nicholas", "nick"],
  ["patricia", "pat", "patty"],
  ["patrick", "pat", "paddy"],
  ["peter", "pete"],
  ["philip", "phil"],
  ["raymond", "ray"],
  ["richard", "rick", "dick", "rich"],
  ["robert", "bob", "bobby", "rob", "bert"],
  ["ronald", "ron", "ronnie"],
  ["samuel", "sam"],
  ["stephen", "steve"],
  ["steven", "steve"],
  ["susan", "sue", "susie"],
  ["theodore", "ted", "teddy", "theo"],
  ["thomas", "tom", "tommy"],
  ["timothy", "tim"],
  ["victoria", "vicky"],
  ["walter", "walt"],
  ["william", "bill", "billy", "will", "willie"],
];

/** Lower-case given name → the formal names it may stand for (itself included). */
const FORMAL_NAMES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  const add = (form: string, formal: string) => {
    const set = map.get(form) ?? new Set<string>();
    set.add(formal);
    map.set(form, set);
  };
  for (const [formal, ...shortForms] of NICKNAME_GROUPS) {
    add(formal, formal);
    for (const form of shortForms) add(form, formal);
  }
  return map;
})();

/** Whether two lower-case given names can name one person ("larry" and "lawrence"). */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const formalA = FORMAL_NAMES.get(a);
  const formalB = FORMAL_NAMES.get(b);
  if (!formalA || !formalB) return false;
  for (const formal of formalA) if (formalB.has(formal)) return true;
  return false;
}
