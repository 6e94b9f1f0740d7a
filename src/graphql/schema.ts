import { lexicographicSortSchema } from "graphql";
import { builder } from "./builder.js";
import "./types/enums.js";
import "./types/article.js";
import "./types/entity.js";
import "./types/mention.js";
import "./types/quote.js";
import "./types/event.js";
import "./types/evidence.js";
import "./types/errors.js";
import "./types/ingest.js";
import "./types/ingest-job.js";
import "./types/dashboard.js";
import "./types/live.js";

/** The executable schema, its types sorted so the printed SDL diffs cleanly. */
export const schema = lexicographicSortSchema(builder.toSchema());
