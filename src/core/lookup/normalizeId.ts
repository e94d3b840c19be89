/** Ids are lowercase slugs; analysts type them in any case and with stray spaces. */
export function normalizeId(id: string): string {
  return id.trim().toLowerCase();
}
