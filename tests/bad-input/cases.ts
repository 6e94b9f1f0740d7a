/** One hostile or malformed request, sent to the server in-process. */
export interface BadInputCase {
  name: string;
  /** The raw request: a JSON-encodable GraphQL body, or bytes sent as they are. */
  body: { json: unknown } | { raw: Uint8Array | string; contentType?: string };
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Whether the case tries to write an article. */
  ingest: boolean;
  /**
   * The article is stored, the request fails with this code (and HTTP status, when not 200),
   * or it answers exactly this data without errors (a missing record is null, not an error).
   */
  expected: { stored: true } | { code: string; status?: number } | { data: unknown };
}

const stored = { stored: true } as const;
const invalid = { code: "VALIDATION_FAILED" } as const;
const badInput = { code: "BAD_USER_INPUT", status: 400 } as const;
const overLimit = { code: "QUERY_LIMIT_EXCEEDED" } as const;

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on MutationIngestArticleSuccess { data { id title text mentions(first: 5) { totalCount } } }
    ... on Error { code message }
    ... on ValidationError { field }
  }
}`;

const ingestText = (text: string, extra: Record<string, unknown> = {}) => ({
  json: { query: INGEST, variables: { input: { text, publishedAt: "2024-05-06", ...extra } } },
});

/** Deterministic pseudo-random bytes, so failures reproduce. */
function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

const SENTENCE =
  "Officials in Geneva said on Monday that talks between the two delegations would resume. ";

const HTML_PAGE = `<!DOCTYPE html>
<html><head><title>Ministers meet in Geneva</title>
<script>window.dataLayer=[];function track(){return "x";}</script>
<style>body{font:14px sans-serif}</style></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Ministers meet in Geneva</h1>
<p>GENEVA (Reuters) - Foreign ministers met in Geneva on Monday &amp; agreed to resume talks, officials said.</p>
<p>&ldquo;We will meet again,&rdquo; said Maria Lopez, a spokeswoman.</p></article>
<footer>&copy; 2024 Example News</footer></body></html>`;

const NON_ENGLISH = [
  "北京（新华社）——中国外交部长周一在北京会见了来访的法国外交部长，双方同意加强合作。",
  "القاهرة (رويترز) - التقى وزير الخارجية المصري بنظيره الأردني يوم الاثنين في القاهرة.",
  "МОСКВА (Рейтер) - Министр иностранных дел России встретился в понедельник с коллегой из Китая.",
  "Ελληνικά: Ο πρωθυπουργός συναντήθηκε με τον πρόεδρο στην Αθήνα τη Δευτέρα.",
].join("\n\n");

const UNBALANCED_QUOTES = `Talks stall in Geneva

GENEVA (AP) - "We will not accept this, said the minister on Monday.
He added: "Never. 'Not now, "not ever.
“The talks are over,” he said, “and ‘nothing has changed.
Officials said the "process" was ""complicated"""" and "" would continue.`;

const nested = (depth: number) =>
  `{ ${"events(first: 1) { edges { node { participants { entity { ".repeat(depth)}id${" } } } } }".repeat(depth)} }`;

function fragmentBomb(levels: number): string {
  const fragments = [`fragment F0 on Query { articles(first: 100) { totalCount } }`];
  for (let i = 1; i <= levels; i++) {
    fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  }
  return `query { ...F${levels} }\n${fragments.join("\n")}`;
}

const toBase64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

/** The query that once took 17 s and 3.6 GB and then the server's heap: lists nested through lists. */
export const CRASH_QUERY_BODY =
  "articles(first:100){edges{node{ events { articles { events { articles { entities { name aliases } } } } } }}}";
export const CRASH_QUERY = `{ ${CRASH_QUERY_BODY} }`;
/** The same under 15 aliases, the most an operation may have. */
export const CRASH_QUERY_ALIASED = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${CRASH_QUERY_BODY}`).join(" ")} }`;

const query = (text: string, variables?: Record<string, unknown>) => ({
  json: { query: text, ...(variables ? { variables } : {}) },
});

/** Reads built to cost more than they say, or to make the database work without end. */
const HOSTILE_READS: BadInputCase[] = [
  { name: "the crash query", body: query(CRASH_QUERY), ingest: false, expected: overLimit },
  {
    name: "the crash query under 15 aliases",
    body: query(CRASH_QUERY_ALIASED),
    ingest: false,
    expected: overLimit,
  },
  {
    name: "the crash query beside introspection",
    body: query(`{ __schema { queryType { name } } ${CRASH_QUERY_BODY} }`),
    ingest: false,
    expected: overLimit,
  },
  {
    name: "a list without first costs its maximum",
    body: query(
      "{ events(first: 100) { edges { node { articles { events { articles { title } } } } } } }",
    ),
    ingest: false,
    expected: overLimit,
  },
  {
    name: "a negative page size elsewhere in the document",
    body: query(
      `{ ${Array.from({ length: 14 }, (_, i) => `a${i}: entities(first: 100) { edges { node { quotes(first: 100) { edges { node { text } } } } } }`).join(" ")} quotes(first: -1000000) { totalCount } }`,
    ),
    ingest: false,
    expected: { code: "BAD_USER_INPUT" },
  },
  {
    name: "a page size from a variable's default",
    body: query(
      "query($f: Int = 100) { entities(first: $f) { edges { node { quotes(first: $f) { edges { node { text events { summary } } } } } } } }",
    ),
    ingest: false,
    expected: overLimit,
  },
  {
    name: "a page size over the maximum from a variable",
    body: query("query($f: Int!) { quotes(first: $f) { totalCount } }", { f: 101 }),
    ingest: false,
    expected: { code: "BAD_USER_INPUT" },
  },
  {
    name: "a negative child page size from a variable",
    body: query(
      "query($f: Int) { entities(first: 1) { edges { node { quotes(first: $f) { totalCount } } } } }",
      { f: -1 },
    ),
    ingest: false,
    expected: { code: "BAD_USER_INPUT" },
  },
  {
    name: "zero top entities",
    body: query("{ topEntities(first: 0) { eventCount } }"),
    ingest: false,
    expected: { code: "BAD_USER_INPUT" },
  },
  {
    name: "nodes with 101 ids",
    body: query("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", {
      ids: Array.from({ length: 101 }, () => toBase64("Article:1")),
    }),
    ingest: false,
    expected: { code: "BAD_USER_INPUT" },
  },
  {
    name: "nodes with 100 ids of a missing record",
    body: query("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", {
      ids: Array.from({ length: 100 }, () => toBase64("Article:1")),
    }),
    ingest: false,
    expected: { data: { nodes: Array.from({ length: 100 }, () => null) } },
  },
  {
    // Each alias's error quoted the whole ID: 15 copies of 900 KB in one answer.
    name: "a 900 KB ID under 15 node aliases",
    body: query(
      `query($id: ID!) { ${Array.from({ length: 15 }, (_, i) => `n${i}: node(id: $id) { id }`).join(" ")} }`,
      { id: "A".repeat(900 * 1024) },
    ),
    ingest: false,
    expected: { code: "BAD_USER_INPUT" },
  },
  {
    name: "a 1 MB string where a page size goes",
    body: query("query($n: Int) { events(first: $n) { totalCount } }", {
      n: "9".repeat(1024 * 1024),
    }),
    ingest: false,
    expected: badInput,
  },
  {
    name: "a 1 MB search string",
    body: query("query($s: String) { events(filter: { search: $s }) { totalCount } }", {
      s: "x".repeat(1024 * 1024),
    }),
    ingest: false,
    expected: invalid,
  },
  ...(
    [
      ["articles", "search"],
      ["events", "search"],
      ["entities", "search"],
      ["quotes", "search"],
    ] as const
  ).map(([root, field]) => ({
    name: `a 7,000-word ${root} ${field}`,
    body: query(`query($s: String) { ${root}(filter: { ${field}: $s }) { totalCount } }`, {
      s: "talks ".repeat(7000),
    }),
    ingest: false,
    expected: invalid,
  })),
  ...(
    [
      ["articles", "search"],
      ["articles", "source"],
      ["events", "search"],
      ["entities", "search"],
      ["quotes", "search"],
      ["eventTimeline(interval: DAY, ", "search"],
    ] as const
  ).map(([root, field]) => {
    const call = root.endsWith(", ") ? root : `${root}(`;
    const selection = root.startsWith("eventTimeline") ? "total" : "totalCount";
    return {
      name: `a NUL in ${root.replace(/\(.*/, "")} ${field}`,
      body: query(`query($s: String) { ${call}filter: { ${field}: $s }) { ${selection} } }`, {
        s: "Gen\u0000eva",
      }),
      ingest: false,
      expected: invalid,
    };
  }),
  ...[
    ["a cursor whose number overflows an integer", "GPC:N:99999999999999999999"],
    ["a cursor just past the largest id", "GPC:N:2147483648"],
    ["a cursor holding deeply nested JSON", `GPC:O:${"[".repeat(20000)}${"]".repeat(20000)}`],
    ["a cursor holding a JSON object", 'GPC:O:{"id":{"gt":1}}'],
  ].flatMap(([name, cursor]) =>
    ["articles", "events", "quotes", "entities"].map((root) => ({
      name: `${name!} (${root})`,
      body: query(`query($c: String) { ${root}(first: 2, after: $c) { edges { cursor } } }`, {
        c: toBase64(cursor!),
      }),
      ingest: false,
      expected: invalid,
    })),
  ),
  {
    name: "an unknown enum value gets no suggestion",
    body: query("{ events(filter: { types: [CONSULTS] }) { totalCount } }"),
    ingest: false,
    expected: { code: "GRAPHQL_VALIDATION_FAILED" },
  },
  {
    name: "an unknown enum value in a variable gets no suggestion",
    body: query("query($t: [CameoRoot!]) { events(filter: { types: $t }) { totalCount } }", {
      t: ["CONSULTS"],
    }),
    ingest: false,
    expected: badInput,
  },
  {
    name: "an unknown input field gets no suggestion",
    body: query('{ events(filter: { serch: "x" }) { totalCount } }'),
    ingest: false,
    expected: { code: "GRAPHQL_VALIDATION_FAILED" },
  },
];

/** Random-looking ASCII that no compression shrinks (a URL PostgreSQL cannot index). */
function incompressible(length: number): string {
  return Array.from(bytes(length, 5), (b) => "abcdefghijklmnopqrstuvwxyz0123456789"[b % 36]).join(
    "",
  );
}

/** Ingests whose text is fine and one other field is not. */
const BAD_FIELDS: BadInputCase[] = [
  {
    name: "a URL over 2.7 KB",
    body: ingestText("Headline\n\nBody.", { url: `https://example.com/${incompressible(2800)}` }),
    ingest: true,
    expected: invalid,
  },
  {
    name: "publishedAt 0001-01-01",
    body: ingestText("Headline\n\nTalks resume next week, officials said.", {
      publishedAt: "0001-01-01",
    }),
    ingest: true,
    expected: invalid,
  },
  {
    name: "publishedAt 9999-12-31",
    body: ingestText("Headline\n\nTalks resume next week, officials said.", {
      publishedAt: "9999-12-31",
    }),
    ingest: true,
    expected: invalid,
  },
  {
    name: "a NUL in source",
    body: ingestText("Headline\n\nBody.", { source: "Reu\u0000ters" }),
    ingest: true,
    expected: invalid,
  },
  {
    name: "a multipart body",
    body: {
      raw: '--b\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--b--\r\n',
      contentType: "multipart/form-data; boundary=b",
    },
    headers: { "x-graphql-yoga-csrf": "1" },
    ingest: false,
    expected: { code: "BAD_REQUEST", status: 415 },
  },
  {
    name: "a multipart body that is not multipart",
    body: { raw: "garbage", contentType: "multipart/form-data" },
    headers: { "x-graphql-yoga-csrf": "1" },
    ingest: false,
    expected: { code: "BAD_REQUEST", status: 415 },
  },
  {
    name: "malformed JSON cut inside a nested value",
    body: {
      raw: `{"query": "{ articles { totalCount } }", "variables": {"a": ${"[".repeat(5000)}`,
      contentType: "application/json",
    },
    ingest: false,
    expected: { code: "BAD_REQUEST", status: 400 },
  },
];

/** The corpus: every kind of bad input the service must survive. */
export const BAD_INPUT_CASES: BadInputCase[] = [
  { name: "empty text", body: ingestText(""), ingest: true, expected: invalid },
  {
    name: "whitespace-only text",
    body: ingestText(" \n\t\r\n \u00a0\u2003 "),
    ingest: true,
    expected: invalid,
  },
  {
    name: "10 MB text",
    body: ingestText(SENTENCE.repeat(Math.ceil(10_000_000 / SENTENCE.length))),
    ingest: true,
    expected: { code: "PAYLOAD_TOO_LARGE", status: 413 },
  },
  {
    name: "text just over the 1 MB article limit",
    body: ingestText("a".repeat(1024 * 1024 + 1)),
    ingest: true,
    expected: invalid,
  },
  {
    name: "binary bytes with NUL in the text",
    body: ingestText(Buffer.from(bytes(4096, 7)).toString("latin1")),
    ingest: true,
    expected: invalid,
  },
  {
    name: "binary bytes without NUL in the text",
    body: ingestText(Buffer.from(bytes(4096, 11).map((b) => b || 1)).toString("latin1")),
    ingest: true,
    expected: stored,
  },
  {
    name: "binary body",
    body: { raw: bytes(2048, 3), contentType: "application/json" },
    ingest: true,
    expected: { code: "BAD_REQUEST", status: 400 },
  },
  {
    name: "invalid UTF-8 inside the JSON body",
    body: {
      raw: Buffer.concat([
        Buffer.from(
          `{"query":${JSON.stringify(INGEST)},"variables":{"input":{"text":"Headline\\n\\nBody `,
        ),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82]),
        Buffer.from(` text."}}}`),
      ]),
      contentType: "application/json",
    },
    ingest: true,
    expected: stored,
  },
  {
    name: "lone UTF-16 surrogates in the text",
    body: ingestText("Headline\n\nA \ud800 and \udfff here."),
    ingest: true,
    expected: badInput,
  },
  { name: "an HTML page", body: ingestText(HTML_PAGE), ingest: true, expected: stored },
  { name: "non-English text", body: ingestText(NON_ENGLISH), ingest: true, expected: stored },
  {
    name: "a single 1 MB paragraph",
    body: ingestText(`Long story\n\n${SENTENCE.repeat(Math.floor(1_000_000 / SENTENCE.length))}`),
    ingest: true,
    expected: stored,
  },
  {
    name: "unbalanced quotes",
    body: ingestText(UNBALANCED_QUOTES),
    ingest: true,
    expected: stored,
  },
  {
    name: "a URL that is not http(s)",
    body: ingestText("Headline\n\nBody.", { url: "javascript:alert(1)" }),
    ingest: true,
    expected: invalid,
  },
  {
    name: "an impossible date",
    body: ingestText("Headline\n\nBody.", { publishedAt: "2024-02-30" }),
    ingest: true,
    expected: badInput,
  },
  {
    name: "malformed GraphQL",
    body: { json: { query: "{ articles(first: 5 { totalCount " } },
    ingest: false,
    expected: { code: "GRAPHQL_PARSE_FAILED" },
  },
  {
    name: "malformed JSON",
    body: { raw: '{"query": "{ articles { totalCount } }"', contentType: "application/json" },
    ingest: false,
    expected: { code: "BAD_REQUEST", status: 400 },
  },
  {
    name: "no query at all",
    body: { json: { variables: {} } },
    ingest: false,
    expected: { code: "BAD_REQUEST", status: 400 },
  },
  {
    name: "a query that is not a string",
    body: { json: { query: 42 } },
    ingest: false,
    expected: { code: "BAD_REQUEST", status: 400 },
  },
  {
    name: "a batch of operations",
    body: { json: [{ query: "{ __typename }" }, { query: "{ __typename }" }] },
    ingest: false,
    expected: { code: "BAD_REQUEST", status: 400 },
  },
  {
    name: "unknown fields",
    body: { json: { query: "{ articles { totalCount passwords } secrets }" } },
    ingest: false,
    expected: { code: "GRAPHQL_VALIDATION_FAILED" },
  },
  {
    name: "unknown mutation input field",
    body: ingestText("Headline\n\nBody.", { author: "x" }),
    ingest: true,
    expected: badInput,
  },
  {
    name: "wrong variable types",
    body: {
      json: {
        query: "query($n: Int!) { articles(first: $n) { totalCount } }",
        variables: { n: "ten" },
      },
    },
    ingest: false,
    expected: badInput,
  },
  {
    name: "wrong input type for the mutation",
    body: { json: { query: INGEST, variables: { input: { text: 12345 } } } },
    ingest: true,
    expected: badInput,
  },
  {
    name: "negative page size",
    body: { json: { query: "{ articles(first: -5) { totalCount } }" } },
    ingest: false,
    expected: { code: "BAD_USER_INPUT" },
  },
  {
    name: "huge page size",
    body: { json: { query: "{ articles(first: 1000000) { edges { node { id } } } }" } },
    ingest: false,
    expected: { code: "BAD_USER_INPUT" },
  },
  ...HOSTILE_READS,
  ...BAD_FIELDS,
  ...[
    ["not-a-global-id", "BAD_USER_INPUT"],
    ["", "BAD_USER_INPUT"],
    ["%%%", "BAD_USER_INPUT"],
    // Keys no row could have: a typed validation error rather than a database error.
    [toBase64("Article:abc"), "VALIDATION_FAILED"],
    [toBase64("Article:99999999999999999999"), "VALIDATION_FAILED"],
    [toBase64("Nope:1"), "BAD_USER_INPUT"],
  ].map(([id, code]) => ({
    name: `invalid global ID ${JSON.stringify(id)}`,
    body: {
      json: { query: "query($id: ID!) { node(id: $id) { __typename id } }", variables: { id } },
    },
    ingest: false,
    expected: { code: code! },
  })),
  {
    name: "well-formed global ID of a missing record",
    body: {
      json: {
        query: "query($id: ID!) { node(id: $id) { __typename id } }",
        variables: { id: toBase64("Article:999999") },
      },
    },
    ingest: false,
    expected: { data: { node: null } },
  },
  {
    name: "invalid global ID in a mutation",
    body: {
      json: {
        query: `mutation { deleteArticle(id: "${toBase64("Entity:1")}") { __typename ... on Error { code } } }`,
      },
    },
    ingest: true,
    expected: invalid,
  },
  {
    name: "deep query bomb",
    body: { json: { query: nested(40) } },
    ingest: false,
    expected: overLimit,
  },
  {
    name: "wide query bomb",
    body: {
      json: {
        query: `{ articles(first: 100) { edges { node { ${"id title text ".repeat(2000)} } } } }`,
      },
    },
    ingest: false,
    expected: overLimit,
  },
  {
    name: "fragment expansion bomb",
    body: { json: { query: fragmentBomb(30) } },
    ingest: false,
    expected: overLimit,
  },
  {
    name: "alias bomb",
    body: {
      json: {
        query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: articles { totalCount }`).join(" ")} }`,
      },
    },
    ingest: false,
    expected: overLimit,
  },
  {
    name: "alias bomb under the token limit",
    body: {
      json: {
        query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: articles { totalCount }`).join(" ")} }`,
      },
    },
    ingest: false,
    expected: overLimit,
  },
  {
    name: "directive bomb",
    body: { json: { query: `{ articles ${"@include(if: true) ".repeat(500)} { totalCount } }` } },
    ingest: false,
    expected: overLimit,
  },
  {
    name: "introspection bomb",
    body: {
      json: {
        query: `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`,
      },
    },
    ingest: false,
    expected: { code: "GRAPHQL_VALIDATION_FAILED" },
  },
];
