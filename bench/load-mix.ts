/** The request mix of bench/load.ts: read queries and generated wire stories whose people and places repeat. */
import { randomBytes } from "node:crypto";

/** Read queries the load benchmarks send, in turn. */
export const READS = [
  `query Events { events(first: 20) { totalCount edges { node { label date participants { role entity { name } } articles { title } } } } }`,
  `query Entities { entities(first: 20) { totalCount edges { node { name type aliases mentionCount } } } }`,
  `query Articles { articles(first: 10) { edges { node { title source publishedAt quotes(first: 5) { edges { node { text speaker { name } } } } } } } }`,
  `query Quotes { quotes(first: 10) { edges { node { text verb speaker { name } article { title } } } } }`,
];

/** Bearer key for the benchmark server's writes (requests come from loopback, but keep the real path). */
export const API_KEY = randomBytes(24).toString("hex");

const PEOPLE = [
  ["Anna", "Berg"],
  ["Karl", "Stein"],
  ["Maria", "Lopez"],
  ["Yusuf", "Demir"],
  ["Elena", "Petrova"],
  ["Tomas", "Novak"],
  ["Grace", "Mensah"],
  ["Hiroshi", "Tanaka"],
  ["Lucia", "Ferrari"],
  ["Omar", "Haddad"],
] as const;
const PLACES = ["Geneva", "Vienna", "Oslo", "Nairobi", "Lima", "Hanoi", "Warsaw", "Dakar"];
const ROLES = ["Foreign Minister", "envoy", "Defence Minister", "Trade Minister"];
const AGENCIES = ["Reuters", "AP", "AFP", "UPI"];

/** A plausible, unique wire story; names and places repeat across stories so entities and events merge. */
export function makeArticle(n: number) {
  const pick = <T>(items: readonly T[], salt: number): T =>
    items[(n * 7 + salt * 13) % items.length]!;
  const [aFirst, aLast] = pick(PEOPLE, 1);
  let [bFirst, bLast] = pick(PEOPLE, 2);
  if (aLast === bLast)
    [bFirst, bLast] = PEOPLE[(PEOPLE.findIndex(([, l]) => l === aLast) + 1) % PEOPLE.length]!;
  const place = pick(PLACES, 3);
  const day = String((n % 28) + 1).padStart(2, "0");
  const text =
    `${aLast} and ${bLast} meet in ${place}\n\n` +
    `${place.toUpperCase()} (${pick(AGENCIES, 4)}) - ${pick(ROLES, 5)} ${aFirst} ${aLast} met ` +
    `${pick(ROLES, 6)} ${bFirst} ${bLast} in ${place} on Monday to discuss a trade agreement, officials said.\n\n` +
    `"We have made real progress," ${aLast} told reporters after the talks. ` +
    `${bLast} said negotiators would meet again next month. (Story ${n}-${randomBytes(4).toString("hex")})`;
  return { text, publishedAt: `2024-03-${day}` };
}
