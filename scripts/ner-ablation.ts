/**
 * Entity ablation of the statistical tagger: rules only, tagger only, and the pipeline as shipped
 * (rules + tagger), scored on annotated directories (per genre where the file names carry one).
 *
 *   npx tsx scripts/ner-ablation.ts [DIR …]    (default: tests/fixtures ../shared/fixtures ../shared/corpora/gum)
 *
 * Prints entity precision, recall, F1, typed F1 and split entities per variant and set.
 */
import { existsSync } from "node:fs";
import { evaluateDirectory, genreTotals } from "../src/eval/run.js";
import { prf, type ScoreCounts } from "../src/eval/score.js";
import { extract, STAGES } from "../src/extract/pipeline.js";
import { MENTION_STEPS, findMentions } from "../src/extract/stages/03-mentions.js";
import {
  DEFAULT_TAGGER_USES,
  type TaggerUses,
  useTaggerEvidence,
} from "../src/extract/stages/mentions/tagger-evidence.js";
import { layoutMentions, removeOverlaps } from "../src/extract/stages/mentions/layout-mentions.js";
import { tagSentence } from "../src/extract/tagger/tagger.js";
import type { Doc, Mention, Stage } from "../src/extract/types.js";

const TAGGER_STEP = "statistical tagger's evidence";

function withMentionsStage(run: (doc: Doc) => Mention[]): Stage[] {
  return STAGES.map((stage) =>
    stage.name === "mentions"
      ? { name: "mentions", run: (doc) => ({ ...doc, mentions: run(doc) }) }
      : stage,
  );
}

/** Mentions from the tagger alone: every span it finds in every sentence; layout mentions win overlaps. */
function taggerMentions(doc: Doc): Mention[] {
  const found: Mention[] = [];
  for (const sentence of doc.sentences) {
    for (const span of tagSentence(sentence.text, sentence.start)) {
      found.push({
        id: 0,
        start: span.start,
        end: span.end,
        text: span.text,
        type: span.type,
        sentenceIndex: sentence.index,
        zone: sentence.zone,
        title: null,
        fullSpan: null,
        entityId: null,
      });
    }
  }
  return removeOverlaps(layoutMentions(doc), found);
}

const rulesSteps = MENTION_STEPS.filter(([name]) => name !== TAGGER_STEP);

/** The rules with the tagger step used as `uses` says. */
function combined(uses: TaggerUses): Stage[] {
  const steps = MENTION_STEPS.map(([name, step]) =>
    name === TAGGER_STEP ? ([name, useTaggerEvidence(uses)] as const) : ([name, step] as const),
  );
  return withMentionsStage((doc) => findMentions(doc, steps));
}

const VARIANTS: ReadonlyArray<readonly [string, readonly Stage[]]> = [
  ["rules", withMentionsStage((doc) => findMentions(doc, rulesSteps))],
  ["tagger", withMentionsStage(taggerMentions)],
  ["combined", STAGES],
  ["-dropGuesses", combined({ ...DEFAULT_TAGGER_USES, dropUnseenGuesses: false })],
  // The uses left out of the default, to show why.
  ["+retype", combined({ ...DEFAULT_TAGGER_USES, retypeGuesses: true })],
  ["+missed", combined({ ...DEFAULT_TAGGER_USES, addMissed: true })],
  ["+org0.8", combined({ ...DEFAULT_TAGGER_USES, minOrganizationConfidence: 0.8 })],
];

function line(label: string, totals: ScoreCounts): string {
  const untyped = prf(totals.entities);
  const typed = prf(totals.typedEntities);
  const f = (v: number): string => v.toFixed(3);
  return (
    `${label.padEnd(28)} P ${f(untyped.precision)}  R ${f(untyped.recall)}  F1 ${f(untyped.f1)}` +
    `  typed F1 ${f(typed.f1)}  splits ${totals.splits}`
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dirs = (
    args.length > 0 ? args : ["tests/fixtures", "../shared/fixtures", "../shared/corpora/gum"]
  ).filter((dir) => existsSync(dir));
  for (const dir of dirs) {
    console.log(`\n${dir}`);
    for (const [variant, stages] of VARIANTS) {
      const report = await evaluateDirectory(dir, (text, options) =>
        extract(text, options, stages),
      );
      for (const genre of genreTotals(report)) {
        console.log(line(`${variant} ${genre.genre}`, genre.totals));
      }
      console.log(line(`${variant} TOTAL`, report.totals));
    }
  }
}

await main();
