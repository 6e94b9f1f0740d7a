import { CAMEO_ROOTS } from "../../extract/lexicon/cameo.js";
import type { CameoCode } from "../../extract/types.js";
import { builder } from "../builder.js";
import { uniqueById } from "../unique.js";
import { CameoRootEnum, DatePrecisionEnum, ParticipantRoleEnum } from "./enums.js";
import { EvidenceRef } from "./evidence.js";

export const EventRef = builder.prismaNode("Event", {
  id: { field: "id" },
  description: "A real-world happening: who did what to whom, when and where.",
  fields: (t) => ({
    type: t.field({
      type: CameoRootEnum,
      description: "CAMEO root category.",
      select: { code: true },
      resolve: (event) => event.code as CameoCode,
    }),
    code: t.exposeString("code", { description: 'Two-digit CAMEO root code, e.g. "04".' }),
    label: t.string({
      select: { code: true },
      description: 'CAMEO root code and name, e.g. "04 CONSULT".',
      resolve: (event) =>
        `${event.code} ${CAMEO_ROOTS[event.code as keyof typeof CAMEO_ROOTS] ?? "OTHER"}`,
    }),
    trigger: t.exposeString("trigger", { description: "The words that express the event." }),
    summary: t.exposeString("summary"),
    date: t.expose("date", {
      type: "Date",
      nullable: true,
      description: "First day of the known period; see datePrecision.",
    }),
    datePrecision: t.expose("datePrecision", { type: DatePrecisionEnum, nullable: true }),
    confidence: t.exposeFloat("confidence"),
    location: t.relation("location", { nullable: true }),
    participants: t.relation("participants", {
      query: () => ({ orderBy: [{ role: "asc" }, { id: "asc" }] }),
    }),
    articleCount: t.int({
      description: "Number of distinct articles that report this event.",
      resolve: (event, _args, ctx) => ctx.loaders.eventArticleCount.load(event.id),
    }),
    reports: t.field({
      type: [EventReportRef],
      description: "Each passage of each article that reports this event.",
      select: {
        mentions: {
          orderBy: [{ articleId: "asc" }, { start: "asc" }],
          select: {
            articleId: true,
            start: true,
            end: true,
            sentenceIndex: true,
            confidence: true,
          },
        },
      },
      resolve: (event) => event.mentions,
    }),
  }),
});

const EventReportRef = builder
  .objectRef<{
    articleId: number;
    start: number;
    end: number;
    sentenceIndex: number;
    confidence: number;
  }>("EventReport")
  .implement({
    description: "One article's report of an event, with the words that support it.",
    fields: (t) => ({
      evidence: t.field({ type: EvidenceRef, resolve: (r) => r }),
      confidence: t.exposeFloat("confidence"),
    }),
  });

builder.prismaObject("EventParticipant", {
  description: "An entity taking part in an event, in a role.",
  fields: (t) => ({
    role: t.expose("role", { type: ParticipantRoleEnum }),
    entity: t.relation("entity"),
    event: t.relation("event"),
  }),
});

builder.prismaObjectField("Article", "events", (t) =>
  t.field({
    type: [EventRef],
    description: "Events this article reports.",
    select: (_args, _ctx, nestedSelection) => ({
      eventMentions: {
        orderBy: { start: "asc" },
        select: { eventId: true, event: nestedSelection(true) },
      },
    }),
    resolve: (article) => uniqueById(article.eventMentions.map((m) => m.event)),
  }),
);

builder.prismaObjectField("Entity", "events", (t) =>
  t.field({
    type: [EventRef],
    description: "Events this entity takes part in, optionally in one role.",
    args: { role: t.arg({ type: ParticipantRoleEnum, required: false }) },
    select: (args, _ctx, nestedSelection) => ({
      participations: {
        where: args.role ? { role: args.role } : {},
        orderBy: { eventId: "asc" },
        select: { eventId: true, event: nestedSelection(true) },
      },
    }),
    resolve: (entity) => uniqueById(entity.participations.map((p) => p.event)),
  }),
);

builder.queryField("events", (t) =>
  t.prismaConnection({
    type: "Event",
    cursor: "id",
    description: "Events, most recent first.",
    totalCount: (_parent, _args, ctx) => ctx.prisma.event.count(),
    resolve: (query, _parent, _args, ctx) =>
      ctx.prisma.event.findMany({
        ...query,
        orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      }),
  }),
);
