import { ENTITY_REQUIREMENT } from "../core/lookup/entityRequirement";

/**
 * True where Excel accepts entity values from custom functions (CustomFunctionsRuntime 1.4).
 * Outside Office, or before Office is ready, the answer is false and POLICY.CARD degrades to
 * the plain value.
 */
export function entitiesSupported(): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context?.requirements?.isSetSupported(
        ENTITY_REQUIREMENT.set,
        ENTITY_REQUIREMENT.version,
      ) === true
    );
  } catch {
    return false;
  }
}
