import { type FormatArticle, type FormatEntity, LAYERS, type Layer } from "./format.js";

/** Matched items against the sizes of the predicted and gold sets. */
export interface Counts {
  matched: number;
  predicted: number;
  gold: number;
}

/** Correct answers out of the items that were judged. */
export interface Accuracy {
  correct: number;
  total: number;
}

/** Index pairs of a one-to-one matching, plus what stayed unmatched on each side. */
export interface Alignment {
  pairs: Array<{ predicted: number; gold: number }>;
  missedGold: number[];
  spuriousPredicted: number[];
}

/** Every figure of one article (or of a sum of articles, without `alignments`). */
export interface ScoreCounts {
  entities: Counts;
  typedEntities: Counts;
  /** Gold entities matched by two or more predicted entities. */
  splits: number;
  quotes: Counts;
  speakers: Accuracy;
  events: Counts;
  eventDates: Accuracy;
  /** Matched gold events with a location whose predicted location names the same entity. */
  eventLocations: Accuracy;
  publishedAt: Accuracy;
  /** How many articles annotate each layer: a layer no article annotates has no figure. */
  scoredArticles: Record<Layer, number>;
}

export interface ArticleScore extends ScoreCounts {
  alignments: { entities: Alignment; quotes: Alignment; events: Alignment };
}

/** Precision, recall and F1 of a Counts; 1 when both sides are empty. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** A quote pair matches when its shared words cover at least this share of the shorter quote. */
export const QUOTE_OVERLAP_THRESHOLD = 0.5;

/** ...and share at least this many words (fewer only when both quotes are shorter). */
export const MIN_SHARED_QUOTE_WORDS = 3;

/** Lower case, drop punctuation and a leading "the", collapse spaces: how surface forms compare. */
export function normalizeSurface(form: string): string {
  return form
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

/** The normalized name and aliases of an entity. */
export function surfaceForms(entity: FormatEntity): Set<string> {
  const forms = new Set<string>();
  for (const form of [entity.name, ...entity.aliases]) {
    const key = normalizeSurface(form);
    if (key) forms.add(key);
  }
  return forms;
}

/** P/R/F1 of a Counts. */
export function prf(counts: Counts): Prf {
  const precision =
    counts.predicted === 0 ? (counts.gold === 0 ? 1 : 0) : counts.matched / counts.predicted;
  const recall =
    counts.gold === 0 ? (counts.predicted === 0 ? 1 : 0) : counts.matched / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Share correct, or null when nothing was judged. */
export function accuracyRate(accuracy: Accuracy): number | null {
  return accuracy.total === 0 ? null : accuracy.correct / accuracy.total;
}

/**
 * Maximum one-to-one matching (Kuhn's augmenting paths). `candidates[g]` lists
 * the predicted indices gold item g may pair with, most preferred first;
 * `order` is the order gold items are assigned in (index order when omitted).
 */
function maximumMatching(
  candidates: number[][],
  predictedCount: number,
  order: number[] = candidates.map((_, g) => g),
): Alignment {
  const goldOfPredicted = new Array<number>(predictedCount).fill(-1);
  const tryAssign = (gold: number, visited: boolean[]): boolean => {
    // Take a free preferred candidate before displacing anyone, so that
    // preferences survive when several assignments are equally large.
    for (const predicted of candidates[gold] ?? []) {
      if (!visited[predicted] && (goldOfPredicted[predicted] ?? -1) === -1) {
        visited[predicted] = true;
        goldOfPredicted[predicted] = gold;
        return true;
      }
    }
    for (const predicted of candidates[gold] ?? []) {
      if (visited[predicted]) continue;
      visited[predicted] = true;
      const holder = goldOfPredicted[predicted] ?? -1;
      if (holder === -1 || tryAssign(holder, visited)) {
        goldOfPredicted[predicted] = gold;
        return true;
      }
    }
    return false;
  };
  for (const gold of order) {
    tryAssign(gold, new Array<boolean>(predictedCount).fill(false));
  }
  const pairs: Alignment["pairs"] = [];
  const matchedGold = new Set<number>();
  goldOfPredicted.forEach((gold, predicted) => {
    if (gold >= 0) {
      pairs.push({ predicted, gold });
      matchedGold.add(gold);
    }
  });
  pairs.sort((a, b) => a.gold - b.gold);
  return {
    pairs,
    missedGold: candidates.map((_, g) => g).filter((g) => !matchedGold.has(g)),
    spuriousPredicted: goldOfPredicted.flatMap((gold, p) => (gold === -1 ? [p] : [])),
  };
}

function intersects<T>(a: Set<T>, b: Set<T>): boolean {
  for (const item of a) if (b.has(item)) return true;
  return false;
}

function countShared<T>(a: Set<T>, b: Set<T>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared;
}

function scoreEntities(predicted: FormatArticle, gold: FormatArticle) {
  const predictedForms = predicted.entities.map(surfaceForms);
  const goldForms = gold.entities.map(surfaceForms);
  const untypedCandidates: number[][] = [];
  const typedCandidates: number[][] = [];
  goldForms.forEach((forms, g) => {
    const sharing = predictedForms
      .map((predictedSet, p) => ({ p, shared: countShared(forms, predictedSet) }))
      .filter((c) => c.shared > 0)
      // Prefer the same canonical name, then the same type, then the most shared forms.
      .sort((a, b) => {
        const goldEntity = gold.entities[g];
        const preference = (p: number) => {
          const entity = predicted.entities[p];
          if (!entity || !goldEntity) return 0;
          const sameName = normalizeSurface(entity.name) === normalizeSurface(goldEntity.name);
          return (sameName ? 2 : 0) + (entity.type === goldEntity.type ? 1 : 0);
        };
        return preference(b.p) - preference(a.p) || b.shared - a.shared || a.p - b.p;
      });
    untypedCandidates.push(sharing.map((c) => c.p));
    typedCandidates.push(
      sharing
        .filter((c) => predicted.entities[c.p]?.type === gold.entities[g]?.type)
        .map((c) => c.p),
    );
  });
  const untyped = maximumMatching(untypedCandidates, predicted.entities.length);
  const typed = maximumMatching(typedCandidates, predicted.entities.length);
  // A split: an unmatched predicted entity that would have matched a gold entity already taken.
  const splitGold = new Set<number>();
  for (const p of untyped.spuriousPredicted) {
    const split = untyped.pairs.find(({ gold: g }) => untypedCandidates[g]?.includes(p));
    if (split) splitGold.add(split.gold);
  }
  const sizes = { predicted: predicted.entities.length, gold: gold.entities.length };
  return {
    entities: { matched: untyped.pairs.length, ...sizes },
    typedEntities: { matched: typed.pairs.length, ...sizes },
    splits: splitGold.size,
    alignment: untyped,
  };
}

/** Lower-case word tokens of a quote, for the overlap measure. */
export function quoteWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/**
 * Shared words (as multisets) divided by the length of the shorter quote; 0
 * when fewer than MIN_SHARED_QUOTE_WORDS words are shared, so that a stray
 * fragment of one or two words cannot match a long quote.
 */
export function quoteOverlap(a: string, b: string): number {
  const wordsA = quoteWords(a);
  const wordsB = quoteWords(b);
  const shorter = Math.min(wordsA.length, wordsB.length);
  if (shorter === 0) return 0;
  const remaining = new Map<string, number>();
  for (const word of wordsA) remaining.set(word, (remaining.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of wordsB) {
    const left = remaining.get(word) ?? 0;
    if (left > 0) {
      shared++;
      remaining.set(word, left - 1);
    }
  }
  const longer = Math.max(wordsA.length, wordsB.length);
  return shared < Math.min(MIN_SHARED_QUOTE_WORDS, longer) ? 0 : shared / shorter;
}

/** Greedy one-to-one matching of scored pairs, best first. */
function greedyMatching(
  scored: Array<{ predicted: number; gold: number; score: number }>,
  predictedCount: number,
  goldCount: number,
): Alignment {
  scored.sort((a, b) => b.score - a.score || a.gold - b.gold || a.predicted - b.predicted);
  const usedPredicted = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: Alignment["pairs"] = [];
  for (const { predicted, gold } of scored) {
    if (usedPredicted.has(predicted) || usedGold.has(gold)) continue;
    usedPredicted.add(predicted);
    usedGold.add(gold);
    pairs.push({ predicted, gold });
  }
  pairs.sort((a, b) => a.gold - b.gold);
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  return {
    pairs,
    missedGold: range(goldCount).filter((g) => !usedGold.has(g)),
    spuriousPredicted: range(predictedCount).filter((p) => !usedPredicted.has(p)),
  };
}

/**
 * Resolves a name to the gold entities it may denote: those having it as a
 * surface form, widened through the predicted entity of that name (so a
 * predicted canonical "Tillerson" with alias "Rex Tillerson" still resolves).
 */
function makeResolver(predicted: FormatArticle, gold: FormatArticle) {
  const goldForms = gold.entities.map(surfaceForms);
  const predictedFormsByName = new Map<string, Set<string>>();
  for (const entity of predicted.entities) {
    const key = normalizeSurface(entity.name);
    const forms = predictedFormsByName.get(key) ?? new Set<string>();
    for (const form of surfaceForms(entity)) forms.add(form);
    predictedFormsByName.set(key, forms);
  }
  const goldEntitiesOf = (forms: Set<string>): Set<number> => {
    const ids = new Set<number>();
    goldForms.forEach((goldSet, g) => {
      if (intersects(forms, goldSet)) ids.add(g);
    });
    return ids;
  };
  return {
    /** Gold entity indices a predicted name refers to. */
    predictedName(name: string): Set<number> {
      const key = normalizeSurface(name);
      const forms = predictedFormsByName.get(key) ?? new Set([key]);
      const direct = goldEntitiesOf(new Set([key]));
      return direct.size > 0 ? direct : goldEntitiesOf(forms);
    },
    /** Gold entity indices a gold name refers to: the entity so named, else any with that form. */
    goldName(name: string): Set<number> {
      const key = normalizeSurface(name);
      const named = gold.entities.findIndex((e) => normalizeSurface(e.name) === key);
      return named >= 0 ? new Set([named]) : goldEntitiesOf(new Set([key]));
    },
  };
}

function scoreQuotes(
  predicted: FormatArticle,
  gold: FormatArticle,
  resolver: ReturnType<typeof makeResolver>,
) {
  const scored: Array<{ predicted: number; gold: number; score: number }> = [];
  gold.quotes.forEach((goldQuote, g) => {
    predicted.quotes.forEach((predictedQuote, p) => {
      const score = quoteOverlap(goldQuote.text, predictedQuote.text);
      if (score >= QUOTE_OVERLAP_THRESHOLD) scored.push({ predicted: p, gold: g, score });
    });
  });
  const alignment = greedyMatching(scored, predicted.quotes.length, gold.quotes.length);
  const speakers: Accuracy = { correct: 0, total: 0 };
  for (const { predicted: p, gold: g } of alignment.pairs) {
    const goldSpeaker = gold.quotes[g]?.speaker ?? null;
    if (goldSpeaker === null) continue;
    speakers.total++;
    const predictedSpeaker = predicted.quotes[p]?.speaker ?? null;
    if (predictedSpeaker === null) continue;
    if (intersects(resolver.goldName(goldSpeaker), resolver.predictedName(predictedSpeaker))) {
      speakers.correct++;
    }
  }
  return {
    quotes: {
      matched: alignment.pairs.length,
      predicted: predicted.quotes.length,
      gold: gold.quotes.length,
    },
    speakers,
    alignment,
  };
}

/** The two-digit CAMEO root at the start of an event type ("04 CONSULT" → "04"). */
export function cameoRoot(type: string): string {
  return /^\s*(\d{2})/.exec(type)?.[1] ?? type.trim().toUpperCase();
}

/** True when `predicted` states the same date as `gold` at the gold's precision. */
export function dateAgrees(gold: string, predicted: string | null): boolean {
  if (predicted === null) return false;
  return predicted === gold || predicted.startsWith(`${gold}-`);
}

function scoreEvents(
  predicted: FormatArticle,
  gold: FormatArticle,
  resolver: ReturnType<typeof makeResolver>,
) {
  const predictedParticipants = predicted.events.map((event) => {
    const ids = new Set<number>();
    for (const name of event.participants)
      for (const id of resolver.predictedName(name)) ids.add(id);
    return ids;
  });
  const bestRank = gold.events.map(() => 0);
  const candidates = gold.events.map((goldEvent, g) => {
    const goldIds = new Set<number>();
    for (const name of goldEvent.participants)
      for (const id of resolver.goldName(name)) goldIds.add(id);
    const root = cameoRoot(goldEvent.type);
    const ranked = predicted.events
      .map((event, p) => {
        const shared = countShared(goldIds, predictedParticipants[p] ?? new Set<number>());
        const sameDate = goldEvent.date !== null && dateAgrees(goldEvent.date, event.date) ? 1 : 0;
        const sameTrigger =
          normalizeSurface(event.trigger) === normalizeSurface(goldEvent.trigger) ? 1 : 0;
        return {
          p,
          ok: cameoRoot(event.type) === root && shared > 0,
          rank: shared + sameDate + sameTrigger,
        };
      })
      .filter((c) => c.ok)
      .sort((a, b) => b.rank - a.rank || a.p - b.p);
    bestRank[g] = ranked[0]?.rank ?? 0;
    return ranked.map((c) => c.p);
  });
  // Gold events with a closer candidate (same date, same trigger) choose first, so that an
  // earlier gold event sharing only a participant does not take the prediction that states it.
  const order = gold.events
    .map((_, g) => g)
    .sort((a, b) => (bestRank[b] ?? 0) - (bestRank[a] ?? 0) || a - b);
  const alignment = maximumMatching(candidates, predicted.events.length, order);
  const eventDates: Accuracy = { correct: 0, total: 0 };
  for (const { predicted: p, gold: g } of alignment.pairs) {
    const goldDate = gold.events[g]?.date ?? null;
    if (goldDate === null) continue;
    eventDates.total++;
    if (dateAgrees(goldDate, predicted.events[p]?.date ?? null)) eventDates.correct++;
  }
  const eventLocations: Accuracy = { correct: 0, total: 0 };
  for (const { predicted: p, gold: g } of alignment.pairs) {
    const goldLocation = gold.events[g]?.location ?? null;
    if (goldLocation === null) continue;
    eventLocations.total++;
    const predictedLocation = predicted.events[p]?.location ?? null;
    if (
      predictedLocation !== null &&
      intersects(resolver.goldName(goldLocation), resolver.predictedName(predictedLocation))
    ) {
      eventLocations.correct++;
    }
  }
  return {
    events: {
      matched: alignment.pairs.length,
      predicted: predicted.events.length,
      gold: gold.events.length,
    },
    eventDates,
    eventLocations,
    alignment,
  };
}

/** The layers a gold file annotates: those it lists, or all of them. */
export function annotatedLayers(gold: FormatArticle): ReadonlySet<Layer> {
  return new Set(gold.layers ?? LAYERS);
}

/**
 * Scores one predicted article against its gold annotation, as FORMAT.md
 * describes. A layer the gold file does not annotate is left out on both
 * sides, so that e.g. quotes found in an entities-only document are not
 * counted as spurious.
 */
export function scoreArticle(predicted: FormatArticle, gold: FormatArticle): ArticleScore {
  const layers = annotatedLayers(gold);
  const keep = <T>(layer: Layer, items: T[]): T[] => (layers.has(layer) ? items : []);
  // Entities stay for the resolver: speakers and participants are named through them.
  const resolver = makeResolver(predicted, gold);
  const entities = scoreEntities(
    { ...predicted, entities: keep("entities", predicted.entities) },
    gold,
  );
  predicted = {
    ...predicted,
    quotes: keep("quotes", predicted.quotes),
    events: keep("events", predicted.events),
  };
  const quotes = scoreQuotes(predicted, gold, resolver);
  const events = scoreEvents(predicted, gold, resolver);
  const publishedAt: Accuracy =
    gold.publishedAt === null
      ? { correct: 0, total: 0 }
      : { correct: predicted.publishedAt === gold.publishedAt ? 1 : 0, total: 1 };
  return {
    entities: entities.entities,
    typedEntities: entities.typedEntities,
    splits: entities.splits,
    quotes: quotes.quotes,
    speakers: quotes.speakers,
    events: events.events,
    eventDates: events.eventDates,
    eventLocations: events.eventLocations,
    publishedAt,
    scoredArticles: {
      entities: layers.has("entities") ? 1 : 0,
      quotes: layers.has("quotes") ? 1 : 0,
      events: layers.has("events") ? 1 : 0,
    },
    alignments: {
      entities: entities.alignment,
      quotes: quotes.alignment,
      events: events.alignment,
    },
  };
}

/** Empty counts, the start of a sum. */
export function zeroCounts(): ScoreCounts {
  const counts = (): Counts => ({ matched: 0, predicted: 0, gold: 0 });
  const accuracy = (): Accuracy => ({ correct: 0, total: 0 });
  return {
    entities: counts(),
    typedEntities: counts(),
    splits: 0,
    quotes: counts(),
    speakers: accuracy(),
    events: counts(),
    eventDates: accuracy(),
    eventLocations: accuracy(),
    publishedAt: accuracy(),
    scoredArticles: { entities: 0, quotes: 0, events: 0 },
  };
}

/** Micro-average: sums the raw counts of several articles. */
export function sumCounts(scores: readonly ScoreCounts[]): ScoreCounts {
  const total = zeroCounts();
  const addCounts = (into: Counts, from: Counts) => {
    into.matched += from.matched;
    into.predicted += from.predicted;
    into.gold += from.gold;
  };
  const addAccuracy = (into: Accuracy, from: Accuracy) => {
    into.correct += from.correct;
    into.total += from.total;
  };
  for (const score of scores) {
    addCounts(total.entities, score.entities);
    addCounts(total.typedEntities, score.typedEntities);
    total.splits += score.splits;
    addCounts(total.quotes, score.quotes);
    addAccuracy(total.speakers, score.speakers);
    addCounts(total.events, score.events);
    addAccuracy(total.eventDates, score.eventDates);
    addAccuracy(total.eventLocations, score.eventLocations);
    addAccuracy(total.publishedAt, score.publishedAt);
    for (const layer of LAYERS) total.scoredArticles[layer] += score.scoredArticles[layer];
  }
  return total;
}
