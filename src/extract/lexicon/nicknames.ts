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

/**
 * The same given name in other European languages, each group under its English form: a person
 * who moved abroad is written both ways ("Pierre Laval" in France, "Peter Laval" in New York).
 * Only names whose forms are not also distinct common names beside one another are grouped
 * ("Jacob" and "James", "Andrea" and "Andrew" stay apart).
 */
const COGNATE_GROUPS: ReadonlyArray<readonly [english: string, ...forms: string[]]> = [
  ["alexander", "alexandre", "alejandro", "alessandro", "aleksander", "aleksandr"],
  ["andrew", "andre", "andres", "andreas", "andrzej", "andrei"],
  ["anthony", "antoine", "antonio", "anton", "antonin"],
  ["catherine", "katherine", "katharina", "caterina", "catalina", "ekaterina", "katarzyna"],
  ["charles", "karl", "carl", "carlos", "carlo", "karel"],
  ["elizabeth", "elisabeth", "elisabetta"],
  ["francis", "francois", "francisco", "francesco", "franz", "frantisek"],
  ["george", "georges", "jorge", "giorgio", "georg", "jerzy"],
  ["henry", "henri", "heinrich", "enrique", "enrico", "henrik"],
  ["john", "jean", "juan", "giovanni", "johann", "johannes", "joao", "ivan"],
  ["joseph", "jose", "giuseppe", "josef"],
  ["louis", "luis", "luigi", "ludwig"],
  ["michael", "michel", "miguel", "michele", "mikhail"],
  ["nicholas", "nicolas", "nicola", "nikolai", "nikolaus"],
  ["paul", "pablo", "paolo", "pavel", "paulo"],
  ["peter", "pierre", "pedro", "pietro", "piotr", "pyotr", "pieter"],
  ["stephen", "etienne", "esteban", "stefano", "stefan"],
  ["thomas", "tomas", "tommaso"],
  ["william", "guillaume", "wilhelm", "guillermo", "guglielmo", "willem"],
];

/** Lower-case given name → the formal names it may stand for (itself included). */
const FORMAL_NAMES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  const add = (form: string, formal: string) => {
    const set = map.get(form) ?? new Set<string>();
    set.add(formal);
    map.set(form, set);
  };
  for (const [formal, ...shortForms] of [...NICKNAME_GROUPS, ...COGNATE_GROUPS]) {
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
