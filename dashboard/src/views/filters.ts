import { request, ApiError } from "../api";
import type { App } from "../app";
import { CAMEO_ROOTS, cameoColor } from "../cameo";
import { debounce, h, replace } from "../dom";
import type { EntityType } from "../gql/graphql";
import { EntityNamesQuery, EntitySuggestionsQuery, SourcesQuery } from "../queries";
import type { Filters, State } from "../state";

interface Named {
  id: string;
  name: string;
  type: EntityType;
}

/**
 * The filter bar: date range, CAMEO roots, entities (search with
 * suggestions), source. Each change becomes a new URL.
 */
export function filterBar(app: App) {
  const names = new Map<string, Named>();
  const setFilters = (change: Partial<Filters>) =>
    app.update((s) => ({
      ...s,
      filters: { ...s.filters, ...change },
      options: { ...s.options, bucket: null },
    }));

  const from = h("input", { type: "date", id: "filter-from", name: "from" });
  const to = h("input", { type: "date", id: "filter-to", name: "to" });
  from.addEventListener("change", () => setFilters({ from: from.value || null }));
  to.addEventListener("change", () => setFilters({ to: to.value || null }));

  const typeBoxes = CAMEO_ROOTS.map((root) =>
    h("input", { type: "checkbox", value: root.type, id: `type-${root.type}` }),
  );
  const typesSummary = h("summary", {}, "Event types");
  const types = h(
    "details",
    { class: "types" },
    typesSummary,
    h(
      "fieldset",
      {},
      h("legend", { class: "visually-hidden" }, "CAMEO root types"),
      CAMEO_ROOTS.map((root, i) =>
        h(
          "label",
          { for: `type-${root.type}` },
          typeBoxes[i]!,
          h("span", { class: "swatch", style: `--cameo:${cameoColor(root.type)}` }),
          `${root.code} ${root.name}`,
        ),
      ),
      h(
        "button",
        { type: "button", class: "link", onclick: () => setFilters({ types: [] }) },
        "All types",
      ),
    ),
  );
  for (const box of typeBoxes) {
    box.addEventListener("change", () =>
      setFilters({
        types: typeBoxes.filter((b) => b.checked).map((b) => b.value as Filters["types"][number]),
      }),
    );
  }

  // Entity search: a combobox whose options come from the API as one types.
  const chips = h("ul", { class: "chips", "aria-label": "Entities every event involves" });
  const entityInput = h("input", {
    type: "search",
    id: "filter-entity",
    role: "combobox",
    autocomplete: "off",
    placeholder: "Person, organization, place…",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": "entity-options",
  });
  const options = h("ul", {
    id: "entity-options",
    role: "listbox",
    class: "suggestions",
    hidden: true,
  });
  const suggestionStatus = h("span", { class: "visually-hidden", role: "status" });
  let suggestions: Named[] = [];
  let active = -1;
  let pending: AbortController | null = null;
  const close = () => {
    options.hidden = true;
    entityInput.setAttribute("aria-expanded", "false");
    entityInput.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const choose = (entity: Named) => {
    names.set(entity.id, entity);
    entityInput.value = "";
    close();
    if (!app.state.filters.entities.includes(entity.id)) {
      setFilters({ entities: [...app.state.filters.entities, entity.id] });
    }
  };
  const showSuggestions = () => {
    replace(
      options,
      suggestions.map((entity, i) =>
        h(
          "li",
          {
            id: `entity-option-${i}`,
            role: "option",
            "aria-selected": String(i === active),
            onmousedown: (event: Event) => event.preventDefault(),
            onclick: () => choose(entity),
          },
          h("span", { class: `entity entity-${entity.type}` }, entity.name),
          h("small", {}, ` ${entity.type.toLowerCase()}`),
        ),
      ),
    );
    options.hidden = suggestions.length === 0;
    entityInput.setAttribute("aria-expanded", String(suggestions.length > 0));
    if (active >= 0) entityInput.setAttribute("aria-activedescendant", `entity-option-${active}`);
    else entityInput.removeAttribute("aria-activedescendant");
    suggestionStatus.textContent = entityInput.value.trim()
      ? `${suggestions.length} suggestion${suggestions.length === 1 ? "" : "s"}`
      : "";
  };
  const suggest = debounce(async (text: string) => {
    pending?.abort();
    if (!text.trim()) {
      suggestions = [];
      showSuggestions();
      return;
    }
    const controller = new AbortController();
    pending = controller;
    try {
      const data = await request(EntitySuggestionsQuery, { search: text }, controller.signal);
      suggestions = data.entities.edges.map((e) => e.node);
      active = -1;
      showSuggestions();
    } catch (error) {
      if (controller.signal.aborted) return;
      suggestions = [];
      showSuggestions();
      suggestionStatus.textContent = (error as Error).message;
      entityError.textContent = `Suggestions failed: ${(error as Error).message}`;
    }
  }, 150);
  const entityError = h("span", { class: "field-error", role: "alert" });
  entityInput.addEventListener("input", () => {
    entityError.textContent = "";
    suggest(entityInput.value);
  });
  entityInput.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (suggestions.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = (active + step + suggestions.length) % suggestions.length;
      showSuggestions();
    } else if (event.key === "Enter") {
      const pick = suggestions[active] ?? (suggestions.length === 1 ? suggestions[0] : undefined);
      if (pick) {
        event.preventDefault();
        choose(pick);
      }
    } else if (event.key === "Escape") {
      close();
    }
  });
  entityInput.addEventListener("blur", () => setTimeout(close, 100));

  const sourceList = h("datalist", { id: "source-options" });
  const source = h("input", {
    type: "search",
    id: "filter-source",
    list: "source-options",
    placeholder: "Reuters, AFP…",
    autocomplete: "off",
  });
  source.addEventListener("change", () => setFilters({ source: source.value.trim() || null }));
  request(SourcesQuery, {}).then(
    (data) => {
      const seen = [
        ...new Set(data.articles.edges.flatMap((e) => (e.node.source ? [e.node.source] : []))),
      ];
      replace(
        sourceList,
        seen.sort().map((name) => h("option", { value: name })),
      );
    },
    () => {
      // Suggestions only; typing a source still filters.
    },
  );

  const reset = h(
    "button",
    {
      type: "button",
      class: "reset",
      onclick: () => setFilters({ from: null, to: null, types: [], entities: [], source: null }),
    },
    "Clear filters",
  );

  const root = h(
    "form",
    {
      class: "filters",
      role: "search",
      "aria-label": "Filter events",
      onsubmit: (event: Event) => event.preventDefault(),
    },
    h("div", { class: "field" }, h("label", { for: "filter-from" }, "From"), from),
    h("div", { class: "field" }, h("label", { for: "filter-to" }, "To"), to),
    h("div", { class: "field field-types" }, h("span", { class: "label" }, "Types"), types),
    h(
      "div",
      { class: "field field-entity" },
      h("label", { for: "filter-entity" }, "Entity"),
      h("div", { class: "combo" }, entityInput, options, suggestionStatus),
      entityError,
    ),
    h(
      "div",
      { class: "field" },
      h("label", { for: "filter-source" }, "Source"),
      source,
      sourceList,
    ),
    h("div", { class: "field field-chips" }, chips, reset),
  );

  const renderChips = (filters: Filters) => {
    replace(
      chips,
      filters.entities.map((id) => {
        const entity = names.get(id);
        const name = entity?.name ?? "…";
        return h(
          "li",
          { class: `chip entity-${entity?.type ?? "unknown"}` },
          app.entityLink(id, [name]),
          h(
            "button",
            {
              type: "button",
              "aria-label": `Remove ${name}`,
              onclick: () => setFilters({ entities: filters.entities.filter((e) => e !== id) }),
            },
            "×",
          ),
        );
      }),
    );
  };

  /** Shows the state's filters in the controls (after navigation, back, or a shared link). */
  const sync = (state: State) => {
    const { filters } = state;
    from.value = filters.from ?? "";
    to.value = filters.to ?? "";
    for (const box of typeBoxes) box.checked = filters.types.includes(box.value as never);
    typesSummary.textContent = filters.types.length
      ? `${filters.types.length} type${filters.types.length === 1 ? "" : "s"}`
      : "All types";
    if (document.activeElement !== source) source.value = filters.source ?? "";
    renderChips(filters);
    const unknown = filters.entities.filter((id) => !names.has(id));
    if (unknown.length) {
      request(EntityNamesQuery, { ids: unknown }).then(
        (data) => {
          for (const node of data.nodes) {
            if (node && "name" in node && node.name) {
              names.set(node.id, { id: node.id, name: node.name, type: node.type });
            }
          }
          renderChips(app.state.filters);
        },
        (error: ApiError) => {
          entityError.textContent = `Cannot name the chosen entities: ${error.message}`;
        },
      );
    }
  };
  return { root, sync };
}
