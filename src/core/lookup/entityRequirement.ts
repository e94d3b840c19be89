/**
 * The requirement set Excel needs before a custom function may return an entity. Apart from
 * entityCard.ts so the functions entry can check it without loading the card builder.
 */
export const ENTITY_REQUIREMENT = { set: "CustomFunctionsRuntime", version: "1.4" } as const;
