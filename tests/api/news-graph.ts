import type { Database } from "../../src/db/client.js";
import { ingestArticle } from "../../src/ingest/ingest.js";
import { fakeExtractor, type EntitySpec } from "../setup/factories.js";

const PEOPLE: Record<string, EntitySpec> = {
  trump: { name: "Donald Trump", aliases: ["Trump"] },
  assad: { name: "Bashar al-Assad", aliases: ["Assad"] },
  tillerson: { name: "Rex Tillerson", aliases: ["Tillerson"] },
  putin: { name: "Vladimir Putin", aliases: ["Putin"] },
  lavrov: { name: "Sergei Lávrov", aliases: ["Lavrov"] },
  johnson: { name: "Boris Johnson", aliases: ["Johnson"] },
};
const PLACES: Record<string, EntitySpec> = {
  shayrat: { name: "Shayrat", type: "LOCATION" },
  moscow: { name: "Moscow", type: "LOCATION" },
  lucca: { name: "Lucca", type: "LOCATION" },
};

/**
 * Four articles over a week of April 2017 with known events, quotes and
 * mentions, written so that no two events could be merged.
 */
export async function seedNewsGraph(db: Database) {
  const { trump, assad, tillerson, putin, lavrov, johnson } = PEOPLE;
  const { shayrat, moscow, lucca } = PLACES;
  const articles = [
    {
      input: {
        text: 'US strikes Syrian base\n\nDonald Trump ordered a strike on Shayrat. Bashar al-Assad said nothing. "Tonight I ordered a targeted military strike," Trump said.',
        source: "Reuters",
        publishedAt: "2017-04-07",
      },
      extractor: fakeExtractor({
        entities: [trump!, assad!, shayrat!],
        events: [
          {
            code: "19",
            trigger: "strike",
            participants: ["Donald Trump", "Bashar al-Assad"],
            date: "2017-04-07",
            location: "Shayrat",
          },
        ],
        quotes: [{ text: "Tonight I ordered a targeted military strike", speaker: "Donald Trump" }],
      }),
    },
    {
      input: {
        text: 'G7 ministers meet in Lucca\n\nBoris Johnson met Rex Tillerson in Lucca. "We must keep up the pressure on the Assad regime," Johnson said.',
        source: "AFP",
        publishedAt: "2017-04-11",
      },
      extractor: fakeExtractor({
        entities: [johnson!, tillerson!, lucca!, assad!],
        events: [
          {
            code: "04",
            trigger: "met",
            participants: ["Boris Johnson", "Rex Tillerson"],
            date: "2017-04-11",
            location: "Lucca",
          },
        ],
        quotes: [
          { text: "We must keep up the pressure on the Assad regime", speaker: "Boris Johnson" },
        ],
      }),
    },
    {
      input: {
        text: 'Tillerson meets Putin\n\nRex Tillerson met Vladimir Putin in Moscow. "There is a low level of trust between our two countries," Tillerson said. Sergei Lávrov hosted the talks.',
        source: "UPI",
        publishedAt: "2017-04-12",
      },
      extractor: fakeExtractor({
        entities: [tillerson!, putin!, moscow!, lavrov!],
        events: [
          {
            code: "04",
            trigger: "met",
            participants: ["Rex Tillerson", "Vladimir Putin"],
            date: "2017-04-12",
            location: "Moscow",
          },
        ],
        quotes: [
          {
            text: "There is a low level of trust between our two countries",
            speaker: "Rex Tillerson",
          },
        ],
      }),
    },
    {
      input: {
        text: 'Russia vetoes resolution\n\nVladimir Putin backed the veto. "The resolution was unacceptable to Moscow and to Vladimir Putin," Sergei Lávrov said.',
        source: "reuters",
        publishedAt: "2017-05-02",
      },
      extractor: fakeExtractor({
        entities: [putin!, lavrov!, moscow!],
        events: [
          { code: "12", trigger: "vetoed", participants: ["Sergei Lávrov"], date: "2017-05-02" },
        ],
        quotes: [
          {
            text: "The resolution was unacceptable to Moscow and to Vladimir Putin",
            speaker: "Sergei Lávrov",
          },
        ],
      }),
    },
  ];
  for (const { input, extractor } of articles) await ingestArticle(db.prisma, input, extractor);
}
